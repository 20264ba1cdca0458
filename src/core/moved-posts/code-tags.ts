/**
 * Code blocks written as a generator's tags, as fenced code: Jekyll's (Liquid)
 * `{% highlight ruby linenos %}` … `{% endhighlight %}` (jekyllrb.com/docs/liquid/tags/#code-snippet-highlighting),
 * Hexo's `{% codeblock [title] [lang:js] [url] [link text] [options] %}` … `{% endcodeblock %}` and
 * its alias `{% code %}` … `{% endcode %}` (hexo.io/docs/tag-plugins#Code-Block), and Hugo's
 * `{{< highlight go "linenos=table" >}}` … `{{< /highlight >}}` (gohugo.io/shortcodes/highlight/).
 * The portfolio renders plain Markdown, where these tags are text and the code a paragraph.
 */
import type { Text } from '../i18n/text.ts';
import { HUGO_HIGHLIGHT, hugoClosing, LIQUID_CODE_TAGS, liquidClosing, liquidOpening } from '../code-tags.ts';
import { LineKindReader } from './hexo-assets.ts';

/** An opening tag alone on its line: group 1 its indent, 2 and 3 a Liquid tag's name and arguments, 4 and 5 Hugo's. */
const OPEN = new RegExp(`^([ \\t]*)(?:${liquidOpening()}((?:[^%]|%(?!\\}))*?)-?%\\}|\\{\\{<\\s*(${HUGO_HIGHLIGHT})\\b([^>]*?)>\\}\\})[ \\t]*$`);
/** Each tag's closing alone on its line, by the Liquid tag's name, `hugo` for Hugo's. */
const CLOSE: Record<string, RegExp> = Object.fromEntries([...LIQUID_CODE_TAGS.map((name) => [name, liquidClosing(name)]), ['hugo', hugoClosing(HUGO_HIGHLIGHT)]].map(([name, closing]) => [name, new RegExp(`^[ \\t]*${closing}[ \\t]*$`)]));
/** Whether a body may hold one: an opening anywhere. */
const ANY_OPEN = new RegExp(`${liquidOpening()}|\\{\\{<\\s*${HUGO_HIGHLIGHT}\\b`);

const RAW = /\{%-?\s*raw\s*-?%\}/;
const ENDRAW = /\{%-?\s*endraw\s*-?%\}/;

export interface ConvertedCodeTags {
  body: string;
  /** How many blocks became fenced code, by the generator whose tag they were. */
  blocks: { jekyll: number; hexo: number; hugo: number };
  /** How many of them had options a fence cannot carry (line numbers, marked or highlighted lines): dropped. */
  optionsDropped: number;
}

/** The fence's language and name from a tag's arguments; `dropped` when it had other options. */
function fenceInfo(kind: 'jekyll' | 'hexo' | 'hugo', args: string): { info: string; dropped: boolean } {
  const words = args.trim().match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  const unquote = (w: string) => w.replace(/^(["'])(.*)\1$/, '$2');
  if (kind === 'jekyll' || kind === 'hugo') {
    const lang = words[0] && !/[=:]/.test(words[0]) ? unquote(words[0]) : '';
    return { info: lang, dropped: words.length > (lang ? 1 : 0) };
  }
  // Hexo: `lang:x`, a URL and its link text, `key:value` options, and the title: the other words before the URL.
  const lang = words.find((w) => /^lang:/.test(w))?.slice(5) ?? '';
  const url = words.findIndex((w) => /^https?:\/\//.test(w));
  const title = (url < 0 ? words : words.slice(0, url)).filter((w) => !/^[a-z_]+:/i.test(w)).map(unquote).join(' ');
  const dropped = words.some((w) => /^[a-z_]+:/i.test(w) && !/^lang:/.test(w) && !/^https?:/.test(w));
  const safe = title.replace(/"/g, "'");
  return { info: `${lang || (title ? 'text' : '')}${title ? ` title="${safe}"` : ''}`, dropped };
}

/**
 * `body` with each code block written as one of the tags above (its opening and closing tags
 * each alone on a line, read where Markdown reads prose: not in fenced or indented code or an
 * HTML block) as a fenced code block with the tag's language (Hexo's `lang:`) and, for Hexo, its
 * title as the fence's `title="…"`; the code between is kept byte for byte at the tag's indent,
 * the fence made longer than any backtick fence inside it. A tag never closed stays as written.
 */
export function convertCodeTags(body: string): ConvertedCodeTags {
  const blocks = { jekyll: 0, hexo: 0, hugo: 0 };
  let optionsDropped = 0;
  if (!ANY_OPEN.test(body)) return { body, blocks, optionsDropped };
  const lines = body.split('\n');
  const reader = new LineKindReader(lines);
  const kinds = reader.kinds;
  // Liquid shows what is between {% raw %} and {% endraw %} as written: a post about Jekyll's tags.
  let raw = false;
  // The lines up to `from` are a converted block's, skipped.
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'prose' && RAW.test(lines[i]!)) raw = true;
    if (kinds[i] === 'prose' && ENDRAW.test(lines[i]!)) raw = false;
    if (i < from || raw || kinds[i] !== 'prose') continue;
    const m = OPEN.exec(lines[i]!.replace(/\r$/, ''));
    if (!m) continue;
    const kind = m[4] ? 'hugo' : m[2] === 'highlight' ? 'jekyll' : 'hexo';
    const close = CLOSE[m[4] ? 'hugo' : m[2]!]!;
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!.replace(/\r$/, ''))) end++;
    if (end === lines.length) continue;
    const cr = lines[i]!.endsWith('\r') ? '\r' : '';
    const code = lines.slice(i + 1, end);
    const longest = Math.max(2, ...code.map((line) => /^[ \t]*(`+)/.exec(line)?.[1]!.length ?? 0));
    const fence = '`'.repeat(longest + 1);
    const { info, dropped } = fenceInfo(kind, m[3] ?? m[5] ?? '');
    if (dropped) optionsDropped++;
    blocks[kind]++;
    lines[i] = `${m[1]}${fence}${info}${cr}`;
    lines[end] = `${m[1]}${fence}${lines[end]!.endsWith('\r') ? '\r' : ''}`;
    // The block's code is no longer prose: the lines from it on read again (those before it read as they did).
    reader.readFrom(i, end);
    from = end + 1;
  }
  return { body: lines.join('\n'), blocks, optionsDropped };
}

/** The note of a moved post whose code tags became fenced code; null when none did. */
export function codeTagsNote(c: ConvertedCodeTags): Text | null {
  const named = (en: boolean) => [c.blocks.jekyll && (en ? "Jekyll's {% highlight %}" : 'Jekyll 的 {% highlight %}'), c.blocks.hexo && (en ? "Hexo's {% codeblock %}" : 'Hexo 的 {% codeblock %}'), c.blocks.hugo && (en ? "Hugo's {{< highlight >}}" : 'Hugo 的 {{< highlight >}}')].filter(Boolean) as string[];
  const n = c.blocks.jekyll + c.blocks.hexo + c.blocks.hugo;
  if (n === 0) return null;
  const dropped = c.optionsDropped ? { en: ` (line numbers and marked lines, which a fence has not, dropped from ${c.optionsDropped})`, zh: `（其中 ${c.optionsDropped} 个的行号和标记行已去掉：代码围栏没有这一项）` } : { en: '', zh: '' };
  return {
    en: `${n === 1 ? 'a code block' : `${n} code blocks`} written as ${named(true).join(', ')} ${n === 1 ? 'is' : 'are'} now fenced code (\`\`\`)${dropped.en}`,
    zh: `${n} 个用 ${named(false).join('、')} 写的代码块已改为代码围栏（\`\`\`）${dropped.zh}`,
  };
}
