/** core/moved-posts/kramdown-math.ts: kramdown's span `$$x$$` written as the `$x$` the portfolio reads inline. */
import { describe, expect, test } from 'vitest';
import { inlineKramdownMath } from '../../src/core/moved-posts/kramdown-math.ts';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import { folderSummary } from '../../src/core/moved-posts/summary.ts';
import { builtHtml } from './studio/drafts/built-page.ts';

describe('inlineKramdownMath', () => {
  test.each([
    ['When both $$G$$ and $$D$$ are at their optimal values', 'When both $G$ and $D$ are at their optimal values', 2],
    ['- A generator $$G$$ outputs samples', '- A generator $G$ outputs samples', 1],
    ['| $$p_{z}$$ | noise input $$z$$ |\n| --- | --- |\n| $$p_{g}$$ | x |', '| $p_{z}$ | noise input $z$ |\n| --- | --- |\n| $p_{g}$ | x |', 3],
    ['bounded by $$ [0, 1] $$.', 'bounded by $[0, 1]$.', 1],
    ['## The loss $$L(G, D)$$', '## The loss $L(G, D)$', 1],
    // Blocks stay: on lines of their own, and a paragraph of one $$…$$ alone (a kramdown math block).
    ['Text.\n\n$$\nD_{KL}(p \\| q)\n$$\n\nMore.', 'Text.\n\n$$\nD_{KL}(p \\| q)\n$$\n\nMore.', 0],
    ['for all $$x$$,\n\n$$\\lvert f(x) \\rvert \\leq K$$\n\nHere', 'for all $x$,\n\n$$\\lvert f(x) \\rvert \\leq K$$\n\nHere', 1],
    // A $$ block right under a line of text (no blank line) is span math in that paragraph to kramdown.
    ['The loss is:\n$$\nL = x^2\n$$\n\nMore.', 'The loss is:\n$L = x^2$\n\nMore.', 1],
    ['where\n$$\na \\\\\nb\n$$\nholds.', 'where\n$a \\\\\nb$\nholds.', 1],
    ['> Quoted:\n> $$\n> q\n> $$', '> Quoted:\n> $q$', 1],
    // Code, a digit right after (single dollars would be prose), a dollar inside: as written.
    ['`a $$x$$ b` and\n```\n$$y$$ in code\n```', '`a $$x$$ b` and\n```\n$$y$$ in code\n```', 0],
    ['costs $$x$$5 then', 'costs $$x$$5 then', 0],
  ])('%j -> %j', (source, expected, spans) => {
    expect(inlineKramdownMath(source)).toEqual({ body: expected, spans });
  });

  test('renders a $$ block right under a line of text inline in that paragraph, as kramdown does', () => {
    const html = builtHtml(inlineKramdownMath('The loss is:\n$$\nL = x^2\n$$\nfor every x.\n').body);
    expect(html).not.toContain('display="block"');
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).toContain('<math alttext="L = x^2">');
  });

  test('keeps a sentence with span math one paragraph on the built page', () => {
    const html = builtHtml(inlineKramdownMath('When both $$G$$ and $$D$$ are at their optimal values.\n').body);
    expect(html).not.toContain('display="block"');
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).toContain('<math alttext="G">');
  });
});

describe('planMove and span $$ (kramdown and kramed read it as inline math)', () => {
  const opts = { channel: 'blog', status: 'published' as const };
  const post = '---\ntitle: GAN\n---\n\nWhen both $$G$$ and $$D$$ are optimal:\n\n$$\nL = x\n$$\n';
  const moved = (site: Parameters<typeof planMove>[2]['site'], path = '_posts/2017-08-20-gan.md') => planMove([{ path, text: post }], [], { ...opts, site }).moves[0]!;

  test("rewrites a Jekyll (kramdown) post's span $$ and says so in English and Chinese", () => {
    const move = moved({ generator: 'jekyll' });
    expect(move.text).toContain('When both $G$ and $D$ are optimal:\n\n$$\nL = x\n$$');
    expect(move.notes).toContainEqual(expect.objectContaining({ en: expect.stringContaining('2 $$…$$ inside sentences, inline math as kramdown read them, are now written $…$') }));
    expect(move.notes.some((n) => n.zh.includes('已改写为 $…$'))).toBe(true);
  });

  test('rewrites a Hexo post only with hexo-renderer-kramed, and leaves other engines, Hugo and .mdx files as written', () => {
    expect(moved({ generator: 'hexo', kramed: true }, 'source/_posts/gan.md').text).toContain('When both $G$');
    for (const site of [{ generator: 'hexo' as const }, { generator: 'jekyll' as const, markdown: 'GFM' }, { generator: 'hugo' as const }, undefined]) expect(moved(site, 'posts/gan.md').text).toContain('When both $$G$$');
    expect(moved({ generator: 'jekyll' }, '_posts/2017-08-20-gan.mdx').text).toContain('When both $$G$$');
  });
});

describe('folderSummary and span $$', () => {
  test("counts the rewritten spans in the import's last line, in English and Chinese", () => {
    const move = planMove([{ path: '_posts/2017-08-20-gan.md', text: '---\ntitle: GAN\n---\n\nBoth $$G$$ and $$D$$.\n' }], [], { channel: 'blog', status: 'published', site: { generator: 'jekyll' } }).moves[0]!;
    const summary = folderSummary({ files: 1, written: 1, already: 0, failed: 0, mathSpans: move.converted.mathSpans }, { channel: 'blog', dryRun: false });
    expect(summary.en).toBe('imported 1 of 1 Markdown file into "blog"; wrote 2 $$…$$ inside sentences as $…$, inline math as the old site\'s Markdown read them (see above)');
    expect(summary.zh).toBe('已把 1 个 Markdown 文件中的 1 个导入渠道 "blog"；已把 2 处句中的 $$…$$改写为 $…$，即旧网站的 Markdown 读出的行内公式（见上文）');
  });
});
