/**
 * kramdown's marks in a moved Jekyll post (kramdown is Jekyll's Markdown;
 * kramdown.gettalong.org/syntax.html): block attribute lists on a line of their own (`{: .lead}`,
 * `{: #intro}`, attached to the block before or after), attribute list definitions (`{:ref: …}`),
 * span attribute lists right after an element (`![](a.jpg){: loading="lazy"}`), the table of
 * contents marker (`* TOC` then `{:toc}`: kramdown puts the contents in place of that list) and
 * extensions (`{::comment}…{:/comment}`, never shown; `{::nomarkdown}`, `{::options … /}`).
 * Jekyll turns them into attributes or removes them; the portfolio renders plain Markdown and
 * would show each as text, so they are removed as Jekyll removes them, keeping what a reader
 * saw: a heading's id becomes the `{#id}` the portfolio reads (pages/_lib/heading-ids.ts), an
 * image's `alt="…"` its alt text. Code blocks and inline code are left alone.
 */
import type { MdastNode } from 'satteri';
import { BODY_FEATURES, satteri } from '../markdown-parser.ts';

export interface KramdownCounts {
  /** Attribute lists and definitions removed (the table of contents marker apart). */
  lists: number;
  toc: number;
  /** `{::comment}` blocks removed with their text. */
  comments: number;
  /** Other extension marks removed (`{::nomarkdown}`, `{:/nomarkdown}`, `{::options … /}`), the text between kept. */
  extensions: number;
  /** Headings given the id of their attribute list as `{#id}`. */
  headingIds: number;
  /** Images given the `alt` of their attribute list as alt text. */
  alts: number;
}

const BLOCK_IAL = /^ {0,3}\{:(?![:/])[^{}\n]*\}[ \t]*\r?$/;
const TOC = /^ {0,3}\{:\s*toc\s*\}[ \t]*\r?$/;
const COMMENT_OPEN = /^ {0,3}\{::comment\}[ \t]*\r?$/;
const COMMENT_CLOSE = /\{:\/(?:comment)?\}/;
const EXTENSION_LINE = /^ {0,3}(?:\{::[A-Za-z_][\w-]*[^{}\n]*\}|\{:\/[\w-]*\})[ \t]*\r?$/;
/** A span attribute list, or a one-line comment, within a line. */
const INLINE = /\{::comment\}.*?\{:\/(?:comment)?\}|\{::nomarkdown\}(.*?)\{:\/(?:nomarkdown)?\}|\{:(?![:/])[^{}\n]*\}/g;
/** An attribute list ending a heading's line, its content in group 1. */
const HEADING_IAL = /[ \t]*\{:(?![:/])([^{}\n]*)\}[ \t]*\r?$/;
const LIST_ITEM = /^ {0,3}(?:[*+-]|\d+[.)])[ \t]+\S/;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
const ID = /(?:^|\s)#([\p{L}\p{N}_-]+)/u;
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const EMPTY_IMAGE = /!\[\]\(([^()\s]*(?:\s+"[^"]*")?)\)$/;
const isBlank = (line: string) => /^[ \t]*\r?$/.test(line);

/** `body` without kramdown's marks outside code, and how many of each went; every other byte is kept. */
export function stripKramdownMarks(body: string): { body: string; counts: KramdownCounts } {
  const counts: KramdownCounts = { lists: 0, toc: 0, comments: 0, extensions: 0, headingIds: 0, alts: 0 };
  if (!body.includes('{:')) return { body, counts };
  const inCode = codeRanges(body);
  const lines = body.split('\n');
  const last = lines.length - 1; // after a final newline, lines[last] is '' and no line
  const out: { text: string; list?: boolean }[] = [];
  let offset = 0;
  let inComment = false;
  let dropBlank = false; // a removed block had a blank line (or the start) before it: one blank after it goes too
  const removeLine = () => (dropBlank = out.length === 0 || isBlank(out.at(-1)!.text));
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    const start = offset;
    offset += line.length + 1;
    if (inComment) {
      if (COMMENT_CLOSE.test(line)) {
        inComment = false;
        removeLine();
      }
      continue;
    }
    if (i === last || inCode(start + line.length - line.trimStart().length)) {
      if (!(dropBlank && isBlank(line) && i !== last)) out.push({ text: line });
      dropBlank = false;
      continue;
    }
    if (COMMENT_OPEN.test(line)) {
      counts.comments++;
      inComment = true;
      continue;
    }
    if (TOC.test(line)) {
      counts.toc++;
      while (out.length > 0 && out.at(-1)!.list) out.pop();
      removeLine();
      continue;
    }
    if (EXTENSION_LINE.test(line)) {
      counts.extensions++;
      removeLine();
      continue;
    }
    if (BLOCK_IAL.test(line)) {
      counts.lists++;
      const before = out.at(-1);
      const id = idOf(line);
      if (before && id && ATX_HEADING.test(before.text) && !/\}[ \t]*\r?$/.test(before.text)) {
        before.text = withHeadingId(before.text, id);
        counts.headingIds++;
      }
      // Between two lines of text it ended the first block: a blank line keeps them apart. Between
      // two items of a list it ends neither: a blank line there made the list loose (<li><p>).
      const next = lines[i + 1];
      const inList = before?.list === true && next !== undefined && LIST_ITEM.test(next);
      if (before && !inList && !isBlank(before.text) && next !== undefined && i + 1 !== last && !isBlank(next) && !BLOCK_IAL.test(next)) out.push({ text: line.endsWith('\r') ? '\r' : '' });
      else removeLine();
      continue;
    }
    if (dropBlank && isBlank(line)) {
      dropBlank = false;
      continue;
    }
    dropBlank = false;
    // A heading's own attribute list at the end of its line (`## Race day {: #race}`): its id
    // stays the heading's, as `{#id}`, as one on the line below does.
    const headingList = ATX_HEADING.test(line) ? HEADING_IAL.exec(line) : null;
    const headingId = headingList && !inCode(start + headingList.index) ? idOf(headingList[1]!) : undefined;
    const marked = headingId ? withHeadingId(line.slice(0, headingList!.index) + (line.endsWith('\r') ? '\r' : ''), headingId) : line;
    if (headingId) counts.lists++, counts.headingIds++;
    const text = marked.includes('{:') ? stripInline(marked, start, inCode, counts) : marked;
    // A list on a line of its own deeper in (under a list item) goes with its line, as at the margin.
    if (isBlank(text) && !isBlank(line)) {
      removeLine();
      continue;
    }
    out.push({ text, list: LIST_ITEM.test(line) });
  }
  // A {::comment} never closed: kramdown reads it as text, and so does check (flagged).
  if (inComment) return { body, counts: { lists: 0, toc: 0, comments: 0, extensions: 0, headingIds: 0, alts: 0 } };
  return { body: out.map((l) => l.text).join('\n'), counts };
}

/** The `#id` of an attribute list's text (`{: #race .big}`, `.big #race`), outside its quoted values; undefined without one. */
function idOf(list: string): string | undefined {
  return ID.exec(list.replace(/"[^"]*"|'[^']*'/g, ''))?.[1];
}

/** A heading's line with `{#id}` at its end (as the portfolio reads it: pages/_lib/heading-ids.ts), trailing blanks dropped, a CR kept. */
function withHeadingId(line: string, id: string): string {
  return line.replace(/[ \t]*(\r?)$/, ` {#${id}}$1`);
}

/** A line without its span attribute lists and one-line comments; an empty image before a list with `alt` takes it. */
function stripInline(line: string, start: number, inCode: (offset: number) => boolean, counts: KramdownCounts): string {
  let text = '';
  let from = 0;
  for (const m of line.matchAll(INLINE)) {
    if (inCode(start + m.index)) continue;
    let before = line.slice(from, m.index);
    // {::nomarkdown}<b>x</b>{:/nomarkdown} within a line: its text is kept, as in a block.
    if (m[0].startsWith('{::nomarkdown}')) {
      counts.extensions++;
      text += before + m[1];
      from = m.index + m[0].length;
      continue;
    }
    if (m[0].startsWith('{::')) counts.comments++;
    else {
      counts.lists++;
      const alt = ALT.exec(m[0]);
      const image = EMPTY_IMAGE.exec(before);
      if (alt && image) {
        before = `${before.slice(0, image.index)}![${(alt[1] ?? alt[2] ?? '').replace(/[[\]\\]/g, '\\$&')}](${image[1]})`;
        counts.alts++;
      }
    }
    text += before;
    from = m.index + m[0].length;
  }
  const rest = line.slice(from);
  // A list that ended the line leaves no space behind it.
  return from > 0 && isBlank(rest) ? text.replace(/[ \t]+$/, '') + rest : text + rest;
}

/** Whether an offset of `body` lies in a code block or inline code, as a Markdown parser reads it. */
function codeRanges(body: string): (offset: number) => boolean {
  const ranges: [number, number][] = [];
  const walk = (node: MdastNode & { position?: { start: { offset?: number }; end: { offset?: number } }; children?: MdastNode[] }) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    for (const child of node.children ?? []) walk(child as never);
  };
  walk(satteri().markdownToMdast(body, { position: true, features: BODY_FEATURES }) as never);
  return (offset) => ranges.some(([from, to]) => offset >= from && offset < to);
}

/** The line that says which kramdown marks of a file went, or null for none. */
export function kramdownNote(c: KramdownCounts): { en: string; zh: string } | null {
  const en: string[] = [];
  const zh: string[] = [];
  if (c.lists > 0) {
    const kept = [
      ...(c.headingIds ? [{ en: "a heading's {: #id} is now {#id}", zh: '标题的 {: #id} 已改为 {#id}' }] : []),
      ...(c.alts ? [{ en: 'an image\'s alt="…" its alt text', zh: '图片的 alt="…" 已改为它的说明文字' }] : []),
    ];
    en.push(`${c.lists} attribute list${c.lists === 1 ? '' : 's'} ({: …}${kept.length ? `; ${kept.map((k) => k.en).join(', ')}` : ''})`);
    zh.push(`${c.lists} 个属性列表（{: …}${kept.length ? `；${kept.map((k) => k.zh).join('，')}` : ''}）`);
  }
  if (c.toc > 0) {
    en.push('the table of contents marker (* TOC / {:toc}: the portfolio makes its own)');
    zh.push('目录标记（* TOC / {:toc}：作品集网站会自己生成目录）');
  }
  if (c.comments > 0) {
    en.push(`${c.comments} {::comment} block${c.comments === 1 ? '' : 's'}`);
    zh.push(`${c.comments} 个 {::comment} 注释块`);
  }
  if (c.extensions > 0) {
    en.push(`${c.extensions} {::nomarkdown} or {::options} mark${c.extensions === 1 ? '' : 's'} (the text between stays)`);
    zh.push(`${c.extensions} 个 {::nomarkdown} 或 {::options} 标记（其间的文字保留）`);
  }
  if (en.length === 0) return null;
  return {
    en: `its kramdown marks, which the portfolio would show as text, are removed as Jekyll removes them: ${en.join(', ')}`,
    zh: `它的 kramdown 标记（作品集网站会把它们显示为文字）已像 Jekyll 那样去掉：${zh.join('、')}`,
  };
}
