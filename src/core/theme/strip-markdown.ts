/**
 * Reduces a Markdown/MDX post to the prose a reader sees, so that code, markup and addresses
 * never count as theme evidence. Parsed, not pattern-matched: satteri (the Markdown/MDX parser
 * of Astro's own pipeline) gives the mdast tree, MDX first and CommonMark + GFM when the text
 * is not valid MDX (a stray "{" or "<" in a .md post). Kept: text, link text, image alt text,
 * the text inside JSX/HTML elements, an admonition's text and title. Dropped: frontmatter, code,
 * admonition marks (`:::note`, `> [!TIP]`), MDX import/export and
 * {expressions} (multi-line too), JSX attributes, HTML tags and comments, link targets,
 * reference definitions and bare URLs.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { dropAdmonitionMarks } from '../admonition-kinds.ts';

const SKIP = new Set(['yaml', 'toml', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'math', 'inlineMath']);
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'image', 'imageReference', 'mdxJsxTextElement', 'footnoteReference']);
const BARE_URL = /\b(?:https?|ftp|mailto):[^\s<>]+|\bwww\.[^\s<>]+/gi;
// A tag whose quoted attribute values may hold ">"; comments go first.
const HTML = /<!--[\s\S]*?-->|<\/?[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;

/** Plain prose of a Markdown or MDX body (frontmatter included or not). */
export function stripMarkdown(source: string): string {
  const out: string[] = [];
  // An admonition's kind (`:::warning`, `> [!TIP]`) is markup; its own title (`:::tip[…]`) is prose.
  collect(parseBody(dropAdmonitionMarks(source, { keepLabels: true })), out);
  return out.join('').replace(BARE_URL, ' ').replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** The mdast tree of a body: as MDX, else (not valid MDX: a stray "{" or "<") as CommonMark + GFM. */
export function parseBody(source: string): MdastNode {
  try {
    return mdxToMdast(source, { position: false });
  } catch {
    return markdownToMdast(source, { position: false });
  }
}

function collect(node: MdastNode, out: string[]): void {
  const n = node as MdastNode & { value?: string; alt?: string | null; children?: MdastNode[] };
  if (SKIP.has(n.type)) return;
  if (n.type === 'text') out.push(n.value ?? '');
  else if (n.type === 'html') out.push(` ${(n.value ?? '').replace(HTML, ' ')} `);
  else if (n.type === 'image' || n.type === 'imageReference') out.push(` ${n.alt ?? ''} `);
  else if (n.type === 'break') out.push('\n');
  for (const child of n.children ?? []) collect(child, out);
  // Blocks end a line, and elements are separated, so that words on either side never merge.
  out.push(INLINE.has(n.type) ? '' : '\n');
}
