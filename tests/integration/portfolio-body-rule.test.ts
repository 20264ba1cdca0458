/**
 * A post whose body opens with a thematic break (`---`), as every note of a real docsify wiki
 * does once `import` has taken its `# Title` into the frontmatter (linyuxuanlin/Wiki_docsify: 47
 * of 118 notes): the portfolio read the body's `---` … `---` as a second frontmatter block and
 * dropped it, so "STM32 系统硬件电路设计" showed its last line and its links, 78 lines gone from the
 * page, its description and the search index.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

let root: string;
const page = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');

const BODY = '---\n\n## 背景\n\n在硬件学习的路上，越来越离不开软硬件结合的设计。\n\n## 电源电路\n\nSTM32 需运行在 2.0V-3.6V 的电压环境下（VDD）。\n\n---\n\n填坑中，敬请期待~\n\n## 参考与致谢\n\n* AN2586\n';

beforeAll(async () => {
  root = await makeRoot('tl-body-rule-');
  rmSync(join(root, 'content/posts'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/posts/2020'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: '林宇轩', label: '会前端开发的嵌入式开发博主', timezone: 'Asia/Shanghai', pillars: [{ id: '嵌入式', name: '嵌入式' }] },
    channels: [{ id: 'blog', name: '博客', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2020-01-01' }],
    breaks: [],
  }));
  writeFileSync(join(root, 'content/posts/2020/stm32.md'), `---\ntitle: STM32 系统硬件电路设计\nchannel: blog\nstatus: published\npillar: 嵌入式\npublishedAt: 2020-02-22T22:08:10+08:00\n---\n${BODY}`);
  writeFileSync(join(root, 'content/posts/2020/stm32-mdx.mdx'), `---\ntitle: STM32 系统硬件电路设计（MDX）\nchannel: blog\nstatus: published\npublishedAt: 2020-02-23T22:08:10+08:00\n---\n${BODY}`);
  await buildPortfolio(root);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a body that opens with a thematic break', () => {
  it.each(['stm32', 'stm32-mdx'])('shows every line on the page of %s, the opening rule as a rule', (id) => {
    const html = page(`posts/2020/${id}/index.html`);
    for (const words of ['背景', '越来越离不开软硬件结合的设计', '电源电路', '2.0V-3.6V', '填坑中']) expect(html).toContain(words);
    expect(html).toMatch(/<hr\b/);
  });
  it('is described by its opening heading and words, not by the text after the second rule', () => {
    expect(page('posts/2020/stm32/index.html')).toMatch(/<meta name="description" content="背景。在硬件学习的路上/);
  });
});

// The same real brand's home page was titled "林宇轩: 会前端开发的嵌入式开发博主", a Latin colon and space in Chinese.
describe('the home page of a Chinese brand', () => {
  it('joins the name and the label with a full-width colon', () => {
    expect(page('index.html')).toContain('<title>林宇轩：会前端开发的嵌入式开发博主</title>');
  });
});


// The same trial's search page said "找到 6 个 电源电路 的相关结果" (Pagefind's own Chinese,
// the query set off by spaces) and the tags page "还没有标签。 浏览归档" (a space after 。).
describe('the search and tags pages of a Chinese brand', () => {
  it('quotes the query with “” in the result lines, with no spaces around it', () => {
    const init = /<script>(window\.addEventListener[\s\S]*?)<\/script>/.exec(page('search/index.html'))?.[1] ?? '';
    const strings = JSON.parse(/translations:(\{[^}]*\})/.exec(init)?.[1] ?? '{}') as Record<string, string>;
    expect(strings.many_results).toBe('找到 [COUNT] 个与“[SEARCH_TERM]”相关的结果');
    expect(Object.values(strings).every((s) => !/ \[SEARCH_TERM\]|\[SEARCH_TERM\] /.test(s))).toBe(true);
  });
  it('puts no space after a full stop 。', () => {
    expect(page('tags/index.html')).toMatch(/还没有标签。<a href="\/archive\/">浏览归档<\/a>。/);
  });
});
