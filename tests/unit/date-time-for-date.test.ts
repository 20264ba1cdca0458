/**
 * A date and time where a date alone belongs (`plannedFor: 2026-12-10T09:30:00`, a channel's
 * start, a break's from and to) is refused, telling why and the date to write, in both languages.
 */
import { describe, expect, test } from 'vitest';
import { parsePlannerText } from '../../src/core/planner-file.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { errorOf } from './throughline-error.ts';

const planner = (edit: (p: Record<string, any>) => void) => {
  const p: Record<string, any> = {
    version: 1,
    brand: { name: 'Mei', label: 'Cook', audience: 'cooks', strengths: ['cooking'], timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes', keywords: ['recipe'] }] },
    channels: [{ id: 'x', name: 'X', platform: 'x', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06', time: '09:30' }],
    breaks: [{ from: '2026-08-01', to: '2026-08-14' }],
  };
  edit(p);
  return JSON.stringify(p, null, 2);
};

describe('a date-time written where a date alone belongs', () => {
  test.each([
    ['unquoted, as YAML reads it', 'plannedFor: 2026-12-10T09:30:00'],
    ['quoted', 'plannedFor: "2026-12-10T09:30"'],
    ['with an offset', 'plannedFor: "2026-12-10 09:30+08:00"'],
    // An instant on the 9th in UTC: the day to write is the one written, not the UTC day.
    ['unquoted with an offset, the UTC day the one before', 'plannedFor: 2026-12-10T07:00+08:00'],
    ['unquoted with seconds and an offset, the UTC day the one before', 'plannedFor: 2026-12-10T07:00:00+08:00'],
    ['unquoted, Jekyll style, the UTC day the one before', 'plannedFor: 2026-12-10 07:00:00 +08:00'],
  ])('plannedFor %s: says the time comes from the slot and the date to write, in English and Chinese', (_, line) => {
    const text = ['---', 'title: Thread', 'channel: x', 'status: scheduled', line, '---', 'text'].join('\n');
    const error = errorOf(() => parsePostText(text, 'x/thread', 'content/posts/x/thread.md'));
    expect(error.format('en')).toMatch(
      /^content\/posts\/x\/thread\.md: plannedFor: expected a date alone, not a date and time: the time comes from the channel's slot \(the channel's "time" in planner\.json\); write plannedFor: 2026-12-10/,
    );
    expect(error.format('zh')).toMatch(/^content\/posts\/x\/thread\.md: plannedFor: 应为单独的日期，不要写时间：时间由渠道的排期决定（planner\.json 里渠道的 "time"）；请写 plannedFor: 2026-12-10/);
  });

  // js-yaml 5 (core/post-file.ts) has no timestamp type: a date field's unquoted value stays the
  // text written, where a YAML 1.1 reader (js-yaml 4, `yaml` with version 1.1) hands over a UTC instant.
  // Each with its generator's update key (AstroPaper's is modDatetime: schema/post-aliases.ts ownUpdateKeyOf).
  test.each([['date', 'updated'], ['pubDatetime', 'modDatetime'], ['published', 'updated'], ['publishedAt', 'updated']])('an unquoted %s with an offset keeps the day and offset written', (key, updateKey) => {
    const text = ['---', 'title: Thread', 'channel: x', 'status: published', `${key}: 2026-12-10T07:00:00+08:00`, `${updateKey}: 2026-12-11T06:00:00+08:00`, '---', 'text'].join('\n');
    const { data } = parsePostText(text, 'x/thread', 'content/posts/x/thread.md');
    expect(data.publishedAt).toBe('2026-12-10T07:00:00+08:00');
    expect((data as Record<string, unknown>).updatedAt).toBe('2026-12-11T06:00:00+08:00');
  });

  test('a channel start names the channel\'s "time"; a break\'s from and to, whole days', () => {
    const start = errorOf(() => parsePlannerText(planner((p) => (p.channels[0].start = '2026-01-06T09:30:00')), 'content/planner.json'));
    expect(start.format('en')).toMatch(/channels\[0\]\.start: expected a date alone, not a date and time: each slot's time is the channel's "time"; write "start": "2026-01-06"/);
    expect(start.format('zh')).toMatch(/channels\[0\]\.start: 应为单独的日期，不要写时间：每个排期的时间是渠道的 "time"；请写 "start": "2026-01-06"/);
    const to = errorOf(() => parsePlannerText(planner((p) => (p.breaks[0].to = '2026-08-14 18:00')), 'content/planner.json'));
    expect(to.format('en')).toMatch(/breaks\[0\]\.to: expected a date alone, not a date and time: a break covers whole days in the channel's zone; write "to": "2026-08-14"/);
    expect(to.format('zh')).toMatch(/breaks\[0\]\.to: 应为单独的日期，不要写时间：休息期按渠道时区的整天计算；请写 "to": "2026-08-14"/);
  });

  test('other wrong dates keep their own messages', () => {
    const text = (v: string) => ['---', 'title: T', 'channel: x', 'status: draft', `plannedFor: "${v}"`, '---', 'text'].join('\n');
    const message = (v: string) => errorOf(() => parsePostText(text(v), 'x/t', 'content/posts/x/t.md')).format('en');
    expect(message('2026-02-30T09:00')).toContain('2026-02-30 does not exist: February 2026 has 28 days');
    expect(message('next week')).toContain('expected a date as YYYY-MM-DD, e.g. 2026-11-24');
  });
});
