/** Template tags of other generators that hold code, read alike by the theme's evidence and by import. */

/**
 * A tag pair that holds code: Liquid's `{% highlight lang %}…{% endhighlight %}` (Jekyll), Hexo's
 * `{% codeblock … %}` / `{% code %}` and `{% include_code %}`… pairs, Hugo's `{{< highlight lang "opts" >}}…{{< /highlight >}}`
 * (and `{{% … %}}`). What it holds is code, not prose: the theme's evidence drops it before parsing,
 * since it spans blank lines (core/theme/strip-markdown.ts), and import's wikilink conversion
 * leaves it alone (core/moved-posts/wikilinks.ts).
 */
export const CODE_TAG_PAIR = /\{%-?\s*(highlight|codeblock|code)\b[^%\n]*%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}|\{\{([<%])\s*(highlight|code)\b[^\n]*?[>%]\}\}[\s\S]*?\{\{\2\s*\/\3\s*[>%]\}\}/g;
