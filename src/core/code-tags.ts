/**
 * Template tags of other generators that hold code: their grammar (names, openings, closings),
 * read alike by the theme's evidence and import's wikilinks (CODE_TAG_PAIR) and by import's
 * conversion to fenced code (moved-posts/code-tags.ts).
 */

/**
 * Liquid tags that hold code, each closed by `{% end<name> %}`: Jekyll's `{% highlight lang %}`
 * (jekyllrb.com/docs/liquid/tags/#code-snippet-highlighting), Hexo's `{% codeblock … %}` and its
 * alias `{% code %}` (hexo.io/docs/tag-plugins#Code-Block).
 */
export const LIQUID_CODE_TAGS = ['highlight', 'codeblock', 'code'] as const;
/** Hugo's shortcodes read as holding code, each closed by `{{< /<name> >}}` (or `{{% … %}}`). */
export const HUGO_CODE_SHORTCODES = ['highlight', 'code'] as const;
/** Hugo's built-in code shortcode (gohugo.io/shortcodes/highlight/): the one import makes fenced code of. */
export const HUGO_HIGHLIGHT = 'highlight';

/** The source of a Liquid tag's opening up to its name, `{%-? name`, the names one group (`\b` after). */
export function liquidOpening(names: readonly string[] = LIQUID_CODE_TAGS): string {
  return `\\{%-?\\s*(${names.join('|')})\\b`;
}

/** The source of a Liquid code tag's closing, `{% endname %}` (`-` trims allowed); `name` may be a backreference (`\\1`). */
export function liquidClosing(name: string): string {
  return `\\{%-?\\s*end${name}\\s*-?%\\}`;
}

/**
 * The source of a Hugo shortcode's closing, `{{< /name >}}` (Hugo takes `{{< / name >}}` too): `open` and `close` are the sources
 * of its delimiters (`<` and `>`, or `%`, or a backreference / class to take either); `name` may
 * be a backreference.
 */
export function hugoClosing(name: string, open = '<', close = '>'): string {
  return `\\{\\{${open}\\s*\\/\\s*${name}\\s*${close}\\}\\}`;
}

/**
 * A tag pair that holds code: Liquid's `{% highlight lang %}…{% endhighlight %}` (Jekyll), Hexo's
 * `{% codeblock … %}` / `{% code %}`… pairs, Hugo's `{{< highlight lang "opts" >}}…{{< /highlight >}}`
 * (and `{{% … %}}`). What it holds is code, not prose: the theme's evidence drops it before parsing,
 * since it spans blank lines (core/theme/strip-markdown.ts), and import's wikilink conversion
 * leaves it alone (core/moved-posts/wikilinks.ts). Groups: 1 the Liquid name, 2 Hugo's `<` or `%`, 3 Hugo's name.
 */
export const CODE_TAG_PAIR = new RegExp(
  `${liquidOpening()}[^%\\n]*%\\}[\\s\\S]*?${liquidClosing('\\1')}` + `|\\{\\{([<%])\\s*(${HUGO_CODE_SHORTCODES.join('|')})\\b[^\\n]*?[>%]\\}\\}[\\s\\S]*?${hugoClosing('\\3', '\\2', '[>%]')}`,
  'g',
);
