/**
 * A post made ready to paste into a platform's own editor, in the form that editor takes:
 * inline-styled HTML for WeChat's (which keeps inline styles and drops stylesheets), Markdown
 * for Zhihu's (which converts pasted Markdown), plain text everywhere (LinkedIn, Weibo, X, 小红书),
 * each headed with where it goes for that channel's kind (pasteLabels).
 * MDX is code and is never run: import/export lines, JSX tags and {expressions} are dropped.
 */

import { Marked } from 'marked';
// A line break between two CJK characters, or beside full-width punctuation, runs on without a
// space, as on the portfolio: Chinese wrapped in the source.
import { joinCjkLines } from '../../pages/_lib/cjk-line-breaks.ts';
import type { Text } from '../../core/i18n/text.ts';
import type { Platform } from '../../core/schema/planner.ts';
import type { Lang } from '../shared/i18n.ts';
import { isXiaohongshu } from './platform-limits.ts';
import { PLAIN_MARKED, plainBlocks } from './paste-plain.ts';

/** The forms a post can be copied in, as the publish page offers them. */
export type PasteFormat = 'wechat-html' | 'markdown' | 'plain';

/**
 * The kind of editor a channel is pasted into: its platform, or `xiaohongshu` for an "other"
 * channel named for 小红书 (not a planner platform id; platform-limits.ts reads the name alike).
 */
export type PasteKind = Platform | 'xiaohongshu';

export function pasteKindOf(platform: Platform, channelName = ''): PasteKind {
  return isXiaohongshu(channelName) ? 'xiaohongshu' : platform;
}

/**
 * What each kind of editor takes: WeChat's keeps inline-styled HTML, Zhihu's converts pasted
 * Markdown; LinkedIn, Weibo, X, a YouTube description and a 小红书 note take plain text only
 * (Markdown marks would show as typed); a blog, newsletter or other editor may take either.
 */
export function pasteFormatsFor(kind: PasteKind): PasteFormat[] {
  if (kind === 'wechat') return ['wechat-html', 'plain'];
  if (kind === 'zhihu') return ['markdown', 'plain'];
  if (kind === 'linkedin' || kind === 'weibo' || kind === 'x' || kind === 'youtube' || kind === 'xiaohongshu') return ['plain'];
  return ['plain', 'markdown'];
}

/** Where the text goes, per kind, as it reads inside the labels below. */
const EDITOR: Record<PasteKind, Text> = {
  blog: { en: 'your blog editor', zh: '博客编辑器' },
  newsletter: { en: 'your newsletter editor', zh: '电子报编辑器' },
  zhihu: { en: 'the Zhihu editor', zh: '知乎编辑器' },
  weibo: { en: 'the Weibo post box', zh: '微博发布框' },
  wechat: { en: 'the WeChat editor', zh: '公众号编辑器' },
  linkedin: { en: 'the LinkedIn post box', zh: 'LinkedIn 发布框' },
  x: { en: 'the X post box', zh: 'X 发布框' },
  youtube: { en: 'the YouTube description', zh: 'YouTube 视频简介' },
  xiaohongshu: { en: 'the Xiaohongshu (小红书) note editor', zh: '小红书笔记编辑器' },
  other: { en: "the platform's editor", zh: '平台的编辑器' },
};

/**
 * The publish page's heading for each form it offers a channel of this kind: it names only that
 * kind's own editor (a blog's Markdown is not "for Zhihu"), in `lang`.
 */
export function pasteLabels(kind: PasteKind, lang: Lang): Record<PasteFormat, string> {
  const editor = EDITOR[kind][lang];
  if (lang === 'zh') {
    // A Latin name after Chinese words takes a space, as the other labels write it ("粘贴到 LinkedIn 发布框").
    const spaced = /^[A-Za-z]/.test(editor) ? ` ${editor}` : editor;
    return {
      'wechat-html': '公众号编辑器用 HTML（内联样式）',
      markdown: kind === 'zhihu' ? 'Markdown（粘贴到知乎编辑器时会自动转换）' : `Markdown（用于支持 Markdown 的${spaced}）`,
      plain: `纯文本（粘贴到${spaced}）`,
    };
  }
  return {
    'wechat-html': 'HTML for the WeChat editor (inline styles)',
    markdown: kind === 'zhihu' ? 'Markdown (the Zhihu editor converts it when pasted)' : `Markdown (for ${editor}, if it takes Markdown)`,
    plain: `Plain text (paste into ${editor})`,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Tags (in MDX every tag is JSX, lower-case ones too) and {expressions}. */
function dropMdx(text: string): string {
  // Inline code (`<p>`, `{x}`) is text to keep as written.
  return text.split(/(`+[^`]*?`+)/).map((part, i) => (i % 2 === 1 ? part : keepHtmlBlocks(part).replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, '').replace(/\{[^{}]*\}/g, ''))).join('');
}

/** HTML's block tags, which end a paragraph (WHATWG HTML, "flow content" that is not phrasing). */
const BLOCK_TAG = /<\/?(?:p|div|section|article|header|footer|aside|blockquote|h[1-6]|ul|ol|li|table|tr|hr|br)\b[^<>]*\/?>/gi;

/**
 * A body written as HTML (an article pasted from the 公众号 editor, `<section><p>…</p><p>…</p>`, all
 * on one line) with a blank line for each block tag and "• " for a list item, so that its
 * paragraphs stay paragraphs once the tags are dropped: before, the plain text and the 公众号 HTML
 * ran every paragraph into one.
 */
function keepHtmlBlocks(line: string): string {
  if (!/<\/?(?:p|div|section|article|header|footer|aside|blockquote|h[1-6]|ul|ol|li|table|tr|hr|br)\b/i.test(line)) return line;
  return line.replace(BLOCK_TAG, (tag) => (/^<li\b/i.test(tag) ? '\n\n• ' : '\n\n')).replace(/• (?:\s*\n)+/g, '• ').replace(/\n{3,}/g, '\n\n');
}


/**
 * Plain text: marks removed, links as "text (url)", list items as "•" or "1." indented by depth,
 * table rows as cells joined by " | "; GFM footnotes as "[1]" with the notes listed at the end.
 */
export function toPlainText(body: string): string {
  const { text, notes } = extractFootnotes(withoutMdx(body));
  const blocks = plainBlocks(PLAIN_MARKED.lexer(text), 0).map((b) => b.replace(FOOTNOTE_MARK, '[$1]'));
  if (notes.length > 0) blocks.push(notes.map((note, i) => `[${i + 1}] ${plainBlocks(PLAIN_MARKED.lexer(note), 0).join(' ')}`).join('\n'));
  return blocks.join('\n\n');
}

/** Where extractFootnotes put a reference to note n (private-use characters, which no post holds). */
const FOOTNOTE_MARK = /\uE000(\d+)\uE001/g;

/**
 * GFM footnotes (GitHub Flavored Markdown spec, "Footnotes": `text[^label]` and a
 * `[^label]: note` line, whose indented lines continue it), which marked leaves as written: the
 * text without the definitions and with each reference as a mark for note n (FOOTNOTE_MARK), the
 * notes numbered in the order of their first reference. Code (fenced or inline) is left alone; a
 * reference without a definition stays as written, and a note never referenced is dropped, as GFM does.
 */
export function extractFootnotes(body: string): { text: string; notes: string[] } {
  const definitions = new Map<string, string>();
  const kept: string[] = [];
  let fence: string | undefined;
  let open: string | undefined;
  for (const line of body.split('\n')) {
    const mark = /^\s*(`{3,}(?![^\n]*`)|~{3,})/.exec(line)?.[1];
    if (fence || mark) {
      if (fence && mark?.startsWith(fence)) fence = undefined;
      else if (!fence) fence = mark;
      open = undefined;
      kept.push(line);
      continue;
    }
    const definition = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$/.exec(line);
    if (definition) {
      open = definition[1]!.toLowerCase();
      if (!definitions.has(open)) definitions.set(open, definition[2]!);
      continue;
    }
    if (open && /^( {4}|\t)/.test(line)) {
      definitions.set(open, `${definitions.get(open)}\n${line.trim()}`);
      continue;
    }
    open = undefined;
    kept.push(line);
  }
  const order: string[] = [];
  const text = kept.join('\n').replace(/(`+)[\s\S]*?\1|\[\^([^\]\s]+)\]/g, (match, _code, label?: string) => {
    const key = label?.toLowerCase();
    if (!key || !definitions.has(key)) return match;
    if (!order.includes(key)) order.push(key);
    return `\uE000${order.indexOf(key) + 1}\uE001`;
  });
  return { text, notes: order.map((key) => definitions.get(key)!.trim()) };
}

/**
 * HTML with inline styles for WeChat's editor: headings, paragraphs, nested lists, quotes,
 * code, tables and images (http(s) only), parsed by marked (CommonMark + GFM tables). The
 * post's own HTML and MDX never pass through: raw HTML is shown escaped, MDX lines and
 * {expressions} are dropped, and links and images keep only http(s) targets.
 *
 * A 公众号 article cannot link outside WeChat: the editor drops such a link's address on paste
 * (only mp.weixin.qq.com articles may be linked). So, as the common WeChat Markdown tools do
 * (lyricat/wechat-format and its forks: "把链接自动转换为参考文献索引，并且附在文字末尾"), each
 * other http(s) link becomes its text with a "[n]" mark, and the addresses are listed at the end
 * under `lang`'s heading (参考资料 / References); one number per address.
 *
 * The title is not in it: the 公众号 editor takes the title in a field of its own and shows it
 * above the article, so a title pasted into the body would show twice.
 */
export function toWechatHtml(body: string, lang: 'en' | 'zh' = 'zh'): string {
  const references: WechatReference[] = [];
  wechatReferences = references;
  let html: string;
  let notesHtml: string[];
  try {
    const { text, notes } = extractFootnotes(withoutMdx(body));
    html = joinCjkLines(String(WECHAT_MARKED.parse(text)));
    // A note's own links are numbered after the text's, as a reader meets them.
    notesHtml = notes.map((note) => joinCjkLines(String(WECHAT_MARKED.parseInline(note))));
  } finally {
    wechatReferences = undefined;
  }
  // Footnotes as superscript numbers, listed under 注释 / Notes; link references keep "[n]".
  html = html.replace(FOOTNOTE_MARK, '<sup>$1</sup>');
  const notesList = notesHtml.length === 0 ? '' : [
    `<h3>${lang === 'zh' ? '注释' : 'Notes'}</h3>`,
    ...notesHtml.map((note, i) => `<p class="reference">${i + 1}. ${note}</p>`),
  ].join('\n');
  const list = references.length === 0 ? '' : [
    `<h3>${lang === 'zh' ? '参考资料' : 'References'}</h3>`,
    ...references.map((ref, i) => `<p class="reference">[${i + 1}] ${ref.text === null ? ref.url : `${ref.text}: ${ref.url}`}</p>`),
  ].join('\n');
  return [addStyles(html.trim()), addStyles(notesList), addStyles(list)].filter(Boolean).join('\n');
}

/** An outside link's address (escaped) and its text as HTML; null text for an autolink, whose text is the address. */
interface WechatReference { url: string; text: string | null }
/** The addresses toWechatHtml's current call collects, in order of first use (marked renders synchronously). */
let wechatReferences: WechatReference[] | undefined;
/** Links a 公众号 article may keep: other WeChat articles. */
const WECHAT_ARTICLE = /^https?:\/\/mp\.weixin\.qq\.com\//i;

/** The "[n]" mark of an outside link, numbering its address on first use. */
function referenceMark(href: string, text: string, plainText: string): string {
  const refs = wechatReferences!;
  const url = escapeHtml(href);
  let n = refs.findIndex((r) => r.url === url) + 1;
  if (n === 0) n = refs.push({ url, text: plainText === href ? null : text });
  return `<sup>[${n}]</sup>`;
}

/** The post as Markdown for editors that convert pasted Markdown (Zhihu): MDX-only syntax dropped. */
export function toMarkdown(body: string): string {
  return withoutMdx(body).replace(/\n{3,}/g, '\n\n').trim();
}

/** The body without MDX import/export lines, tags (in MDX every tag is JSX) and {expressions}; code blocks untouched. */
function withoutMdx(body: string): string {
  let fence: string | undefined;
  const out: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const mark = /^\s*(`{3,}(?![^\n]*`)|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (mark?.startsWith(fence)) fence = undefined;
      out.push(line);
    } else if (mark) (fence = mark), out.push(line);
    else if (!/^(import|export)\s/.test(line)) out.push(dropMdx(line));
  }
  return out.join('\n');
}

const SAFE_URL = /^https?:\/\//i;

const WECHAT_MARKED = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    code: ({ text }) => `<pre><code>${wechatCodeLines(text)}</code></pre>\n`,
    link({ href, tokens, text: plainText }) {
      const text = this.parser.parseInline(tokens);
      if (!SAFE_URL.test(href)) return text;
      if (WECHAT_ARTICLE.test(href) || !wechatReferences) return `<a href="${escapeHtml(href)}">${text}</a>`;
      return `${text}${referenceMark(href, text, plainText)}`;
    },
    image: ({ href, text }) => (SAFE_URL.test(href) ? `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}">` : escapeHtml(text)),
  },
});

/**
 * A code block's text for WeChat's editor, which collapses the spaces and line breaks of pasted
 * code: each line break as <br>, each space as &nbsp; and a tab as four (as the common WeChat
 * Markdown editors do, doocs/md among them). With no line break left in it, the joining of
 * Chinese lines (joinCjkLines) cannot run a Chinese comment into the next line of code either.
 */
function wechatCodeLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
    .map((line) => escapeHtml(line.replace(/\t/g, '    ')).replace(/ /g, '&nbsp;'))
    .join('<br>');
}

/** Inline style per tag: WeChat's editor keeps style attributes and drops stylesheets. */
const TAG_STYLES: Record<string, string> = {
  h1: 'font-size:20px;font-weight:bold;margin:24px 0 12px;',
  h2: 'font-size:18px;font-weight:bold;margin:24px 0 12px;',
  h3: 'font-size:17px;font-weight:bold;margin:20px 0 10px;',
  h4: 'font-size:16px;font-weight:bold;margin:16px 0 8px;',
  p: 'font-size:16px;line-height:1.75;margin:0 0 16px;color:#333;',
  ul: 'margin:0 0 16px;padding-left:24px;list-style-type:disc;',
  ol: 'margin:0 0 16px;padding-left:24px;list-style-type:decimal;',
  li: 'font-size:16px;line-height:1.75;margin:0 0 8px;color:#333;',
  blockquote: 'border-left:3px solid #ccc;padding-left:12px;color:#666;margin:0 0 16px;',
  pre: 'font-family:Menlo,monospace;font-size:14px;background:#f6f8fa;padding:12px;overflow-x:auto;margin:0 0 16px;',
  code: 'font-family:Menlo,monospace;background:#f6f8fa;',
  table: 'border-collapse:collapse;width:100%;margin:0 0 16px;font-size:14px;',
  th: 'border:1px solid #ddd;padding:6px 8px;background:#f6f8fa;font-weight:bold;',
  td: 'border:1px solid #ddd;padding:6px 8px;',
  img: 'max-width:100%;height:auto;display:block;margin:0 auto 16px;',
  a: 'color:#576b95;',
  hr: 'border:none;border-top:1px solid #ddd;margin:24px 0;',
  sup: 'font-size:12px;color:#576b95;',
};

/** Adds the style of each tag to marked's output (whose only tags and attributes are its own). */
function addStyles(html: string): string {
  return html.replace(/<(h[1-6]|p|ul|ol|li|blockquote|pre|code|table|th|td|img|a|hr|sup)(\s[^>]*)?>/g, (tag, name: string, attrs = '') => {
    const reference = /\sclass="reference"/.test(String(attrs));
    const style = reference ? 'font-size:14px;line-height:1.6;margin:0 0 8px;color:#666;word-break:break-all;' : (TAG_STYLES[name] ?? TAG_STYLES.h4!);
    const kept = String(attrs).replace(/\s(class|align)="[^"]*"/g, '');
    return `<${name}${kept} style="${style}">`;
  });
}
