import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
  breaks: [],
});

/** The date-conflict flags `check` raises for one post whose frontmatter holds `lines`. */
function conflicts(lines: string, lang: 'en' | 'zh' = 'en') {
  const post = parsePostText(`---\ntitle: T\nchannel: blog\n${lines}\n---\n`, 'hexo/a', 'content/posts/hexo/a.md');
  return buildCheckReport({ planner, posts: [post], now: Date.parse('2024-07-01T00:00:00Z'), lang }).flags.filter((f) => f.kind === 'date-conflict');
}

describe('check: a date given under two keys', () => {
  test('warns when publishedAt and date differ, naming the file, both keys and values, which is used and what to do, in English and Chinese', () => {
    const [en] = conflicts('publishedAt: 2024-05-01\ndate: 2024-06-01');
    expect(en).toMatchObject({
      kind: 'date-conflict',
      severity: 'warning',
      post: 'hexo/a',
      file: 'content/posts/hexo/a.md',
      field: 'publishedAt',
      used: { key: 'publishedAt', value: '2024-05-01' },
      ignored: { key: 'date', value: '2024-06-01' },
      message: 'publishedAt 2024-05-01 and date 2024-06-01: publishedAt is used; delete one of them',
    });
    const [zh] = conflicts('publishedAt: 2024-05-01\ndate: 2024-06-01', 'zh');
    expect(zh?.message).toBe('publishedAt 2024-05-01 与 date 2024-06-01 不一致：用的是 publishedAt；请删掉其中一个');
    expect(zh?.hint).toContain('date');
  });

  // A Hugo post gives both on purpose (the day it goes public, the day it shows); an imported blog's
  // posts each raised a warning, failing a CI gate on --fail-on warning for its ordinary frontmatter.
  test("raises nothing for Hugo's publishDate beside a date that differs, but does beside publishedAt", () => {
    expect(conflicts('date: 2024-02-14\npublishDate: 2024-02-14T08:00:00-02:00')).toEqual([]);
    expect(conflicts('date: 2024-02-01\npublishDate: 2024-03-01')).toEqual([]);
    expect(conflicts('status: published\npublishedAt: 2024-05-01\npublishDate: 2024-06-01').map((f) => f.message)).toEqual([
      'publishedAt 2024-05-01 and publishDate 2024-06-01: publishedAt is used; delete one of them',
    ]);
  });

  test.each(['updated', 'lastmod', 'modDatetime'])('warns when updatedAt and %s differ', (key) => {
    expect(conflicts(`status: draft\nupdatedAt: 2024-05-03T10:00:00+08:00\n${key}: 2024-05-04`).map((f) => f.message)).toEqual([
      `updatedAt 2024-05-03T10:00:00+08:00 and ${key} 2024-05-04: updatedAt is used; delete one of them`,
    ]);
  });

  test('warns of two aliases that differ, naming the one the reader takes (pubDatetime before date)', () => {
    expect(conflicts('pubDatetime: 2024-05-01\ndate: 2024-06-01').map((f) => f.message)).toEqual(['pubDatetime 2024-05-01 and date 2024-06-01: pubDatetime is used; delete one of them']);
  });

  test.each([
    ['the same text', 'publishedAt: 2024-05-01\ndate: 2024-05-01'],
    ['the same instant in the channel\'s zone', 'publishedAt: 2024-05-01\ndate: 2024-05-01T00:00:00+08:00'],
    ["Jekyll's spaced offset for the same instant", 'publishedAt: 2015-03-01T19:00:00+08:00\ndate: 2015-03-01 12:00:00 +0100'],
    ['an alias alone', 'date: 2024-05-01\nupdated: 2024-05-02'],
    ["Jekyll's published: false beside publishedAt", 'status: draft\npublishedAt: 2024-05-01\npublished: false'],
  ])('raises nothing for %s', (_, lines) => {
    expect(conflicts(lines)).toEqual([]);
  });
});

describe('check: a date given under two keys, in a period kept in another zone', () => {
  // The blog was kept in Los Angeles until 2024-06-01, then in Shanghai (the brand's zone).
  const moved = PlannerSchema.parse({
    ...planner,
    channels: [{ ...planner.channels[0]!, start: '2024-06-01', history: [{ cadence: 'FREQ=WEEKLY', start: '2024-01-01', timezone: 'America/Los_Angeles' }] }],
  });
  const flags = (lines: string) =>
    buildCheckReport({ planner: moved, posts: [parsePostText(`---\ntitle: T\nchannel: blog\n${lines}\n---\n`, 'hexo/a', 'content/posts/hexo/a.md')], now: Date.parse('2024-07-01T00:00:00Z'), lang: 'en' }).flags.filter((f) => f.kind === 'date-conflict');

  test.each([
    ['a plain date', 'publishedAt: 2024-03-01\ndate: 2024-03-01T08:00:00Z'],
    ['a date-time without offset', 'publishedAt: 2024-03-01T10:00:00\ndate: 2024-03-01T18:00:00Z'],
  ])("reads %s in that period's zone: the same instant there raises nothing", (_, lines) => {
    expect(flags(lines)).toEqual([]);
  });

  test("reads a date of the current period in the channel's zone (the same instants differ there)", () => {
    expect(flags('publishedAt: 2024-06-10T10:00:00\ndate: 2024-06-10T17:00:00Z').map((f) => f.ignored.key)).toEqual(['date']);
    expect(flags('publishedAt: 2024-06-10T10:00:00\ndate: 2024-06-10T02:00:00Z')).toEqual([]);
  });
});
