/**
 * Hexo's asset tags (hexo.io/docs/asset-folders), `{% asset_img [class names] slug [width]
 * [height] [title text [alt text]] %}` and `{% asset_path slug %}`, as the Markdown the portfolio
 * renders: `![alt](slug "title")` and `slug`, a path relative to the post, whose image import
 * copies from the post's asset folder into the post's own folder (store/moved-images.ts). The
 * arguments are read as Hexo 7 reads them (lib/plugins/tag/asset_img.ts and img.ts): class
 * names before the file, width and height as bare numbers after it, then a title and an alt,
 * each quoted when it holds spaces; an image with no alt takes its title as alt, as Hexo 3-6
 * did. Markdown has no width or height: those are dropped and counted. A tag inside fenced code,
 * a code span or an HTML block (where Markdown is not read) is left as written, and so is `{% asset_link %}` (a link to a file the site
 * would not serve, which `check` keeps flagging as a template tag).
 */
import { fenceAfter } from './hexo-notes.ts';

const TAG = /\{%-?\s*(asset_img|asset_path)\s+(.*?)\s*-?%\}/g;
/** Hexo img.ts's title-and-alt pattern, applied to the words after the size. */
const META = /["']?([^"']+)?["']?\s*["']?([^"']+)?["']?/;
/** A line that opens an HTML block which a blank line ends (CommonMark 4.6, condition 6; the common tags). */
const HTML_BLOCK = /^ {0,3}<\/?(?:address|article|aside|blockquote|center|details|div|dl|figcaption|figure|footer|header|li|ol|p|section|summary|table|td|th|tr|ul)(?:[\s/>]|$)/i;
/** A file name: it has an extension, or a folder. */
const FILE = /\.[A-Za-z0-9]{1,8}$|\//;

export interface ConvertedAssets {
  body: string;
  /** How many `asset_img` tags became Markdown images. */
  images: number;
  /** How many `asset_path` tags became the path they name. */
  paths: number;
  /** How many of the images lost a width or height (Markdown has none). */
  sized: number;
}

/** `body` with each Hexo `asset_img` / `asset_path` tag outside code converted; every other byte kept. */
export function convertHexoAssetTags(body: string): ConvertedAssets {
  const result: ConvertedAssets = { body, images: 0, paths: 0, sized: 0 };
  result.body = replaceInProse(body, '{%', TAG, (tag, [kind, args]) => {
    const image = kind === 'asset_img' ? assetImage(args) : assetPath(args);
    if (image === null) return tag;
    if (kind === 'asset_img') result.images++;
    else result.paths++;
    if (image.sized) result.sized++;
    return image.text;
  });
  return result;
}

/** The arguments of a tag, split at spaces, a quoted one kept whole (its quotes dropped), each with where it ends in `args`. */
function words(args: string): { word: string; end: number }[] {
  return [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => ({ word: m[1] ?? m[2] ?? m[3]!, end: m.index + m[0].length }));
}

/** `![alt](file "title")` for the arguments of an `asset_img` tag; null when no argument names a file. */
function assetImage(args: string): { text: string; sized: boolean } | null {
  const list = words(args);
  let at = list.findIndex((w) => FILE.test(w.word));
  if (at < 0) return null;
  const file = list[at]!.word;
  // Width, then height: bare numbers (img.ts tests /\D/).
  const first = at;
  while (at - first < 2 && /^\d+$/.test(list[at + 1]?.word ?? '')) at++;
  const sized = at > first;
  const meta = META.exec(args.slice(list[at]!.end).trim());
  const title = meta?.[1]?.trim() || undefined;
  const alt = meta?.[2]?.trim() || undefined;
  const label = (alt ?? title ?? '').replace(/[[\]\\]/g, '\\$&');
  const tip = alt !== undefined && title !== undefined ? ` "${title.replace(/"/g, '\\"')}"` : '';
  return { text: `![${label}](${destination(file)}${tip})`, sized };
}

/** The path an `asset_path` tag names; null when it names none. */
function assetPath(args: string): { text: string; sized: boolean } | null {
  const file = words(args)[0]?.word;
  return file ? { text: destination(file), sized: false } : null;
}

/** A link destination: in angle brackets when it holds a space or a parenthesis (CommonMark 6.3). */
function destination(file: string): string {
  return /[\s()<>]/.test(file) ? `<${file.replace(/[<>]/g, '\\$&')}>` : file;
}

/** Hugo's figure shortcode on one line: `{{< figure … >}}`, `{{% figure … %}}`, self-closed `/>}}` too. */
const FIGURE = /\{\{([<%])\s*figure\s+(.*?)\s*\/?\s*([>%])\}\}/g;

export interface ConvertedFigures {
  body: string;
  /** How many figure shortcodes became Markdown images. */
  figures: number;
  /** How many of them lost a width or height (Markdown has none). */
  sized: number;
}

/**
 * `body` with each Hugo `{{< figure src="pic.jpg" alt="…" title="…" caption="…" >}}` outside
 * code (gohugo.io/shortcodes/figure/; named arguments, quoted with " or `) as the Markdown image
 * `![alt](src "title")`, its alt else its title else its caption as alt; a caption other than
 * the alt follows it on the next line (a hard break; on the same line when the shortcode shares its
 * line, as in a table cell), in italics, so no text is lost. A figure with a `link`
 * keeps it around the image. Width and height are dropped and counted. A shortcode inside fenced
 * code, a code span or an HTML block, one with no `src`, or one spanning lines is left as
 * written for `check` to flag. import copies its image as it does a Markdown image's.
 */
export function convertHugoFigures(body: string): ConvertedFigures {
  const result: ConvertedFigures = { body, figures: 0, sized: 0 };
  result.body = replaceInProse(body, '{{', FIGURE, (tag, [open, args, close], at, line) => {
    if ((open === '<') !== (close === '>')) return tag;
    const named = new Map([...args.matchAll(/([A-Za-z]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+))/g)].map((m) => [m[1]!.toLowerCase(), (m[2]?.replace(/\\(.)/g, '$1') ?? m[3] ?? m[4]!).trim()]));
    const src = named.get('src');
    if (!src) return tag;
    const title = named.get('title') || undefined;
    const caption = named.get('caption') || undefined;
    const alt = named.get('alt') || title || caption || '';
    const tip = title !== undefined && title !== alt ? ` "${title.replace(/"/g, '\\"')}"` : '';
    let image = `![${alt.replace(/[[\]\\]/g, '\\$&')}](${destination(src)}${tip})`;
    const link = named.get('link');
    if (link) image = `[${image}](${destination(link)})`;
    result.figures++;
    if (named.has('width') || named.has('height')) result.sized++;
    // The caption under the image (as Hugo shows it): a hard line break (CommonMark 6.7), so that
    // it stays in the image's paragraph, also inside a list item.
    if (caption === undefined || caption === alt) return image;
    const italic = `*${caption.replace(/[*_\\]/g, '\\$&')}*`;
    // Beside other text on its line (a table cell), the caption follows on the same line.
    const alone = line.slice(0, at).trim() === '' && line.slice(at + tag.length).trim() === '';
    return alone ? `${image}\\\n${italic}` : `${image} ${italic}`;
  });
  return result;
}

/**
 * `body` with each match of `pattern` (global) replaced by `replace(match, groups, at, line)`,
 * only where Markdown reads it as prose: lines holding `needle`, outside fenced code (fenceAfter)
 * and HTML blocks, and not wholly inside a code span (Hexo and Hugo expand a tag before
 * Markdown, so only a tag inside a code span is text). A tag alone on a line indented as code
 * (a tab or four spaces, outside a list, not continuing a paragraph) shows as an image in Hexo
 * and Hugo, which expand it before Markdown reads the indent: such a block of nothing but tags
 * loses its indent so that Markdown shows the image too; an indented block with other lines is
 * real code, left as written (indentedTagLines). Every other byte is kept.
 */
export function replaceInProse(body: string, needle: string, pattern: RegExp, replace: (match: string, groups: string[], at: number, line: string) => string): string {
  if (!body.includes(needle)) return body;
  const lines = body.split('\n');
  const kinds = lineKinds(lines);
  const tagOnly = (line: string) => line.includes(needle) && line.replace(pattern, '').trim() === '';
  const dedent = indentedTagLines(lines, kinds, tagOnly);
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    if (kind === 'fence' || kind === 'html' || (kind === 'indented' && !dedent.has(i)) || !lines[i]!.includes(needle)) continue;
    const line = dedent.has(i) ? lines[i]!.replace(/^[ \t]+/, '') : lines[i]!;
    const spans = codeSpans(line);
    lines[i] = line.replace(pattern, (match: string, ...rest: unknown[]) => {
      const at = rest[rest.length - 2] as number;
      if (spans.some(([from, to]) => at >= from && at + match.length <= to)) return match;
      return replace(match, rest.slice(0, -2) as string[], at, line);
    });
  }
  return lines.join('\n');
}

export type LineKind = 'fence' | 'html' | 'indented' | 'prose';

/** A list item's marker at the start of a line (CommonMark 5.2): `-`, `*`, `+`, `1.` or `1)`, then a space or the end. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A line after which an indented line starts code rather than continuing a paragraph: a blank line, an ATX heading or a thematic break. */
const ENDS_BLOCK = /^(?:\s*$| {0,3}#{1,6}(?:[ \t]|$)| {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$)/;

/** The columns a line's leading spaces and tabs take (a tab goes to the next multiple of 4, CommonMark 2.2). */
function indentOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/**
 * How Markdown reads each line, as far as tags care: in fenced code or its fences (fenceAfter), in an HTML
 * block, in an indented code block (four columns in, outside a list, after a line that ends a block, or
 * after another indented line; CommonMark 4.4), else prose.
 */
export function lineKinds(lines: string[]): LineKind[] {
  return new LineKindReader(lines).kinds;
}

/** What reading carries from one line to the next: the open fence, whether in an HTML block, whether in a list. */
interface KindState {
  fence: string | null;
  html: boolean;
  list: boolean;
}

/**
 * lineKinds, able to read again from a line on after lines from it on changed (the lines before
 * it as they were, and as many lines in all): what the lines before carry into it is kept for
 * each line. `kinds` is the kind of each line of `lines`, which the reader reads (not a copy).
 */
export class LineKindReader {
  readonly kinds: LineKind[] = [];
  /** states[i]: what reading carried into line i. */
  private readonly states: KindState[] = [];

  readonly lines: string[];

  constructor(lines: string[]) {
    this.lines = lines;
    this.readFrom(0);
  }

  /**
   * Reads the kinds of lines[from] on again, as lineKinds reads them, after lines `from` to
   * `through` changed: past those, it stops at the first line that reading reaches as it did
   * before (the same carried state, after a line read as before), from which all reads as before.
   */
  readFrom(from: number, through = Infinity): void {
    const { lines, kinds, states } = this;
    let { fence, html, list } = states[from] ?? { fence: null, html: false, list: false };
    // Whether the line before i reads as it did before.
    let same = false;
    for (let i = from; i < lines.length; i++) {
      const was = states[i];
      if (i > through + 1 && same && was && was.fence === fence && was.html === html && was.list === list) return;
      states[i] = { fence, html, list };
      const kind = this.kindOf(i, fence, html, list);
      ({ fence, html, list } = kind.after);
      same = kinds[i] === kind.kind;
      kinds[i] = kind.kind;
    }
  }

  /** Line i's kind, read with what the lines before carry into it, and what it carries on. */
  private kindOf(i: number, fence: string | null, html: boolean, list: boolean): { kind: LineKind; after: KindState } {
    const { lines, kinds } = this;
    const line = lines[i]!;
    const inCode = fence !== null;
    fence = fenceAfter(fence, line);
    // Markdown in an HTML block is not read (a Hexo post's `<div class='img-size-half'>` around the tag): left for check to flag.
    html = inCode || fence !== null ? false : html ? line.trim() !== '' : HTML_BLOCK.test(line);
    if (inCode || fence !== null) return { kind: 'fence', after: { fence, html, list } };
    if (html) return { kind: 'html', after: { fence, html, list } };
    const blank = line.trim() === '';
    const before = i === 0 ? '' : lines[i - 1]!;
    // A list goes on through blank and indented lines, and through a paragraph's unindented (lazy) lines.
    if (LIST_ITEM.test(line)) list = true;
    else if (!blank && indentOf(line) === 0 && (before.trim() === '' || kinds[i - 1] !== 'prose')) list = false;
    const indented = !blank && !list && indentOf(line) >= 4 && (i === 0 || kinds[i - 1] === 'indented' || (kinds[i - 1] !== 'prose' && kinds[i - 1] !== undefined) || ENDS_BLOCK.test(before));
    return { kind: indented ? 'indented' : 'prose', after: { fence, html, list } };
  }
}

/** The indexes of the lines of indented code blocks whose every line is blank or `tagOnly` (blank lines between them join a block). */
function indentedTagLines(lines: string[], kinds: LineKind[], tagOnly: (line: string) => boolean): Set<number> {
  const result = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'indented') continue;
    let end = i;
    const block: number[] = [];
    while (end < lines.length && (kinds[end] === 'indented' || (lines[end]!.trim() === '' && kinds.slice(end).find((k, j) => lines[end + j]!.trim() !== '') === 'indented'))) {
      if (kinds[end] === 'indented') block.push(end);
      end++;
    }
    if (block.every((n) => tagOnly(lines[n]!))) for (const n of block) result.add(n);
    i = end - 1;
  }
  return result;
}

/** The [start, end) ranges of the code spans of a line (CommonMark 6.1: a backtick run closed by one as long). */
function codeSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const runs = [...line.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    const close = runs.findIndex((r, j) => j > i && r[0].length === runs[i]![0].length);
    if (close < 0) continue;
    spans.push([runs[i]!.index, runs[close]!.index + runs[close]![0].length]);
    i = close;
  }
  return spans;
}
