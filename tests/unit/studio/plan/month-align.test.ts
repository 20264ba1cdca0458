import { describe, expect, it } from 'vitest';
import type { PlanSlot } from '../../../../src/core/plan.ts';
import { alignSuggestions } from '../../../../src/studio/plan/month.ts';

const slot = (date: string, pillar: string | null, post: string | null = null): PlanSlot => ({ channel: 'blog', date, start: `${date}T09:00:00+08:00`, pillar, post, epoch: Date.parse(`${date}T01:00:00Z`) });

describe('alignSuggestions', () => {
  it('gives the month grid\'s open coming slots the suggestion of the plan from now, and leaves planned and past slots alone', () => {
    const month = [slot('2026-11-24', 'recipes'), slot('2026-12-01', 'stories', 'blog/a'), slot('2026-12-08', 'photos'), slot('2026-12-15', 'recipes')];
    const ahead = [slot('2026-12-01', 'stories', 'blog/a'), slot('2026-12-08', 'stories'), slot('2026-12-15', 'photos')];
    expect(alignSuggestions(month, ahead).map((s) => s.pillar)).toEqual(['recipes', 'stories', 'stories', 'photos']);
  });
});
