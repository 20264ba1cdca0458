/**
 * The sanitizer is left out of a body only when it would change nothing (mayNeedSanitizing):
 * rendered with Astro's own Sätteri processor and this site's plugins, every body the check lets
 * through gives the same HTML (Markdown) or the same JavaScript (MDX) as with the sanitizer run,
 * and every hostile body is sanitized.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mayNeedSanitizing, sanitizeAlways, sanitizeHtml } from '../../src/integration/sanitize.ts';
import { admonitions } from '../../src/pages/_lib/admonitions.ts';
import { cjkLineBreaks } from '../../src/pages/_lib/cjk-line-breaks.ts';
import { footnoteLabels } from '../../src/pages/_lib/footnote-labels.ts';
import { htmlImages } from '../../src/pages/_lib/html-images.ts';
import { localImageUrls } from '../../src/pages/_lib/local-image-urls.ts';
import { HOSTILE_MD_BODIES, HOSTILE_MDX_BODIES, ORDINARY_HTML_BODY } from '../fixtures/hostile/body-corpus.ts';

const mdastPlugins = [cjkLineBreaks, admonitions, localImageUrls];
const withSanitizer = { features: { directive: true }, mdastPlugins, hastPlugins: [sanitizeAlways, footnoteLabels, htmlImages] };
const asBuilt = { features: { directive: true }, mdastPlugins, hastPlugins: [sanitizeHtml, footnoteLabels, htmlImages] };

/** Every Markdown construct a plain body can use, alone and together, English and Chinese. */
const CONSTRUCTS = [
  'Plain *emphasis*, **strong**, ***both***, ~~struck~~ and `code` in a line.',
  '## Second level\n\n### Third\n\n#### Fourth\n\n###### Sixth',
  'Setext second level\n-----------------',
  '- one\n- two\n  - nested\n\n1. first\n2. second\n\n3) other style',
  '- [ ] open task\n- [x] done task',
  '| Left | Centre | Right |\n| :--- | :----: | ----: |\n| a | b | c |\n| **d** | `e` | [f](https://e.com) |',
  '> A quote\n> over lines\n>\n> > nested',
  '> [!NOTE]\n> GitHub alert\n\n> [!WARNING]\n> Careful',
  ':::note\nA directive note\n:::\n\n:::tip[Named]\nWith a title\n:::',
  'Text with :abbr[a text directive] inside.',
  '[relative](../2026/other) [rooted](/posts/x) [anchor](#part) [web](https://example.com/a?b=c#d) [plain](http://e.com) [mail](mailto:a@b.c) [titled](https://e.com "A title")',
  '![alt](photo.jpg) ![with title](./pics/a.png "Title") ![remote](https://e.com/x.png) ![centered](pic.png#center)',
  'Autolinks www.example.com, https://example.com/path and someone@example.com in prose.',
  'Hard break with two spaces  \nand with a backslash\\\nend.',
  '***\n\n---\n\n___',
  'Escapes: \\*not emphasis\\*, \\[not a link\\], 1\\. not a list.',
  '红烧肉的**做法**：先把*五花肉*切块。\n焯水以后，\n加生抽和老抽。',
  '## 材料\n\n- 五花肉 500 克\n- 冰糖\n\n> 小火慢炖，耐心是关键。\n\n[外婆的菜谱](../2025/waipo) ![成品](hongshao.jpg)',
  'Smart "quotes" and \'single\' -- dashes --- and... ellipses.',
  'Colons in prose: Note: this, 9:30 am, ratio 3:1, TODO:later, 注意：火候。',
  'Emoji 🍜 and CJK punctuation「引号」、《书名》。',
];

function realPosts(): string[] {
  const dir = new URL('../fixtures/theme-corpus/brands/', import.meta.url);
  const texts: string[] = [];
  for (const name of readdirSync(dir)) {
    const brand = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
    for (const part of ['published', 'onTheme', 'offTheme']) for (const item of (brand[part] as { text: string }[]) ?? []) texts.push(item.text);
  }
  return texts;
}

const PLAIN_BODIES = [...CONSTRUCTS, CONSTRUCTS.join('\n\n'), ...realPosts()];

describe('a body the sanitizer is left out of', () => {
  test('renders to the same HTML as with the sanitizer (Astro\'s Markdown processor, Shiki included)', async () => {
    const sanitized = await createSatteriMarkdownProcessor(withSanitizer);
    const built = await createSatteriMarkdownProcessor(asBuilt);
    const skipped = PLAIN_BODIES.filter((body) => !mayNeedSanitizing(body));
    // Most real posts are plain Markdown: the test compares many bodies, not a handful.
    expect(skipped.length).toBeGreaterThan(PLAIN_BODIES.length * 0.6);
    for (const body of CONSTRUCTS) expect(mayNeedSanitizing(body), body).toBe(false);
    for (const body of skipped) expect((await built.render(body)).code, body.slice(0, 80)).toBe((await sanitized.render(body)).code);
  });

  test('an .mdx post as Astro hands it over (its frontmatter blanked to spaces) is plain too, and compiles to the same JavaScript', async () => {
    // Astro keeps positions by blanking the frontmatter: lines of spaces, which are blank lines
    // (never indented code). Taken for code, every .mdx post went through the sanitizer.
    const frontmatter = '---\ntitle: "Post 12: braise at home"\nchannel: blog\nstatus: published\npublishedAt: 2026-01-01\n---\n';
    for (const body of [CONSTRUCTS[0]!, CONSTRUCTS[16]!, CONSTRUCTS.join('\n\n')]) {
      const source = `${frontmatter.replace(/[^\n]/g, ' ')}\n${body}`;
      expect(mayNeedSanitizing(source), body.slice(0, 80)).toBe(false);
      expect((await mdxToJs(source, asBuilt)).code).toBe((await mdxToJs(source, withSanitizer)).code);
    }
    // Indented code after blank lines of spaces is still code.
    expect(mayNeedSanitizing(`${frontmatter.replace(/[^\n]/g, ' ')}\ntext\n\n    code line`)).toBe(true);
    expect(mayNeedSanitizing('text\n\n\t  code after a tab')).toBe(true);
  });

  test('compiles to the same JavaScript as with the sanitizer (MDX)', async () => {
    for (const body of PLAIN_BODIES.filter((b) => !mayNeedSanitizing(b)).slice(0, 200))
      expect((await mdxToJs(body, asBuilt)).code, body.slice(0, 80)).toBe((await mdxToJs(body, withSanitizer)).code);
  });
});

describe('a body the sanitizer is kept for', () => {
  test('every hostile body, Markdown and MDX, and author HTML', () => {
    for (const body of [...HOSTILE_MD_BODIES, ...HOSTILE_MDX_BODIES, ORDINARY_HTML_BODY]) expect(mayNeedSanitizing(body), body).toBe(true);
  });

  test.each([
    ['a script-capable link', '[a](javascript:alert(1))'],
    ['an upper-case scheme after spaces', '[a](  JavaScript:alert(1))'],
    ['a data: image', '![i](data:image/png;base64,AAAA)'],
    ['a scheme in a reference definition', '[a]\n\n[a]: vbscript:x'],
    ['a character reference that spells a scheme', '[a](java&#9;script:x)'],
    ['a control character before a scheme', '[a](\u0001javascript:x)'],
    ['a first-level heading (demoted)', '# Title\n\ntext'],
    ['headings that start at the third level (moved up)', '### 1. 安装\n\ntext\n\n#### 1.1 下载'],
    ['a sixth-level heading alone', 'text\n\n###### Aside'],
    ['a setext first-level heading', 'Title\n=====\n\ntext'],
    ['fenced code (highlighted first)', '```js\nlet a = 1;\n```'],
    ['indented code', 'text\n\n    code line'],
    ['an MDX expression', 'Sum {1 + 1}'],
    ['an MDX import', "import X from './x.astro'\n\ntext"],
    ['an HTML comment', 'text <!-- hidden -->'],
    ['a footnote', 'Text[^1]\n\n[^1]: note'],
  ])('%s', (_, body) => {
    expect(mayNeedSanitizing(body)).toBe(true);
  });

  // Each was taken for plain Markdown: the test looked for these at the start of a line only.
  test.each([
    ['a scheme in a definition in a blockquote', '> [x]: javascript:alert(1)\n\n[x]', /javascript:/],
    ['a scheme in a definition in a list item', '- [x]: javascript:alert(1)\n\n[x]', /javascript:/],
    ['a scheme in a definition whose label has a line break', '[a\nb]: javascript:alert(1)\n\n[a b]', /javascript:/],
    ['a scheme in a definition whose label has an escaped bracket', '[a\\]b]: javascript:alert(1)\n\n[a\\]b]', /javascript:/],
    ['a first-level heading in a blockquote', '> # Title', /<h1/],
    ['a first-level heading in a list item, CRLF', '- # Title\r\n- two\r\n', /<h1/],
    ['a setext first-level heading in a nested list item', '- a\n  - b\n\n    Title\n    =====', /<h1/],
    ['a third-level heading alone in a quoted list item', '> - ### Part\n\ntext', /<h3/],
    ['a third-level heading after a tab in a list item', '-\t### Part', /<h3/],
    ['a third-level heading whose only ## is code after spaces and a tab', '### Part\n\ntext\n\n  \t## code', /<h3/],
  ])('%s', async (_, body, unsafe) => {
    expect(mayNeedSanitizing(body)).toBe(true);
    expect((await (await createSatteriMarkdownProcessor(asBuilt)).render(body)).code).not.toMatch(unsafe);
  });

  test('headings that start at the third level move up to start at h2, under the page title; a body with a ## keeps its levels', async () => {
    const built = await createSatteriMarkdownProcessor(asBuilt);
    expect((await built.render('### 1. 安装\n\n#### 1.1 下载\n\n###### 注')).code).toMatch(/^<h2 id="1-安装">1. 安装<\/h2>\s*<h3 id="11-下载">1.1 下载<\/h3>\s*<h5 id="注">注<\/h5>/);
    expect((await built.render('### Lead\n\n## Part\n\n### Sub')).code).toMatch(/^<h3 id="lead">Lead<\/h3>\s*<h2 id="part">Part<\/h2>\s*<h3 id="sub">Sub<\/h3>/);
    // The footnotes heading the processor adds (an h2) neither counts nor moves.
    const noted = (await built.render('### Only\n\nText[^1]\n\n[^1]: note')).code;
    expect(noted).toMatch(/^<h2 id="only">Only<\/h2>/);
    expect(noted).toMatch(/<h2[^>]*id="footnote-label"/);
    expect(mayNeedSanitizing('## Part\n\n### Sub\n\ntext')).toBe(false);
  });

  test('a first-level heading is still demoted under the page title', async () => {
    const built = await createSatteriMarkdownProcessor(asBuilt);
    expect((await built.render('# Top\n\n## Next')).code).toMatch(/^<h2 id="top">Top<\/h2>\s*<h3 id="next">Next<\/h3>/);
  });
});
