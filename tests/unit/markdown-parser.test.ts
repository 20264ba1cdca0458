import { describe, expect, test } from 'vitest';
import { mdxTreeOfMarkdown } from '../../src/core/markdown-parser.ts';

interface Node { type: string; value?: string; name?: string; children?: Node[]; attributes?: { name: string; value: unknown }[]; position?: { start: { offset: number }; end: { offset: number } } }

const all = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(all)];

describe('mdxTreeOfMarkdown: a .md body read by the MDX parser, its braces as text', () => {
  test('braces are text where MDX reads an expression, and every span is an offset of the body', () => {
    const body = 'Hello {name}, see `{x}`.\n\n<div class="a{b}">\nSet {a, b}\n</div>\n\n```js\nf() { return 1 }\n```\n';
    const tree = mdxTreeOfMarkdown(body, { position: true }) as unknown as Node;
    const nodes = all(tree);
    expect(nodes.some((n) => n.type.startsWith('mdxTextExpression') || n.type.startsWith('mdxFlowExpression'))).toBe(false);
    for (const n of nodes.filter((n) => n.value !== undefined && n.type !== 'code')) {
      // The value of a text or inline code node is what the body holds at its span (no escapes here).
      const written = body.slice(n.position!.start.offset, n.position!.end.offset);
      expect(written).toContain(n.value!.trim());
    }
    expect(nodes.filter((n) => n.type === 'text').map((n) => n.value)).toEqual(['Hello {name}, see ', '.', 'Set {a, b}']);
    expect(nodes.find((n) => n.type === 'inlineCode')?.value).toBe('{x}');
    expect(nodes.find((n) => n.type === 'code')?.value).toBe('f() { return 1 }');
    expect(nodes.find((n) => n.type === 'mdxJsxFlowElement')?.attributes).toEqual([expect.objectContaining({ name: 'class', value: 'a{b}' })]);
  });

  test("keeps MDX's own escape: \\{ is a brace, \\\\{ a backslash and a brace", () => {
    const texts = (body: string) => all(mdxTreeOfMarkdown(body, {}) as unknown as Node).filter((n) => n.type === 'text').map((n) => n.value).join('');
    expect(texts('a \\{b\\} c')).toBe('a {b} c');
    expect(texts('a \\\\{b} c')).toBe('a \\{b} c');
  });

  test('throws, as mdxToMdast does, on a body that is no MDX for other reasons', () => {
    expect(() => mdxTreeOfMarkdown('a <!-- note --> {b}', {})).toThrow();
  });
});
