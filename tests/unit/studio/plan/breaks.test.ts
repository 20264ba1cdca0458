import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { checkBreakForm } from '../../../../src/studio/plan/breaks.ts';
import { PLAN_TEXT } from '../../../../src/studio/plan/strings.ts';
import { translateMessage } from '../../../../src/studio/shared/error-strings.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: '林晓', label: '懂数据的产品经理', timezone: 'Asia/Shanghai', pillars: [{ id: '产品思维', name: '产品思维' }] },
  channels: [{ id: '知乎', name: '知乎', platform: 'zhihu', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-12-07', time: '10:00' }],
});

describe('checkBreakForm', () => {
  test('names the form\'s own fields, not planner.json\'s keys, when a break ends before it starts', () => {
    const error = checkBreakForm({ from: '2027-03-05', to: '2027-03-01', channels: [], reason: '春节' }, planner).to!;
    expect(error).toBe(`"${PLAN_TEXT['breaks.to'].en}" (2027-03-01) is before "${PLAN_TEXT['breaks.from'].en}" (2027-03-05)`);
    const zh = translateMessage(error, 'zh');
    expect(zh).toBe(`“${PLAN_TEXT['breaks.to'].zh}”（2027-03-01）早于“${PLAN_TEXT['breaks.from'].zh}”（2027-03-05）`);
    expect(zh).not.toMatch(/[A-Za-z]/);
  });

  test('accepts a break of one day', () => {
    expect(checkBreakForm({ from: '2027-02-06', to: '2027-02-06', channels: [], reason: '' }, planner)).toEqual({});
  });
});
