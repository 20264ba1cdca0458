import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { createPostZoner } from '../../src/core/period-zones.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { writeDatesUnderAliases } from '../../src/core/schema/post-aliases.ts';
import { BULK_STAMP_POSTS, bulkStampedPosts, findUnshownUpdates, flagUnshownUpdates } from '../../src/core/update-stamps.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
  breaks: [],
});
const zoneOf = createPostZoner(planner);

/** A post whose frontmatter holds `lines` besides title and channel. */
function post(lines: string, name = 'a') {
  return parsePostText(`---\ntitle: T\nchannel: blog\n${lines}\n---\nText.\n`, `old/${name}`, `content/posts/old/${name}.md`);
}

describe('reading a theme post\'s update date', () => {
  test("does not read an AstroPaper post's updated: (Obsidian Linter's stamp) as its update date", () => {
    expect(post('pubDatetime: 2024-05-01T08:00:00Z\nupdated: 2026-04-13T10:00:00+08:00').data.updatedAt).toBeUndefined();
  });

  test("reads an AstroPaper post's modDatetime, and not the updated: beside it", () => {
    expect(post('pubDatetime: 2024-05-01T08:00:00Z\nmodDatetime: 2024-06-01T08:00:00Z\nupdated: 2026-04-13').data.updatedAt).toBe('2024-06-01T08:00:00Z');
  });

  test("reads only updatedDate of a post of the Astro blog template, not lastmod", () => {
    expect(post('pubDate: 2022-07-08\nlastmod: 2026-04-13').data.updatedAt).toBeUndefined();
    expect(post("pubDate: 2022-07-08\nupdatedDate: 2022-08-01\nlastmod: 2026-04-13").data.updatedAt).toBe('2022-08-01');
  });

  test.each([
    ['Hexo', 'date: 2024-05-01\nupdated: 2024-06-01'],
    ['Fuwari', 'published: 2024-05-01\nupdated: 2024-06-01'],
    ['Hugo', 'date: 2024-05-01\nlastmod: 2024-06-01'],
  ])("reads a %s post's own update key", (_, lines) => {
    expect(post(lines).data.updatedAt).toBe('2024-06-01');
  });

  test("reads Throughline's own updatedAt in an AstroPaper post", () => {
    expect(post('pubDatetime: 2024-05-01\nupdatedAt: 2024-06-01\nupdated: 2026-04-13').data.updatedAt).toBe('2024-06-01');
  });

  test("does not refuse an AstroPaper post for an updated: that is no date: it is not read", () => {
    expect(post('pubDatetime: 2024-05-01\nupdated: soon').data.updatedAt).toBeUndefined();
  });

  test("writes a new update date of an AstroPaper post under its theme's modDatetime, not into the linter's updated:", () => {
    const file = { title: 'T', channel: 'blog', pubDatetime: '2024-05-01', updated: '2026-04-13' };
    expect(writeDatesUnderAliases(file, { ...file, publishedAt: '2024-05-01', updatedAt: '2024-06-01' })).toEqual({ ...file, modDatetime: '2024-06-01' });
  });

  test("raises no date-conflict for an AstroPaper post's modDatetime and a different updated:", () => {
    const p = post('pubDatetime: 2024-05-01\nmodDatetime: 2024-06-01\nupdated: 2026-04-13');
    const report = buildCheckReport({ planner, posts: [p], now: Date.parse('2026-05-01T00:00:00Z') });
    expect(report.flags.filter((f) => f.kind === 'date-conflict')).toEqual([]);
  });
});

/** `n` Hexo posts, each published on its own day, all updated on `updated`. */
function stamped(n: number, updated: string, key = 'updated') {
  return Array.from({ length: n }, (_, i) => post(`date: 2024-0${(i % 9) + 1}-01\n${key}: ${updated}`, `p${i}`));
}

describe('findUnshownUpdates', () => {
  test(`takes one update day on ${BULK_STAMP_POSTS} posts as a bulk stamp, read in the channel's zone`, () => {
    // 20:00 UTC and 23:00 UTC of the 12th are both the 13th in Shanghai.
    const posts = [...stamped(3, '2026-04-12T20:00:00Z'), ...stamped(2, '2026-04-12T23:00:00Z').map((p) => ({ ...p, id: `x${p.id}` }))];
    const found = findUnshownUpdates(posts, zoneOf);
    expect(found).toHaveLength(5);
    expect(found[0]).toMatchObject({ reason: 'bulk', key: 'updated', day: '2026-04-13', count: 5 });
  });

  test(`does not take an update day of ${BULK_STAMP_POSTS - 1} posts as a bulk stamp`, () => {
    expect(bulkStampedPosts(stamped(BULK_STAMP_POSTS - 1, '2026-04-13'), zoneOf).size).toBe(0);
  });

  test("does not count an update dated at its own publication (Hexo's scaffold writes updated: as date:) toward a bulk day, so a real update that day stays shown", () => {
    // A Hexo blog that published 6 posts on 2020-04-01, each with updated: equal to its date (fightinggg/hexo-blog).
    const sameDay = Array.from({ length: 6 }, (_, i) => post(`date: 2020-04-01 21:3${i}:00\nupdated: 2020-04-01 21:3${i}:00`, `day${i}`));
    const edited = post('date: 2020-01-05 10:00:00\nupdated: 2020-04-01 22:00:00', 'edited');
    expect(findUnshownUpdates([...sameDay, edited], zoneOf)).toEqual([]);
  });

  test("never takes Throughline's own updatedAt as a bulk stamp: writing it shows the update", () => {
    expect(bulkStampedPosts(stamped(6, '2026-04-13', 'updatedAt'), zoneOf).size).toBe(0);
  });

  test("names an AstroPaper post's unread updated: with its theme and own key", () => {
    expect(findUnshownUpdates([post('pubDatetime: 2024-05-01\nupdated: 2026-04-13')], zoneOf)).toEqual([
      { post: 'old/a', file: 'content/posts/old/a.md', key: 'updated', reason: 'theme', theme: { name: 'AstroPaper', key: 'modDatetime' } },
    ]);
  });
});

describe('flagUnshownUpdates', () => {
  test('gives one info flag per bulk day naming the key, the day and the files, in English and Chinese', () => {
    const unshown = findUnshownUpdates(stamped(6, '2026-04-13'), zoneOf);
    const [en] = flagUnshownUpdates(unshown, 'en');
    expect(flagUnshownUpdates(unshown, 'en')).toHaveLength(1);
    expect(en).toMatchObject({ kind: 'update-not-shown', severity: 'info', file: 'content/posts/old/p0.md', field: 'updated', posts: ['old/p0', 'old/p1', 'old/p2', 'old/p3', 'old/p4', 'old/p5'] });
    expect(en!.message).toBe('updated: 6 posts (content/posts/old/p0.md, content/posts/old/p1.md, content/posts/old/p2.md and 3 more) give the same update day, 2026-04-13: a bulk stamp (a linter, a find-and-replace or a migration script), not an edit, so none shows an "Updated" line, a feed\'s modified date or the sitemap\'s lastmod');
    const [zh] = flagUnshownUpdates(unshown, 'zh');
    expect(zh!.message).toContain('6 篇文章（content/posts/old/p0.md、content/posts/old/p1.md、content/posts/old/p2.md 等 6 个文件）的更新日期都是同一天 2026-04-13');
    expect(zh!.hint).toContain('updatedAt');
  });

  test("is raised by check for AstroPaper posts with a linter's updated:", () => {
    const posts = [1, 2].map((i) => post(`pubDatetime: 2024-05-0${i}\nupdated: 2026-04-13`, `ap${i}`));
    const flags = buildCheckReport({ planner, posts, now: Date.parse('2026-05-01T00:00:00Z'), lang: 'en' }).flags.filter((f) => f.kind === 'update-not-shown');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toMatch(/^updated: not read as the update date in 2 posts \(content\/posts\/old\/ap1\.md, content\/posts\/old\/ap2\.md\): they are AstroPaper's, which dates an update with modDatetime only/);
  });
});
