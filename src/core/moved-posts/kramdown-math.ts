/**
 * `$$…$$` inside a sentence of a moved post whose Markdown read it as inline math: kramdown
 * (Jekyll's Markdown; kramdown.gettalong.org/syntax.html#math-blocks: `$$` math is a block only
 * when it stands as a block of its own, else it is span math) and kramed (hexo-renderer-kramed,
 * whose inline rule renders `$$…$$` as inline math). The portfolio reads a mid-sentence `$$` as a
 * block, as Pandoc and MathJax do (pages/_lib/tex-math.ts), which chopped such a paragraph into
 * lines; the import writes these spans as the `$…$` it reads inline, and so a `$$` block right under
 * a line of text with no blank line between (part of that paragraph to them). A `$$` block after a
 * blank line, and a paragraph that is one `$$…$$` alone, stay blocks; code is left as written.
 */
import type { MdastNode } from 'satteri';
import { BODY_FEATURES, satteri } from '../markdown-parser.ts';
import { isTexDollarRun } from '../tex-math.ts';

type Node = MdastNode & { position?: { start: { offset?: number }; end: { offset?: number } }; children?: Node[] };

/**
 * `body` with each span `$$x$$` (inline math in a paragraph, heading or table cell beside other
 * content) written `$x$`, and how many. Left as written: a formula holding a dollar, and one
 * that Pandoc's dollar rule would not read as math once in single dollars (a digit right after
 * it: core/tex-math.ts isTexDollarRun), which stays display math.
 */
export function inlineKramdownMath(body: string): { body: string; spans: number } {
  if (!body.includes('$$')) return { body, spans: 0 };
  const spans: [number, number, string][] = [];
  const walk = (node: Node, parent: Node | undefined) => {
    if (node.type === 'math' && node.position && parent) {
      const span = paragraphMath(body, node, parent);
      if (span) spans.push(span);
    }
    if (node.type === 'inlineMath' && node.position) {
      const from = node.position.start.offset ?? 0;
      const to = node.position.end.offset ?? 0;
      const run = body.slice(from, to);
      const inner = run.slice(2, -2).trim();
      // A paragraph of one `$$…$$` is a math block to kramdown; a table cell is span-level.
      const alone = parent?.type === 'paragraph' && parent.children!.every((s) => s === node || (s.type === 'text' && !String((s as { value?: string }).value ?? '').trim()));
      const single = `$${inner}$`;
      if (run.startsWith('$$') && run.endsWith('$$') && !alone && !inner.includes('$') && isTexDollarRun(single, body[to])) spans.push([from, to, single]);
    }
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(satteri().markdownToMdast(body, { position: true, features: { ...BODY_FEATURES, math: true, directive: true } }) as never, undefined);
  let out = body;
  for (const [from, to, single] of spans.reverse()) out = out.slice(0, from) + single + out.slice(to);
  return { body: out, spans: spans.length };
}

/**
 * A `$$` block on the line right under a paragraph's last line (no blank line between) as the span
 * `$x$` kramdown and kramed read it as: neither ends a paragraph at a `$$` line, so the block is
 * span math inside that paragraph (kramdown.gettalong.org/syntax.html#math-blocks: a math block
 * starts and ends on block boundaries), where CommonMark's math lets it interrupt the paragraph
 * as display math. Null for a block after a blank line, or one single dollars would not keep.
 */
function paragraphMath(body: string, node: Node, parent: Node): [number, number, string] | null {
  const before = parent.children![parent.children!.indexOf(node) - 1];
  if (before?.type !== 'paragraph' || before.position?.end.offset === undefined) return null;
  const from = node.position!.start.offset ?? 0;
  const to = node.position!.end.offset ?? 0;
  if ((body.slice(before.position.end.offset, from).match(/\n/g) ?? []).length !== 1 || !body.startsWith('$$', from)) return null;
  const inner = String((node as { value?: string }).value ?? '').trim();
  const single = `$${inner}$`;
  return inner && !inner.includes('$') && isTexDollarRun(single, body[to]) ? [from, to, single] : null;
}

/** The import's line for a file whose span `$$x$$` were written `$x$`, or null for none. */
export function kramdownMathNote(spans: number, reader: 'kramdown' | 'kramed'): { en: string; zh: string } | null {
  if (spans === 0) return null;
  return {
    en: `${spans === 1 ? 'a $$…$$ inside a sentence, inline math as' : `${spans} $$…$$ inside sentences, inline math as`} ${reader} read ${spans === 1 ? 'it, is' : 'them, are'} now written $…$ (the portfolio shows a $$ inside a sentence as a block)`,
    zh: `${spans} 处句中的 $$…$$（${reader} 把它当作行内公式）已改写为 $…$（作品集网站会把句中的 $$ 显示为独立公式块）`,
  };
}
