/**
 * The admonitions plugin in Sätteri with the portfolio's own options (astro.config.mjs): with
 * directives on, any `:name` in prose (9:30am, 时间:早上, a:b) is parsed as a text directive,
 * which Sätteri renders as nothing unless a plugin says otherwise. Every word must survive.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { admonitions, sourceLanguage } from '../../src/pages/_lib/admonitions.ts';

const render = (source: string) =>
  (markdownToHtml(source, { features: { directive: true }, mdastPlugins: [admonitions] }) as { html: string }).html;

describe('directives that are not asides keep their text', () => {
  it('colons in English and Chinese prose are text, not directives', () => {
    const html = render('Open at 9:30am. The ratio is a:b. Note:this matters. TODO:fix.\n\n时间:早上八点。比例 1:2。\n');
    expect(html).toContain('Open at 9:30am. The ratio is a:b. Note:this matters. TODO:fix.');
    expect(html).toContain('时间:早上八点。比例 1:2。');
  });

  it('an inline directive of another theme shows as written, its label still Markdown', () => {
    expect(render('The content :spoiler[is hidden **ayyy**]!\n')).toContain('The content :spoiler[is hidden <strong>ayyy</strong>]!');
    expect(render('See :abbr{title="x"} here.\n')).toContain('See :abbr{title="x"} here.');
  });

  it('a leaf directive line (Fuwari ::github{repo=…}) shows as written', () => {
    expect(render('Before.\n\n::github{repo="saicaca/fuwari"}\n\nAfter.\n')).toMatch(/<p>::github\{repo="saicaca\/fuwari"\}<\/p>/);
  });

  it('in MDX too', () => {
    const js = String((mdxToJs('Open at 9:30am, 时间:早上.\n', { features: { directive: true }, mdastPlugins: [admonitions] } as never) as { code?: string }).code ?? '');
    // MDX compiles to JSX, the text split into string children around each rebuilt part.
    for (const part of [':30am', ':早上']) expect(js).toContain(`"${part}"`);
  });

  it('asides still work beside them', () => {
    const html = render(':::tip\nAt 9:30am.\n:::\n');
    expect(html).toMatch(/<aside class="admonition admonition-tip" role="note"><p class="admonition-title">Tip<\/p>\s*<p>At 9:30am.<\/p>/);
  });
});

describe('sourceLanguage', () => {
  it('reads lang from the frontmatter only: a "lang:" line in the body above a --- thematic break is text, not a field', () => {
    expect(sourceLanguage('---\nlang: en\n---\n纯中文的正文。\n')).toBe('en');
    expect(sourceLanguage('---\n---\nlang: en\n\n---\n\n这一期的正文全是中文，讲的是开源软件和人工智能。\n')).toBe('zh');
  });
});

describe('GitHub alerts with their own title (remark-github-blockquote-alert legacyTitle)', () => {
  // TheJiahao.github.io (Astro, remark-github-blockquote-alert with legacyTitle: true) writes
  // `> [!TIP/合并 set 命令]`: 16 such alerts in 4 posts. The page showed "[!TIP/合并 set 命令]" as
  // the first words of a plain quote.
  it('is an aside of that kind titled by the text after the slash', () => {
    const html = render('> [!TIP/合并 set 命令]\n> 以上两个 `set` 命令可以合并。\n');
    expect(html).toMatch(/<aside class="admonition admonition-tip" role="note">\s*<p class="admonition-title">合并 set 命令<\/p>\s*<p>以上两个 <code>set<\/code> 命令可以合并。<\/p>\s*<\/aside>/);
    expect(html).not.toContain('[!');
  });

  it('an empty title is the kind\'s own, and the title\'s escaping stays text', () => {
    expect(render('> [!note/]\n> Text.\n')).toMatch(/<p class="admonition-title">Note<\/p>/);
    expect(render('> [!WARNING/Salt & pepper]\n> Text.\n')).toMatch(/<p class="admonition-title">Salt &amp; pepper<\/p>/);
  });

  it('a slash title alone in its paragraph, the text in the next one', () => {
    expect(render('> [!IMPORTANT/标题结构]\n>\n> 正文。\n')).toMatch(/<aside class="admonition admonition-important" role="note">\s*<p class="admonition-title">标题结构<\/p>\s*<p>正文。<\/p>\s*<\/aside>/);
  });
});

describe('Obsidian callouts (https://help.obsidian.md/callouts)', () => {
  // A real Fuwari blog written in Obsidian (XuexGao/Fuwari) opens each of its 139 posts with
  // `> [!ai] qwen/qwen3-vl-8b`, a summary box its own plugin draws: the page showed
  // "[!ai] qwen/qwen3-vl-8b" as the first words of a plain quote.
  it('a type of its own is a note titled by the text after it on the line', () => {
    const html = render('> [!ai] qwen/qwen3-vl-8b\n> 准备部署Fuwari博客需：脑力并行思考。\n');
    expect(html).toMatch(/<aside class="admonition admonition-note" role="note">\s*<p class="admonition-title">qwen\/qwen3-vl-8b<\/p>\s*<p>准备部署Fuwari博客需：脑力并行思考。<\/p>\s*<\/aside>/);
    expect(html).not.toContain('[!');
  });

  it('Obsidian\'s types are the box of the same meaning, titled by their name when the line gives none; a fold mark is dropped', () => {
    expect(render('> [!danger]\n> Hot oil.\n')).toMatch(/<aside class="admonition admonition-caution" role="note">\s*<p class="admonition-title">Danger<\/p>/);
    expect(render('> [!success]- Done\n> Text.\n')).toMatch(/<aside class="admonition admonition-tip" role="note">\s*<p class="admonition-title">Done<\/p>\s*<p>Text.<\/p>/);
    expect(render('> [!FAQ]+\n> Text.\n')).toMatch(/admonition-important" role="note">\s*<p class="admonition-title">Faq<\/p>/);
    expect(render('> [!example]\n> Text.\n')).toMatch(/admonition-note" role="note">\s*<p class="admonition-title">Example<\/p>/);
  });

  it('GitHub\'s kinds with a title after them take it; with none, the kind\'s own in the post\'s language', () => {
    expect(render('> [!WARNING] Salt & pepper\n> Text.\n')).toMatch(/admonition-warning" role="note">\s*<p class="admonition-title">Salt &amp; pepper<\/p>\s*<p>Text.<\/p>/);
    expect(render('---\nlang: zh\n---\n> [!TIP]\n> 文字。\n')).toMatch(/<p class="admonition-title">提示<\/p>/);
  });

  it('a title with markup in it is not cut in two: the box takes its kind\'s title and the line stays its text', () => {
    expect(render('> [!tip] Use `npm ci` here\n> Text.\n')).toMatch(/admonition-tip" role="note">\s*<p class="admonition-title">Tip<\/p>\s*<p>Use <code>npm ci<\/code> here\nText.<\/p>/);
  });

  it('a quote that only mentions [!x] later in its line, or a link, stays a quote', () => {
    expect(render('> See [!x] here.\n')).toMatch(/<blockquote>/);
    expect(render('> [link](https://a.example) text\n')).toMatch(/<blockquote>/);
  });
});
