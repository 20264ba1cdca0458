import { describe, expect, test } from 'vitest';
import { formatCheckText } from '../../src/cli/format-check.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { flagLines } from '../../src/integration/build-check-flags.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
  breaks: [],
});

const post = (i: number, lines: string, body = 'Text.') =>
  parsePostText(`---\ntitle: T${i}\nchannel: blog\nstatus: published\npublishedAt: 2024-05-0${(i % 9) + 1}\n${lines}\n---\n${body}\n`, `old/p${i}`, `content/posts/old/p${i}.md`);

/** A blog whose posts were copied in: every one keeps its tags in tagLinks only. */
const copiedIn = (n: number) => Array.from({ length: n }, (_, i) => post(i, `tagLinks: ["[rust](<../Tags/rust.md>)", "[go${i % 7}](<../Tags/go.md>)"]`));

const report = (posts: ReturnType<typeof post>[], lang: 'en' | 'zh' = 'en') => buildCheckReport({ planner, posts, now: Date.parse('2024-07-01T00:00:00Z'), lang });

describe("check's text: one block per cause", () => {
  test('says unread-tags of 179 copied-in posts once, naming the field, the tags, files and the fix, while --json keeps a flag per post', () => {
    const r = report(copiedIn(179));
    expect(r.flags.filter((f) => f.kind === 'unread-tags')).toHaveLength(179);
    const text = formatCheckText(r, planner, false, 'en');
    expect(text.match(/unread-tags/g)).toHaveLength(1);
    expect(text).toContain('content/posts/old/p0.md, content/posts/old/p1.md, content/posts/old/p2.md and 176 more\n');
    expect(text).toContain('179 posts keep tags in tagLinks that are not read (rust, go0, go1, go2, go3 and 3 more)');
    expect(text).toContain("hint: add them to each post's tags:");
  });

  test('says it once in Chinese too', () => {
    const text = formatCheckText(report(copiedIn(5), 'zh'), planner, false, 'zh');
    expect(text.match(/unread-tags/g)).toHaveLength(1);
    expect(text).toContain('content/posts/old/p0.md、content/posts/old/p1.md、content/posts/old/p2.md 等 5 个文件');
    expect(text).toContain('5 篇文章的 tagLinks 里有没被读取的标签（rust、go0、go1、go2、go3 等 6 个）');
  });

  test('keeps a block per post below three posts of one cause', () => {
    const text = formatCheckText(report(copiedIn(2)), planner, false, 'en');
    expect(text.match(/unread-tags/g)).toHaveLength(2);
    expect(text).toContain('tagLinks holds tags that are not read (rust, go1)');
  });

  test('says a message every post shares (empty-post) once, with the count', () => {
    const posts = Array.from({ length: 9 }, (_, i) => post(i, '', ''));
    const r = report(posts);
    expect(r.flags.filter((f) => f.kind === 'empty-post')).toHaveLength(9);
    const text = formatCheckText(r, planner, false, 'en');
    expect(text.match(/empty-post/g)).toHaveLength(1);
    expect(text).toContain('9 posts: is published with no text');
  });
});

describe("check's text: one block per pair of keys", () => {
  test('says a date-conflict of one pair of keys in many posts once, with the count and the keys', () => {
    const posts = Array.from({ length: 4 }, (_, i) => post(i, `date: 2023-0${i + 1}-01`));
    const r = report(posts);
    expect(r.flags.filter((f) => f.kind === 'date-conflict')).toHaveLength(4);
    const text = formatCheckText(r, planner, false, 'en');
    expect(text.match(/date-conflict/g)).toHaveLength(1);
    expect(text).toContain('4 posts give publishedAt and date with different values: publishedAt is used; delete one of them in each');
    expect(formatCheckText(report(posts, 'zh'), planner, false, 'zh')).toContain('4 篇文章的 publishedAt 与 date 不一致：用的是 publishedAt');
  });
});

describe("the build's log: one line per cause", () => {
  test('logs unread-tags of 179 copied-in posts as one warning naming three files and the count', () => {
    const lines = flagLines({ root: '/nowhere', planner, posts: copiedIn(179), now: Date.parse('2024-07-01T00:00:00Z'), lang: 'en' }).filter((l) => l.text.includes('unread-tags'));
    expect(lines).toEqual([{ level: 'warn', text: expect.stringMatching(/^content\/posts\/old\/p0\.md, content\/posts\/old\/p1\.md, content\/posts\/old\/p2\.md and 176 more: unread-tags: 179 posts keep tags in tagLinks/) }]);
  });
});
