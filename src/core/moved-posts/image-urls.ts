/**
 * Image addresses of a moved post's body, renamed: an image whose path, read beside the new
 * post, would leave content/posts/ (AstroPaper's `![x](../../assets/images/x.png)` from
 * `src/data/blog/`) is copied beside the post by its file name, and the body must then name it
 * so. Only the address inside an image's own syntax changes; code, prose and every other byte stay.
 */
import type { MdastNode } from 'satteri';
import { BODY_FEATURES, satteri } from '../markdown-parser.ts';
import { mdxToMdast } from '../mdx-guard.ts';

type Node = MdastNode & { url?: string; value?: string; name?: string | null; children?: Node[]; position?: { start: { offset: number }; end: { offset: number } } };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A character reference (CommonMark §2.5, HTML): named, decimal or hexadecimal. */
const ENTITY = '&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});';
/**
 * A pattern for `url` as the source may write it: each character as itself, as a character
 * reference (`&amp;`, `&#38;`) or, for ASCII punctuation, backslash-escaped (`\_`; CommonMark
 * §2.4). The parser hands the address decoded, so a literal search missed `e\_x.png`.
 */
const written = (url: string) =>
  [...url].map((c) => `(?:${escape(c)}|${ENTITY}${/[!-/:-@[-`{-~]/.test(c) ? `|\\\\${escape(c)}` : ''})`).join('');
/**
 * `to` written so a Markdown destination reads it back: a backslash, `<`, `>` and unbalanced
 * parentheses escaped (CommonMark §6.4 link destination); inside `<…>` only `<`, `>` and `\\`.
 */
const destination = (to: string, angle: boolean) => {
  if (angle) return to.replace(/[\\<>]/g, '\\$&');
  let depth = 0;
  const balanced = [...to].every((c) => (c === '(' ? ++depth : c === ')' ? --depth : depth) >= 0) && depth === 0;
  return to.replace(balanced ? /[\\<>]/g : /[\\<>()]/g, '\\$&');
};

/**
 * `body` with each image address in `renamed` (as written -> new address) replaced where the
 * body shows it as an image: a Markdown image `![a](url "t")`, a reference definition
 * `[r]: url`, an HTML `<img src="url">` (raw HTML in .md, JSX in .mdx; `mdx` says which). The
 * source may write the address with character references or backslash escapes (the parser's
 * `url` is decoded); the new one is written so that a Markdown destination reads it back.
 * Parsed with satteri, the parser of the build (CommonMark + GFM, MDX).
 */
export function renameImageUrls(body: string, mdx: boolean, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return body;
  const tree = positionedTree(body, mdx);
  // An MDX body that does not compile is reported by check (mdx-syntax.ts): left as written.
  if (!tree) return body;
  const edits: { from: number; to: number; text: string }[] = [];
  const edit = (node: Node, pattern: (url: string) => RegExp, markdown = true) => {
    if (!node.position) return;
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
    let slice = body.slice(start, end);
    for (const [url, to] of renamed) slice = slice.replace(pattern(url), (_m, before: string) => `${before}${markdown ? destination(to, before.endsWith('<')) : to}`);
    if (slice !== body.slice(start, end)) edits.push({ from: start, to: end, text: slice });
  };
  const walk = (node: Node) => {
    if (node.type === 'image' && node.url !== undefined && renamed.has(node.url)) edit(node, (url) => new RegExp(`(\\]\\(\\s*<?)${written(url)}(?=[\\s)>])`));
    else if (node.type === 'definition' && node.url !== undefined && renamed.has(node.url)) edit(node, (url) => new RegExp(`(\\]:\\s*<?)${written(url)}(?=[\\s>]|$)`));
    else if ((node.type === 'html' && /<img\b/i.test(node.value ?? '')) || ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img'))
      edit(node, (url) => new RegExp(`(<img\\b[^>]*?\\ssrc\\s*=\\s*["']?\\s*)${written(url)}(?=["'\\s>/])`, 'gi'), false);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return applyEdits(body, edits);
}

/**
 * `body` with each link whose address `resolve` maps (as written -> new address) replaced where
 * the body shows it as a link: `[text](url "t")`, a reference definition `[r]: url`, an HTML
 * `<a href="url">` (raw HTML in .md, JSX in .mdx). Code, prose and every other byte stay, as
 * in {@link renameImageUrls}. Returns the new body and what was renamed, in order.
 */
export function renameLinkUrls(body: string, mdx: boolean, resolve: (url: string) => string | undefined, also?: string): { body: string; renamed: [string, string][] } {
  // A cheap test first: links to Markdown files, file:// ones, paths from the site's root, or `also` (the old site's host).
  if (!/\.(?:md|markdown|mdx)\b|file:|\]\(\s*<?\/(?!\/)|\]:\s*<?\/(?!\/)|href=["']\/(?!\/)/i.test(body) && !(also && body.toLowerCase().includes(also))) return { body, renamed: [] };
  const tree = positionedTree(body, mdx);
  if (!tree) return { body, renamed: [] };
  const renamed = new Map<string, string>();
  const edits: { from: number; to: number; text: string }[] = [];
  const edit = (node: Node, url: string, pattern: RegExp, markdown = true) => {
    const to = resolve(url);
    if (to === undefined || !node.position) return;
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
    const slice = body.slice(start, end).replace(pattern, (_m, before: string) => `${before}${markdown ? destination(to, before.endsWith('<')) : to}`);
    if (slice === body.slice(start, end)) return;
    edits.push({ from: start, to: end, text: slice });
    renamed.set(url, to);
  };
  const walk = (node: Node) => {
    // A link's own destination comes after its text (which may hold an image): the last `](` of the node.
    if (node.type === 'link' && node.url !== undefined) edit(node, node.url, new RegExp(`(\\]\\(\\s*<?)${written(node.url)}(?=[\\s)>])(?![\\s\\S]*\\]\\()`));
    else if (node.type === 'definition' && node.url !== undefined) edit(node, node.url, new RegExp(`(\\]:\\s*<?)${written(node.url)}(?=[\\s>]|$)`));
    else if ((node.type === 'html' && /<a\b/i.test(node.value ?? '')) || ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a')) {
      if (!node.position) return;
      const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
      const slice = body.slice(start, end).replace(/(<a\b[^>]*?\shref\s*=\s*["']?\s*)([^"'\s>]+)/gi, (m, before: string, url: string) => {
        const to = resolve(url);
        if (to === undefined) return m;
        renamed.set(url, to);
        return `${before}${to}`;
      });
      if (slice !== body.slice(start, end)) edits.push({ from: start, to: end, text: slice });
    }
    // A link's children are its text: their own links cannot nest, but an image in it is left alone.
    if (node.type !== 'link') for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return { body: applyEdits(body, edits), renamed: [...renamed] };
}

/** The body's mdast tree with source offsets (MDX or CommonMark + GFM, as `mdx` says); null when it does not parse. */
function positionedTree(body: string, mdx: boolean): Node | null {
  try {
    return (mdx ? mdxToMdast(body, { position: true, features: BODY_FEATURES }) : satteri().markdownToMdast(body, { position: true, features: BODY_FEATURES })) as Node;
  } catch {
    return null;
  }
}

/** `body` with each edit's span (source offsets, never overlapping) replaced by its text: last first, so earlier offsets hold. */
function applyEdits(body: string, edits: { from: number; to: number; text: string }[]): string {
  let out = body;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
