/**
 * "Move all to the nearest slots" gives each post a slot of its own: posts planned in a break
 * declared afterwards all had the first slot after it as their nearest, and all went there, beside
 * a post already planned for it, while the slots after it stayed open. A channel with a sparse
 * cadence (yearly, monthly) had no second open slot within the year "Move all" looked at, and
 * two posts went to one slot: it now looks further, and a post with no open slot left is named
 * and stays where it was. The held-slot lookup behind the flags' targets looked a year ahead
 * only, so a slot held further off was offered as free.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SPREAD_MAX_YEARS, spreadMoves, spreadOverSlots } from '../../src/core/spread-moves.ts';
import { flagOffSlotPosts, heldSlotDays } from '../../src/core/plan-flags.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import { readProject } from '../../src/store/project.ts';
import { moveAllOffSlot } from '../../src/studio/plan/off-slot-actions.ts';

const DAYS = ['2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'];

describe('spreadMoves', () => {
  test.each([
    ['two posts with one nearest slot take it and the next', [['a', '2026-11-24', '2026-12-08'], ['b', '2026-12-01', '2026-12-08']], [], { a: '2026-12-08', b: '2026-12-15' }],
    ['a slot a post is planned for is skipped', [['a', '2026-11-24', '2026-12-08'], ['b', '2026-12-01', '2026-12-08']], ['2026-12-15'], { a: '2026-12-08', b: '2026-12-22' }],
    ['the posts keep the order they were planned in, whatever their ids', [['z', '2026-11-24', '2026-12-08'], ['a', '2026-12-01', '2026-12-08']], [], { z: '2026-12-08', a: '2026-12-15' }],
    ['a post whose own nearest slot is free keeps it', [['a', '2026-12-09', '2026-12-08'], ['b', '2026-12-16', '2026-12-15']], [], { a: '2026-12-08', b: '2026-12-15' }],
    ['a post with no target of its own takes the first free slot after its planned date', [['a', '2026-12-09', null]], ['2026-12-15'], { a: '2026-12-22' }],
  ])('%s', (_, moves, held, expected) => {
    const result = spreadMoves(moves.map(([post, date, target]) => ({ post: post!, date: date!, target: target ?? null })), DAYS, new Set(held));
    expect(Object.fromEntries(result.targets)).toEqual(expected);
    expect(result.unplaced).toEqual([]);
  });

  test('a post with no free slot after its target takes the nearest free one before it, when asked to', () => {
    const result = spreadMoves([{ post: 'a', date: '2026-12-20', target: '2026-12-29' }, { post: 'b', date: '2026-12-21', target: '2026-12-29' }], DAYS, new Set(['2026-12-22']), { orBefore: true });
    expect(Object.fromEntries(result.targets)).toEqual({ a: '2026-12-29', b: '2026-12-15' });
  });

  test('never puts two posts in one slot: a post with no free slot left is unplaced', () => {
    const result = spreadMoves([{ post: 'a', date: '2026-12-20', target: '2026-12-29' }, { post: 'b', date: '2026-12-21', target: '2026-12-29' }], DAYS, new Set());
    expect(Object.fromEntries(result.targets)).toEqual({ a: '2026-12-29' });
    expect(result.unplaced).toEqual(['b']);
  });

  test('does not take a target past the slot days it knows, whose holder it cannot see', () => {
    expect(Object.fromEntries(spreadMoves([{ post: 'a', date: '2027-01-02', target: '2027-01-05' }], DAYS, new Set(DAYS)).targets)).toEqual({});
  });
});

const NOW = Date.parse('2026-11-23T00:00:00Z');
const yearly = (cadence = 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15') => PlannerSchema.parse({
  version: 1,
  brand: { name: 'Lin', label: 'Baker', timezone: 'Asia/Shanghai', pillars: [{ id: 'bread', name: 'Bread' }] },
  channels: [{ id: 'letter', name: 'Annual letter', platform: 'newsletter', cadence, start: '2026-01-15' }],
  breaks: [],
});
const post = (id: string, data: Partial<PostFrontmatter>): Post => ({ id, file: `content/posts/${id}.md`, body: '', data: { title: id, channel: 'letter', status: 'draft', ...data } as PostFrontmatter });

describe('spreadOverSlots', () => {
  test('looks past a year for a yearly channel: the second post goes to the slot after next', () => {
    const moves = [{ post: 'a', date: '2027-01-16', target: '2027-01-15' }, { post: 'b', date: '2027-01-17', target: '2027-01-15' }];
    const result = spreadOverSlots({ planner: yearly(), posts: [post('a', { plannedFor: '2027-01-16' }), post('b', { plannedFor: '2027-01-17' })], now: NOW, channel: 'letter', moves });
    expect(Object.fromEntries(result.targets)).toEqual({ a: '2027-01-15', b: '2028-01-15' });
    expect(result.unplaced).toEqual([]);
  });

  test('skips slots held years ahead', () => {
    const posts = [post('a', { plannedFor: '2027-01-16' }), post('h1', { plannedFor: '2027-01-15' }), post('h2', { plannedFor: '2028-01-15' }), post('h3', { plannedFor: '2029-01-15' })];
    const result = spreadOverSlots({ planner: yearly(), posts, now: NOW, channel: 'letter', moves: [{ post: 'a', date: '2027-01-16', target: null }] });
    expect(Object.fromEntries(result.targets)).toEqual({ a: '2030-01-15' });
  });

  test('names the posts a cadence that ends leaves no slot for, and moves none of them beside another', () => {
    const moves = [{ post: 'a', date: '2027-01-16', target: '2027-01-15' }, { post: 'b', date: '2027-01-17', target: '2027-01-15' }];
    // The slot of 15 Jan 2026 is still owed (its window runs to the next slot): it takes the second post; a third has none.
    const three = [...moves, { post: 'c', date: '2027-01-18', target: '2027-01-15' }];
    const result = spreadOverSlots({ planner: yearly('FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15;COUNT=2'), posts: [], now: NOW, channel: 'letter', moves: three });
    expect(Object.fromEntries(result.targets)).toEqual({ a: '2027-01-15', b: '2026-01-15' });
    expect(result.unplaced).toEqual(['c']);
    expect(SPREAD_MAX_YEARS).toBeGreaterThanOrEqual(10);
  });
});

describe('heldSlotDays and the off-slot flag', () => {
  test('see a slot held more than a year ahead, so the flag does not offer it as free', () => {
    const posts = [post('x', { plannedFor: '2027-11-20' }), post('c', { plannedFor: '2028-01-15', title: 'Next letter' })];
    expect(heldSlotDays(yearly(), posts, NOW, 'letter').has('2028-01-15')).toBe(false);
    expect(heldSlotDays(yearly(), posts, NOW, 'letter', '2028-01-15').get('2028-01-15')?.id).toBe('c');
    const [flag] = flagOffSlotPosts({ planner: yearly(), posts, now: NOW });
    expect(flag).toMatchObject({ post: 'x', target: '2027-01-15', held: { date: '2028-01-15', post: 'c' } });
  });
});

describe('moveAllOffSlot', () => {
  test('moves posts planned in a break declared afterwards each to an open slot of its own, past the one already planned', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-move-all-'));
    try {
      cpSync(join(import.meta.dirname, '../fixtures/roots/basic/content'), join(root, 'content'), { recursive: true });
      const post = (name: string, plannedFor: string) =>
        writeFileSync(join(root, 'content/posts', `${name}.md`), `---\ntitle: ${name}\nchannel: blog\nstatus: draft\nplannedFor: ${plannedFor}\n---\nSoy sauce noodles.\n`);
      post('away-1', '2026-11-24');
      post('away-2', '2026-12-01');
      post('planned', '2026-12-08');
      const before = await readProject(root);
      // Back on Monday 7 December: the absence, 23 November to 6 December, declared a break afterwards.
      const planner = { ...before.planner, breaks: [...before.planner.breaks, { from: '2026-11-23', to: '2026-12-06' }] };
      writeFileSync(join(root, 'content/planner.json'), JSON.stringify(planner, null, 2));
      const moved = await moveAllOffSlot(root, planner, before.posts, Date.parse('2026-12-07T01:00:00Z'), 'blog');
      expect(moved).toEqual({ moved: ['away-1', 'away-2'], unmoved: [] });
      const after = new Map((await readProject(root)).posts.map((p) => [p.id, p.data.plannedFor]));
      expect([after.get('away-1'), after.get('away-2'), after.get('planned')]).toEqual(['2026-12-15', '2026-12-22', '2026-12-08']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
