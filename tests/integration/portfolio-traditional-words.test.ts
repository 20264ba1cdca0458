/**
 * The site's own words on a brand writing in Traditional Chinese (a Taipei writer's trial): her
 * posts and feeds were zh-Hant, but the navigation, headings and search said 首页, 归档, 搜索,
 * 分钟读完 and the home, archive, tag, search and about pages `lang="zh-CN"`. The same project
 * written in Simplified keeps its Simplified words and zh-CN.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { runCli } from './helpers.ts';

const POSTS = [
  ['2026/pour-over.md', '手沖咖啡的水溫', 'pour-over', '這篇文章寫我在台北家裡手沖咖啡時怎樣控制水溫，以及為什麼溫度會改變風味。', ''],
  ['2026/grinder.md', '磨豆機該怎麼選', 'gear', '選磨豆機時最重要的是研磨的均勻程度，這裡記錄我試過的幾台機器與心得。', 'lang: zh-TW\n'],
  ['2026/beans.md', '咖啡豆的保存方法', 'gear', '買回來的咖啡豆要放在陰涼的地方，開封後最好在兩週內喝完，風味才會穩定。', ''],
];

/** A project whose brand and posts are written in `script` (`t` Traditional, `s` Simplified). */
async function project(script: 't' | 's'): Promise<string> {
  const words = script === 't' ? (text: string) => text : OpenCC.Converter({ from: 'tw', to: 'cn' });
  const root = await makeRoot(`tl-words-${script}-`);
  rmSync(join(root, 'content/posts'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
  const plannerFile = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
  planner.brand = {
    ...planner.brand, name: words('林美華'), label: words('在台北寫手沖咖啡的人'), audience: words('想在家沖出好咖啡的讀者'),
    strengths: [words('咖啡')], impressions: [], language: 'zh', timezone: 'Asia/Taipei',
    pillars: [{ id: 'coffee', name: words('咖啡'), description: words('在家沖咖啡'), keywords: [words('咖啡'), words('水溫')] }],
  };
  planner.channels = [{ id: 'blog', name: words('部落格'), platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '08:00', pillars: ['coffee'] }];
  planner.breaks = [];
  planner.portfolio = { taxonomyAliases: [{ path: '/category/gear/', tag: 'gear' }] };
  writeFileSync(plannerFile, JSON.stringify(planner, null, 2));
  POSTS.forEach(([file, title, tag, body, lang], i) => {
    const frontmatter = `title: ${words(title!)}\nchannel: blog\npillar: coffee\nstatus: published\npublishedAt: 2026-09-${String(7 + 7 * i).padStart(2, '0')}\ntags: [${tag}]\n${lang}`;
    writeFileSync(join(root, 'content/posts', file!), `---\n${frontmatter}---\n\n${words(body!)}\n`);
  });
  return root;
}

const built: Record<'t' | 's', { root: string; outDir: string }> = {} as never;
beforeAll(async () => {
  for (const script of ['t', 's'] as const) built[script] = await buildPortfolio(await project(script));
}, 300_000);
afterAll(() => Promise.all(Object.values(built).map(({ root }) => rm(root, { recursive: true, force: true }))));

const read = (script: 't' | 's', path: string) => readFileSync(join(built[script].outDir, path), 'utf8');
const PAGES = ['index.html', 'archive/index.html', 'tags/index.html', 'tags/gear/index.html', 'search/index.html', 'about/index.html', '404.html'];

describe('the site words of a brand writing in Traditional Chinese', () => {
  it('tags its home, archive, tag, search, about and 404 pages zh-Hant, as its posts are', () => {
    for (const page of PAGES) expect(read('t', page), page).toMatch(/^<!DOCTYPE html><html lang="zh-Hant">/);
  });

  it('writes the navigation and the headings in Traditional characters', () => {
    const home = read('t', 'index.html');
    for (const word of ['首頁', '歸檔', '標籤', '搜尋', '關於', '最新文章', '我寫什麼']) expect(home).toContain(word);
    // The heatmap's words too (its weekdays, its label).
    for (const word of ['首页', '归档', '标签', '搜索', '关于', '我写什么', '周一', '发布的文章']) expect(home).not.toContain(word);
    expect(read('t', 'posts/2026/pour-over/index.html')).toContain('分鐘讀完');
    expect(read('t', 'posts/2026/pour-over/index.html')).not.toContain('分钟读完');
    expect(read('t', '404.html')).toContain('頁面不存在');
    expect(read('t', 'about/index.html')).toContain('寫給誰');
    const moved = read('t', 'category/gear/index.html');
    expect(moved).toMatch(/<html lang="zh-Hant">/);
    expect(moved).toContain('這個頁面已移至');
  });

  it('gives the search box and Pagefind its strings in Traditional characters', () => {
    const search = read('t', 'search/index.html');
    expect(search).toContain("aria-label','搜尋文章'");
    expect(search).toContain('相關的結果');
    expect(search).not.toContain('相关的结果');
    // Taiwan's quotation marks, as the studio writes them (“…” before).
    expect(search).toContain('找到 [COUNT] 個與「[SEARCH_TERM]」相關的結果');
    expect(read('t', 'tags/gear/index.html')).toContain('標籤「gear」下的 2 篇文章');
    // Pagefind's own strings for `zh-Hant` are its Simplified `zh` ones: the site gives them all.
    expect(search).toContain('"placeholder":"搜尋"');
    expect(search).toContain('"load_more":"載入更多結果"');
  });

  it('keeps the Simplified words and zh-CN for the same project written in Simplified', () => {
    for (const page of PAGES) expect(read('s', page), page).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    const home = read('s', 'index.html');
    for (const word of ['首页', '归档', '标签', '搜索', '关于', '我写什么']) expect(home).toContain(word);
    expect(read('s', 'posts/2026/pour-over/index.html')).toContain('分钟读完');
    expect(read('s', 'search/index.html')).toContain('相关的结果');
    expect(read('s', 'search/index.html')).not.toContain('"placeholder"');
    expect(read('s', 'category/gear/index.html')).toContain('<html lang="zh-CN">');
    expect(read('s', 'category/gear/index.html')).toContain('这个页面已移至');
  });

  it('names its public calendars’ events in Traditional characters, as `export ics` does', () => {
    // Lines unfolded: a long Chinese line is folded at 75 octets, maybe inside a word.
    const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
    const all = unfold(read('t', 'calendar.ics'));
    expect(all).toContain('X-WR-CALNAME:林美華：內容計畫\r\n');
    for (const ics of [all, unfold(read('t', 'calendar/blog.ics'))]) {
      expect(ics).toContain('SUMMARY:部落格：發佈排期（咖啡）\r\n');
      expect(ics).toContain('DESCRIPTION:內容支柱：咖啡');
      for (const word of ['发布排期', '内容支柱', '内容计划']) expect(ics).not.toContain(word);
    }
    for (const args of [['--public'], []]) {
      const cli = runCli(['export', 'ics', ...args, '--root', built.t.root, '--now', '2026-12-01T00:00:00Z']);
      expect(cli.code).toBe(0);
      expect(unfold(cli.stdout)).toContain('X-WR-CALNAME:林美華：內容計畫\r\n');
      expect(unfold(cli.stdout)).toContain('內容支柱：咖啡');
    }
    // The same project in Simplified: Simplified words, as before.
    expect(unfold(read('s', 'calendar.ics'))).toContain('SUMMARY:部落格：发布排期（咖啡）\r\n');
    expect(unfold(runCli(['export', 'ics', '--root', built.s.root, '--now', '2026-12-01T00:00:00Z']).stdout)).toContain('X-WR-CALNAME:林美华：内容计划\r\n');
  });
});
