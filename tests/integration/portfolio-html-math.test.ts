/**
 * MathJax math inside raw HTML, on one build of the portfolio fixture: a post moved from a
 * MathJax blog that writes `<p>The map \(f(x)=x^2\) …</p>` or `<div>\[ … \]</div>` shows math on
 * the built page, as MathJax (which reads the DOM) showed it on the old site, and as the same TeX
 * shows outside HTML; never inside code, `<pre>` or an attribute, and never any script or link
 * from TeX (the sanitizer runs first, KaTeX untrusted after). An .mdx post's HTML is JSX whose
 * text is Markdown: its dollars are math there already.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const front = (title: string, date: string) => `---\ntitle: ${title}\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: ${date}\n---\n\n`;

const MD = [
  '<p>The map \\(f(x)=x^2\\) is smooth, and so is \\(dy\\).</p>',
  '',
  '<div>',
  '\\[ \\sum_i x_i \\]',
  '</div>',
  '',
  '<div>Also $$a^2+b^2$$ here; $5 and $10 stay prices.</div>',
  '',
  '<p title="\\(t^2\\)">Code stays code: <code>\\(c^2\\)</code>.</p>',
  '',
  '<pre>',
  '\\(p^2\\)',
  '</pre>',
  '',
  '<span class="note">',
  'A span block: \\(s_1\\).',
  '</span>',
  '',
  'Prose \\(m^2\\) outside HTML.',
  '<div>A block that interrupts it: \\(q^2\\).</div>',
  '',
  '<p>Untrusted: \\(\\text{&lt;b&gt;}\\) and \\(\\href{javascript:alert(1)}{x}\\).</p>',
  '',
  '- <div>A list item: \\(l_2\\).</div>',
  '- The next: \\(n_2\\).',
].join('\n');

const MDX = '<p>In JSX the map $g(x)=x^3$ is math.</p>\n';

let root: string;
let md = '';
let mdx = '';

function write(file: string, text: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(async () => {
  root = await makeRoot('tl-html-math-');
  write('2026/html-math.md', front('HTML math', '2026-09-26') + MD);
  write('2026/html-math-mdx.mdx', front('HTML math in MDX', '2026-09-27') + MDX);
  const { outDir } = await buildPortfolio(root);
  md = await readFile(join(outDir, 'posts/2026/html-math/index.html'), 'utf8');
  mdx = await readFile(join(outDir, 'posts/2026/html-math-mdx/index.html'), 'utf8');
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('MathJax math inside raw HTML in a .md post', () => {
  it('renders \\(…\\) in an HTML paragraph as MathML, as outside HTML (\\(dy\\) too, once the post writes TeX)', () => {
    expect(md).toContain('<p>The map <math alttext="f(x)=x^2"><mrow><mi>f</mi>');
    expect(md).toContain('and so is <math alttext="dy">');
    expect(md).not.toContain('\\(f(x)');
  });

  it('renders \\[…\\] and $$…$$ in an HTML block as display math, and leaves prices as text', () => {
    expect(md).toMatch(/<div>\s*<math display="block" alttext="\\sum_i x_i" tabindex="0"><mrow><munder><mo>∑<\/mo>/);
    expect(md).toContain('<div>Also <math display="block" alttext="a^2+b^2" tabindex="0">');
    expect(md).toContain('here; $5 and $10 stay prices.</div>');
  });

  it('renders math in a span block, a block that interrupts a paragraph and one in a list item, not dollars as written', () => {
    expect(md).toContain('A span block: <math alttext="s_1">');
    expect(md).toMatch(/<li>\s*<div>A list item: <math alttext="l_2">[\s\S]*?<\/li>\s*<li>The next: <math alttext="n_2">/);
    expect(md).toContain('<p>Prose <math alttext="m^2">');
    expect(md).toContain('<div>A block that interrupts it: <math alttext="q^2">');
    expect(md).not.toMatch(/\$(?:s_1|q\^2|l_2)\$/);
  });

  it('leaves code, <pre> and attributes as written', () => {
    expect(md).toContain('<p title="\\(t^2\\)">Code stays code: <code>\\(c^2\\)</code>.</p>');
    expect(md).toMatch(/<pre(?: tabindex="0")?>\s*\\\(p\^2\\\)\s*<\/pre>/);
  });

  it('makes no tag, link or script from TeX: entities are text, \\href is an error note', () => {
    expect(md).toContain('<mtext>&lt;b&gt;</mtext>');
    expect(md).toContain('<span class="math-error"><code>\\href{javascript:alert(1)}{x}</code> <small>TeX error: \\href is not rendered on this site');
    // The TeX as written stays in alttext, where `<` is text.
    const markup = md.replace(/ alttext="[^"]*"/g, '');
    expect(markup).not.toMatch(/<b>|href="javascript|<script(?![^>]*(?:type="application\/ld\+json"|src=))/);
  });
});

describe('an .mdx post', () => {
  it('renders dollars inside an HTML (JSX) element as math already', () => {
    expect(mdx).toContain('<p>In JSX the map <math alttext="g(x)=x^3">');
  });
});

describe('the automatic description of a post with math', () => {
  it('reads the formulas as text, with no TeX and the words around them kept', () => {
    expect(md).toContain('<meta name="description" content="The map f(x) = x² is smooth, and so is dy. ∑ᵢ xᵢ. Also a² + b² here; $5 and $10 stay prices.');
    expect(md).toContain('<meta property="og:description" content="The map f(x) = x² is smooth');
    expect(mdx).toContain('<meta name="description" content="In JSX the map g(x) = x³ is math.">');
  });
});
