import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { stripMarkdown } from '../../src/core/theme/strip-markdown.ts';
import { plainTextOf } from '../../src/pages/_lib/excerpt.ts';
import { proseTags, unclosedOpener } from '../../src/pages/_lib/prose-tags.ts';
import { readingMinutes } from '../../src/pages/_lib/reading-time.ts';

const page = async (source: string) => (await markdownToHtml(source, { mdastPlugins: [proseTags], hastPlugins: [sanitizeHtml] })).html;

// A sentence of a real post (hh54188's performance-metric-crisis): everything after <script> was gone from the page.
const REAL = '你可能听说过在 <script> 标签上添加 async 或者 defer 属性来异步的加载和执行脚本。但这则方案不一定适用于所有页面。';

describe('a tag written in prose as text (prose-tags.ts)', () => {
  test('shows an unclosed <script> in a Chinese or English sentence as text, with the rest of its paragraph', async () => {
    expect(await page(`${REAL}\n\n下一段`)).toBe('<p>你可能听说过在 &lt;script&gt; 标签上添加 async 或者 defer 属性来异步的加载和执行脚本。但这则方案不一定适用于所有页面。</p>\n<p>下一段</p>\n');
    expect(await page('Put a <style> in the head, then **the rest**.')).toBe('<p>Put a &lt;style&gt; in the head, then <strong>the rest</strong>.</p>\n');
  });

  test('the whole kind: raw-text elements and those the sanitizer removes with their content, in prose and starting a block', async () => {
    for (const tag of ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template', 'object', 'select', 'button', 'svg', 'math']) {
      const html = await page(`a <${tag}> b c\n\nnext`);
      expect(html, tag).toBe(`<p>a &lt;${tag}&gt; b c</p>\n<p>next</p>\n`);
    }
    // A line starting with <script> or <!-- opens an HTML block that only its closing tag ends: before, the rest of the post was gone.
    expect(await page('<script> 标签是什么\n\n## 标题\n\n- **要点**')).toBe('<p>&lt;script&gt; 标签是什么</p>\n<h2>标题</h2>\n<ul>\n<li><strong>要点</strong></li>\n</ul>\n');
    expect(await page('<!-- 注释没有结束\n\n## 标题\n\n正文')).toBe('<p>&lt;!-- 注释没有结束</p>\n<h2>标题</h2>\n<p>正文</p>\n');
  });

  test('a real script, style or comment (closed) still never reaches the page', async () => {
    const html = await page('Noodles <script>alert(3)</script> after <style>p{}</style>\n\n<script>\nalert(1)\n</script>\n\n<!-- note -->\n\n<svg>\n\n<rect/>\n\n</svg>\n\n<script src="x.js">\n\nlater\n\n</script>\n\nend');
    expect(html).not.toMatch(/<script|alert|p\{\}|note|svg|rect|later|x\.js/);
    expect(html).toContain('<p>Noodles  after </p>');
    expect(html).toContain('<p>end</p>');
  });

  test('unclosedOpener names the tag that nothing after it closes', () => {
    expect(unclosedOpener('<script>', ' text')).toBe('script');
    expect(unclosedOpener('<script>', 'x</SCRIPT >')).toBeNull();
    expect(unclosedOpener('<svg/>', '')).toBeNull();
    expect(unclosedOpener('<script src="a.js"/>', '')).toBe('script');
    expect(unclosedOpener('<!-- a', '')).toBe('!--');
    expect(unclosedOpener('<!-- a -->', '')).toBeNull();
    expect(unclosedOpener('<kbd>', '')).toBeNull();
  });

  test('the description and reading time read what the page shows', () => {
    const rest = '后面的文字。'.repeat(400);
    const body = `浏览器遇到<script>标签时会暂停解析。${rest}\n\n## 小结\n\n${rest}`;
    // The tag itself is markup, as tag-like text is in a description: never `<script` in a page's meta tags.
    expect(plainTextOf(body)).toContain('浏览器遇到标签时会暂停解析。后面的文字。');
    expect(plainTextOf(body)).not.toContain('<');
    expect(plainTextOf(body)).toContain('小结');
    expect(readingMinutes(body)).toBe(readingMinutes(body.replace('<script>', '脚本')));
    expect(plainTextOf('<script> 标签是什么\n\n## 标题\n\n正文')).toMatch(/标签是什么.*标题.*正文/);
    // A closed script's content is still no prose.
    expect(plainTextOf('a <script>alert(1)</script> b')).toBe('a b.');
  });

  describe('an HTML block in a quote or a list: closed or not as CommonMark reads what follows it', () => {
    // Each: the post, whether the page shows the block's tag as text and the heading after it.
    test.each([
      ['in a quote, closed nowhere', '> <script> 标签是什么\n\n## 标题\n', true],
      ['in a list item, closed nowhere', '- <script> 标签是什么\n\n## 标题\n', true],
      // The same first line earlier in the post, closed there: the source search found that </script>.
      ['in a quote, its first line closed earlier in the post', '<script> 标签是什么</script>\n\n> <script> 标签是什么\n\n## 标题\n', true],
      // An indented `</script>` after the list is code, which no browser reads as a tag.
      ['in a list item, "closed" by a code block', '- <script> 标签是什么\n\n## 标题\n\n    </script>\n', true],
      ['in a quote, "closed" by a code block', '> <script> 标签是什么\n\n```\n</script>\n```\n\n## 标题\n', true],
      ['in a quote, closed after it', '> <script> 标签是什么\n\n<p>before</p></script>\n\n## 标题\n', false],
      ['in a list item, closed in the quote after it', '- <script> 标签是什么\n\n> a </script> b\n\n## 标题\n', false],
    ])('%s', async (_, post, prose) => {
      const html = await page(post);
      // As text: the tag and its words shown, the heading after them too; closed: a script, gone with its words.
      expect(html.includes('&lt;script&gt; 标签是什么'), html).toBe(prose);
      expect(html.includes('标签是什么'), html).toBe(prose);
      if (prose) expect(html).toContain('<h2>标题</h2>');
      // The theme's words and the description read it as the page shows it.
      expect(/标签是什么/.test(stripMarkdown(post)), 'theme').toBe(prose);
      expect(/标签是什么/.test(plainTextOf(post)), 'description').toBe(prose);
    });
  });

  // helper-169 saw "<script> xmore": the tag had joined the item's paragraphs into one HTML block, so
  // the item stayed tight and its paragraphs ran together, sentence into sentence.
  test('in a list item, paragraphs a blank line parts stay paragraphs, as with the tag escaped; a tight item stays tight', async () => {
    for (const [post, escaped] of [
      ['- <script> x\n\n  more\n- two\n', '- \\<script> x\n\n  more\n- two\n'],
      ['1. a\n2. <style> is a tag\n\n   More text.\n', '1. a\n2. \\<style> is a tag\n\n   More text.\n'],
      ['- <script> x\n  more\n- two\n', '- \\<script> x\n  more\n- two\n'],
    ]) {
      expect(await page(post), post).toBe(await page(escaped));
    }
    expect(await page('- <script> x\n\n  more\n')).toContain('<p>&lt;script&gt; x</p>\n<p>more</p>');
    expect(stripMarkdown('- <script> x\n\n  more\n')).toMatch(/x\s+more/);
  });

  test('a second such block, in the Markdown read again, is read again too', async () => {
    const post = '<script> 第一个\n\n<style> 第二个\n\n## 标题\n';
    expect(await page(post)).toBe('<p>&lt;script&gt; 第一个</p>\n<p>&lt;style&gt; 第二个</p>\n<h2>标题</h2>\n');
    expect(stripMarkdown(post)).toMatch(/第一个\s+第二个\s+标题/);
    expect(plainTextOf(post)).toMatch(/第一个.*第二个.*标题/);
  });
});

// daichangya/hexo-blog's Java-Web-gao-xing-neng-kai-fa: "程序都只要 <img src=”a.jpg”>，无需关心…", pasted from a
// page that showed the tag as text: the page made it a broken image, and the build stopped looking for "”a.jpg”".
describe('a tag pasted in prose with typographic quotes (prose-tags.ts isPastedTag)', () => {
  test('is shown as text, as its author meant; the same tag with straight quotes is HTML', async () => {
    expect(await page('程序都只要 <img src=”a.jpg”>，无需关心地址。')).toBe('<p>程序都只要 &lt;img src=”a.jpg”&gt;，无需关心地址。</p>\n');
    // Its closing tag with it: alone, the browser dropped it.
    expect(await page('Write <span class=”x”>the word</span> so.')).toBe('<p>Write &lt;span class=”x”&gt;the word&lt;/span&gt; so.</p>\n');
    expect(await page('Straight: <img src="https://example.org/a.jpg"> here.')).toContain('<img src="https://example.org/a.jpg">');
  });

  test('is no word of the description or the theme, and the text around it is', () => {
    const text = plainTextOf('程序都只要 <img src=”a.jpg”>，无需关心地址。');
    expect(text).toContain('程序都只要');
    expect(text).toContain('无需关心地址');
    expect(text).not.toContain('img');
    expect(stripMarkdown('程序都只要 <img src=”a.jpg”>，无需关心地址。')).toContain('无需关心地址');
  });
});
