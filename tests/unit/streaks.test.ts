import { describe, expect, test } from 'vitest';
import { BreakSchema, ChannelSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import type { Slot } from '../../src/core/slot.ts';
import { expandChannelSlots } from '../../src/core/slots.ts';
import { computeChannelStats } from '../../src/core/streaks.ts';
import { addDays, formatZonedISO, zonedToEpoch } from '../../src/core/zoned-time.ts';

function makeSlots(dates: string[], zone: string, opts: { time?: string; breaks?: string[] } = {}): Slot[] {
  return dates.map((date) => {
    const epoch = zonedToEpoch(date, opts.time ?? '09:00', zone);
    return { channel: 'blog', date, epoch, start: formatZonedISO(epoch, zone), zone, onBreak: (opts.breaks ?? []).includes(date) };
  });
}

let nextId = 0;
function makePost(fields: Record<string, unknown>): Post {
  const id = `2026/post-${nextId++}`;
  const data = PostFrontmatterSchema.parse({ title: id, channel: 'blog', status: 'published', ...fields });
  return { id, file: `content/posts/${id}.md`, data, body: '' };
}

const published = (publishedAt: string | Date) => makePost({ publishedAt });

function stats(dates: string[], zone: string, posts: Post[], now: string, opts: { breaks?: string[]; time?: string } = {}) {
  return computeChannelStats({ channelId: 'blog', slots: makeSlots(dates, zone, opts), posts, zone, now: Date.parse(now) });
}

// Mon, Wed, Fri, Mon, Wed: the windows are Mon-Tue, Wed-Thu, Fri-Sun, Mon-Tue, Wed-...
const WEEK = ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-09', '2026-03-11'];

describe('computeChannelStats in zones far from UTC', () => {
  test('a post just after local midnight in Pacific/Auckland fills the slot of that local day, not of the UTC day', () => {
    // 2026-03-04 00:30 in Auckland (UTC+13) is 2026-03-03T11:30Z: the UTC day belongs to the Monday window.
    const s = stats(WEEK, 'Pacific/Auckland', [published('2026-03-03T11:30:00Z')], '2026-03-10T12:00:00+13:00');
    expect(s.missed).toEqual(['2026-03-02', '2026-03-06']);
    expect(s.fulfilled).toBe(1);
  });

  test('a late-evening post in Pacific/Honolulu stays in the local day although the UTC day has moved on', () => {
    // Tuesday 2026-03-03 20:00 in Honolulu (UTC-10) is Wednesday 06:00Z: it fills the Monday window.
    const s = stats(WEEK, 'Pacific/Honolulu', [published('2026-03-03T20:00:00-10:00')], '2026-03-10T12:00:00-10:00');
    expect(s.missed).toEqual(['2026-03-04', '2026-03-06']);
  });

  test.each([
    ['a plain date', '2026-03-04'],
    ['a date-time without offset, read in the channel zone', '2026-03-04T00:10'],
    ['a date-time with a space and seconds but no offset', '2026-03-04 23:59:59'],
    ['a date-time with the zone offset', '2026-03-04T00:30:00+08:00'],
    ['a date-time in Z that is the previous UTC day', '2026-03-03T16:30:00Z'],
    ['a Date at UTC midnight as YAML makes of an unquoted date', new Date('2026-03-04T00:00:00Z')],
    ['a Date instant as YAML makes of an unquoted date-time', new Date('2026-03-03T17:00:00+00:00')],
  ])('in Asia/Shanghai %s fills the Wednesday slot', (_name, publishedAt) => {
    const s = stats(WEEK, 'Asia/Shanghai', [published(publishedAt)], '2026-03-10T12:00:00+08:00');
    expect(s.missed).toEqual(['2026-03-02', '2026-03-06']);
  });

  test('a date-time without offset is the wall time of the channel zone, not of the host', () => {
    const s = stats(WEEK, 'Pacific/Honolulu', [published('2026-03-03T23:30:00')], '2026-03-10T12:00:00-10:00');
    expect(s.missed).toEqual(['2026-03-04', '2026-03-06']);
  });
});

describe('computeChannelStats across DST changes', () => {
  const days = ['2026-03-07', '2026-03-08', '2026-03-09'];

  test('posts at the edges of the spring-forward day in America/New_York land on their local days', () => {
    const posts = [published('2026-03-08T00:00:00-05:00'), published('2026-03-09T23:59:00-04:00')];
    const s = stats(days, 'America/New_York', posts, '2026-03-10T12:00:00-04:00');
    expect(s.missed).toEqual(['2026-03-07']);
    expect(s.pending).toEqual({ date: '2026-03-09', start: '2026-03-09T09:00:00-04:00', filled: true });
  });

  test('an offset-form post before a DST change does not lend its offset to one after it', () => {
    const march = ['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11'];
    // 00:30 EDT on 2026-03-10 is 23:30 EST on 2026-03-09: only the new offset gives the right day.
    const posts = [published('2026-03-05T12:00:00Z'), published('2026-03-10T04:30:00Z')];
    const s = stats(march, 'America/New_York', posts, '2026-03-11T12:00:00-04:00');
    expect(s.missed).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']);
  });

  test('an instant in the repeated hour of the fall-back night counts for that local day', () => {
    const fall = ['2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03'];
    // 01:30 EST, the second 01:30 of 2026-11-01.
    const s = stats(fall, 'America/New_York', [published('2026-11-01T06:30:00Z')], '2026-11-03T12:00:00-05:00');
    expect(s.missed).toEqual(['2026-10-31', '2026-11-02']);
  });

  test('a plain date in America/Santiago, where the DST jump skips midnight, is still that local day', () => {
    const chile = ['2026-09-05', '2026-09-06', '2026-09-07'];
    const s = stats(chile, 'America/Santiago', [published('2026-09-06')], '2026-09-08T12:00:00-03:00');
    expect(s.missed).toEqual(['2026-09-05']);
    expect(s.fulfilled).toBe(1);
  });
});

describe('computeChannelStats with breaks', () => {
  test('break slots are not expected and neither break nor extend a streak', () => {
    const posts = [published('2026-03-02'), published('2026-03-06'), published('2026-03-09')];
    const s = stats(WEEK, 'Asia/Shanghai', posts, '2026-03-12T12:00:00+08:00', { breaks: ['2026-03-04'] });
    expect(s).toMatchObject({ expected: 3, fulfilled: 3, missed: [], currentStreak: 3, longestStreak: 3, consistency: 1 });
  });

  test('a post inside a break slot window fulfils nothing and does not carry over to the next slot', () => {
    const s = stats(WEEK, 'Asia/Shanghai', [published('2026-03-05')], '2026-03-12T12:00:00+08:00', { breaks: ['2026-03-04'] });
    expect(s.missed).toEqual(['2026-03-02', '2026-03-06', '2026-03-09']);
    expect(s.days.find((d) => d.date === '2026-03-04')).toEqual({ date: '2026-03-04', state: 'break', posts: 0 });
  });

  test('the next slot skips slots on a break', () => {
    const s = stats(WEEK, 'Asia/Shanghai', [], '2026-03-07T12:00:00+08:00', { breaks: ['2026-03-09'] });
    expect(s.nextSlot).toBe('2026-03-11T09:00:00+08:00');
  });
});

describe('computeChannelStats for the pending slot', () => {
  const now = '2026-03-10T12:00:00+08:00'; // in the window of 2026-03-09, which is pending

  test('a filled pending slot counts as due and fulfilled and extends the current streak', () => {
    const posts = ['2026-03-02', '2026-03-04', '2026-03-06', '2026-03-10'].map(published);
    const s = stats(WEEK, 'Asia/Shanghai', posts, now);
    expect(s).toMatchObject({ expected: 4, fulfilled: 4, missed: [], currentStreak: 4, longestStreak: 4, consistency: 1 });
    expect(s.pending).toEqual({ date: '2026-03-09', start: '2026-03-09T09:00:00+08:00', filled: true });
  });

  test('an unfilled pending slot is never a gap and leaves the streak as it was', () => {
    const posts = ['2026-03-02', '2026-03-04', '2026-03-06'].map(published);
    const s = stats(WEEK, 'Asia/Shanghai', posts, now);
    expect(s).toMatchObject({ expected: 3, fulfilled: 3, missed: [], currentStreak: 3, consistency: 1 });
    expect(s.pending?.filled).toBe(false);
    // Its day is over: the cell reads overdue (no gap), and `overdue` says a post today still fills it.
    expect(s.days.at(-2)).toEqual({ date: '2026-03-09', state: 'overdue', posts: 0 });
    expect(s.overdue).toEqual({ date: '2026-03-09', start: '2026-03-09T09:00:00+08:00', until: '2026-03-11', dueToday: false });
  });

  test('a filled pending slot counts on both sides of consistency', () => {
    const s = stats(WEEK, 'Asia/Shanghai', [published('2026-03-02'), published('2026-03-09')], now);
    expect(s.consistency).toBeCloseTo(2 / 4);
    expect(s.currentStreak).toBe(1);
    expect(s.longestStreak).toBe(1);
  });
});

describe('computeChannelStats with several posts in a window', () => {
  test('one post fulfils at most one slot and extra posts fulfil nothing else', () => {
    const posts = ['2026-03-02', '2026-03-02', '2026-03-03'].map(published);
    const s = stats(WEEK, 'Asia/Shanghai', posts, '2026-03-12T12:00:00+08:00');
    expect(s).toMatchObject({ expected: 4, fulfilled: 1, missed: ['2026-03-04', '2026-03-06', '2026-03-09'] });
    expect(s.days.slice(0, 2)).toEqual([
      { date: '2026-03-02', state: 'fulfilled', posts: 2 },
      { date: '2026-03-03', state: 'extra', posts: 1 },
    ]);
  });

  test('only published posts are output, and posts before the first slot fulfil nothing but show as early output', () => {
    const posts = [makePost({ status: 'draft', publishedAt: '2026-03-02' }), published('2026-03-01')];
    const s = stats(WEEK, 'Asia/Shanghai', posts, '2026-03-05T12:00:00+08:00');
    expect(s.missed).toEqual(['2026-03-02']);
    expect(s.days.slice(0, 2)).toEqual([
      { date: '2026-03-01', state: 'early', posts: 1 },
      { date: '2026-03-02', state: 'missed', posts: 0 },
    ]);
  });

  test('history imported from long before the start shows from its first post, empty days between as none', () => {
    const s = stats(WEEK, 'Asia/Shanghai', [published('2026-02-20'), published('2026-02-20'), published('2026-02-25')], '2026-03-05T12:00:00+08:00');
    expect(s.expected).toBe(1);
    expect(s.days.slice(0, 7).map((d) => [d.date, d.state, d.posts])).toEqual([
      ['2026-02-20', 'early', 2],
      ['2026-02-21', 'none', 0],
      ['2026-02-22', 'none', 0],
      ['2026-02-23', 'none', 0],
      ['2026-02-24', 'none', 0],
      ['2026-02-25', 'early', 1],
      ['2026-02-26', 'none', 0],
    ]);
  });

  test('streaks run over the fulfilled slots and the longest run is kept', () => {
    const dates = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
    const posts = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-06', '2026-03-07'].map(published);
    const s = stats(dates, 'Asia/Shanghai', posts, '2026-03-08T12:00:00+08:00');
    expect(s).toMatchObject({ expected: 6, fulfilled: 5, missed: ['2026-03-05'], currentStreak: 2, longestStreak: 3 });
  });
});

describe('computeChannelStats before the first slot completes', () => {
  test('a channel with no completed slot has consistency 1, no streak and its first slot next', () => {
    const s = stats(WEEK, 'Asia/Shanghai', [], '2026-03-01T12:00:00+08:00');
    expect(s).toMatchObject({ expected: 0, fulfilled: 0, missed: [], currentStreak: 0, longestStreak: 0, consistency: 1, consistency90: 1 });
    expect(s).toMatchObject({ nextSlot: '2026-03-02T09:00:00+08:00', pending: null, days: [] });
  });

  test('a first slot filled while still pending starts a streak of 1 with consistency 1', () => {
    const s = stats(WEEK, 'Asia/Shanghai', [published('2026-03-02T08:00')], '2026-03-02T12:00:00+08:00');
    expect(s).toMatchObject({ expected: 1, fulfilled: 1, missed: [], currentStreak: 1, longestStreak: 1, consistency: 1 });
  });

  test('a channel with no slots at all reports nothing to do', () => {
    const s = computeChannelStats({ channelId: 'x', slots: [], posts: [], zone: 'UTC', now: Date.parse('2026-03-01T00:00:00Z') });
    expect(s).toMatchObject({ id: 'x', expected: 0, consistency: 1, nextSlot: null, atRisk: null, buffer: { covered: 0, coveredUntil: null } });
  });
});

describe('computeChannelStats looking ahead', () => {
  const daily = Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);

  test('the slot due within 48 hours with nothing planned is at risk', () => {
    const posts = [published('2026-03-04'), makePost({ status: 'draft', plannedFor: '2026-03-05' })];
    const s = stats(daily, 'Asia/Shanghai', posts, '2026-03-04T20:00:00+08:00');
    expect(s.atRisk).toEqual({ date: '2026-03-06', start: '2026-03-06T09:00:00+08:00' });
  });

  test('the pending slot itself is at risk while nothing fills it', () => {
    const s = stats(daily, 'Asia/Shanghai', [], '2026-03-04T20:00:00+08:00');
    expect(s.atRisk?.date).toBe('2026-03-04');
  });

  test('no slot is at risk when every slot within 48 hours is filled or planned', () => {
    const posts = [published('2026-03-04'), makePost({ status: 'idea', plannedFor: '2026-03-05' }), makePost({ status: 'scheduled', plannedFor: '2026-03-06' })];
    const s = stats(daily, 'Asia/Shanghai', posts, '2026-03-04T08:00:00+08:00');
    expect(s.atRisk).toBeNull();
  });

  test('the buffer counts consecutive open slots covered by scheduled posts, skipping breaks', () => {
    const posts = [published('2026-03-04'), ...['2026-03-05', '2026-03-07', '2026-03-09'].map((d) => makePost({ status: 'scheduled', plannedFor: d }))];
    const s = stats(daily, 'Asia/Shanghai', posts, '2026-03-04T20:00:00+08:00', { breaks: ['2026-03-06'] });
    expect(s.buffer).toEqual({ covered: 3, coveredUntil: '2026-03-07' });
  });

  test('an overdue slot (its time passed, no post) is no cover, even with a post scheduled for it: the slots after it still count', () => {
    // Daily 09:00 slots; at 20:00 on 03-05 the 03-05 slot is overdue ("missed so far").
    const posts = ['2026-03-05', '2026-03-06', '2026-03-07'].map((d) => makePost({ status: 'scheduled', plannedFor: d }));
    const s = stats(daily, 'Asia/Shanghai', [published('2026-03-04'), ...posts], '2026-03-05T20:00:00+08:00');
    expect(s.overdue?.date).toBe('2026-03-05');
    expect(s.buffer).toEqual({ covered: 2, coveredUntil: '2026-03-07' });
  });

  test('a draft planned for a slot covers nothing in the buffer', () => {
    const s = stats(daily, 'Asia/Shanghai', [makePost({ status: 'draft', plannedFor: '2026-03-05' })], '2026-03-04T20:00:00+08:00');
    expect(s.buffer).toEqual({ covered: 0, coveredUntil: null });
  });

  test('consistency90 looks only at the 90 days ending today', () => {
    const dates = ['2025-10-01', '2025-11-01', '2026-01-10', '2026-02-10', '2026-03-01'];
    const s = stats(dates, 'Asia/Shanghai', [published('2026-01-10'), published('2026-02-10')], '2026-03-01T12:00:00+08:00');
    expect(s.consistency).toBeCloseTo(2 / 4);
    expect(s.consistency90).toBe(1);
  });
});

describe('computeChannelStats on slots from expandChannelSlots', () => {
  test('the contract example: a Tuesday/Friday blog in Asia/Shanghai with a summer break and one gap', () => {
    const channel = ChannelSchema.parse({ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06' });
    const breaks = [BreakSchema.parse({ from: '2026-08-01', to: '2026-08-14', channels: ['blog'] })];
    const zone = 'Asia/Shanghai';
    const now = Date.parse('2026-11-23T00:00:00Z'); // Monday 08:00 local: the Friday 2026-11-20 slot is pending
    const slots = expandChannelSlots(channel, { zone, from: Date.parse('2026-01-01T00:00:00Z'), to: now + 60 * 86_400_000, breaks });
    const posts: Post[] = [];
    for (let d = '2026-01-06'; d <= '2026-11-20'; d = addDays(d, 1)) {
      const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
      if ((weekday === 2 || weekday === 5) && d !== '2026-10-06') posts.push(published(`${d}T21:30`));
    }
    posts.push(makePost({ status: 'scheduled', plannedFor: '2026-11-24' }), makePost({ status: 'scheduled', plannedFor: '2026-11-27' }));
    const s = computeChannelStats({ channelId: 'blog', slots, posts, zone, now });
    // Completed: 46 Tuesdays (01-06..11-17) + 45 Fridays (01-09..11-13) = 91, minus 4 on the break = 87,
    // plus the filled pending 11-20 = 88 due.
    // The 12 slots after the gap (10-09..11-17) plus the filled pending 11-20 make the current streak.
    expect(s).toMatchObject({ expected: 88, fulfilled: 87, missed: ['2026-10-06'], currentStreak: 13, longestStreak: 74 });
    expect(s.consistency).toBeCloseTo(87 / 88);
    expect(s.nextSlot).toBe('2026-11-24T09:00:00+08:00');
    expect(s.buffer).toEqual({ covered: 3, coveredUntil: '2026-11-27' });
    expect(s.atRisk).toBeNull();
  });
});
