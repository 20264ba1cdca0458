/**
 * A date that does not exist (2026-02-30, 2026-13-01) is refused with words that say so, in
 * planner.json and in post frontmatter alike, never rolled over to the next month.
 */
import { describe, expect, test } from 'vitest';
import { isRealDate, missingDateReason } from '../../src/core/calendar-date.ts';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';
import { parsePlannerText } from '../../src/core/planner-file.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { checkChannelForm, readChannelForm } from '../../src/studio/channels/channel-form.ts';
import { checkBreakForm } from '../../src/studio/plan/breaks.ts';
import { translateMessage as translateStudioMessage } from '../../src/studio/shared/error-strings.ts';
import { errorOf } from './throughline-error.ts';

describe('missingDateReason', () => {
  test.each([
    ['2026-02-30', '2026-02-30 does not exist: February 2026 has 28 days', '2026-02-30 这一天不存在：2026 年 2 月只有 28 天'],
    ['2026-02-29T10:00', '2026-02-29 does not exist: February 2026 has 28 days', '2026-02-29 这一天不存在：2026 年 2 月只有 28 天'],
    ['2026-04-31', '2026-04-31 does not exist: April 2026 has 30 days', '2026-04-31 这一天不存在：2026 年 4 月只有 30 天'],
    ['2026-01-00', '2026-01-00 does not exist: January 2026 has 31 days', '2026-01-00 这一天不存在：2026 年 1 月只有 31 天'],
    ['2026-13-01', '2026-13-01 does not exist: a year has 12 months', '2026-13-01 这一天不存在：一年只有 12 个月'],
  ])('%s: says why, in English and Chinese', (text, en, zh) => {
    expect(missingDateReason(text)).toBe(en);
    expect(translateMessage(en)).toBe(zh);
  });

  test('is null for real dates (leap days included) and for text that is no date', () => {
    for (const text of ['2024-02-29', '2000-02-29', '2026-12-31', 'tomorrow', '26-02-30']) expect(missingDateReason(text)).toBeNull();
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
  });
});

const planner = (edit: (p: Record<string, any>) => void) => {
  const p: Record<string, any> = {
    version: 1,
    brand: { name: 'B', label: 'L', timezone: 'Asia/Shanghai', pillars: [{ id: 'a', name: 'A' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06' }],
    breaks: [],
  };
  edit(p);
  return JSON.stringify(p);
};

describe('planner.json with a date that does not exist', () => {
  test.each([
    ['channels[0].start', (p: Record<string, any>) => void (p.channels[0].start = '2026-02-30'), '2026-02-30', 'February 2026 has 28 days'],
    ['breaks[0].to', (p: Record<string, any>) => void (p.breaks = [{ from: '2027-02-01', to: '2027-02-29' }]), '2027-02-29', 'February 2027 has 28 days'],
    ['channels[0].history[0].start', (p: Record<string, any>) => void (p.channels[0].history = [{ cadence: 'FREQ=DAILY', start: '2025-06-31', time: '09:00' }]), '2025-06-31', 'June 2025 has 30 days'],
  ])('names %s and says the date does not exist', (field, edit, date, why) => {
    const error = errorOf(() => parsePlannerText(planner(edit), 'content/planner.json'));
    expect(error.format('en')).toContain(`content/planner.json: ${field}: ${date} does not exist: ${why}`);
    expect(error.format('zh')).toContain(`content/planner.json: ${field}: ${date} 这一天不存在`);
  });
});

describe('post frontmatter with a date that does not exist', () => {
  const file = 'content/posts/x.md';
  const post = (fields: string) => `---\ntitle: T\nchannel: blog\n${fields}\n---\n`;

  test.each([
    ['plannedFor', 'status: draft\nplannedFor: "2026-02-30"'],
    ['publishedAt', 'status: published\npublishedAt: "2026-02-30"'],
    ['publishedAt', 'status: published\npublishedAt: "2026-02-30T10:00"'],
    ['publishedAt', 'status: published\npublishedAt: "2026-02-30T10:00:00+08:00"'],
    ['updatedAt', 'status: published\npublishedAt: "2026-02-01"\nupdatedAt: "2026-02-30 08:00"'],
  ])('names %s and says the date does not exist (%s)', (field, fields) => {
    const error = errorOf(() => parsePostText(post(fields), 'x', file));
    expect(error.format('en')).toContain(`${file}: ${field}: 2026-02-30 does not exist: February 2026 has 28 days`);
    expect(error.format('zh')).toContain(`${file}: ${field}: 2026-02-30 这一天不存在：2026 年 2 月只有 28 天`);
  });
});

describe('studio forms with a date that does not exist', () => {
  const parsed = PlannerSchema.parse(JSON.parse(planner(() => undefined)));

  test('the break form says the date does not exist, in English and Chinese', () => {
    const errors = checkBreakForm({ from: '2026-02-30', to: '2026-03-02', channels: [], reason: '' }, parsed);
    expect(errors.from).toBe('2026-02-30 does not exist: February 2026 has 28 days');
    expect(translateStudioMessage(errors.from!, 'zh')).toBe('2026-02-30 这一天不存在：2026 年 2 月只有 28 天');
  });

  test('the channel form says a cadence change date does not exist', () => {
    const form = new Map([
      ['editing', 'blog'], ['name', 'Blog'], ['platform', 'blog'], ['cadenceMode', 'custom'], ['cadence', 'FREQ=WEEKLY;BYDAY=TH'],
      ['start', '2026-01-06'], ['changeFrom', '2026-11-31'], ['time', '09:00'],
    ]);
    const errors = checkChannelForm(readChannelForm({ get: (k: string) => form.get(k) ?? null, getAll: (k: string) => (form.has(k) ? [form.get(k)!] : []) }), parsed, '2026-11-23');
    expect(errors.changeFrom).toBe('2026-11-31 does not exist: November 2026 has 30 days');
  });
});

describe('a cadence UNTIL on a date that does not exist', () => {
  test('says so, in English and Chinese, naming the channel field', () => {
    const error = errorOf(() => parsePlannerText(planner((p) => void (p.channels[0].cadence = 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260230')), 'content/planner.json'));
    expect(error.format('en')).toContain('content/planner.json: channels[0].cadence: UNTIL=20260230: 2026-02-30 does not exist: February 2026 has 28 days; use a date that exists, e.g. UNTIL=20261231');
    expect(error.format('zh')).toContain('content/planner.json: channels[0].cadence: UNTIL=20260230：2026-02-30 这一天不存在：2026 年 2 月只有 28 天；请用一个存在的日期，例如 UNTIL=20261231');
  });
});
