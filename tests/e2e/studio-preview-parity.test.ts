/**
 * The editor's preview shows a draft as the built page will: TeX math as MathML, a code block's
 * name as its caption, no empty "目录" marker, and emphasis as the post's language draws it (dots
 * under Chinese, italics for Latin words, whatever the studio's own language). KaTeX is loaded
 * only for a draft with math: a draft without a dollar never asks for it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const FENCE = '```';
const MATH = `面团的含水率是 $h = \\frac{m_w}{m_f}$，一袋面粉卖 $3 或 $4。

$$
W = \\sum_{i=1}^{n} h \\, m_{f,i}
$$

## 目录

## 做法

${FENCE}js title="hydration.js"
const h = w / f;
${FENCE}

这里有*Latin words*和*重点*，还有**_pubDatetime_**字段。
`;

// A WeChat article pasted as HTML, with what the page's sanitizer removes from a body.
const WECHAT = `<section><p>第一段<strong>重点</strong></p><p>第二段</p></section>

<script>window.ran = 1</script>

<img src="x.png" onerror="window.ran = 2"> <a href="javascript:window.ran=3">go</a>

<iframe srcdoc="<script>parent.ran = 4</script>"></iframe>

<style>main { display: none }</style>

<svg onload="window.ran = 5"><script>window.ran = 6</script></svg>
`;

beforeAll(() => {
  const drafts = join(session.studio.root, 'content/posts/drafts');
  writeFileSync(join(drafts, 'preview-math.md'), `---\ntitle: 含水率\nchannel: blog\nstatus: draft\n---\n\n${MATH}`);
  writeFileSync(join(drafts, 'preview-hant.md'), '---\ntitle: 凍頂烏龍\nchannel: blog\nstatus: draft\n---\n\n凍頂烏龍茶產自南投鹿谷，經過團揉與焙火，茶湯醇厚。\n');
  writeFileSync(join(drafts, 'preview-wechat.md'), `---\ntitle: 公众号文章\nchannel: blog\nstatus: draft\n---\n\n${WECHAT}`);
  writeFileSync(join(drafts, 'preview-plain.md'), '---\ntitle: Plain words\nchannel: blog\nstatus: draft\n---\n\nNo formulas in this one, only words.\n');
});

describe("the editor's preview, as the built page", () => {
  test('a draft without a dollar never loads KaTeX, even while typing', async () => {
    const asked: string[] = [];
    session.page.on('request', (request) => asked.push(request.url()));
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/preview-plain`);
    await session.page.locator('#body').press('End');
    await session.page.locator('#body').pressSequentially(' More *words*.');
    await expect.poll(() => session.page.locator('#preview em').count()).toBe(1);
    session.page.removeAllListeners('request');
    expect(asked.filter((url) => /katex/i.test(url))).toEqual([]);
    expect(await session.page.locator('#preview').getAttribute('lang')).toBe('en');
  });

  test('shows math, code names, no empty contents marker and emphasis in the post language, on load and while typing', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/preview-math`);
    const preview = session.page.locator('#preview');
    expect(await preview.getAttribute('lang')).toBe('zh-CN');
    expect(await preview.locator('math').count()).toBe(2);
    expect(await preview.locator('math[display="block"]').getAttribute('alttext')).toBe('W = \\sum_{i=1}^{n} h \\, m_{f,i}');
    expect(await preview.textContent()).toContain('一袋面粉卖 $3 或 $4。');
    expect(await preview.locator('figure.code-figure > figcaption.code-title').textContent()).toBe('hydration.js');
    expect(await preview.locator('h2').allTextContents()).toEqual(['做法']);
    expect(await preview.locator('strong > em[lang="en"]').textContent()).toBe('pubDatetime');
    // Polled: the preview is drawn again when KaTeX arrives (PostEditorScript), and an element
    // replaced between finding it and reading its style reads '' (a busy CI machine saw it).
    const style = (text: string) => preview.locator('em', { hasText: text }).evaluate((em) => [getComputedStyle(em).fontStyle, getComputedStyle(em).textEmphasisStyle]);
    await expect.poll(() => style('Latin words')).toEqual(['italic', 'none']);
    await expect.poll(async () => (await style('重点'))[0]).toBe('normal');
    await expect.poll(async () => (await style('重点'))[1]).not.toBe('none');

    await session.page.locator('#body').press('Control+End');
    await session.page.locator('#body').pressSequentially('\n最后 $y_1$。');
    await expect.poll(() => preview.locator('math').count()).toBe(3);
    expect(await preview.locator('math').last().getAttribute('alttext')).toBe('y_1');
  });

  // A Taipei writer's trial (2026-12-07): a draft in Traditional characters was previewed as
  // zh-CN, drawn with Simplified glyph shapes, while its built page is zh-Hant.
  test('is zh-Hant for a draft in Traditional characters, on load and while typing', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/preview-hant`);
    const preview = session.page.locator('#preview');
    expect(await preview.getAttribute('lang')).toBe('zh-Hant');
    await session.page.locator('#body').press('Control+End');
    await session.page.locator('#body').pressSequentially('\n\n這是*重點*。');
    await expect.poll(() => preview.locator('em').count()).toBe(1);
    expect(await preview.getAttribute('lang')).toBe('zh-Hant');
  });

  // The page's own plugins (pages/_lib/body-fixes.ts) run in the browser too: before, the preview
  // showed an empty heading and a link with no text that the page leaves out.
  test('leaves out an empty heading and a link with nothing to click, on load and while typing', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/preview-plain`);
    await session.page.locator('#body').press('Control+End');
    const saved = session.page.waitForResponse((r) => r.url().endsWith('/studio/api/autosave') && (r.request().postData() ?? '').includes('this.'), { timeout: 0 });
    await session.page.locator('#body').pressSequentially('\n\n## [](#c-nunit)C＃NUnit\n\n#####\n\nSee [ ](https://example.com) this.');
    const preview = session.page.locator('#preview');
    await expect.poll(() => preview.textContent()).toContain('See  this.');
    expect(await preview.locator('h2').allTextContents()).toEqual(['C＃NUnit']);
    expect(await preview.locator('h5').count()).toBe(0);
    expect(await preview.locator('a').count()).toBe(0);
    // Drawn by the server from the saved file.
    await saved;
    await session.page.reload();
    expect(await preview.textContent()).toContain('C＃NUnit');
    expect(await preview.locator('h5, a').count()).toBe(0);
  });

  test('bolds what CommonMark leaves as asterisks in Chinese text, as the page does, while typing', async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/preview-plain`);
    await session.page.locator('#body').press('Control+End');
    await session.page.locator('#body').pressSequentially('\n\n**太阳能供电。**自给自足，请按**「确定」**按钮。');
    const preview = session.page.locator('#preview');
    await expect.poll(() => preview.locator('strong').allTextContents()).toEqual(['太阳能供电。', '「确定」']);
    expect(await preview.textContent()).not.toContain('**');
  });

  // A user's trial (2026-12-07): a WeChat article's HTML showed as escaped tags, the page renders it.
  test("shows a body's raw HTML as the page does, and nothing of it that runs, on load and while typing", async () => {
    await session.page.goto(`${session.studio.url}/studio/drafts/drafts/preview-wechat`);
    const preview = session.page.locator('#preview');
    const hostile = () => preview.locator('script, style, iframe, svg, [onerror], [onload], [href^="javascript"]').count();
    expect(await preview.locator('section > p').allTextContents()).toEqual(['第一段重点', '第二段']);
    expect(await hostile()).toBe(0);
    await session.page.locator('#body').press('Control+End');
    await session.page.locator('#body').pressSequentially('\n<p onclick="window.ran = 7"><em>新</em>段</p> <img src=y onerror=window.ran=8>\n');
    await expect.poll(() => preview.locator('p > em').allTextContents()).toEqual(['新']);
    expect(await hostile()).toBe(0);
    expect(await preview.locator('[onclick]').count()).toBe(0);
    expect(await session.page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
  });
});
