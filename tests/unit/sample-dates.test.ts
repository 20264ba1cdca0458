import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleLagWeeks, shiftCadenceUntil, shiftPlannerDates, shiftPostDates } from '../../src/core/sample-dates.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { sampleRoot } from '../support/sample.ts';

const post = (frontmatter: string, body = 'Body.\n') => `---\n${frontmatter}\n---\n${body}`;
const published = (publishedAt: string) => ({ data: { status: 'published', publishedAt } }) as never;

describe('shiftPostDates', () => {
  it('moves a date-time with an offset by whole weeks, keeping its time, offset and quotes', () => {
    const { text, moved } = shiftPostDates(post('title: T\npublishedAt: "2026-11-17T08:55:00+08:00"'), 14);
    expect(text).toBe(post('title: T\npublishedAt: "2026-12-01T08:55:00+08:00"'));
    expect(moved).toEqual(['publishedAt']);
  });

  it('moves a date-only value and a date-time without offset across a month and a year end', () => {
    const { text } = shiftPostDates(post('plannedFor: 2026-12-29\nupdatedAt: 2026-11-03T19:40:00'), 7);
    expect(text).toBe(post('plannedFor: 2027-01-05\nupdatedAt: 2026-11-10T19:40:00'));
  });

  it('moves the keys of other generators (date:, lastmod:) but leaves published: false and the body alone', () => {
    const input = post('date: 2026-09-15 12:00:00 +0100\nlastmod: 2026-09-20\npublished: false', 'On 2026-09-15 we cooked.\n');
    expect(shiftPostDates(input, 7).text).toBe(post('date: 2026-09-22 12:00:00 +0100\nlastmod: 2026-09-27\npublished: false', 'On 2026-09-15 we cooked.\n'));
  });

  it('returns a post with no dates (an idea) and a file with no frontmatter byte for byte', () => {
    const idea = post('title: A morning at the market\nstatus: idea\ntags: [2026-11-01]');
    expect(shiftPostDates(idea, 21)).toEqual({ text: idea, moved: [] });
    expect(shiftPostDates('publishedAt: 2026-11-01\n', 21).moved).toEqual([]);
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const input = '\uFEFF---\r\ntitle: T\r\nplannedFor: 2026-11-24\r\n---\r\nBody\r\n';
    expect(shiftPostDates(input, 7).text).toBe('\uFEFF---\r\ntitle: T\r\nplannedFor: 2026-12-01\r\n---\r\nBody\r\n');
  });
});

describe('shiftPlannerDates', () => {
  const planner = PlannerSchema.parse({
    version: 1,
    sample: true,
    brand: { name: 'M', label: '', audience: '', strengths: [], timezone: 'Asia/Shanghai', pillars: [{ id: 'p', name: 'P', description: '', keywords: [] }] },
    channels: [
      {
        id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T235959Z', start: '2026-09-01', time: '09:00',
        history: [{ cadence: 'FREQ=WEEKLY;UNTIL=20260825;BYDAY=FR', start: '2026-08-07', time: '08:00', timezone: 'Europe/Berlin' }],
      },
    ],
    breaks: [{ from: '2026-10-01', to: '2026-10-07', channels: ['blog'], reason: 'National Day holiday' }],
  });

  it('moves channel starts, UNTIL dates, history periods and breaks, and keeps times, zones and other fields', () => {
    const moved = shiftPlannerDates(planner, 14);
    const blog = moved.channels[0]!;
    expect(blog.start).toBe('2026-09-15');
    expect(blog.cadence).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270112T235959Z');
    expect(blog.time).toBe('09:00');
    expect(blog.history).toEqual([{ cadence: 'FREQ=WEEKLY;UNTIL=20260908;BYDAY=FR', start: '2026-08-21', time: '08:00', timezone: 'Europe/Berlin' }]);
    expect(moved.breaks).toEqual([{ from: '2026-10-15', to: '2026-10-21', channels: ['blog'], reason: 'National Day holiday' }]);
    expect((moved as { sample?: unknown }).sample).toBe(true);
    expect(moved.brand).toEqual(planner.brand);
  });

  it('leaves a cadence without UNTIL as it is', () => {
    expect(shiftCadenceUntil('FREQ=WEEKLY;BYDAY=SA', 70)).toBe('FREQ=WEEKLY;BYDAY=SA');
  });
});

describe('sampleLagWeeks', () => {
  const posts = [published('2026-11-21T20:10:00'), published('2026-11-17T08:55:00+08:00'), { data: { status: 'draft', plannedFor: '2026-12-01' } } as never];

  it('counts whole weeks from the day after the latest published post', () => {
    expect(sampleLagWeeks(posts, '2026-11-28')).toEqual({ weeks: 0, seenOn: '2026-11-22' });
    expect(sampleLagWeeks(posts, '2026-11-29')).toEqual({ weeks: 1, seenOn: '2026-11-22' });
    expect(sampleLagWeeks(posts, '2026-12-06').weeks).toBe(2);
    expect(sampleLagWeeks(posts, '2027-03-10').weeks).toBe(15);
  });

  it('is 0 for a sample ahead of today or with no published post', () => {
    expect(sampleLagWeeks(posts, '2026-11-01').weeks).toBe(0);
    expect(sampleLagWeeks([], '2027-01-01')).toEqual({ weeks: 0, seenOn: null });
  });
});

describe('the committed sample', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

  it('has no date in a post\'s frontmatter that the shift leaves behind', () => {
    for (const file of files(join(sampleRoot(), 'content/posts'))) {
      const text = readFileSync(file, 'utf8');
      const head = text.slice(0, text.indexOf('\n---', 4));
      const dated = head.split('\n').filter((line) => /^\w+:.*\d{4}-\d{2}-\d{2}/.test(line));
      expect(shiftPostDates(text, 7).moved.length, file).toBe(dated.length);
    }
  });

  it('has no date in planner.json that the shift leaves behind', () => {
    const raw = readFileSync(join(sampleRoot(), 'content/planner.json'), 'utf8');
    const moved = JSON.stringify(shiftPlannerDates(PlannerSchema.parse(JSON.parse(raw)), 7000));
    // 7000 days on, no date of 2026 is left: one left would be a dated field the shift does not know.
    expect(moved).not.toMatch(/2026-?\d{2}-?\d{2}/);
  });
});
