/**
 * An .mdx body with a `{` that nothing closes inside a JSX element: satteri fails on it only after
 * a search that doubles with every tag after the brace (40 spans: hours), so every parse of an
 * .mdx body goes through core/mdx-guard.ts, which gives satteri's error at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast as satteriMdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxToMdast, unclosedExpressionError } from '../../src/core/mdx-guard.ts';
import { stripMarkdown } from '../../src/core/theme/strip-markdown.ts';
import { compileMdxPosts } from '../../src/store/mdx-syntax.ts';

/** Code pasted into a post: each span holds a `{` that nothing closes. */
const pasted = (spans: number) => `Some notes on cooking.\n\n<div class="c">${'<span>X(){a</span>'.repeat(spans)}</div>\n`;
const satteriError = (source: string, features?: { math?: boolean }) => {
  try {
    satteriMdxToMdast(source, { ...(features && { features }) });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('unclosedExpressionError', () => {
  it('names the line and column of the first brace that nothing closes in pasted code with 40 spans', () => {
    expect(unclosedExpressionError(pasted(40))).toBe('3:25: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)');
  });

  it.each([
    ['pasted code with 6 spans', pasted(6)],
    ['a brace in prose', 'Braise it {slowly'],
    ['a brace after Chinese text and an emoji', '火候很重要 😀\n\n<div><span>火候{a</span><span>b</span></div>'],
    ['a brace opening a flow expression', '<div>\n{\n  a\n</div>'],
    ['a brace after a closed expression', '<p>{a}</p>\n\n<p>X(){b</p>'],
    ['a brace in running text before a closed expression', 'Braise it {slowly\n\nServe {1} bowl.'],
    ['a brace in a heading before a closed expression', '# Braise it {slowly\n\n{1}'],
  ])('gives the error satteri gives for %s', (_, source) => {
    expect(satteriError(source)).toMatch(/Unexpected end of file in expression/);
    expect(unclosedExpressionError(source)).toBe(satteriError(source));
  });

  it.each([
    ['closed expressions', 'Braise it {1 + 1} times, <b title={"x"}>{a}</b>'],
    ['a brace in inline code', 'Write `{` for an object <span>x</span><span>y</span>'],
    ['an escaped brace', 'Write \\{ for a brace <span>x</span>'],
    ['a brace in a fenced code block', '```js\nfunction f() {\n```\n\n<span>x</span>'],
    ['a brace in an attribute string', '<b title="{">x</b>'],
    ['a brace in a link address', '[a](x{y) <span>x</span>'],
    ['a brace in an ESM string', 'export const open = "{"\n\nText'],
    ['an expression after a tag across a blank line', '<div>{[1,\n\n2]}</div>'],
    ['an expression in a list item across a blank line', '- {[1,\n\n  2]}'],
    ['an expression in a quote across a quoted blank line', '> a {[1,\n>\n> 2]}'],
    ['an attribute expression across a blank line', '<A\n  b={[1,\n\n2]}\n/>'],
    ['a brace in a string of an expression across a blank line', '{[\n  "a {b",\n\n]}'],
  ])('returns null for %s, and the guarded parse gives satteri\'s tree', (_, source) => {
    expect(unclosedExpressionError(source)).toBeNull();
    expect(mdxToMdast(source, { position: true })).toEqual(satteriMdxToMdast(source, { position: true }));
  });

  it('keeps the line ending of the text it asks satteri about, which panicked (ending the process) on a text ending in a backslash', () => {
    const body = 'import x from "y"\n2]}=> export const a = x()```\n}export const a = [a]({\'\\\n\n{x}\n';
    const features = { frontmatter: false, math: true };
    expect(unclosedExpressionError(body, features)).toBeNull();
    expect(mdxToMdast(body, { features })).toEqual(satteriMdxToMdast(body, { features }));
  });

  it('reads TeX braces as math when the caller parses with math', () => {
    expect(unclosedExpressionError('$\\frac{a$ and $b$ <span>x</span>', { math: true })).toBeNull();
    expect(unclosedExpressionError('$$\n\\frac{a\n$$\n', { math: true })).toBeNull();
  });
});

describe('the parses of an .mdx body', () => {
  it('throw satteri\'s error for pasted code with 40 spans instead of searching', () => {
    expect(() => mdxToMdast(pasted(40))).toThrow(/^3:25: Unexpected end of file in expression/);
  });

  it('throw satteri\'s error for pasted code with 40 spans followed by a closed expression', () => {
    expect(() => mdxToMdast(`${pasted(40)}\nServe {1} bowl.\n`)).toThrow(/^3:25: Unexpected end of file in expression/);
  });

  it('let the theme scorer read the words of pasted code with 40 spans', () => {
    expect(stripMarkdown(pasted(40), 'mdx')).toContain('cooking');
  });

  it('let check compile a post of pasted code with 40 spans, naming the file, the line and the column', async () => {
    const { errors } = await compileMdxPosts([{ file: 'content/posts/pasted.mdx', body: pasted(40) } as never]);
    expect(errors.map((e) => [e.file, e.messageIn('en'), e.messageIn('zh')])).toEqual([
      ['content/posts/pasted.mdx', expect.stringContaining('the MDX does not compile: 3:25: Unexpected end of file in expression'), expect.stringContaining('MDX 无法编译：3:25:')],
    ]);
    expect(errors[0]!.text.hint).toEqual({ en: expect.stringContaining('line 3, column 25 is never closed'), zh: expect.stringContaining('第 3 行第 25 列的“{”没有对应的“}”') });
  });

  it('are made through core/mdx-guard.ts everywhere in src', () => {
    const src = join(import.meta.dirname, '../../src');
    const callers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mjs|astro)$/.test(name) && !name.endsWith('mdx-guard.ts'))
      .filter((name) => {
        const text = readFileSync(join(src, name), 'utf8');
        return /\bmdxTo(?:Mdast|Js|Hast)\(/.test(text.replace(/^\s*(?:\*|\/\/).*$/gm, '')) && !/mdx-guard\.ts['"]/.test(text);
      });
    expect(callers.map((name) => relative(src, join(src, name)))).toEqual([]);
  });
});
