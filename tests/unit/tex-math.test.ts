/**
 * TeX math in posts (`$n \leq 10^5$`, `$$…$$`, as Fuwari's remark-math + rehype-katex and KaTeX or
 * MathJax blogs write it) rendered to MathML at build time; dollars in prose stay prose by
 * Pandoc's rule, the rule the theme detector uses (core/tex-math.ts). Before, the portfolio showed
 * raw TeX with its escapes and underscores eaten by Markdown (`\{` as `{`, `$x_1$ and $y_2$` as
 * emphasis).
 */
import { readFileSync } from 'node:fs';
import { markdownToHtml, mdxToJs, type HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isTexDollarRun, mathJaxToDollars, withoutCommonMarkCode } from '../../src/core/tex-math.ts';
import { proseDollars, texInHtml, texMath } from '../../src/pages/_lib/tex-math.ts';
import { builtHtml } from './studio/drafts/built-page.ts';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';

const features = { math: true, smartPunctuation: true };
const render = (source: string, hastPlugins: readonly unknown[] = [texMath]) =>
  (markdownToHtml(source, { features, mdastPlugins: [proseDollars], hastPlugins: hastPlugins as HastPluginDefinition[] }) as { html: string }).html;
const plain = (source: string) => (markdownToHtml(source, { features: { smartPunctuation: true } }) as { html: string }).html;

describe('isTexDollarRun (Pandoc tex_math_dollars)', () => {
  it.each([
    ['$n \\leq 10^5$', ',', true],
    ['$x$', undefined, true],
    ['$$\\sum_i i$$', ' ', true],
    ['$5 and $', '1', false],
    ['$ b $', ' ', false],
    ['$a $', 'b', false],
    ['$x$', '5', false],
    ['$$', ' ', false],
    ['$$ \\int_0^1 x\\,dx $$', undefined, true],
    ['$$  $$', undefined, false],
  ])('%s followed by %s is math: %s', (run, next, math) => {
    expect(isTexDollarRun(run, next)).toBe(math);
  });
});

describe("mathJaxToDollars (MathJax's default delimiters, as many Jekyll and Hexo blogs write math)", () => {
  it.each([
    ['Force \\(\\mathbf{F} = q\\mathbf{E}\\).', 'Force $\\mathbf{F} = q\\mathbf{E}$.'],
    ['kramdown writes \\\\( x_1 \\\\) with two', 'kramdown writes $x_1$ with two'],
    ['a variable \\(x\\), alone', 'a variable $x$, alone'],
    ['\\[\n\\nabla \\cdot E = \\rho\n\\]', '$$\n\\nabla \\cdot E = \\rho\n$$'],
    ['in a line \\[a^2\\] here', 'in a line $$a^2$$ here'],
    ['\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}', '$$\n\\begin{align}\na &= b \\\\\nc &= d\n\\end{align}\n$$'],
    // Left as written: escaped brackets of prose, code, a digit after, a dollar inside, a blank line inside.
    ['see \\[1\\] and arr\\[i\\]', 'see \\[1\\] and arr\\[i\\]'],
    // A shortcode an import escaped (a name, then attributes, one quoted): its = is no relation.
    ['\\[contact-form-7 id="12" title="Contact"\\]', '\\[contact-form-7 id="12" title="Contact"\\]'],
    ['\\[gallery columns=2 ids="770,771"\\]', '\\[gallery columns=2 ids="770,771"\\]'],
    ["\\[x = 1\\] and \\[f x=2\\] and \\[a='b'\\]", "$$x = 1$$ and $$f x=2$$ and $$a='b'$$"],
    ['`\\(x\\)` and\n```\n\\(y^2\\)\n```', '`\\(x\\)` and\n```\n\\(y^2\\)\n```'],
    ['\\(x^2\\)5 apples', '\\(x^2\\)5 apples'],
    ['\\(a $ b\\)', '\\(a $ b\\)'],
    ['\\(a^2\n\nb\\)', '\\(a^2\n\nb\\)'],
    ['f\\(\\) then \\(y\\)', 'f\\(\\) then $y$'],
    // Once the text writes TeX between \\( and \\), its other spans are math too (a real math blog: \\(dy\\), \\((x,y)\\)).
    ['\\(\\Delta y\\) 与 \\(dy\\) 在 \\((x,y)\\)', '$\\Delta y$ 与 $dy$ 在 $(x,y)$'],
    ['no TeX here: \\(dy\\) and \\((x,y)\\)', 'no TeX here: \\(dy\\) and \\((x,y)\\)'],
    // An HTML block is passed through as HTML: its math stays as written there (and only there).
    ['<p>\n函数 \\(f(x)\\) 在\n</p>\n\n又 \\(x^2\\)', '<p>\n函数 \\(f(x)\\) 在\n</p>\n\n又 $x^2$'],
  ])('%j -> %j', (source, expected) => {
    expect(mathJaxToDollars(source)).toBe(expected);
  });
});

describe('mathJaxToDollars and indented code (CommonMark §4.4: code is left as written)', () => {
  it.each([
    // Code: 4 columns in (a tab is 4), not going on with a paragraph; in a list item, 4 past its content.
    ['Text:\n\n    \\(x^2\\) in code', 'Text:\n\n    \\(x^2\\) in code'],
    ['\t\\(x^2\\) after a tab', '\t\\(x^2\\) after a tab'],
    ['# Heading\n    \\(x^2\\) under it', '# Heading\n    \\(x^2\\) under it'],
    ['    \\(a^2\\)\n\n    \\(b^2\\) one block\nProse \\(c^2\\)', '    \\(a^2\\)\n\n    \\(b^2\\) one block\nProse $c^2$'],
    ['- item\n\n      \\(x^2\\) code in the item', '- item\n\n      \\(x^2\\) code in the item'],
    ['-     \\(x^2\\) code opening the item', '-     \\(x^2\\) code opening the item'],
    ['- item\n\nOut \\(y^2\\).\n\n    \\(x^2\\) code after the list', '- item\n\nOut $y^2$.\n\n    \\(x^2\\) code after the list'],
    // Not code: a paragraph's continuation, and a list item's own paragraphs (indented under its text).
    ['Text\n    \\(x^2\\) goes on', 'Text\n    $x^2$ goes on'],
    ['- item\n\n    \\(x^2\\) in the item', '- item\n\n    $x^2$ in the item'],
    ['1. item\n   \\(x^2\\) goes on', '1. item\n   $x^2$ goes on'],
    ['10. item\n\n    \\(x^2\\) in the item', '10. item\n\n    $x^2$ in the item'],
    ['- a\n  - b\n\n    \\(x^2\\) in b', '- a\n  - b\n\n    $x^2$ in b'],
    // In a blockquote, read after its `>` (CommonMark §5.1): code 4 columns past the mark's space; fences too.
    ['> quote\n>\n>     \\(x^2\\) code', '> quote\n>\n>     \\(x^2\\) code'],
    ['>\t\t\\(x^2\\) code after tabs', '>\t\t\\(x^2\\) code after tabs'],
    ['> - item\n>\n>       \\(x^2\\) code in the item', '> - item\n>\n>       \\(x^2\\) code in the item'],
    ['> ```\n> \\(x^2\\) fenced\n> ```\n\nOut \\(y^2\\)', '> ```\n> \\(x^2\\) fenced\n> ```\n\nOut $y^2$'],
    ['> quote\n>     \\(x^2\\) goes on', '> quote\n>     $x^2$ goes on'],
    ['> ```\n> left open\n\nOut \\(y^2\\), the quote and its fence ended', '> ```\n> left open\n\nOut $y^2$, the quote and its fence ended'],
    ['> - item\n\n>     \\(x^2\\) code in a new quote', '> - item\n\n>     \\(x^2\\) code in a new quote'],
  ])('%j -> %j', (source, expected) => {
    expect(mathJaxToDollars(source)).toBe(expected);
  });

  it('leaves an indented code block as written on the built page, and renders math in a list item indented alike', () => {
    const html = builtHtml(mathJaxToDollars('Text:\n\n    \\(x^2\\) in code\n\n- item\n\n    \\(y^2\\) in the item\n'));
    expect(html).toContain('<pre tabindex="0"><code>\\(x^2\\) in code');
    expect(html).toContain('<math alttext="y^2">');
  });
});

describe('withoutCommonMarkCode (a .md body parsed as MDX: the code only CommonMark knows)', () => {
  it.each([
    ['Text:\n\n    const secret = 1;\n\nAfter.', 'Text:\n\n\n\nAfter.'],
    ['Text.\n\n<pre>\nkubectl apply\n\nkubectl get\n</pre> and on\nAfter.', 'Text.\n\n\n\n\n\n\nAfter.'],
    ['> quote\n>\n>     const secret = 1;\n> more', '> quote\n>\n>\n> more'],
    ['- item\n\n      code\n\n  more', '- item\n\n\n\n  more'],
    // Not code: a paragraph's next line (lazy in a quote too), a list item's paragraph, a fence's content, a `<code>` block (HTML with text).
    ['Text\n    goes on', 'Text\n    goes on'],
    ['> quote\n    goes on', '> quote\n    goes on'],
    ['- item\n\n    in the item', '- item\n\n    in the item'],
    ['```\n    fenced\n```', '```\n    fenced\n```'],
    ['<code>\nx\n</code>', '<code>\nx\n</code>'],
    // After a block that ends a paragraph, an indented line is code again.
    ['<pre>\nx\n</pre>\n    code', '\n\n\n'],
    ['Title\n=====\n    code', 'Title\n=====\n'],
    ['Text\n\n***\n    code', 'Text\n\n***\n'],
  ])('%j -> %j', (source, expected) => {
    expect(withoutCommonMarkCode(source)).toBe(expected);
  });

  // CommonMark 0.31 §5.1-5.2: only paragraph text goes on lazily; a quote, heading, rule or fence
  // interrupts the paragraph and, less indented than a list item's text, ends the item.
  it.each([
    ['Text:\n>     const secret = 1;', 'Text:\n>'],
    ['> quote\n> >     const secret = 1;', '> quote\n> >'],
    ['- item\n# Title\n\n\tconst secret = 1;', '- item\n# Title\n\n'],
    ['- item\n---\n    const secret = 1;', '- item\n---\n'],
    ['- item\n```\nx\n```\n    const secret = 1;', '- item\n```\nx\n```\n'],
    ['- item\n\n> quote\n\n    const secret = 1;', '- item\n\n> quote\n\n'],
    ['- item\n\n  > quote\n\n      const secret = 1;', '- item\n\n  > quote\n\n'],
    // An empty list item is no paragraph; a `-` under a paragraph is a heading's underline, no item.
    ['- \n        const secret = 1;', '- \n'],
    // Tabs count to the next multiple of 4: `-   \t` puts the text 7 columns past the marker, so it is code in the item.
    ['Text\n\n-   \tconst secret = 1;', 'Text\n\n'],
    ['Title\n-\n    const secret = 1;', 'Title\n-\n'],
    ['Title\n--\n    const secret = 1;', 'Title\n--\n'],
    ['Text\n*\n    goes on', 'Text\n*\n    goes on'],
    ['> quote\n-\n    goes on', '> quote\n-\n    goes on'],
    // After a lazy line the quote's paragraph is still open: its next `>` line goes on with it.
    ['> quote\ngoes on\n>     still its text', '> quote\ngoes on\n>     still its text'],
    ['> quote\n- item\n>     const secret = 1;', '> quote\n- item\n>'],
    // A line of full-width spaces is paragraph text (CommonMark's blank line has spaces and tabs only): the indented line goes on with it.
    ['第一段\n\u3000\u3000\n    第二段', '第一段\n\u3000\u3000\n    第二段'],
    // Still a paragraph's lazy line: `===` with no paragraph before is text, not an underline.
    ['===\n    goes on', '===\n    goes on'],
  ])('%j -> %j (a block that interrupts a paragraph)', (source, expected) => {
    expect(withoutCommonMarkCode(source)).toBe(expected);
  });

  it('finds a fence opened on a list item\'s marker line, which ends with the item', () => {
    expect(withoutCommonMarkCode('- ```sh\n  npm i\n  ```\n\nText.\n\n    const secret = 1;')).toBe('- ```sh\n  npm i\n  ```\n\nText.\n\n');
    expect(mathJaxToDollars('1. ```\n   \\(a^2\\)\n   ```\n\nText \\(x^2\\)')).toBe('1. ```\n   \\(a^2\\)\n   ```\n\nText $x^2$');
    expect(mathJaxToDollars('- ```\n  \\(a^2\\)\n\nText \\(x^2\\)')).toBe('- ```\n  \\(a^2\\)\n\nText $x^2$');
    expect(mathJaxToDollars('- item\n\n  ```\n  \\(a^2\\)\nText \\(x^2\\)')).toBe('- item\n\n  ```\n  \\(a^2\\)\nText $x^2$');
  });

  it('takes a code span as CommonMark does: backtick runs of one length, within a paragraph', () => {
    expect(mathJaxToDollars('Press the ` key.\n\nThe formula \\(x^2\\) here.\n\nAnd ``` later.')).toBe('Press the ` key.\n\nThe formula $x^2$ here.\n\nAnd ``` later.');
    expect(mathJaxToDollars('Use ``a`b`` and \\(x^2\\), not `\\(y^2\\)`.')).toBe('Use ``a`b`` and $x^2$, not `\\(y^2\\)`.');
  });

  it('reads a CRLF body\'s MathJax as an LF one\'s: a display formula on lines of its own is a block, none spans a blank line', () => {
    expect(mathJaxToDollars('Text\r\n\r\n\\[\r\nE = \\rho\r\n\\]\r\n\r\nAfter.')).toBe('Text\r\n\r\n$$\nE = \\rho\n$$\r\n\r\nAfter.');
    expect(mathJaxToDollars('A \\(a^2\r\n\r\nb\\) c')).toBe('A \\(a^2\r\n\r\nb\\) c');
    expect(mathJaxToDollars('<div>$$a^2\r\n\r\nb$$</div>', (tex) => `[${tex}]`)).toBe('<div>$$a^2\r\n\r\nb$$</div>');
  });

  it('reads CRLF line endings as LF ones, and keeps them', () => {
    expect(withoutCommonMarkCode('Title\r\n=====\r\n    const secret = 1;\r\nAfter.')).toBe('Title\r\n=====\r\n\r\nAfter.');
    expect(withoutCommonMarkCode('Text\r\n\r\n***\r\n    const secret = 1;\r\n')).toBe('Text\r\n\r\n***\r\n\r\n');
    expect(withoutCommonMarkCode('<span>\r\n    \\(x^2\\)\r\n</span>')).toBe('<span>\r\n    \\(x^2\\)\r\n</span>');
  });

  it('leaves TeX as written in a code block that follows a list, on the built page', () => {
    const html = builtHtml(mathJaxToDollars('- item\n# Title\n\n    \\(x^2\\) in code\n'));
    expect(html).toContain('<pre tabindex="0"><code>\\(x^2\\) in code');
  });
});

describe('mathJaxToDollars in raw HTML (MathJax read the page, so its math rendered inside HTML too)', () => {
  const mark = (tex: string, display: boolean) => `[${display ? 'D' : 'I'}:${tex}]`;
  it.each([
    ['<p>The map \\(f(x)=x^2\\) and \\(dy\\).</p>', '<p>The map [I:f(x)=x^2] and [I:dy].</p>'],
    ['<div>\n\\[ \\sum_i x_i \\]\n</div>', '<div>\n[D:\\sum_i x_i]\n</div>'],
    ['<div>\n\\begin{align}\na &= b\n\\end{align}\n</div>', '<div>\n[D:\\begin{align}\na &= b\n\\end{align}]\n</div>'],
    ['<div>Also $$a^2$$; $5 and $10 stay, and $x$ too.</div>', '<div>Also [D:a^2]; $5 and $10 stay, and $x$ too.</div>'],
    // A complete tag alone on its line starts a block too (CommonMark type 7), and a block-level tag interrupts a paragraph.
    ['<span class="n">\n\\(s_1\\)\n</span>', '<span class="n">\n[I:s_1]\n</span>'],
    ['Prose \\(m^2\\).\n<div>\\(q^2\\)</div>', 'Prose $m^2$.\n<div>[I:q^2]</div>'],
    ['# Title\n<span>\n\\(h^2\\)\n</span>', '# Title\n<span>\n[I:h^2]\n</span>'],
    // In a list item or a blockquote, whose `>` alone is a blank line.
    ['- <div>\\(l^2\\)</div>\n- \\(n^2\\)', '- <div>[I:l^2]</div>\n- $n^2$'],
    ['> <p>\\(b^2\\)\n> </p>\n>\n> \\(c^2\\)', '> <p>[I:b^2]\n> </p>\n>\n> $c^2$'],
    // Indented 4 spaces under `- item`, 2 past its text: HTML in the item, ended by a line out of it.
    ['- item\n\n    <p>The map \\(x^2\\)\n    and \\(y^2\\)</p>\nThen \\(z^2\\)', '- item\n\n    <p>The map [I:x^2]\n    and [I:y^2]</p>\nThen $z^2$'],
    ['- item\n\n<div>\n\\(x^2\\)\n</div>', '- item\n\n<div>\n[I:x^2]\n</div>'],
    // Left as written: attributes, code, a <pre> or <script> block, a comment, a span across a tag or a `<` a browser reads as one.
    ['<p title="\\(t^2\\)">a <code>\\(c^2\\)</code> <kbd>\\(k^2\\)</kbd></p>', '<p title="\\(t^2\\)">a <code>\\(c^2\\)</code> <kbd>[I:k^2]</kbd></p>'],
    ['<pre>\n\\(p^2\\)\n\n\\(r^2\\)\n</pre>\n\n\\(x^2\\)', '<pre>\n\\(p^2\\)\n\n\\(r^2\\)\n</pre>\n\n$x^2$'],
    ['<!-- \\(x^2\\)\n\n\\(y^2\\) -->', '<!-- \\(x^2\\)\n\n\\(y^2\\) -->'],
    ['<p>\\(a <b>c</b> d^2\\) and \\(a <b d^2\\)</p>', '<p>\\(a <b>c</b> d^2\\) and \\(a <b d^2\\)</p>'],
  ])('%j -> %j', (source, expected) => {
    expect(mathJaxToDollars(source, mark)).toBe(expected);
  });

  it('leaves HTML as written without a writer (the studio preview shows HTML as text), but reads its TeX for the whole body', () => {
    expect(mathJaxToDollars('<pre>\n\\(p^2\\)\n</pre>')).toBe('<pre>\n\\(p^2\\)\n</pre>');
    expect(mathJaxToDollars('<p>\\(x^2\\)</p>\n\n又 \\(dy\\)')).toBe('<p>\\(x^2\\)</p>\n\n又 $dy$');
  });

  it('renders on the page as outside HTML, after the sanitizer', () => {
    const html = builtHtml(mathJaxToDollars('<p>The map \\(f(x) = x^2\\) and \\(\\text{&lt;b&gt;}\\).</p>\n\n<div>$$\\sum_i x_i$$</div>\n', texInHtml));
    expect(html).toMatch(/^<p>The map <math alttext="f\(x\) = x\^2"><mrow><mi>f<\/mi>.*<mtext>&lt;b&gt;<\/mtext>/);
    expect(html).toContain('<div><math display="block" alttext="\\sum_i x_i" tabindex="0">');
    expect(html).not.toMatch(/<code|\\\(/);
  });
});

describe('TeX math on the portfolio', () => {
  it('renders inline math as MathML, with no style, class or script, and keeps the TeX escapes and underscores', () => {
    const html = render('Let $n \\leq 10^5$ and $\\{a_1, a_2\\}$, with $x_1$ and $y_2$.\n');
    expect(html).toMatch(/^<p>Let <math alttext="n \\leq 10\^5"><mrow><mi>n<\/mi><mo>≤<\/mo><msup><mn>10<\/mn><mn>5<\/mn><\/msup><\/mrow><\/math> and <math/);
    expect(html).toContain('<mo stretchy="false">{</mo><msub><mi>a</mi><mn>1</mn></msub>');
    expect(html).toContain('alttext="\\{a_1, a_2\\}"');
    expect(html).toContain('<msub><mi>x</mi><mn>1</mn></msub>');
    expect(html).toContain('<msub><mi>y</mi><mn>2</mn></msub>');
    expect(html).not.toMatch(/<em>|style=|class=|<script|<span|<annotation/);
  });

  it('renders display math, $$ … $$ on lines of its own or a ```math fence, as a block', () => {
    const html = render('Sum:\n\n$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$\n\n```math\na^2 + b^2\n```\n');
    expect(html).toContain('<p>Sum:</p>\n<math display="block" alttext="\\sum_{i=1}^n i = \\frac{n(n+1)}{2}"><mrow><munderover><mo>∑</mo>');
    expect(html).toContain('<mfrac>');
    expect(html).toContain('<math display="block" alttext="a^2 + b^2"><mrow><msup><mi>a</mi><mn>2</mn></msup>');
    expect(html).not.toMatch(/<pre|<code/);
  });

  // A body with no dollar was handed to texMath only for a ```math fence at the start of a line.
  it.each([
    ['a blockquote', '> Euler:\n>\n> ```math\n> e^{i\\pi} + 1 = 0\n> ```\n'],
    ['a nested blockquote', '> > ```math\n> > e^{i\\pi} + 1 = 0\n> > ```\n'],
    ['a list item', '- ```math\n  e^{i\\pi} + 1 = 0\n  ```\n'],
    ['an ordered item with a ~~~ fence', '1. Euler:\n\n   ~~~math\n   e^{i\\pi} + 1 = 0\n   ~~~\n'],
    ['a nested list item', '- a\n  - b\n\n    ```math\n    e^{i\\pi} + 1 = 0\n    ```\n'],
    ['a list item indented by a tab', '- a\n\n\t```math\n\te^{i\\pi} + 1 = 0\n\t```\n'],
    ['a quoted list item, CRLF', '> - ```math\r\n>   e^{i\\pi} + 1 = 0\r\n>   ```\r\n'],
    ['a fence with a space before math', '> ``` math\n> e^{i\\pi} + 1 = 0\n> ```\n'],
  ])('renders a ```math fence in %s of a body with no dollar as a formula', (_, body) => {
    const html = render(body, [sanitizeHtml, texMath]);
    expect(html).toContain('<math display="block" alttext="e^{i\\pi} + 1 = 0">');
    expect(html).not.toContain('language-math');
  });

  // AstroPaper's LaTeX post writes `$$ \int_{-\infty}^{\infty} e^{-x^2} dx = \sqrt{\pi} $$`: the page showed the dollars and TeX as text.
  it('renders $$ … $$ on one line with spaces inside the dollars as display math, as Pandoc, MathJax and KaTeX read it', () => {
    const html = render('The Gaussian integral:\n\n$$ \\int_{-\\infty}^{\\infty} e^{-x^2} dx = \\sqrt{\\pi} $$\n');
    expect(html).toContain('<math display="block" alttext="\\int_{-\\infty}^{\\infty} e^{-x^2} dx = \\sqrt{\\pi}">');
    expect(html).not.toContain('$$');
  });

  it('keeps dollars in prose as the text reads without math (Pandoc rule): prices, a space inside, a digit after', () => {
    for (const prose of ['It costs $5 and $10 a month.', 'It costs $3, not $4.', 'A $ b $ c.', 'Pay $x$5 now.', 'Only $ here, and $$ there.']) {
      expect(render(`${prose}\n`)).toBe(plain(`${prose}\n`));
    }
    // Markdown between two prices still reads as Markdown, as it does with math off.
    const priced = "The $5 plan has *one* [loaf](/loaf) and `code`, the $10 plan 'two'.\n";
    expect(render(priced)).toBe(plain(priced));
    expect(render(priced)).toContain('<em>one</em> <a href="/loaf">loaf</a> and <code>code</code>');
    // A price and real math in one paragraph.
    expect(render('Flour is $3, not $4; hydration is $h = w/f$.\n')).toMatch(/^<p>Flour is \$3, not \$4; hydration is <math alttext="h = w\/f">/);
  });

  it('shows invalid TeX as its source in <code> with a visible note, in the post language, without breaking the render', () => {
    const html = render('Broken $\\frac{1$ here.\n');
    expect(html).toContain('<p>Broken <span class="math-error"><code>\\frac{1</code> <small>TeX error: ');
    expect(html).toContain("Unexpected end of input in a macro argument, expected '}'</small></span> here.</p>");
    expect(html).not.toContain('style=');
    const zh = render('---\nlang: zh\n---\n\n公式 $\\foo$ 有误。\n');
    expect(zh).toContain('<span class="math-error"><code>\\foo</code> <small>TeX 公式有误：Undefined control sequence: \\foo</small></span>');
    const block = render('$$\n\\begin{matrix}\n$$\n');
    expect(block).toContain('<div class="math-error"><pre><code>\\begin{matrix}</code></pre><p><small>TeX error: ');
  });

  it('makes no link, style, class or id from TeX (KaTeX untrusted: \\href, \\htmlStyle, \\htmlClass, \\htmlId)', () => {
    const html = render('$\\href{javascript:alert(1)}{x} \\url{https://e.com} \\htmlStyle{color:red}{y} \\htmlClass{z}{w} \\htmlId{i}{v} \\text{<script>alert(1)</script>}$\n');
    expect(html).toMatch(/^<p><span class="math-error"><code>\\href\{javascript:alert\(1\)\}\{x\} .*&lt;script&gt;.*<\/code> <small>TeX error: \\href is not rendered on this site/);
    expect(html).not.toMatch(/<math|href=|<a\b|style=|class="z"|id="i"|<script|mathcolor/);
  });

  it('gives a heading with math a plain text for its id and the table of contents (no TeX source twice)', () => {
    let text = '';
    const probe = { name: 'probe', element: { filter: ['h2'], visit: (node: never, ctx: { textContent(n: never): string }) => void (text = ctx.textContent(node)) } };
    render('## The $O(n)$ bound\n', [texMath, probe]);
    expect(text).toBe('The O(n) bound');
  });

  it('runs after the sanitizer, which still strips <math> written as HTML in a body', () => {
    const html = render('Raw <math><mi>x</mi></math> and $y$ {here}.\n', [sanitizeHtml, texMath]);
    expect(html).toBe('<p>Raw  and <math alttext="y"><mrow><mi>y</mi></mrow></math> {here}.</p>\n');
    const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
    expect(config).toMatch(/features: \{[^}]*math: true/);
    expect(config).toMatch(/mdastPlugins: \[proseDollars,/);
    expect(config).toMatch(/hastPlugins: \[sanitizeHtml, texMath,/);
    expect(MARKDOWN_PLUGIN_MODULES.some((u) => u.pathname.endsWith('/pages/_lib/tex-math.ts'))).toBe(true);
  });

  it('renders math in an .mdx post too, braces inside TeX never read as expressions', () => {
    const { code } = mdxToJs('Let $\\frac{a}{b}$ and $5 and $10.\n\n$$\nx_1\n$$\n', { features, mdastPlugins: [proseDollars], hastPlugins: [texMath], jsx: true }) as { code: string };
    expect(code).toContain('<_components.math alttext="\\frac{a}{b}">');
    expect(code).toContain('{"$5 and $"}');
    expect(code).toContain('<_components.math display="block" alttext="x_1">');
  });
});

describe('mathJaxToDollars and environments inside $$ (a $$ block holds its own \\begin…\\end)', () => {
  it.each(['aligned', 'align*', 'gathered', 'cases', 'matrix'])('leaves a $$ block whose first line is \\begin{%s} as written', (env) => {
    const source = `Text.\n\n$$\n\\begin{${env}}\nL(G, D^*) \n&= x\n\\end{${env}}\n$$\n\nAfter.`;
    expect(mathJaxToDollars(source)).toBe(source);
  });

  it('leaves an environment inside $$ on one line, or after text in the block, as written', () => {
    for (const source of ['$$\\begin{cases} a \\\\ b \\end{cases}$$', 'Let\n$$\nf = \n\\begin{matrix} a \\end{matrix}\n$$']) expect(mathJaxToDollars(source)).toBe(source);
  });

  it('still makes a bare \\begin{align} outside $$ a block, after a $$ block of the same paragraph', () => {
    expect(mathJaxToDollars('$$a^2$$ then\n\\begin{align}\na &= b\n\\end{align}')).toBe('$$a^2$$ then\n$$\n\\begin{align}\na &= b\n\\end{align}\n$$');
  });

  it('renders a $$ block opening with \\begin{aligned} as one display formula on the built page', () => {
    const html = builtHtml(mathJaxToDollars('Text.\n\n$$\n\\begin{aligned}\nL(G, D^*) \n&= x\n\\end{aligned}\n$$\n\nAfter.\n'));
    expect(html.match(/<math display="block"/g)).toHaveLength(1);
    expect(html).not.toContain('alttext=""');
    expect(html).not.toContain('<p>\\begin');
  });
});
