import { describe, expect, test } from 'vitest';
import { checkCadence, LAST_PLAN_DATE } from '../../src/core/cadence.ts';
import { PlannerSchema, type PlannerInput } from '../../src/core/schema/planner.ts';
import { checkBreakForm } from '../../src/studio/plan/breaks.ts';
import { monthGridRange, pickMonth } from '../../src/studio/plan/month.ts';

const base: PlannerInput = {
  version: 1,
  brand: { name: 'Mei Lin', label: 'Home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' }],
  breaks: [],
};

/** `channels[0].cadence: message` for each issue, as check and every command print them. */
function issues(input: PlannerInput): string[] {
  const result = PlannerSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').slice(1)}: ${i.message}`);
}

const withChannel = (patch: object): PlannerInput => ({ ...base, channels: [{ ...base.channels![0]!, ...patch }] });

describe('planner dates past what date arithmetic can hold', () => {
  test.each([
    ['a cadence UNTIL=99991231', withChannel({ cadence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=99991231' }), 'channels[0].cadence: UNTIL=99991231 is after 2999-12-31'],
    ['a cadence UNTIL=30000101T000000Z', withChannel({ cadence: 'FREQ=DAILY;UNTIL=30000101T000000Z' }), 'channels[0].cadence: UNTIL=30000101T000000Z is after 2999-12-31'],
    ['a break ending 9999-12-31', { ...base, breaks: [{ from: '2026-12-01', to: '9999-12-31' }] }, 'breaks[0].to: 9999-12-31 is outside 1900-01-01..2999-12-31'],
    ['a channel starting 9999-12-31', withChannel({ start: '9999-12-31' }), 'channels[0].start: 9999-12-31 is outside'],
    ['a history period starting 0001-01-01', withChannel({ history: [{ cadence: 'FREQ=DAILY', start: '0001-01-01' }] }), 'channels[0].history[0].start: 0001-01-01 is outside'],
    ['a history cadence UNTIL=99991231', withChannel({ history: [{ cadence: 'FREQ=DAILY;UNTIL=99991231', start: '2025-01-01' }] }), 'channels[0].history[0].cadence: UNTIL=99991231 is after'],
  ])('rejects %s with a message naming the field', (_what, input, expected) => {
    expect(issues(input).join('\n')).toContain(expected);
  });

  test('accepts the last date a plan holds, as a break end and as UNTIL', () => {
    expect(issues({ ...withChannel({ cadence: 'FREQ=DAILY;UNTIL=29991231' }), breaks: [{ from: '2026-12-01', to: LAST_PLAN_DATE }] })).toEqual([]);
    expect(checkCadence('FREQ=DAILY;UNTIL=29991231T235959Z')).toBeNull();
  });

  test('tells the cadence editor why UNTIL=99991231 cannot be saved', () => {
    expect(checkCadence('FREQ=DAILY;UNTIL=99991231')?.message).toBe('UNTIL=99991231 is after 2999-12-31, the last date a plan can hold; for a cadence without end leave UNTIL out');
  });

  test('has the studio break form name the range for a break ending 9999-12-31, and the format for a typo', () => {
    const planner = PlannerSchema.parse(base);
    const errors = checkBreakForm({ from: '2026-12-01', to: '9999-12-31', channels: [], reason: '' }, planner);
    expect(errors.to).toContain('outside 1900-01-01..2999-12-31');
    expect(checkBreakForm({ from: '2026-12-1', to: '2026-12-31', channels: [], reason: '' }, planner).from).toBe('expected a date as YYYY-MM-DD, e.g. 2026-12-24');
    expect(checkBreakForm({ from: '2026-13-01', to: '2026-12-31', channels: [], reason: '' }, planner).from).toBe('2026-13-01 does not exist: a year has 12 months');
  });

  test.each(['9999-12', '0000-01', '3000-01'])('shows the current month in the studio for ?month=%s, whose grid would leave four-digit years', (month) => {
    expect(pickMonth(month, '2026-11-23')).toBe('2026-11');
    expect(() => monthGridRange(pickMonth(month, '2026-11-23'))).not.toThrow();
  });

  test('keeps ?month=2999-12, the last month a plan holds, and builds its grid', () => {
    expect(pickMonth('2999-12', '2026-11-23')).toBe('2999-12');
    expect(monthGridRange('2999-12').last >= '2999-12-31').toBe(true);
  });
});
