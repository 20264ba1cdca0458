/**
 * A Markdown plugin (Sätteri, Astro's processor): emphasis that CommonMark leaves as literal
 * asterisks in Chinese, Japanese and Korean text is paired by the CJK-friendly amendments
 * (core/cjk-emphasis.ts): `**为了学习规则，必须首先相信它。**一个人…` is bold on the page, where it
 * showed its `**`. A paragraph, heading or table cell of text and emphasis only is read again as
 * a whole, its marks written back (CommonMark may have paired a mark the amendments pair
 * otherwise: `这是**“引号”**的，请按**「确定」**按钮`); in one that holds a link, code or other
 * inline content, each text is read on its own, so a pair split by a link or code stays as
 * written.
 */
import type { Emphasis, PhrasingContent, Strong, Text } from 'mdast';
import type { MdastNode, MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { ATOM, CJK, cjkEmphasis, literalAsterisks, partsText, repairedEmphasis, type EmphasisPart } from '../../core/cjk-emphasis.ts';

/** A part as mdast: text, emphasis or strong. */
function toMdast(part: EmphasisPart): PhrasingContent {
  if (part.type === 'text') return { type: 'text', value: part.value } satisfies Text;
  return { type: part.type, children: part.children.map(toMdast) } as Emphasis | Strong;
}

type Node = { type: string; value?: string; children?: Node[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * The content as parts when it is texts and emphasis only (any depth), else null (the excerpt
 * reads the same). With `atoms`, any other node is a text {@link ATOM} and is appended to `atoms`
 * in order (null when a text holds that character itself).
 */
function asParts(children: readonly Node[], nodes?: Map<EmphasisPart, Node>, atoms?: Node[]): EmphasisPart[] | null {
  const parts: EmphasisPart[] = [];
  for (const c of children) {
    if (c.type === 'text') {
      if (atoms && (c.value ?? '').includes(ATOM)) return null;
      const part: EmphasisPart = { type: 'text', value: c.value ?? '' };
      nodes?.set(part, c);
      parts.push(part);
    } else if (c.type === 'strong' || c.type === 'emphasis') {
      const inner = asParts(c.children ?? [], nodes, atoms);
      if (!inner) return null;
      parts.push({ type: c.type, children: inner });
    } else if (atoms) {
      atoms.push(c);
      parts.push({ type: 'text', value: ATOM });
    } else return null;
  }
  return parts;
}

/**
 * A block of text and emphasis only (a paragraph, heading or table cell's `children`) read again
 * as a whole by the amendments (core/cjk-emphasis.ts repairedEmphasis), when an asterisk was left
 * as text: its new parts, or null when it reads as it is (or holds anything but text and emphasis).
 * An asterisk `source`, the document, writes as literal stays text (literalsOf).
 * With `atoms`, a block holding code, links or other inline content is read too, each such node
 * one {@link ATOM} (appended to `atoms`, put back by {@link withAtoms}): CommonMark pairs
 * `**如何（how）**完成的，…**只需要调用（just call）**` wrongly whatever else the paragraph holds.
 * The page's plugin and the excerpt both ask this, so both read a block alike.
 */
export function reparsedBlock(children: readonly Node[], source: string, atoms?: Node[]): EmphasisPart[] | null {
  const nodes = new Map<EmphasisPart, Node>();
  const parts = asParts(children, nodes, atoms);
  // Only content with an asterisk left as text can read otherwise.
  if (!parts || !partsText(parts).includes('*')) return null;
  if (!mayHaveLiteralAsterisk(source)) return repairedEmphasis(parts);
  const literal = new Map<EmphasisPart, ReadonlySet<number> | null>([...nodes].map(([part, node]) => [part, literalsOf(node, source)]));
  // A text whose literal asterisks cannot be told (no span) leaves the block as CommonMark read it.
  if ([...literal.values()].includes(null)) return null;
  return repairedEmphasis(parts, (text) => literal.get(text) ?? undefined);
}

/** An asterisk written as literal text: escaped (`\*`) or a character reference (`&#42;`, `&#x2A;`, `&ast;`, `&midast;`). */
const LITERAL_ASTERISK = /\\\*|&(?:#0*42|#[xX]0*2[aA]|ast|midast);/;

let asked: { source: string; answer: boolean } | undefined;

/** Whether `source` may write an asterisk as literal text (then text nodes need their spans: literalsOf); the last document's answer is kept, as each of its text nodes asks. */
export function mayHaveLiteralAsterisk(source: string): boolean {
  if (asked?.source !== source) asked = { source, answer: LITERAL_ASTERISK.test(source) };
  return asked.answer;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The offsets of the asterisks a text node's value holds as literal text (core literalAsterisks),
 * read from its span of `source`, the document it was parsed from: none when the document writes
 * no literal asterisk; null when the node has no span or its span and value do not line up (leave
 * the node as CommonMark read it).
 */
export function literalsOf(text: Node, source: string): ReadonlySet<number> | null {
  if (!mayHaveLiteralAsterisk(source)) return NONE;
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  return literalAsterisks(source.slice(start, end), text.value ?? '');
}

/** Nodes whose text is prose that may hold emphasis (not code, math, HTML or MDX expressions). */
const PHRASING_PARENTS = new Set(['link', 'linkReference', 'delete', 'strong', 'emphasis', 'mdxJsxTextElement', 'textDirective']);

/** Each text of `children` (links and emphasis looked into) handed to `visit`. */
function eachText(children: readonly Node[], visit: (text: Node) => void): void {
  for (const c of children) {
    if (c.type === 'text') visit(c);
    else if (PHRASING_PARENTS.has(c.type)) eachText(c.children ?? [], visit);
  }
}

/**
 * Parts read again with atoms ({@link reparsedBlock}) as mdast: each {@link ATOM} in their texts is
 * the next of `atoms`, in order; `inner` gives the node to put in an atom's place (default: itself).
 */
export function withAtoms(parts: readonly EmphasisPart[], atoms: readonly Node[], inner: (atom: Node) => Node = (atom) => atom): Node[] {
  let next = 0;
  const convert = (list: readonly EmphasisPart[]): Node[] =>
    list.flatMap((part): Node[] => {
      if (part.type !== 'text') return [{ type: part.type, children: convert(part.children) }];
      return part.value.split(ATOM).flatMap((value, i): Node[] => [...(i > 0 ? [inner(atoms[next++]!)] : []), ...(value ? [{ type: 'text', value }] : [])]);
    });
  return convert(parts);
}

/** The fields an inline mdast node carries (Sätteri's nodes are stubs that only stand for themselves where they are). */
const FIELDS = ['type', 'value', 'url', 'title', 'alt', 'identifier', 'label', 'referenceType', 'name', 'attributes', 'data'] as const;

/** A plain copy of an inline node and what it holds, to put inside new emphasis. */
function plainCopy(node: Node): Node {
  const copy: Record<string, unknown> = {};
  for (const field of FIELDS) if ((node as Record<string, unknown>)[field] !== undefined) copy[field] = (node as Record<string, unknown>)[field];
  if (node.children) copy.children = node.children.map(plainCopy);
  return copy as Node;
}

/** A copy of `node` whose texts (links and emphasis looked into) are paired on their own (cjkEmphasis), as before a block was read as a whole. */
function withTextsPaired(node: Node, source: string): Node {
  if (node.type !== 'text' && !PHRASING_PARENTS.has(node.type)) return plainCopy(node);
  if (node.type === 'text') {
    const literal = literalsOf(node, source);
    const found = literal ? cjkEmphasis(node.value ?? '', literal) : null;
    return found ? { type: 'emphasisParts', children: found.map(toMdast) as unknown as Node[] } : plainCopy(node);
  }
  const copy = plainCopy(node);
  const children = (node.children ?? []).flatMap((c) => {
    const paired = withTextsPaired(c, source);
    return paired.type === 'emphasisParts' ? paired.children! : [paired];
  });
  return { ...copy, children };
}

function pairIn(source: string, node: Readonly<MdastNode>, ctx: Parameters<NonNullable<MdastPluginDefinition['text']>>[1]): void {
  const children = (node as unknown as Node).children ?? [];
  if (asParts(children)) {
    const again = reparsedBlock(children, source);
    if (!again) return;
    ctx.replaceNode(children[0] as never, again.map(toMdast));
    for (const c of children.slice(1)) ctx.removeNode(c as never);
    return;
  }
  // Code, links or other inline content among the text: the block read as a whole all the same,
  // each such node one atom (`**如何（how）**完成的，\`x\`…**只需要调用（just call）**`).
  const atoms: Node[] = [];
  const whole = reparsedBlock(children, source, atoms);
  if (whole) {
    const next = withAtoms(whole, atoms, (atom) => withTextsPaired(atom, source));
    ctx.replaceNode(children[0] as never, next as never);
    for (const c of children.slice(1)) ctx.removeNode(c as never);
    return;
  }
  eachText(children, (text) => {
    const literal = literalsOf(text, source);
    const found = literal ? cjkEmphasis(text.value ?? '', literal) : null;
    if (found) ctx.replaceNode(text as never, found.map(toMdast));
  });
}

/** The plugin for one document (`source`, which its nodes' spans index). */
function pluginFor(source: string): MdastPluginDefinition {
  const visit = (node: Readonly<MdastNode>, ctx: Parameters<NonNullable<MdastPluginDefinition['text']>>[1]) => pairIn(source, node, ctx);
  // Spans only where literalsOf reads them: keeping positions slows every parse (~15%, satteri's note).
  return { name: 'throughline-cjk-emphasis', ...(mayHaveLiteralAsterisk(source) && { options: { position: true } }), paragraph: visit, heading: visit, tableCell: visit };
}

/** Whether a line of `source` holds both an asterisk and a CJK character (the amendments' class, core/cjk-emphasis.ts; each line read once). */
function cjkLineWithStar(source: string): boolean {
  for (let star = source.indexOf('*'); star !== -1; ) {
    const start = source.lastIndexOf('\n', star) + 1;
    const end = source.indexOf('\n', star);
    const line = source.slice(start, end === -1 ? undefined : end);
    if (CJK.test(line)) return true;
    if (end === -1) return false;
    star = source.indexOf('*', end);
  }
  return false;
}

/**
 * Whether a document's emphasis is paired again (the page's plugin, the editor's preview and
 * excerpts ask the same): it has an asterisk on a line with CJK text. An asterisk it writes as
 * literal (`\*`, `&#42;`) stays text: each reader tells it by its source (literalsOf).
 */
export const wantsCjkEmphasis = (source: string): boolean => source.includes('*') && cjkLineWithStar(source);

/** The plugin, for `mdastPlugins`: only a document that {@link wantsCjkEmphasis} is handed to it. */
export const cjkEmphasisMarks = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (wantsCjkEmphasis(ctx.source) ? pluginFor(ctx.source) : null);
