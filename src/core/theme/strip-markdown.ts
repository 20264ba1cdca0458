/**
 * Reduces a Markdown/MDX post to the prose a reader sees, so that code, markup and addresses
 * never count as theme evidence. Parsed, not pattern-matched: satteri (the Markdown/MDX parser
 * of Astro's own pipeline) gives the mdast tree, by the post's own format as its page reads it: a .md
 * post by CommonMark + GFM (its braces are text, its raw HTML read by htmlProse), an .mdx post as
 * MDX, else (not valid MDX) as CommonMark + GFM. Kept: text, link text, image alt text,
 * the text inside JSX/HTML elements, an admonition's text and title, with character references
 * (`&nbsp;`, `&#160;`, `&#x4E2D;`) decoded in raw HTML as a browser decodes them (the `entities`
 * package, the WHATWG table; Markdown text comes decoded from the parser). Dropped: frontmatter,
 * code (fenced, inline, indented in a .md post, and HTML `<pre>`, `<code>`, `<samp>`), the content of HTML elements that
 * is no prose (`<script>`, `<style>`, `<noscript>`, `<template>`, MathML, the fallback of
 * `<iframe>`, `<object>`, `<video>`, `<audio>`, `<canvas>`: NOT_PROSE below), admonition marks (`:::note`, `> [!TIP]`), MDX import/export and
 * an .mdx post's {expressions} (multi-line too; a .md post's braces are text, as on its page), JSX attributes, HTML tags and comments, link targets,
 * reference definitions, bare URLs, e-mail addresses and social handles (`@name`), TeX math (`$…$`, `$$…$$`, as KaTeX and MathJax blogs write
 * it: `\leq`, `\frac` are markup, not words) and other generators' template tags
 * (Hexo/Jekyll `{% asset_img … %}`, Hugo `{{< figure … >}}`, `{{% fold … %}}`), with the code
 * a code-block tag holds (`{% highlight java %}…{% endhighlight %}`, Hexo's `{% codeblock %}`, Hugo's
 * `{{< highlight go >}}…{{< /highlight >}}`), and kramdown's attribute lists (`{: class="x" }`
 * after an image, link or paragraph, as Jekyll blogs write them; an `alt` or `title` it sets is
 * kept) and extensions (`{::comment}…{:/comment}` dropped with what it holds).
 */
import type { PostFormat } from '../post-format.ts';
import type * as Entities from 'entities';
import { requireNear } from '../lazy-require.ts';
import type { MdastNode } from 'satteri';
import { BODY_FEATURES, satteri } from '../markdown-parser.ts';
import { mdxToMdast } from '../mdx-guard.ts';
import { dropAdmonitionMarks } from '../admonition-kinds.ts';
import { CODE_TAG_PAIR } from '../code-tags.ts';
import { isTexDollarRun, mathJaxToDollars } from '../tex-math.ts';
import { mayHaveProseTags, readProseBlocks, type Node as ProseNode } from '../prose-tags.ts';

let entities: typeof Entities | undefined;
/**
 * Character references decoded as a browser decodes them (`entities`, as markdown-parser.ts
 * loads satteri, on first use: its tables are 8 modules that a check whose posts are all cached
 * never needs).
 */
function decodeHTML(text: string): string {
  // Most text has no reference: no need to load the tables for it.
  if (!text.includes('&')) return text;
  entities ??= requireNear<typeof Entities>(import.meta.url, 'entities', 'entities');
  return entities.decodeHTML(text);
}

const SKIP = new Set(['yaml', 'toml', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'math', 'inlineMath']);
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'image', 'imageReference', 'mdxJsxTextElement', 'footnoteReference']);
/**
 * A bare address. It ends at Chinese text or CJK / full-width punctuation as at a space: Chinese
 * writers put the next sentence right after it ("地址：https://github.com/a，欢迎…"), whose words
 * went with the address up to the next space.
 */
const URL_CHAR = '[^\\s<>\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e]';
const BARE_URL = new RegExp(`\\b(?:https?|ftp|mailto):${URL_CHAR}+|\\bwww\\.${URL_CHAR}+`, 'giu');
/**
 * An e-mail address and a social handle (`@kobzol`, `@name.bsky.social`, Mastodon's
 * `@name@mastodon.social`), in prose or as a link's text: an account's name, not words on a
 * subject (a newsletter's "Follow @bakerbob" gave "bakerbob" as the evidence of a draft's theme).
 * A handle is Latin letters, digits, `_`, `.` and `-` after an `@` that no letter or digit precedes,
 * so a Weibo mention in Chinese (`@张三今天…`) keeps its words.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/**
 * Names of code written in prose rather than in backticks (a trial on real blogs: a Rails post's
 * `**app/helpers/post_helpers.rb**` gave "app" and "rb" as its evidence, a Kafka post's
 * `max.poll.interval.ms` "interval" and "poll", a JVM post's `-XX:+UseCMS` "xx"): a path (three
 * parts or more, or one from the root or home: `/mnt/data`, `~/.zshrc`), a file name with a code
 * or config extension (`post_helpers.rb`, `docker-compose.yml`; a name such as Node.js is not
 * one), a dotted name of three parts or more of two letters or more (`java.lang.Class`; "e.g."
 * and "U.S.A." are not), a command-line option (`--watch`, `-XX:…`), and a name joined with `_`
 * (`LC_ALL`, `en_US`, `MAX_RETRIES`, `__file__`: "Set LC_ALL to en_US" gave "lc" and "en"; letters
 * and digits of any script but Han, so Chinese text around an underscore keeps its words). Markdown's
 * emphasis (`_word_`, `__bold__`) is parsed before these names are dropped, and leaves the word.
 * Each ends at Chinese text as an address does (`/mnt/data目录`).
 */
const PATH_CHAR = '[^\\s<>()\\[\\]"\'`,;，。、：；（）\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e]';
// A name ends before a full stop that ends its sentence ("run with --port=3000.").
const PATH_END = `(?:${PATH_CHAR}*(?<!\\.))?`;
const CODE_NAME = new RegExp(
  [
    // From the root, home or here: /mnt/data, /usr/local/bin, ~/.zshrc, ./config, ../lib/x.
    `(?<![\\w/.~-])(?:~|\\.{1,2})/[\\w.-]+${PATH_END}`,
    `(?<![\\w/.~-])/[\\w.-]+/[\\w.-]+${PATH_END}`,
    `(?<![\\w/.~-])/(?:usr|etc|var|tmp|opt|mnt|home|dev|bin|srv|proc|sys|lib|root|data)(?![\\w-])${PATH_END}`,
    // Three parts or more (app/helpers/x), or a folder and a file (src/index.js).
    `(?<![\\w/.-])[\\w.-]+(?:/[\\w.-]+){2,}`,
    `(?<![\\w/.-])[\\w.-]+/[\\w-]+\\.[a-z][a-z0-9]{0,4}(?![\\w-])`,
    // A file name with a code or config extension (Node.js and Vue.js are not: no "js" here).
    `(?<![\\w/.-])[\\w.-]*[a-z0-9_][\\w-]*\\.(?:rb|erb|py|ts|tsx|jsx|mjs|cjs|go|rs|java|kt|scala|php|c|h|cc|cpp|hpp|cs|swift|vue|svelte|astro|html?|css|scss|sass|less|json|ya?ml|toml|ini|conf|cfg|properties|xml|sql|sh|bash|zsh|ps1|lock|gradle|mdx?|txt|log|csv|env|pem)(?![\\w-])`,
    // java.lang.Class, max.poll.interval.ms (not e.g., U.S.A. nor 1.2.3).
    `(?<![\\w.-])[A-Za-z_]\\w+(?:\\.[A-Za-z_]\\w+){2,}(?![\\w-])`,
    // --watch, --port=3000, -XX:+UseConcMarkSweepGC.
    `(?<![\\w-])(?:--[A-Za-z][\\w-]*(?:=${PATH_END})?|-XX:${PATH_END})`,
  ].join('|'),
  'gu',
);
/**
 * A name joined with `_` (LC_ALL, en_US, MAX_RETRIES, snake_case_name, naïve_bayes, __file__):
 * a run of letters, digits, marks and `_` with a letter or digit on both sides of an underscore,
 * or one wrapped in `__`. Markdown's emphasis (`_word_`, `__bold__`) is parsed away before. Any
 * script but Han, so that Chinese text around a name (设置LC_ALL变量) or around underscores
 * (中文_重点_内容) is not taken for part of one. Found from each `_` rather than as one more
 * alternative of CODE_NAME, which is tried at every character: that took roughly 1.5 to 2 times as
 * long over 0.9 MB of prose (a rough measurement on a loaded machine).
 */
const NAME_PART = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])';
const NAME_CHAR = new RegExp(`^(?:${NAME_PART}|[\\p{M}_])$`, 'u');
const UNDERSCORE_NAME = new RegExp(`^(?:[^]*${NAME_PART}_+${NAME_PART}[^]*|__[^]+__)$`, 'u');

/** `text` with each name joined with `_` (UNDERSCORE_NAME) blanked. */
function dropUnderscoreNames(text: string): string {
  if (!text.includes('_')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('_'); at >= 0; ) {
    let start = at;
    let end = at + 1;
    while (start > from && NAME_CHAR.test(text[start - 1]!)) start--;
    while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
    if (UNDERSCORE_NAME.test(text.slice(start, end))) {
      out += `${text.slice(from, start)} `;
      from = end;
    }
    at = text.indexOf('_', end);
  }
  return out + text.slice(from);
}
const HANDLE = /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/gu;
/**
 * Liquid tag `{% name … %}` (Hexo, Jekyll), Hugo shortcode `{{< … >}}` / `{{% … %}}`, Liquid
 * output `{{ name… }}`: one line each. Also what `check`'s template-tag flag looks for.
 */
export const TEMPLATE_TAG = /\{%-?\s*[A-Za-z_][\w-]*[^%\n]*%\}|\{\{[<%][^\n]*?[>%]\}\}|\{\{-?\s*[A-Za-z_][\w.]*(?:\s*\|[^}\n]*)?\s*-?\}\}/g;
/** One argument of a template tag: `key="quoted"`, `"quoted"`, or a bare word. */
const TAG_ARG = /(?:([A-Za-z_][\w-]*)=)?(?:"([^"]*)"|'([^']*)'|(\S+))/g;
const LABEL_KEYS = new Set(['title', 'caption', 'alt', 'label']);
const PATH_LIKE = /[/\\]|^[\w-]+\.[A-Za-z0-9]{2,5}$|^[a-z]+:/i;

/**
 * What a reader sees of a template tag: its labels, not its name or settings. `{{% fold "题解" %}}`
 * shows a button 题解, `{% asset_img tree.png 一棵树 %}` an image titled 一棵树, `{{< figure
 * src="a.png" caption="图 1" >}}` the caption. Kept: quoted arguments and title/caption/alt/label
 * values that are not paths or addresses, and bare arguments with Han text. Dropped: the name,
 * other settings (`src=`, `class=`), file names, bare Latin words (`info`, `warning`).
 */
function tagLabels(tag: string): string {
  const inner = tag.replace(/^\{[{%][<%]?-?\s*[\w/-]*|-?[>%]?[}%]\}$/g, ' ');
  const labels: string[] = [];
  for (const m of inner.matchAll(TAG_ARG)) {
    const [, key, double, single, bare] = m;
    const quoted = double ?? single;
    const value = quoted ?? bare ?? '';
    if (PATH_LIKE.test(value)) continue;
    if (key ? LABEL_KEYS.has(key.toLowerCase()) : quoted !== undefined || /\p{Script=Han}/u.test(value)) labels.push(value);
  }
  return ` ${labels.join(' ')} `;
}

/** kramdown's comment extension, `{::comment}…{:/comment}`: the author's note to self, never shown. */
const KRAMDOWN_COMMENT = /\{::comment\}[\s\S]*?\{:\/comment\}/g;
/** kramdown's other extension marks (`{::nomarkdown}`, `{:/nomarkdown}`, `{::options … /}`): the text between stays. */
export const KRAMDOWN_EXTENSION = /\{::[A-Za-z_][\w-]*[^{}\n]*\}|\{:\/[A-Za-z_][\w-]*\}/g;
/**
 * A kramdown inline or block attribute list, `{: class="clickable" loading="lazy" alt="…" }` or
 * `{:.lead #intro}`: settings of the element before it (or the block after it), not words; an
 * `alt` or `title` it gives is what a reader is shown, and stays.
 */
export const KRAMDOWN_IAL = /\{:(?![:/])[^{}\n]*\}/g;
const IAL_LABEL = /\b(?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function ialLabels(ial: string): string {
  return ` ${[...ial.matchAll(IAL_LABEL)].map((m) => m[1] ?? m[2] ?? '').join(' ')} `;
}

/**
 * Same line count, the code and comments gone. A match that crosses a code fence is left as written
 * (a fence that shows the tag, closed by a later one): blanking it would drop the fence's end.
 */
const blankOut = (text: string) => (/^\s*(?:```|~~~)/m.test(text) ? text : text.replace(/[^\n]+/g, ' '));

/** An HTML comment, or a tag whose quoted attribute values may hold ">": 1 is "/" for an end tag, 2 the name. */
const HTML_TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:-]*)[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
/**
 * HTML elements whose content a reader is not shown as prose: code, as fenced and inline code
 * are (`pre`, `code`, `samp`); program text (`script`, `style`, `template`, `xmp`); MathML, as TeX
 * math is (`math`); and fallback a browser shows only where the element itself fails or scripts
 * are off (`noscript`, `iframe`, `noembed`, `noframes`, `object`, `video`, `audio`, `canvas`:
 * "Your browser does not support video"). An `<svg>` keeps the text it draws (its `<text>` and
 * `<title>` labels), not a `<style>` or `<script>` inside it.
 */
const NOT_PROSE: ReadonlySet<string> = new Set(['pre', 'code', 'samp', 'script', 'style', 'template', 'xmp', 'math', 'noscript', 'iframe', 'noembed', 'noframes', 'object', 'video', 'audio', 'canvas']);
/** Whether `node` is an MDX element (JSX, or HTML read as JSX) of a NOT_PROSE name, whose content no reader sees as prose. */
export function isNotProseElement(node: { type: string; name?: string | null }): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && NOT_PROSE.has((node.name ?? '').toLowerCase());
}
/**
 * Of those, the ones an HTML parser reads as raw text up to the first end tag of their name, tags
 * and quotes inside included (WHATWG HTML §13.1.2, with scripting on), or to the end of the file.
 */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const END_TAGS = new Map<string, RegExp>();
const endTag = (name: string) => END_TAGS.get(name) ?? END_TAGS.set(name, new RegExp(`</${name}(?=[\\s/>])[^>]*>`, 'gi')).get(name)!;

/**
 * The NOT_PROSE element the reading is inside, if any, and how deep in elements of its name. It
 * is carried from node to node: a CommonMark parser splits an element into several nodes (inline
 * `<script>` in a paragraph is three; `<noscript>` with a blank line inside ends its HTML block there).
 */
export interface Hidden {
  open?: string;
  depth: number;
  /** Names whose start tag in the current paragraph has no end tag there: a mention (`<object>.<property>`), not an element. */
  mentions?: ReadonlySet<string>;
  /** The post's link reference definitions (`[3]: https://…`), by identifier, for a reference link's address. */
  definitions?: ReadonlyMap<string, string>;
  /** A raw `<a href>` start tag read in this paragraph whose `</a>` is still to come: its address and where its text begins in the output. */
  anchor?: { href: string; at: number };
}
/** HTML's phrasing elements whose tags a browser draws no space for (WHATWG HTML §3.2.5.2.5, text-level). */
const PHRASING_ELEMENTS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'kbd', 'mark', 'q', 'ruby', 'rb', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'strike', 'tt', 'big', 'nobr']);
/** A lone start or end tag (the whole of an inline HTML node): its name in group 1. */
const PHRASING_TAG = /^<\/?([A-Za-z][\w-]*)(?:\s[^>]*)?>$/;
/** Blocks whose children are inline content, where an element written in HTML starts and ends. */
const PHRASING = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The prose of one raw-HTML node: tags and comments gone, the content of NOT_PROSE elements gone
 * (an element left open hides what follows, up to its end tag in a later node or the end of the
 * file, as a browser reads it), character references decoded. The parser decodes them in
 * Markdown text and in MDX's JSX text, but keeps raw HTML as written: before, a post read as
 * CommonMark (not valid MDX, whatever its language) showed `&nbsp;` in a table as the word "nbsp".
 */
export function htmlProse(html: string, hidden: Hidden = { depth: 0 }): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    if (hidden.open && RAW_TEXT.has(hidden.open)) {
      const end = endTag(hidden.open);
      end.lastIndex = at;
      const m = end.exec(html);
      if (!m) return decodeHTML(out);
      hidden.open = undefined;
      out += ' ';
      at = m.index + m[0].length;
      continue;
    }
    HTML_TAG.lastIndex = at;
    const m = HTML_TAG.exec(html);
    if (!hidden.open) out += html.slice(at, m ? m.index : html.length);
    if (!m) break;
    at = m.index + m[0].length;
    const [tag, slash, tagName] = m;
    // A phrasing element's tags part no words (`<b>粗</b>体`, `<a>CI/CD</a>.`); any other tag, a comment, does.
    if (!tagName || !PHRASING_ELEMENTS.has(tagName.toLowerCase())) out += ' ';
    if (!tagName) continue;
    // `<iframe … />`: empty, as its writer meant (a browser would read on to an end tag).
    const selfClosed = tag.endsWith('/>');
    const name = tagName.toLowerCase();
    if (hidden.open) {
      if (name === hidden.open && !selfClosed) hidden.depth += slash ? -1 : 1;
      if (hidden.depth === 0) hidden.open = undefined;
    } else if (!slash && !selfClosed && NOT_PROSE.has(name) && !hidden.mentions?.has(name)) {
      hidden.open = name;
      hidden.depth = 1;
    }
  }
  return decodeHTML(out);
}

export { formatOfFile, type PostFormat } from '../post-format.ts';

/**
 * Plain prose of a Markdown or MDX body (frontmatter included or not). `format`: the post's file
 * type; a .md body is read by CommonMark, its indented code and `<pre>` blocks are code; in an .mdx body an indented
 * block is a paragraph, as MDX reads it. `bodyOnly`: `source` is the text after the file's
 * frontmatter, so a `---` line it opens with is a rule and the text after it prose (parseProse).
 */
export function stripMarkdown(source: string, format: PostFormat = 'md', opts: { bodyOnly?: boolean } = {}): string {
  const out: string[] = [];
  // An admonition's kind (`:::warning`, `> [!TIP]`) is markup; its own title (`:::tip[…]`) is prose.
  const prose = dropAdmonitionMarks(dropCodeTags(source), { keepLabels: true });
  const tree = parseProse(prose, { ...opts, format });
  // An HTML block opening a tag the author meant as text (`<script> 标签是什么`) is read as the page
  // shows it (core/prose-tags.ts); the tag itself, escaped, is markup shown as text, no words of
  // the post, while a comment's text is.
  if (mayHaveProseTags(prose)) readProseBlocks(tree as ProseNode, (markdown) => ((parseBody(markdown.replace(/\\<(?!!--)[^>]*>?/, ' '), { bodyOnly: true, format: 'md' }) as ProseNode).children ?? []));
  collect(tree, out, prose, { depth: 0, definitions: definitionsOf(tree) });
  return dropCodeNames(out.join('').replace(KRAMDOWN_EXTENSION, ' ').replace(KRAMDOWN_IAL, ialLabels).replace(TEMPLATE_TAG, tagLabels)).replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** Blocks whose children are blocks, where an HTML block stands (the descriptions' reader uses it too). */
export const FLOW = new Set(['root', 'blockquote', 'listItem']);

/** Prose with its bare addresses, e-mail addresses, handles and names of code (BARE_URL, HANDLE, EMAIL, CODE_NAME, UNDERSCORE_NAME) blanked. */
function dropCodeNames(text: string): string {
  let out = text.replace(BARE_URL, ' ');
  // A handle and an e-mail address hold an @: text without one has neither to look for.
  if (out.includes('@')) out = out.replace(HANDLE, ' ').replace(EMAIL, ' ');
  return dropUnderscoreNames(dropCodeNameRuns(out));
}

/**
 * `text.replace(CODE_NAME, ' ')`, trying CODE_NAME only on the runs of non-space characters that
 * hold a `/`, `.` or `-` (every name it finds holds one) rather than at every character of the
 * prose. The same result: a name holds no space (PATH_CHAR and `[\w.-]` exclude \s), and a space
 * before or after a run reads to CODE_NAME's look-arounds (`[\w/.~-]`, `[\w.-]`, `[\w-]`) as the
 * start or end of the text does. Trying it at every character took ~135 ms of a cold check of
 * 2,000 English posts.
 */
function dropCodeNameRuns(text: string): string {
  let out = '';
  // text[copied..] is not yet in `out`.
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2f && c !== 0x2e && c !== 0x2d) continue;
    let start = i;
    while (start > copied && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    const run = text.slice(start, end);
    const blanked = run.replace(CODE_NAME, ' ');
    if (blanked !== run) {
      out += text.slice(copied, start) + blanked;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Whether a UTF-16 code unit is a space as a regular expression's \s reads it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A code span: backtick runs of one length around it (CommonMark 0.31 §6.1); a lone backtick is text. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[^]*?(?<!`)\1(?!`)/g;

/**
 * The prose of a post's title, read as plain text (a title is not Markdown: `*` and `#` stay as
 * written, and are no words anyway; its character references stand for their characters), with what stripMarkdown leaves out of a body's prose left out
 * the same way: addresses, e-mail addresses, handles and names of code ("Setting LC_ALL and
 * max.poll.interval.ms" reads "Setting and"), and words in backticks, as the body's inline code
 * is (the writer marked them as code: "Why `useEffect` runs twice" reads "Why runs twice").
 */
export function stripTitle(title: string): string {
  // A title imported from WordPress or Jekyll keeps its references ("Bj&ouml;rk", "Fish &amp;
  // chips"): whole ones only, a title being no HTML ("Recipes&notes" is not "Recipes¬es").
  const plain = title.includes('&') ? decodeReferences(title) : title;
  return dropCodeNames(plain.includes('`') ? plain.replace(CODE_SPAN, ' ') : plain);
}

/** Character references with their semicolon (`&amp;`, `&#8217;`, `&#x4E2D;`) decoded; a bare `&` and `&copy` stay. */
function decodeReferences(text: string): string {
  entities ??= requireNear<typeof Entities>(import.meta.url, 'entities', 'entities');
  return entities.decodeHTMLStrict(text);
}

/**
 * The body without the code of code-block tags and kramdown comments, MathJax's `\(…\)` math as
 * dollars and the math of raw HTML blanked (cheap when it has none).
 */
function dropCodeTags(source: string): string {
  // MathJax's \(…\) and \[…\] as dollars, which parseProse reads as math, and blanks for the math
  // the portfolio renders inside an HTML block (<p>\(f(x)\)</p>): core/tex-math.ts, the portfolio's rule.
  const tex = mathJaxToDollars(source, blankOut);
  if (!tex.includes('{')) return tex;
  return tex.replace(CODE_TAG_PAIR, blankOut).replace(KRAMDOWN_COMMENT, blankOut);
}

/**
 * The mdast tree of a body: a .md body (`format` 'md') as CommonMark + GFM, as its page reads it;
 * else as MDX, and as CommonMark + GFM when it is no valid MDX (a stray "<", an HTML comment). `source` may hold its file's frontmatter; with `bodyOnly` it is the text after
 * it, so a `---` it opens with is a thematic break (core/markdown-parser.ts BODY_FEATURES). `format`:
 * the post's file type (default 'mdx'). Reading a .md body as MDX lost its braces (`{name}`) and
 * its unfenced `import` lines as code, and an unclosed `{` inside HTML made satteri (0.10, 0.11)
 * search exponentially before failing (a real Hugo blog's post: 30 s). `position`: keep spans.
 */
export function parseBody(source: string, opts: ParseOptions = {}): MdastNode {
  return parseWith(source, { position: opts.position ?? false, ...(opts.bodyOnly && { features: BODY_FEATURES }) }, opts.format);
}

/** How a body is parsed: parseBody's and parseProse's options. */
export interface ParseOptions { bodyOnly?: boolean; position?: boolean; format?: PostFormat }

/** The tree of `source` with satteri's `options`: a .md body by CommonMark + GFM, else MDX first, then CommonMark + GFM. */
function parseWith(source: string, options: Parameters<ReturnType<typeof satteri>['mdxToMdast']>[1], format: PostFormat = 'mdx'): MdastNode {
  try {
    // A .md body as its page reads it: CommonMark + GFM (raw HTML's text: htmlProse).
    return format === 'md' ? satteri().markdownToMdast(source, options) : mdxToMdast(source, options);
  } catch {
    return satteri().markdownToMdast(source, options);
  }
}

/**
 * As parseBody (`opts` too), with `$…$` and `$$…$$` read as math. Positions are kept then (only for a body
 * with a dollar sign, or when `opts.position` asks), so that isTexMath can look at the dollars as written. The portfolio's
 * descriptions (pages/_lib/excerpt.ts) read a body the same way.
 */
export function parseProse(source: string, opts: ParseOptions = {}): MdastNode {
  if (!source.includes('$')) return parseBody(source, opts);
  return parseWith(source, { position: true, features: { ...(opts.bodyOnly && BODY_FEATURES), math: true } }, opts.format);
}

type Positioned = MdastNode & { value?: string; position?: { start: { offset?: number }; end: { offset?: number } } };

/** Whether an `inlineMath` node is TeX, read from its dollars as written (core/tex-math.ts). */
function isTexMath(node: Positioned, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  return isTexDollarRun(source.slice(start, end), source[end]);
}

/**
 * Names that tools give pasted images and screenshots, the alt text they write: Typora's
 * `image-20220412205528349`, macOS `截屏2022-03-08 下午3.12.34` / `Screen Shot … at 10.37.22 AM`,
 * Snipaste, Xnip, CleanShot, QQ and WeChat, cameras' `IMG_2041` / `DSC02174`.
 */
const TOOL_NAMES = new Set(['image', 'img', 'pic', 'picture', 'photo', 'screenshot', 'screen shot', 'pasted image', 'snipaste', 'xnip', 'cleanshot', 'wechatimg', 'dsc', 'dscn', 'dscf', '截屏', '截图', '屏幕截图', '屏幕快照', 'qq截图', '微信图片', '微信截图']);

/** The extensions of image files an alt text may end with (`cover.png`). */
const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|svg|bmp|heic|avif)$/i;

/**
 * Whether an image's alt text is a file name a tool wrote rather than words of the author (who
 * was never asked): a name with an image extension (`cover.png`), or a tool's name with a stamp
 * of 4 or more digits (dates, times, counters) and nothing else. Such a name counted "image" once
 * per screenshot of a Typora post.
 */
function isFileNameAlt(alt: string): boolean {
  const name = alt.trim();
  // A tool's name with its extension (`Pasted image 20231211140927.png`) is that name.
  const text = name.replace(IMAGE_EXTENSION, '');
  if (text !== name && /^[^\s/]+$/.test(text)) return true;
  if ((text.match(/\d/g) ?? []).length < 4) return false;
  const rest = text.toLowerCase().replace(/[\d\s_.:\-]+/g, ' ').replace(/\b(?:at|am|pm)\b|上午|下午/g, ' ').replace(/\s+/g, ' ').trim();
  return rest === '' || TOOL_NAMES.has(rest);
}

/**
 * Whether a link's text is its own address written as the path, two parts or more
 * (`[ruanyf/weekly](https://github.com/ruanyf/weekly)`): an account and a repository's name, no
 * words on a subject, as the same address with its host (`github.com/ruanyf/weekly`) already is not.
 * Compared without case, a trailing `/` or `.git`, the query and the fragment; the text must be the
 * whole path, so `[CI/CD](…/wiki/CI/CD)` and `[weekly](…/ruanyf/weekly)` name something and stay.
 * (A real-writing trial: an electronics wiki's `[linyuxuanlin/Power_Lib_Altium](…)` put its author's
 * account among a draft's off-theme words.)
 */
function isOwnAddress(text: string, url: string): boolean {
  const trim = (s: string) => s.trim().toLowerCase().replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/\.git$/, '');
  const path = trim(text);
  if (!/^[^\s/]+(?:\/[^\s/]+)+$/.test(path)) return false;
  const address = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(.*)$/i.exec(url.trim());
  return address !== null && trim(address[1]!) === path;
}

/** A tree's link reference definitions: identifier -> address (the first of an identifier wins, as in CommonMark). */
function definitionsOf(tree: MdastNode): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: MdastNode) => {
    const n = node as MdastNode & { identifier?: string; url?: string; children?: MdastNode[] };
    if (n.type === 'definition' && n.identifier && n.url && !found.has(n.identifier)) found.set(n.identifier, n.url);
    for (const child of n.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

/** A raw HTML `<a …href=…>` start tag: the address in group 1, 2 or 3 (double-, single- or unquoted). */
const ANCHOR_START = /^\s*<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>/i;
/** A whole raw HTML anchor with plain text inside: the address in group 1, 2 or 3, the text in 4. */
const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>([^<]*)<\/a\s*>/gi;

/** The address of an `<a href="…">` read as MDX (a JSX element), if it is one. */
function anchorHref(node: MdastNode): string | undefined {
  const n = node as MdastNode & { name?: string | null; attributes?: { type?: string; name?: string; value?: unknown }[] };
  if ((n.type !== 'mdxJsxTextElement' && n.type !== 'mdxJsxFlowElement') || n.name?.toLowerCase() !== 'a') return undefined;
  const href = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name?.toLowerCase() === 'href')?.value;
  return typeof href === 'string' ? href : undefined;
}

/** The text a link shows: its text nodes, inline code and the text of its emphasis. */
function linkText(node: MdastNode): string {
  const n = node as MdastNode & { children?: MdastNode[] };
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  return (n.children ?? []).map(linkText).join('');
}

function collect(node: MdastNode, out: string[], source: string, hidden: Hidden): void {
  const n = node as Positioned & { alt?: string | null; name?: string | null; url?: string | null; identifier?: string; children?: MdastNode[] };
  const address = n.type === 'link' ? n.url : n.type === 'linkReference' ? hidden.definitions?.get(n.identifier ?? '') : anchorHref(n);
  if (address && !hidden.open && isOwnAddress(linkText(n), address)) {
    out.push(' ');
    return;
  }
  if (n.type === 'html') {
    const html = n.value ?? '';
    // An anchor written in raw HTML whose text is its own address (isOwnAddress): whole in one
    // node (an HTML block), or, inside a paragraph, its start tag, text and end tag as three nodes.
    const start = hidden.open ? null : ANCHOR_START.exec(html);
    const closes = /^<\/a\s*>$/i.test(html.trim());
    if (closes && hidden.anchor && hidden.anchor.at <= out.length && isOwnAddress(out.slice(hidden.anchor.at).join(''), hidden.anchor.href)) out.length = hidden.anchor.at;
    if (closes) hidden.anchor = undefined;
    else if (start && start[0].length === html.trim().length) hidden.anchor = { href: start[1] ?? start[2] ?? start[3] ?? '', at: out.length + 2 };
    const kept = hidden.open ? html : html.replace(ANCHOR, (whole, dq?: string, sq?: string, bare?: string, text?: string) => (isOwnAddress(decodeHTML(text ?? ''), dq ?? sq ?? bare ?? '') ? ' ' : whole));
    // A phrasing element's own tag inside a paragraph (`<a href>`, `</b>`) parts no words, as a browser draws it; a block's content is set apart.
    const tag = PHRASING_TAG.exec(html.trim());
    if (tag && PHRASING_ELEMENTS.has(tag[1]!.toLowerCase())) out.push(htmlProse(kept, hidden), '');
    else out.push(` ${htmlProse(kept, hidden)} `, '\n');
    return;
  }
  // Inside an HTML element that is no prose, everything is hidden but the raw HTML that ends it.
  if (hidden.open) {
    for (const child of n.children ?? []) collect(child, out, source, hidden);
    return;
  }
  if (n.type === 'inlineMath' && !isTexMath(n, source)) {
    const start = n.position?.start.offset ?? 0;
    // Raw source (a dollar amount read as math): its references are as written, not yet decoded.
    out.push(decodeHTML(source.slice(start, n.position?.end.offset ?? start)));
    return;
  }
  if (SKIP.has(n.type)) return;
  // An MDX element (`<script>`, `<pre>` written as JSX) is skipped whole; the parser has matched its end.
  if (isNotProseElement(n)) {
    out.push(INLINE.has(n.type) ? ' ' : '\n');
    return;
  }
  if (n.type === 'text') out.push(n.value ?? '');
  else if (n.type === 'image' || n.type === 'imageReference') out.push(isFileNameAlt(n.alt ?? '') ? ' ' : ` ${n.alt ?? ''} `);
  else if (n.type === 'break') out.push('\n');
  if (PHRASING.has(n.type)) collectPhrasing(n.children ?? [], out, source, hidden);
  else for (const child of n.children ?? []) collect(child, out, source, hidden);
  // Blocks end with a blank line (a soft line break inside a paragraph is one newline), and
  // elements are separated, so that words on either side never merge and a phrase keyword is
  // never found across a heading's or a table cell's end (tokenize's joinsGap).
  out.push(INLINE.has(n.type) ? '' : '\n\n');
}

/**
 * A paragraph's (heading's, table cell's) content. A start tag written inside a paragraph with no
 * end tag before the paragraph ends names an element rather than writing one ("the syntax is
 * <object>.<property>", a KiCad manual's translation): read again with that name left as text, so
 * that it does not hide the rest of the post. Only an element opened as its own HTML block runs on
 * past its paragraph (`<noscript>` with blank lines inside, a `<script>` never closed).
 */
function collectPhrasing(children: readonly MdastNode[], out: string[], source: string, hidden: Hidden): void {
  const start = out.length;
  const before = hidden.mentions;
  for (;;) {
    for (const child of children) collect(child, out, source, hidden);
    if (!hidden.open) break;
    // Opened here and left open: drop what this reading wrote and read the paragraph again.
    const name = hidden.open;
    const mentions: Set<string> = new Set(hidden.mentions);
    if (mentions.has(name)) break;
    mentions.add(name);
    out.length = start;
    hidden.open = undefined;
    hidden.depth = 0;
    hidden.mentions = mentions;
  }
  hidden.mentions = before;
}
