/**
 * Template tags of other generators left in a moved post's prose: Hexo's and Jekyll's (Liquid)
 * `{% note warning %}`, `{% asset_img x.png %}`, `{{ site.baseurl }}`, and Hugo's shortcodes
 * `{{< figure src="x" >}}`, `{{% note %}}`, and kramdown's (Jekyll's Markdown) attribute lists and
 * extensions, `{: class="x" loading="lazy" }`, `{::comment}`. Throughline renders plain Markdown, so the portfolio
 * would show them as written (Hexo's note box as `{% note warning WARNING %} … {% endnote %}`,
 * in the meta description too). Looked for in the text a reader sees: code blocks and inline
 * code, where a post about these generators writes them on purpose, are left alone.
 */
import type { Post } from './schema/post.ts';
import { formatOfFile, type PostFormat } from './post-format.ts';
import { htmlProse, isNotProseElement, KRAMDOWN_EXTENSION, KRAMDOWN_IAL, parseBody, TEMPLATE_TAG } from './theme/strip-markdown.ts';
import type { Lang } from './language.ts';
import { isTocParagraph } from './own-toc.ts';
import { pick, type Text } from './i18n/text.ts';

/**
 * Obsidian's embed of a file, `![[image.webp]]` (`![[a.png|300]]` with a size), and its wikilink
 * to a note, `[[Note]]` / `[[Note#Heading|text]]` (help.obsidian.md/Linking+notes+and+files):
 * a Fuwari blog written in Obsidian keeps writing them in new posts, which the page shows as written.
 */
const OBSIDIAN_MARK = /!?\[\[[^[\]\n]+\]\]/g;

/** A template tag, a kramdown attribute list or a kramdown extension mark, or an Obsidian embed or wikilink. */
const TAG = new RegExp([TEMPLATE_TAG, KRAMDOWN_IAL, KRAMDOWN_EXTENSION, OBSIDIAN_MARK].map((r) => r.source).join('|'), 'g');
const SKIP = new Set(['code', 'inlineCode', 'yaml', 'toml', 'math', 'inlineMath']);

export interface TemplateTagFlag {
  kind: 'template-tag';
  severity: 'warning';
  post: string;
  file: string;
  message: string;
  hint: string;
}

type Node = { type: string; value?: string; url?: string; name?: string | null; children?: unknown[] };

/**
 * A run of text as its reader sees it, for finding tags across the nodes GFM splits it into: a
 * bare address inside a tag (`{% embed url="https://…" %}`) is an autolink with its own text node.
 * A link counts by its text; any other node (inline code, emphasis, an image) by a line break,
 * which no tag spans.
 */
function readAsWritten(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'link') return ((node.children ?? []) as Node[]).map(readAsWritten).join('');
  return '\n';
}

/**
 * The template tags in the prose of a Markdown body, in order of reading. `format`: the post's file
 * type; a .md body is read by CommonMark's rules (its indented code and `<pre>` blocks are code, its
 * braces text), an .mdx body by MDX's.
 */
export function findTemplateTags(body: string, format: PostFormat = 'md'): string[] {
  if (!body.includes('{%') && !body.includes('{{') && !body.includes('{:') && !body.includes('[[')) return [];
  const found: string[] = [];
  const walk = (node: Node) => {
    if (SKIP.has(node.type)) return;
    // A table of contents mark ([[toc]], [[_TOC_]]) is the portfolio's own contents box, not a wikilink.
    if (isTocParagraph(node as never)) return;
    // An HTML block, whose text the page shows as written (a Hexo theme's box around a tag).
    if (node.type === 'html') return void found.push(...(htmlProse(node.value ?? '').match(TAG) ?? []));
    // Nor in an element whose content is no prose (a `<script>` setting `'{{ site.url }}'`).
    if (isNotProseElement(node)) return;
    const children = (node.children ?? []) as Node[];
    // A link's text is read with the run it stands in, by its parent.
    if (node.type !== 'link' && children.some((child) => child.type === 'text' || child.type === 'link')) found.push(...(children.map(readAsWritten).join('').match(TAG) ?? []));
    // Jekyll writes addresses with a variable: ![x]({{ site.baseurl }}/img/x.png).
    if (node.url) found.push(...(decodeURI(node.url).match(TAG) ?? []));
    for (const child of children) walk(child);
  };
  walk(parseBody(body, { bodyOnly: true, format }) as never);
  return found;
}

/** What a found mark is: a generator's template tag, or one of kramdown's marks (kramdown.gettalong.org/syntax.html). */
type MarkKind = 'tag' | 'embed' | 'link' | 'hugoLink' | 'hexoLink' | 'ial' | 'toc' | 'extension' | 'obsidianEmbed' | 'wikilink';

function markKind(mark: string): MarkKind {
  if (mark.startsWith('![[')) return 'obsidianEmbed';
  if (mark.startsWith('[[')) return 'wikilink';
  // Jekyll's link tags (jekyllrb.com/docs/liquid/tags/#links): a link to another post, not a box or an image.
  if (/^\{%-?\s*(?:link|post_url)\s/.test(mark)) return 'link';
  // Hexo's (hexo.io/docs/tag-plugins#Include-Posts): the same, by the other post's file name.
  if (/^\{%-?\s*post_(?:link|path)\s/.test(mark)) return 'hexoLink';
  // GitBook's (docs.gitbook.com: {% embed url="…" %}), which docsify and GitBook wikis keep: a page shown in place.
  if (/^\{%-?\s*embed\s/.test(mark)) return 'embed';
  // Hugo's (gohugo.io/shortcodes/ref/): the same, as a shortcode.
  if (/^\{\{[<%]\s*(?:rel)?ref\s/.test(mark)) return 'hugoLink';
  if (/^\{:\s*toc\s*\}$/.test(mark)) return 'toc';
  if (/^\{:[:/]/.test(mark)) return 'extension';
  return mark.startsWith('{:') ? 'ial' : 'tag';
}

/** The first clause of every hint for a link to another page of the old site (Jekyll, Hugo, Hexo, a wikilink): what to write instead. */
const LINK_HERE: Text = {
  en: "write it as a Markdown link to that post's page here: [text](/posts/<its id>/), its id being its path under content/posts/ without .md; ",
  zh: '请改写成指向本站那篇文章页面的 Markdown 链接：[文字](/posts/<它的 id>/)，id 是它在 content/posts/ 下的路径（不含 .md）；',
};

/** What each kind of mark is, and what to do about it: the portfolio renders plain Markdown and shows every one as written. */
const WORDING: Record<MarkKind, { what: Text; hint: Text }> = {
  tag: {
    what: { en: 'a template tag (as Hexo, Jekyll, Hugo, Django or Jinja write them)', zh: '模板标签（Hexo、Jekyll、Hugo、Django 或 Jinja 的写法）' },
    // A post about templates writes them as examples (a Django tutorial's {{ article.title }}): code, in backticks.
    hint: {
      en: 'write it in Markdown (a note box: :::warning … :::; an image: ![alt](path)), or delete it; if it is an example of template code, put it in backticks (`{{ x }}`) or a code block',
      zh: '请改写成 Markdown（提示框：:::warning … :::；图片：![说明](路径)），或删掉它；如果它是模板代码的示例，请用反引号（`{{ x }}`）或代码块括起来',
    },
  },
  embed: {
    what: { en: "GitBook's embed of a page", zh: 'GitBook 嵌入网页的标签' },
    hint: { en: 'write it as a link: [text](address)', zh: '请改写成链接：[文字](网址)' },
  },
  link: {
    what: { en: "Jekyll's link to another page of the old site ({% link %} or {% post_url %})", zh: 'Jekyll 指向旧网站另一个页面的链接标签（{% link %} 或 {% post_url %}）' },
    hint: {
      en: LINK_HERE.en + "import writes it so when the file it names is imported in the same run or was imported before, so importing that file's folder first, then this post's again, does it too",
      zh: LINK_HERE.zh + '被链接的文件在同一次导入中或之前已导入时，import 会自动这样改写，所以先导入那个文件所在的文件夹、再重新导入这篇文章所在的文件夹也可以',
    },
  },
  hugoLink: {
    what: { en: "Hugo's link to another page of the old site ({{< ref >}} or {{< relref >}})", zh: 'Hugo 指向旧网站另一个页面的链接短代码（{{< ref >}} 或 {{< relref >}}）' },
    hint: {
      en: LINK_HERE.en + "import writes it so when the file it names is imported in the same run, so importing a folder that holds both (the site's content/ or content/<language>/) does it too",
      zh: LINK_HERE.zh + '被链接的文件在同一次导入中时，import 会自动这样改写，所以导入同时包含两者的文件夹（网站的 content/ 或 content/<语言>/）也可以',
    },
  },
  hexoLink: {
    what: { en: "Hexo's link to another post of the old site ({% post_link %} or {% post_path %})", zh: 'Hexo 指向旧网站另一篇文章的链接标签（{% post_link %} 或 {% post_path %}）' },
    hint: {
      en: LINK_HERE.en + "import writes it so when the post it names is imported in the same run or was imported before, so importing the _posts folder that holds that post, then this post's again, does it too",
      zh: LINK_HERE.zh + '被链接的文章在同一次导入中或之前已导入时，import 会自动这样改写，所以先导入那篇文章所在的 _posts 文件夹、再重新导入这篇文章也可以',
    },
  },
  ial: {
    what: { en: "a kramdown attribute list (Jekyll's Markdown sets an element's class or id with it)", zh: 'kramdown 的属性列表（Jekyll 的 Markdown 用它设置元素的 class 或 id）' },
    hint: {
      en: "delete it: the portfolio sets no class or id from Markdown (a heading's id is written ## Title {#id}); import removes them from the posts it brings in",
      zh: '请删掉它：作品集网站不会从 Markdown 设置 class 或 id（标题的 id 写成 ## 标题 {#id}）；import 导入文章时会去掉它们',
    },
  },
  toc: {
    what: { en: "kramdown's table of contents marker (Jekyll's Markdown puts the contents in place of the list above it)", zh: 'kramdown 的目录标记（Jekyll 的 Markdown 用目录替换它上面的列表）' },
    hint: { en: 'delete it and the list line above it (* TOC): the portfolio makes its own table of contents', zh: '请删掉它和它上面的列表行（* TOC）：作品集网站会自己生成目录' },
  },
  obsidianEmbed: {
    what: { en: "Obsidian's embed of a file", zh: 'Obsidian 嵌入文件的写法' },
    hint: { en: 'write it as a Markdown image: ![alt](path/to/the/file), its path from this post', zh: '请改写成 Markdown 图片：![说明](文件路径)，路径从这篇文章所在的位置写起' },
  },
  wikilink: {
    what: { en: "Obsidian's link to a note (a wikilink)", zh: 'Obsidian 指向笔记的链接（双链）' },
    hint: {
      en: LINK_HERE.en + "import writes it so for the notes of the folder it brings in",
      zh: LINK_HERE.zh + 'import 导入文件夹时会为其中的笔记自动这样改写',
    },
  },
  extension: {
    what: { en: "a kramdown extension (Jekyll's Markdown)", zh: 'kramdown 的扩展标记（Jekyll 的 Markdown）' },
    hint: { en: 'delete it ({::comment}…{:/comment} with the text between, which Jekyll never shows)', zh: '请删掉它（{::comment}…{:/comment} 连同其间的文字一起删掉，Jekyll 从不显示它们）' },
  },
};

/** The image to write for Obsidian's `![[path|size]]`: its path, spaces written %20 as Markdown needs. */
function obsidianEmbedHint(mark: string): Text {
  const path = mark.slice(3, -2).split('|')[0]!.trim().replaceAll(' ', '%20');
  return { en: `write it as a Markdown image: ![alt](${path}), its path from this post`, zh: `请改写成 Markdown 图片：![说明](${path})，路径从这篇文章所在的位置写起` };
}

/** The link to write for GitBook's `{% embed url="…" %}`, with its address when it gives one. */
function embedHint(mark: string): Text {
  const url = /\burl=(?:"([^"]*)"|'([^']*)'|(\S+?))(?=\s|%\})/.exec(mark);
  const address = url ? (url[1] ?? url[2] ?? url[3])! : undefined;
  return address ? { en: `write it as a link: [text](${address})`, zh: `请改写成链接：[文字](${address})` } : WORDING.embed.hint;
}

/**
 * One warning per post whose prose holds template tags or kramdown marks, naming the first,
 * as what it is (a template tag, GitBook's embed, a kramdown attribute list, its table of contents
 * marker or an extension), and how many more.
 */
export function flagTemplateTags(posts: readonly Post[], lang: Lang): TemplateTagFlag[] {
  return posts.flatMap((post) => {
    const tags = findTemplateTags(post.body, formatOfFile(post.file));
    if (tags.length === 0) return [];
    const more = tags.length - 1;
    const zh = lang === 'zh';
    const first = tags[0]!.length > 60 ? `${tags[0]!.slice(0, 59)}…` : tags[0]!;
    const kind = markKind(tags[0]!);
    const { what } = WORDING[kind];
    const hint = kind === 'embed' ? embedHint(tags[0]!) : kind === 'obsidianEmbed' ? obsidianEmbedHint(tags[0]!) : WORDING[kind].hint;
    return [
      {
        kind: 'template-tag' as const,
        severity: 'warning' as const,
        post: post.id,
        file: post.file,
        message: zh ? `"${first}"${more ? `（还有 ${more} 处）` : ''}是${/^[A-Za-z]/.test(what.zh) ? ' ' : ''}${what.zh}：作品集网站会原样显示它` : `"${first}"${more ? ` (and ${more} more)` : ''} is ${what.en}: the portfolio shows it as written`,
        hint: pick(hint, lang),
      },
    ];
  });
}
