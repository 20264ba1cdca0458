/**
 * Declaring a break the plan already has (the same days, the same channels): it was added a second
 * time, and the breaks list showed it twice, each needing its own Remove.
 */
import { describe, expect, it } from 'vitest';
import { PlannerSchema } from '../../../src/core/schema/planner.ts';
import { checkBreakForm } from '../../../src/studio/plan/breaks.ts';
import { translateErrors } from '../../../src/studio/shared/error-strings.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' },
    { id: 'news', name: 'News', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-09-01', time: '09:00' },
  ],
  breaks: [{ from: '2026-12-24', to: '2026-12-26' }, { from: '2027-01-01', to: '2027-01-03', channels: ['news', 'blog'], reason: 'new year' }],
});

describe('a break declared twice', () => {
  it('is refused at "from", naming the break, in English and Chinese', () => {
    const errors = checkBreakForm({ from: '2026-12-24', to: '2026-12-26', channels: [], reason: 'Christmas' }, planner);
    expect(errors.from).toBe('a break from 2026-12-24 to 2026-12-26 for every channel exists already');
    expect(translateErrors(errors, 'zh').from).toBe('已有 2026-12-24 到 2026-12-26 的休息期（所有渠道）');
  });

  it('is the same whatever order its channels are in', () => {
    const errors = checkBreakForm({ from: '2027-01-01', to: '2027-01-03', channels: ['blog', 'news'], reason: '' }, planner);
    expect(errors.from).toBe('a break from 2027-01-01 to 2027-01-03 for blog, news exists already');
    expect(translateErrors(errors, 'zh').from).toBe('已有 2027-01-01 到 2027-01-03 的休息期（blog, news）');
  });

  it('other days or other channels are a new break', () => {
    expect(checkBreakForm({ from: '2026-12-24', to: '2026-12-27', channels: [], reason: '' }, planner)).toEqual({});
    expect(checkBreakForm({ from: '2026-12-24', to: '2026-12-26', channels: ['blog'], reason: '' }, planner)).toEqual({});
  });
});
