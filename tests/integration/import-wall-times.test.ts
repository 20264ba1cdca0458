/**
 * A Shanghai designer's Fuwari post `published: 2026-09-26 21:30:00` showed 26 Sep on her old site
 * (Fuwari formats js-yaml's UTC Date with toISOString) and came in as 21:30 UTC, on 27 Sep in
 * Asia/Shanghai, in silence. Import now leaves such a time as written, read in the channel's zone
 * as the contract says (shared/interfaces.md §2), and says so in English and Chinese.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parsePostText } from '../../src/core/post-file.ts';
import { publishedLocalDate } from '../../src/core/published-at.ts';
import { emptyRoot, runCli, sourceFoldersPerTest } from './helpers.ts';

const folderOf = sourceFoldersPerTest('fuwari');
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** A project with one daily blog channel from `start` at 09:00 in `zone`, and these post files. */
function project(zone: string, start: string, posts: Record<string, string> = {}): string {
  const t = emptyRoot();
  cleanups.push(t.cleanup);
  const planner = {
    version: 1,
    brand: { name: 'Lin', label: 'A designer who draws', audience: 'Designers', strengths: ['design'], timezone: zone, pillars: [{ id: 'design', name: 'Design', description: 'Design notes', keywords: ['design'] }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=DAILY', start, time: '09:00' }],
    breaks: [],
  };
  mkdirSync(join(t.root, 'content/posts'), { recursive: true });
  writeFileSync(join(t.root, 'content/planner.json'), JSON.stringify(planner, null, 2));
  for (const [path, text] of Object.entries(posts)) {
    mkdirSync(join(t.root, 'content/posts', path, '..'), { recursive: true });
    writeFileSync(join(t.root, 'content/posts', path), text);
  }
  return t.root;
}

const missedOf = (root: string, now: string): string[] => {
  const run = runCli(['check', '--json', '--root', root, '--now', now]);
  expect([0, 1], run.stderr).toContain(run.code);
  return JSON.parse(run.stdout).channels[0].missed;
};

describe('times without an offset, imported and written by hand, keep the day their old page showed', () => {
  test('a Fuwari site: the post of 26 Sep 21:30 stays on 26 Sep in Asia/Shanghai, and the import says which zone it read the times in (EN/中文)', () => {
    const dir = folderOf({
      'astro.config.mjs': 'export default {};\n',
      'src/content/posts/moon-cakes.md': '---\ntitle: Moon cakes\npublished: 2026-09-26 21:30:00\ndescription: Drawing moon cakes\ntags: [Design]\ncategory: Notes\ndraft: false\n---\n\nI drew moon cakes.\n',
      'src/content/posts/guide/index.md': "---\ntitle: A guide\npublished: 2026-09-24\ndescription: ''\ntags: []\ncategory: ''\ndraft: false\n---\n\nHi.\n",
    });
    const root = project('Asia/Shanghai', '2026-09-23');
    const run = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', '2026-09-29T00:00:00Z']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2026/moon-cakes.md'), 'utf8')).toContain('published: 2026-09-26 21:30:00\n');
    expect(run.stderr).toContain("1 post gives a time without a UTC offset (published: 2026-09-26 21:30:00): Astro read them as UTC (its YAML parser, js-yaml, reads such an unquoted time so) and Fuwari showed each post's day in UTC (toISOString), the day as written; they are read in the blog channel's time zone (Asia/Shanghai) as written");
    expect(run.stderr).toContain('write Z after each time (published: 2026-09-26T21:30:00Z) in content/posts/2026/moon-cakes.md');
    // Its day in the channel's zone: the slot of the 26th is fulfilled, the 27th's missed.
    expect(missedOf(root, '2026-09-29T00:00:00Z')).toEqual(['2026-09-23', '2026-09-25', '2026-09-27', '2026-09-28']);

    const zh = runCli(['import', folderOf({ 'astro.config.mjs': 'export default {};\n', 'src/content/posts/lanterns.md': '---\ntitle: Lanterns\npublished: 2026-09-25 22:00:00\n---\n\nText.\n' }, 'fuwari-zh'), '--channel', 'blog', '--root', root, '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stderr).toContain('这些时间按“blog”渠道的时区（Asia/Shanghai）原样读取，因此每篇文章保留旧页面显示的日期和时间；如果它们指的是 UTC，请在 content/posts/2026/lanterns.md 中每个时间后面加上 Z（published: 2026-09-25T22:00:00Z）');
  });

  // The contract's own reading, around Europe/Berlin's clock change on Sunday 25 October 2026.
  test('check and the portfolio read an unquoted publishedAt written by hand as wall time in the channel zone, across a clock change', () => {
    const post = (title: string, at: string) => `---\ntitle: ${title}\nchannel: blog\nstatus: published\npublishedAt: ${at}\n---\n\nDesign notes.\n`;
    const posts = { '2026/sat.md': post('Saturday night', '2026-10-24 23:30:00'), '2026/sun.md': post('Sunday night', '2026-10-25 23:30:00'), '2026/fall-back.md': post('The hour twice', '2026-10-25 02:30:00') };
    const root = project('Europe/Berlin', '2026-10-23', posts);
    // As UTC instants they would fall on the 25th and the 26th: the 24th missed, the 26th filled.
    expect(missedOf(root, '2026-10-28T00:00:00Z')).toEqual(['2026-10-23', '2026-10-26', '2026-10-27']);
    // The portfolio dates each page by publishedLocalDate of the frontmatter as read (pages/_lib/site-data.ts).
    const days = Object.entries(posts).map(([path, text]) => publishedLocalDate(parsePostText(text, path, path).data.publishedAt!, 'Europe/Berlin'));
    expect(days).toEqual(['2026-10-24', '2026-10-25', '2026-10-25']);
  });
});
