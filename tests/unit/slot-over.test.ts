/**
 * A post not yet published planned for a slot that is over: its day is past in the channel's
 * zone and the channel no longer owes it (missed, or filled by another post). The sample's
 * planned drafts aged into such slots and no flag said so (the dashboard showed only the gap):
 * now `check` flags each, naming the next open slot to move it to.
 */
import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

/** Sun 6 Dec 2026, 12:00 in Shanghai: the Tuesday slot of 1 Dec is owed (until the 8th), that of 24 Nov is over. */
const NOW = Date.parse('2026-12-06T12:00:00+08:00');

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' }],
  breaks: [],
});

function post(id: string, data: Partial<PostFrontmatter>): Post {
  return { id, file: `content/posts/${id}.md`, body: '', data: { title: id, channel: 'blog', status: 'draft', ...data } as PostFrontmatter };
}

const slotOver = (posts: Post[], lang: 'en' | 'zh' = 'en') => buildCheckReport({ planner, posts, now: NOW, lang }).flags.filter((f) => f.kind === 'slot-over');

describe('slot-over flags', () => {
  test('flags a draft planned for a slot that is over, naming the owed slot as the one to move it to, in English and Chinese', () => {
    const posts = [post('soup', { title: 'Winter soup', plannedFor: '2026-11-24' })];
    expect(slotOver(posts)).toEqual([{
      kind: 'slot-over', severity: 'warning', post: 'soup', file: 'content/posts/soup.md', channel: 'blog', date: '2026-11-24', target: '2026-12-01',
      message: '"Winter soup" is planned for the Blog slot of 2026-11-24, which is over, so it fills no slot: publish it or move it to 2026-12-01',
      hint: 'move it to 2026-12-01: set plannedFor: 2026-12-01 (the studio does it in one click)',
    }]);
    expect(slotOver(posts, 'zh')[0]!.message).toBe('“Winter soup”计划在“Blog”2026-11-24 的排期，这个排期已经过去，它填不上任何排期：发布它，或把它移到 2026-12-01');
  });

  test('names the next slot to come when a post is planned for the owed slot already', () => {
    const posts = [post('soup', { plannedFor: '2026-11-24' }), post('owed', { plannedFor: '2026-12-01' })];
    expect(slotOver(posts).map((f) => [f.post, f.target])).toEqual([['soup', '2026-12-08']]);
  });

  test.each([
    ['the slot still owed', { plannedFor: '2026-12-01' }],
    ['a slot to come', { plannedFor: '2026-12-08' }],
    ['a published post', { plannedFor: '2026-11-24', status: 'published', publishedAt: '2026-11-24T09:00:00+08:00' }],
    ['a day that is no slot (the off-slot flag says so)', { plannedFor: '2026-11-25' }],
    ['no planned date', {}],
  ] as const)('leaves %s alone', (_what, data) => {
    expect(slotOver([post('soup', data as Partial<PostFrontmatter>)])).toEqual([]);
  });
});

describe('the slot-over flag of a yearly channel', () => {
  // Its next open slot was looked for a year ahead only: with next January's slot held, none was named.
  test('names the next open slot even when it is more than a year ahead', () => {
    const letter = PlannerSchema.parse({ ...planner, channels: [{ id: 'blog', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15', start: '2025-01-15' }] });
    // 15 Jan 2025 is over; the owed slot of 15 Jan 2026 and that of 2027 are held.
    const posts = [post('late', { plannedFor: '2025-01-15' }), post('owed', { plannedFor: '2026-01-15' }), post('next', { plannedFor: '2027-01-15' })];
    const flags = buildCheckReport({ planner: letter, posts, now: NOW, lang: 'en' }).flags.filter((f) => f.kind === 'slot-over');
    expect(flags).toMatchObject([{ post: 'late', target: '2028-01-15' }]);
  });
});
