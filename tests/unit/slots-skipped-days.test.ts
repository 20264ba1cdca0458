/**
 * Slots on days a clock change reshapes: a change at or near midnight (America/Nuuk springs
 * forward at 23:00) pushes a late slot's instant into the next day, and Pacific/Apia skipped
 * 2011-12-30 entirely. Real tz data (Intl); results must not depend on the host's TZ.
 */
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { PlannerSchema, type Channel } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import { expandChannelSlots, previewSlots } from '../../src/core/slots.ts';
import { computeChannelStats } from '../../src/core/streaks.ts';
import { addDays, localDayExists, startOfLocalDay } from '../../src/core/zoned-time.ts';
import { occurrences, parse } from './calendar-client.ts';

function channelOf(cadence: string, start: string, time: string): Channel {
  return { id: 'blog', name: 'Blog', platform: 'blog', cadence, start, time };
}

function slotsOf(channel: Channel, zone: string, from: string, to: string) {
  return expandChannelSlots(channel, { zone, from: startOfLocalDay(from, zone), to: startOfLocalDay(to, zone), breaks: [] });
}

function publishedOn(dates: string[]): Post[] {
  return dates.map((date, i) => {
    const data = PostFrontmatterSchema.parse({ title: `p${i}`, channel: 'blog', status: 'published', publishedAt: date });
    return { id: `p${i}`, file: `content/posts/p${i}.md`, data, body: '' };
  });
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('a slot pushed past midnight by a clock change keeps its calendar day', () => {
  // 2026-03-28 23:00 in Nuuk (-02) becomes 2026-03-29 00:00 (-01): 23:30 on Saturday does not exist.
  const zone = 'America/Nuuk';

  test.each([
    ['FREQ=WEEKLY;BYDAY=SA', 6],
    ['FREQ=MONTHLY;BYMONTHDAY=28', 6],
    ['FREQ=DAILY', 6],
  ])('%s at 23:30 in America/Nuuk is dated Saturday 2026-03-28, its instant moved past the gap', (cadence, day) => {
    const slots = slotsOf(channelOf(cadence, '2026-03-01', '23:30'), zone, '2026-03-27', '2026-03-30');
    const slot = slots.find((s) => s.start.startsWith('2026-03-29T00:30'))!;
    expect(slot).toMatchObject({ date: '2026-03-28', start: '2026-03-29T00:30:00-01:00' });
    expect(weekday(slot.date)).toBe(day);
    expect(new Set(slots.map((s) => s.date)).size).toBe(slots.length);
  });

  test('a weekly Saturday channel posting every Saturday in America/Nuuk has no gap across the change', () => {
    const channel = channelOf('FREQ=WEEKLY;BYDAY=SA', '2026-03-07', '23:30');
    const saturdays = ['2026-03-07', '2026-03-14', '2026-03-21', '2026-03-28', '2026-04-04', '2026-04-11'];
    const slots = slotsOf(channel, zone, '2026-03-07', '2026-05-01');
    expect(slots.slice(0, 6).map((s) => s.date)).toEqual(saturdays);
    const now = Date.parse('2026-04-15T12:00:00Z');
    const stats = computeChannelStats({ channelId: 'blog', slots, posts: publishedOn(saturdays), zone, now });
    expect(stats.missed).toEqual([]);
    expect(stats.expected).toBe(6);
    expect(stats.currentStreak).toBe(6);
  });

  // A trial: at 00:15 on Sunday, Saturday's slot (pushed to Sunday 00:30) was both missed and next.
  test('a pushed slot is not missed before it starts: between midnight and its instant it is still due', () => {
    const channel = channelOf('FREQ=DAILY', '2027-03-25', '23:30');
    const slots = slotsOf(channel, zone, '2027-03-25', '2027-04-05');
    const pushed = slots.find((s) => s.date === '2027-03-27')!;
    expect(pushed.start).toBe('2027-03-28T00:30:00-01:00');
    const before = computeChannelStats({ channelId: 'blog', slots, posts: [], zone, now: Date.parse('2027-03-28T01:15:00Z') });
    expect(before.missed).toEqual(['2027-03-25', '2027-03-26']);
    expect(before.nextSlot).toBe('2027-03-28T00:30:00-01:00');
    expect(before.pending?.date).toBe('2027-03-27');
    const after = computeChannelStats({ channelId: 'blog', slots, posts: [], zone, now: Date.parse('2027-03-28T01:45:00Z') });
    expect(after.missed).toEqual(['2027-03-25', '2027-03-26', '2027-03-27']);
  });

  test('a calendar client reads the pushed slot at the planner’s instant, as an override of the Saturday occurrence', () => {
    const planner = PlannerSchema.parse({
      version: 1,
      brand: { name: 'B', label: 'L', timezone: zone, pillars: [{ id: 'a', name: 'A' }] },
      channels: [channelOf('FREQ=WEEKLY;BYDAY=SA', '2026-03-07', '23:30')],
    });
    const text = buildCalendar({ planner, posts: [], now: Date.parse('2026-03-01T00:00:00Z') });
    const [from, to] = [startOfLocalDay('2026-03-07', zone), startOfLocalDay('2026-05-01', zone)];
    const slots = slotsOf(planner.channels[0]!, zone, '2026-03-07', '2026-05-01');
    expect(occurrences(text, 'blog', from, to).map((o) => o.epoch)).toEqual(slots.map((s) => s.epoch));
    const overrides = parse(text).getAllSubcomponents('vevent').filter((v) => v.hasProperty('recurrence-id'));
    expect(overrides.map((v) => v.getFirstProperty('recurrence-id')!.toICALString())).toContain('RECURRENCE-ID;TZID=America/Nuuk:20260328T233000');
  });
});

describe('in every zone whose clocks change at or near midnight', () => {
  // America/Nuuk and America/Scoresbysund change at 23:00 or 00:00 local; Santiago, Asuncion,
  // Havana, Beirut and Cairo at midnight; Lord Howe by half an hour at 02:00.
  const zones = ['America/Nuuk', 'America/Scoresbysund', 'America/Santiago', 'America/Asuncion', 'America/Havana', 'Asia/Beirut', 'Africa/Cairo', 'Australia/Lord_Howe'];

  test.each(zones.flatMap((zone) => ['23:30', '23:59', '00:00', '00:30'].map((time) => [zone, time])))('%s at %s: every slot falls on its BYDAY, one a day', (zone, time) => {
    const slots = slotsOf(channelOf('FREQ=WEEKLY;BYDAY=SA,SU', '2020-01-04', time), zone, '2020-01-04', '2031-01-01');
    expect(slots.filter((s) => ![0, 6].includes(weekday(s.date)))).toEqual([]);
    expect(new Set(slots.map((s) => s.date)).size).toBe(slots.length);
    expect(slots.length).toBeGreaterThan(1140);
  });
});

describe('a local day that the zone skipped has no slot', () => {
  // Samoa moved across the date line: 2011-12-29 23:59:59 (-10) was followed by 2011-12-31 00:00 (+14).
  const zone = 'Pacific/Apia';
  const days = ['2011-12-27', '2011-12-28', '2011-12-29', '2011-12-31', '2012-01-01', '2012-01-02'];

  test('localDayExists is false for Apia’s 2011-12-30 only, and true for a day whose midnight is skipped', () => {
    expect(localDayExists('2011-12-30', zone)).toBe(false);
    expect(days.every((d) => localDayExists(d, zone))).toBe(true);
    // America/Santiago springs forward at 00:00: 2026-09-06 starts at 01:00.
    expect(localDayExists('2026-09-06', 'America/Santiago')).toBe(true);
  });

  test('a daily channel in Pacific/Apia has one slot a day, none on 2011-12-30', () => {
    const slots = slotsOf(channelOf('FREQ=DAILY', '2011-12-27', '09:00'), zone, '2011-12-27', '2012-01-03');
    expect(slots.map((s) => s.date)).toEqual(days);
    expect(slots.map((s) => s.start.slice(0, 10))).toEqual(days);
  });

  test('posting every day that existed keeps the streak: the skipped day is no gap', () => {
    const slots = slotsOf(channelOf('FREQ=DAILY', '2011-12-27', '09:00'), zone, '2011-12-27', '2012-01-10');
    const now = Date.parse('2012-01-02T12:00:00+14:00');
    const stats = computeChannelStats({ channelId: 'blog', slots, posts: publishedOn(days), zone, now });
    expect(stats.missed).toEqual([]);
    expect(stats.expected).toBe(6);
    expect(stats.currentStreak).toBe(6);
  });

  test('the cadence preview still gives the number of slots asked for across the skipped day', () => {
    const slots = previewSlots({ cadence: 'FREQ=DAILY', start: '2011-12-01', time: '09:00', zone }, startOfLocalDay('2011-12-27', zone), 6);
    expect(slots.map((s) => s.date)).toEqual(days);
  });

  test('a monthly slot on the 30th is not expected in December 2011 in Apia', () => {
    const slots = slotsOf(channelOf('FREQ=MONTHLY;BYMONTHDAY=30', '2011-10-01', '09:00'), zone, '2011-10-01', '2012-03-01');
    expect(slots.map((s) => s.date)).toEqual(['2011-10-30', '2011-11-30', '2012-01-30']);
  });

  test('a calendar client shows no occurrence on the skipped day', () => {
    const planner = PlannerSchema.parse({
      version: 1,
      brand: { name: 'B', label: 'L', timezone: zone, pillars: [{ id: 'a', name: 'A' }] },
      channels: [channelOf('FREQ=DAILY', '2011-12-27', '09:00')],
    });
    const text = buildCalendar({ planner, posts: [], now: Date.parse('2011-12-20T00:00:00Z') });
    const [from, to] = [startOfLocalDay('2011-12-27', zone), startOfLocalDay(addDays('2012-01-02', 1), zone)];
    const slots = slotsOf(planner.channels[0]!, zone, '2011-12-27', '2012-01-03');
    expect(occurrences(text, 'blog', from, to).map((o) => new Date(o.epoch).toISOString())).toEqual(slots.map((s) => new Date(s.epoch).toISOString()));
    // The rule's 09:00 on the missing day resolves (RFC 5545 §3.3.5) to the next day's 09:00, one
    // instant of the recurrence set; an EXDATE for it would make ical.js drop another day.
    expect(text).not.toContain('EXDATE');
  });
});
