/**
 * Image addresses of a moved post's body, renamed: an image whose path, read beside the new
 * post, would leave content/posts/ (AstroPaper's `![x](../../assets/images/x.png)` from
 * `src/data/blog/`) is copied beside the post by its file name, and the body must then name it
 * so. Only the address inside an image's own syntax changes; code, prose and every other byte stay.
 */
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

type Node = MdastNode & { url?: string; value?: string; name?: string | null; children?: Node[]; position?: { start: { offset: number }; end: { offset: number } } };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `body` with each image address in `renamed` (as written -> new address) replaced where the
 * body shows it as an image: a Markdown image `![a](url "t")`, a reference definition
 * `[r]: url`, an HTML `<img src="url">` (raw HTML in .md, JSX in .mdx; `mdx` says which). The
 * address must be written as the parser read it (no entity or backslash escape in it); one that
 * is not is left as written. Parsed with satteri, the parser of the build (CommonMark + GFM, MDX).
 */
export function renameImageUrls(body: string, mdx: boolean, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return body;
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast(body, { position: true }) : markdownToMdast(body, { position: true })) as Node;
  } catch {
    // An MDX body that does not compile is reported by check (mdx-syntax.ts): left as written.
    return body;
  }
  const edits: { from: number; to: number; text: string }[] = [];
  const edit = (node: Node, pattern: (url: string) => RegExp) => {
    if (!node.position) return;
    const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
    let slice = body.slice(start, end);
    for (const [url, to] of renamed) slice = slice.replace(pattern(url), (_m, before: string) => `${before}${to}`);
    if (slice !== body.slice(start, end)) edits.push({ from: start, to: end, text: slice });
  };
  const walk = (node: Node) => {
    if (node.type === 'image' && node.url !== undefined && renamed.has(node.url)) edit(node, (url) => new RegExp(`(\\]\\(\\s*<?)${escape(url)}(?=[\\s)>])`));
    else if (node.type === 'definition' && node.url !== undefined && renamed.has(node.url)) edit(node, (url) => new RegExp(`(\\]:\\s*<?)${escape(url)}(?=[\\s>]|$)`));
    else if ((node.type === 'html' && /<img\b/i.test(node.value ?? '')) || ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img'))
      edit(node, (url) => new RegExp(`(<img\\b[^>]*?\\ssrc\\s*=\\s*["']?\\s*)${escape(url)}(?=["'\\s>/])`, 'gi'));
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  let out = body;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
