import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { buildDashboard } from '../../../../src/studio/dashboard/dashboard.ts';

// A letter kept in Shanghai (the brand's zone) until 2026-12-10, in London since: the streak card
// names a slot's time in the zone of its own period, as the plan and `check` do.
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei Lin', label: 'Home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [{
    id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-12-11', time: '09:00', timezone: 'Europe/London',
    history: [{ cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-11-06', time: '09:00', timezone: 'Asia/Shanghai' }],
  }],
  breaks: [],
});

describe('a streak card of a channel that moved zones', () => {
  test('gives each slot the zone of its period', () => {
    const words = { 'open-slot': '{channel}', 'pillar-drift': '{pillar}' };
    const [card] = buildDashboard({ planner, posts: [], now: Date.parse('2026-12-02T00:00:00Z'), lang: 'en', allLabel: 'all', words }).cards;
    expect(card!.slotZone('2026-12-04')).toBe('Asia/Shanghai');
    expect(card!.slotZone('2026-12-11')).toBe('Europe/London');
  });
});
