import { describe, expect, test } from 'vitest';
import { formatCheckText } from '../../src/cli/format-check.ts';
import { computePlannerChannelStats, shownConsistency } from '../../src/core/channel-stats.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { describeChannelOutput } from '../../src/pages/_lib/output-heatmap.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: '林小厨', label: '家常菜厨师', timezone: 'Asia/Shanghai', pillars: [{ id: '家常菜', name: '家常菜' }] },
  channels: [
    { id: 'new', name: 'Brand new', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-12-01', time: '20:00' },
    { id: 'old', name: 'Running', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '08:00' },
  ],
  breaks: [],
});
const NOW = Date.parse('2026-11-30T12:00:00Z');

describe('a channel whose first slot is still to come', () => {
  const [fresh, running] = computePlannerChannelStats(planner, [], NOW);

  test('has no consistency to show, while a channel with missed slots shows 0%', () => {
    expect(fresh!.stats.expected).toBe(0);
    expect(shownConsistency(fresh!.stats)).toEqual({ all: null, last90: null });
    expect(shownConsistency(running!.stats).all).toBe(0);
  });

  test('reads "no slots yet" in check text, English and Chinese, never 100%', () => {
    const report = buildCheckReport({ planner, posts: [], now: NOW });
    const en = formatCheckText(report, planner, false, 'en');
    const zh = formatCheckText(report, planner, false, 'zh');
    expect(en).toMatch(/Brand new: no slots yet/);
    expect(zh).toMatch(/Brand new：还没有到期的排期/);
    expect(`${en}${zh}`).not.toContain('100%');
    expect(en).toMatch(/Running: .*0\/\d+ slots kept \(0%\)/);
  });

  test('reads "no slots yet" on the portfolio too', () => {
    expect(describeChannelOutput(fresh!.stats, 0, 'en', true)).toBe('0 posts, no slots yet');
    expect(describeChannelOutput(fresh!.stats, 0, 'zh', true)).toBe('0 篇，还没有到期的排期');
  });
});
