import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT, runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const FIXTURE_ROOT = join(PROJECT, 'tests/fixtures/roots/import-basic');
const newRoot = tempRootsPerTest();
const sourceFolder = sourceFoldersPerTest('old-blog');

/** A fresh project whose brand is `brand` (merged over the fixture's). */
function rootWithBrand(brand: Record<string, unknown>): string {
  const root = newRoot(FIXTURE_ROOT);
  const file = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...planner, brand: { ...planner.brand, ...brand } }, null, 2));
  return root;
}

const CHINESE = {
  'a.md': '---\ntitle: Go 每日一库之 cobra\ndate: 2020-01-17\n---\n\n今天我们来介绍一个命令行程序库，它让写一个子命令丰富的程序变得很简单。\n',
  'b.md': '---\ntitle: 深入理解 Go 的接口\ndate: 2020-02-03\n---\n\n接口是 Go 语言里最重要的抽象，这篇文章从源码讲起。\n',
  'c.md': '---\ntitle: Redis 源码阅读：字典\ndate: 2020-03-09\n---\n\n字典是 Redis 里用得最多的数据结构之一，我们一起来读它的实现。\n',
  'd.md': '---\ntitle: Notes on Go modules\ndate: 2020-04-01\n---\n\nA short English note on how Go modules pick a version.\n',
};

// A real Hugo blog of 124 Chinese posts, moved under a brand named "Dajun", labelled "Go": the
// portfolio's menus and labels were English, guessed from those two words, without a word said.
describe("import's note on the brand's language", () => {
  test('says once, in English and Chinese, that most posts are in Chinese and how to set brand.language', () => {
    const root = rootWithBrand({ name: 'Dajun', label: 'Go', audience: '' });
    const dir = sourceFolder(CHINESE);
    const en = runCli(['import', dir, '--channel', 'blog', '--dry-run', '--root', root]);
    expect(en.code).toBe(0);
    const line = `throughline: content/planner.json: 3 of 4 published posts are in Chinese, but the brand's name, label and audience ("Dajun", "Go") read as English, so the portfolio's menus, dates and labels are in English: set "language": "zh" in its "brand" (or Language of the site on the studio's Brand page) to have them in Chinese`;
    expect(en.stderr).toContain(line);
    expect(en.stderr.split(line).length).toBe(2);
    const zh = runCli(['import', dir, '--channel', 'blog', '--root', root], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('4 篇已发布的文章中有 3 篇是中文，但品牌的名字、定位标签和受众（"Dajun"、"Go"）读作英文，所以作品集的菜单、日期和标签是英文：在它的 "brand" 里写上 "language": "zh"');
    // The import leaves the choice to the author: planner.json gets no language.
    expect(JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')).brand.language).toBeUndefined();
  });

  test('says it for a feed too', () => {
    const root = rootWithBrand({ name: 'Dajun', label: 'Go', audience: '' });
    const items = Object.entries(CHINESE)
      .map(([name, text], i) => {
        const [, title, , body] = /title: (.*)\n(date: .*)\n---\n\n([\s\S]*)/.exec(text)!;
        return `<item><title>${title}</title><link>https://dj.example.com/${name}</link><pubDate>Fri, 0${i + 1} Mar 2024 12:00:00 GMT</pubDate><description>${body!.trim()}</description></item>`;
      })
      .join('\n');
    const feed = join(root, 'feed.xml');
    writeFileSync(feed, `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>DJ</title><link>https://dj.example.com/</link><description>d</description>\n${items}\n</channel></rss>\n`);
    const run = runCli(['import', feed, '--channel', 'blog', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('3 of 4 published posts are in Chinese, but the brand\'s name, label and audience ("Dajun", "Go") read as English');
  });

  test.each([
    ['brand.language is set, even to English', { name: 'Dajun', label: 'Go', audience: '', language: 'en' }, CHINESE],
    ["the brand's words read as the posts' language", { name: '大军', label: 'Go 语言开发者', audience: '写 Go 的程序员' }, CHINESE],
    ['most posts are in the language of the brand', { name: 'Dajun', label: 'Go', audience: '' }, { 'd.md': CHINESE['d.md'], 'e.md': CHINESE['d.md'].replace('modules', 'workspaces'), 'a.md': CHINESE['a.md'] }],
  ])('says nothing when %s', (_when, brand, files) => {
    const run = runCli(['import', sourceFolder(files), '--channel', 'blog', '--dry-run', '--root', rootWithBrand(brand)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('dry run');
    expect(run.stderr).not.toContain('published posts are in');
  });
});
