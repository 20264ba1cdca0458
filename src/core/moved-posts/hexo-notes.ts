/**
 * Hexo's note boxes, `{% note kind [no-icon] [title] %} … {% endnote %}` (the NexT theme,
 * theme-next.js.org/docs/tag-plugins/note; Fluid, hexo.fluid-dev.com/docs/guide/#tag-plugin),
 * as the `:::kind[title]` admonitions the portfolio renders (core/admonition-kinds.ts). Kinds
 * map by colour and sense: default/info -> note, primary -> important (both purple), success ->
 * tip, warning -> warning, danger -> caution (both red). A box of another kind, one never closed,
 * and any tag inside a fenced code block are left as written (`check` flags the first two as
 * template tags).
 */
import type { AdmonitionKind } from '../admonition-kinds.ts';

const KINDS: Record<string, AdmonitionKind> = {
  default: 'note',
  info: 'note',
  primary: 'important',
  success: 'tip',
  warning: 'warning',
  danger: 'caution',
};

/** An opening tag at the start of a line (group 1: its words) and what follows it on the line (group 2). */
const OPEN = /^ {0,3}\{%-?\s*note\b([^%\n]*?)\s*-?%\}(.*)$/;
/** A closing tag at the end of a line (group 1: what precedes it on the line). */
const CLOSE = /^(.*?)\{%-?\s*endnote\s*-?%\}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}(?![^\n]*`)|~{3,})/;

export interface ConvertedNotes {
  body: string;
  /** The admonition kind of each box converted, in order. */
  kinds: AdmonitionKind[];
}

/**
 * `body` with each Hexo note box outside fenced code turned into a `:::kind[title]` … `:::`
 * block; every other byte is kept (line endings included).
 */
export function convertHexoNotes(body: string): ConvertedNotes {
  if (!body.includes('endnote')) return { body, kinds: [] };
  // Lines without their endings; each line's own ending (CRLF or LF) goes back on as it was.
  const lines = body.split('\n');
  const crs = lines.map((l) => l.endsWith('\r'));
  for (let i = 0; i < lines.length; i++) if (crs[i]) lines[i] = lines[i]!.slice(0, -1);
  const kinds: AdmonitionKind[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inCode = fence !== null;
    fence = fenceAfter(fence, line);
    if (inCode || fence !== null) continue;
    const open = OPEN.exec(line);
    const kind = open ? kindOf(open[1]!) : undefined;
    if (!open || !kind) continue;
    const end = findClose(lines, i, open[2]!);
    if (end < 0) continue;
    const inner = (end === i ? CLOSE.exec(open[2]!)![1]! : open[2]!).trim();
    const head = `:::${kind}${titleOf(open[1]!) ? `[${titleOf(open[1]!)}]` : ''}`;
    const before = end === i ? '' : CLOSE.exec(lines[end]!)![1]!.trimEnd();
    // A new line takes the ending of the line it comes from.
    const closing = [...(before ? [before] : []), ':::'];
    lines.splice(end, 1, ...closing);
    crs.splice(end, 1, ...closing.map(() => crs[end]!));
    if (end === i) {
      lines.splice(i, closing.length, head, ...(inner ? [inner] : []), ':::');
      crs.splice(i, closing.length, ...[head, ...(inner ? [inner] : []), ':::'].map(() => crs[i]!));
      i += inner ? 2 : 1;
    } else {
      lines.splice(i, 1, head, ...(inner ? [inner] : []));
      crs.splice(i, 1, ...(inner ? [crs[i]!, crs[i]!] : [crs[i]!]));
      i = end + closing.length - 1 + (inner ? 1 : 0);
    }
    kinds.push(kind);
  }
  return { body: lines.map((l, i) => (crs[i] ? `${l}\r` : l)).join('\n'), kinds };
}

/** The kind named by a tag's first word (no word: default); undefined for a kind this maps to nothing. */
function kindOf(words: string): AdmonitionKind | undefined {
  return KINDS[(words.trim().split(/\s+/)[0] || 'default').toLowerCase()];
}

/** NexT's summary (the words after the kind and `no-icon`), as a `[label]` can hold it. */
function titleOf(words: string): string {
  const rest = words.trim().split(/\s+/).slice(1).filter((w) => w !== 'no-icon');
  return rest.join(' ').replace(/[[\]]/g, '').trim();
}

/** The line index of the `{% endnote %}` that closes a box opened on line `from`, or -1 (none before another box opens); fenced code inside the box is passed over. */
function findClose(lines: string[], from: number, rest: string): number {
  if (CLOSE.test(rest)) return from;
  let fence: string | null = null;
  for (let j = from + 1; j < lines.length; j++) {
    const inCode = fence !== null;
    fence = fenceAfter(fence, lines[j]!);
    if (inCode || fence !== null) continue;
    if (OPEN.test(lines[j]!)) return -1;
    if (CLOSE.test(lines[j]!)) return j;
  }
  return -1;
}

/**
 * The code fence open after `line`, given the one open before it (null: none). CommonMark
 * (spec 4.5): a closing fence is the opener's character, at least as many, alone on its line.
 */
export function fenceAfter(fence: string | null, line: string): string | null {
  const marker = FENCE.exec(line)?.[1];
  if (fence === null) return marker ?? null;
  return marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker ? null : fence;
}
