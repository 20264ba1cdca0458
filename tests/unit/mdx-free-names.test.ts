/**
 * A published .mdx whose text has `{word}` meant as prose: it compiles, but `word` is read as a
 * JavaScript name that nothing defines, so the page fails to render ("火候 is not defined") and
 * the build stops. `check` (and the studio's publish) finds it first, naming the line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { compileMdxPosts, findMdxSyntaxErrors } from '../../src/store/mdx-syntax.ts';

const post = (body: string) => ({ file: 'content/posts/2026/huohou.mdx', body }) as unknown as Post;

describe('a {name} in an .mdx post that nothing defines', () => {
  it('is named with its line and column, what happens and what to write, in English and Chinese', async () => {
    const [error, ...rest] = await findMdxSyntaxErrors([post('\n小火炖肉，{火候}很重要。\n\n{gently}\n')]);
    expect(rest).toEqual([]);
    expect(error?.file).toBe('content/posts/2026/huohou.mdx');
    expect(error?.format('en')).toContain('2:6: {火候}');
    expect(error?.format('en')).toContain('"火候 is not defined"');
    expect(error?.format('en')).toContain('\\{火候\\}');
    expect(error?.format('zh')).toContain('第 2 行');
    expect(error?.format('zh')).toContain('没有定义');
    const [flow] = await findMdxSyntaxErrors([post('Stir it.\n\n{gently}\n')]);
    expect(flow?.format('en')).toContain('3:1: {gently}');
  });

  it("gives the file's line when told the lines above the body (check and the build), and the body's for the studio's body field", async () => {
    const huohou = post('\n小火炖肉，{火候}很重要。\n');
    const [inFile] = await compileMdxPosts([huohou], undefined, () => 6).then((r) => r.errors);
    expect(inFile?.format('en')).toContain('8:6: {火候}');
    expect(inFile?.format('en')).not.toContain('count from the first line after the frontmatter');
    expect(inFile?.format('zh')).toContain('第 8 行第 6 列');
    const [broken] = await compileMdxPosts([post('Notes.\n\n# Title {.cls}\n\n<div>\n')], undefined, () => 6).then((r) => r.errors);
    expect(broken?.format('en')).toMatch(/does not compile: 9:\d+: /);
    expect(broken?.format('en')).toContain('line 9 is a heading with "{"');
    const [closing] = await compileMdxPosts([post('Hello\n\n<div>\n\ntext\n')], undefined, () => 6).then((r) => r.errors);
    expect(closing?.format('en')).toContain('does not compile: 9:1: Expected a closing tag for `<div>` (9:1)');
    // Unknown (the file changed since): the body's lines, said so.
    const [unknown] = await compileMdxPosts([huohou], undefined, () => undefined).then((r) => r.errors);
    expect(unknown?.format('en')).toContain('2:6: {火候}');
    expect(unknown?.format('en')).toContain('count from the first line after the frontmatter');
  });

  it('reads TeX math as the build does: braces inside $…$ and $$…$$ are TeX, not expressions or names (tex-math.ts)', async () => {
    const body = 'Let $\\frac{a}{b}$ and $\\{x_1\\}$.\n\n$$\n\\sum_{i=1}^{n} i\n$$\n\nA typo $\\frac{1$ renders with a note.\n';
    expect(await findMdxSyntaxErrors([post(body)])).toEqual([]);
    // A brace outside math is still an expression.
    const [error] = await findMdxSyntaxErrors([post('It costs $5 and {price} $ in all.\n\nAnd {gently}.\n')]);
    expect(error?.format('en')).toContain('3:5: {gently}');
  });

  it('leaves alone what the page can render: exported names, props, frontmatter, globals, literals, comments, expressions', async () => {
    const body = [
      "export const year = 2026;\nexport function twice(x) { return 2 * x; }\nimport { Chart } from './chart.js';",
      '',
      '{year} {twice} {Chart} {props.title} {frontmatter.title} {Math} {undefined} {true} {/* a note */} {1 + 1} {" "}',
      '',
      '```js\nconst {a} = b;\n```',
      '',
      'Inline `{code}` and an escaped \\{brace\\}.',
    ].join('\n');
    expect(await findMdxSyntaxErrors([post(body)])).toEqual([]);
  });

  it('is found again on the next run with a cache folder: such a body is never remembered as fine', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tl-mdx-free-'));
    try {
      for (let run = 0; run < 2; run++) expect(await findMdxSyntaxErrors([post('{火候}很重要')], dir)).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a body that opens with a --- rule', () => {
  // The build reads the body as the text after the frontmatter (its `---` is a rule), so the
  // `{火候}` between the two rules is an expression there; read as YAML, check missed it.
  it('is compiled as the build compiles it: a {name} between the rules is found', async () => {
    const [error] = await findMdxSyntaxErrors([post('---\n\n小火炖肉，{火候}很重要。\n\n---\n\nThe end.\n')]);
    expect(error?.file).toBe('content/posts/2026/huohou.mdx');
    expect(error?.format('en')).toContain('{火候}');
  });
});
