/**
 * The plan page reads its off-slot and slot-over panels off the check report it builds for the
 * unplanned cards' flags, rather than expanding every channel's slots again on each load: the
 * flags must be those the panels' own functions give.
 */
import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import { offSlotFlags, planFlagsOf, slotOverFlags } from '../../src/studio/plan/off-slot-actions.ts';

/** Sun 6 Dec 2026, 12:00 in Shanghai: the Tuesday slot of 1 Dec is owed, those of 24 and 17 Nov are over. */
const NOW = Date.parse('2026-12-06T12:00:00+08:00');

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' },
    { id: 'notes', name: 'Notes', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-09-01', time: '09:00' },
  ],
  breaks: [],
});

const post = (id: string, data: Partial<PostFrontmatter>): Post => ({ id, file: `content/posts/${id}.md`, body: '', data: { title: id, channel: 'blog', status: 'draft', ...data } as PostFrontmatter });

describe('planFlagsOf', () => {
  const posts = [
    post('soup', { plannedFor: '2026-11-24' }),
    post('stew', { plannedFor: '2026-11-17' }),
    post('bread', { plannedFor: '2026-12-09' }),
    post('jam', { channel: 'notes', plannedFor: '2026-12-10' }),
    post('tea', { plannedFor: '2026-12-08' }),
  ];

  test.each(['en', 'zh'] as const)('gives the flags offSlotFlags and slotOverFlags give, in their order (%s)', (lang) => {
    const flags = planFlagsOf(buildCheckReport({ planner, posts, now: NOW, lang }));
    expect(flags.offSlot.map((f) => f.post)).toEqual(['bread', 'jam']);
    expect(flags.slotOver.map((f) => f.post)).toEqual(['soup', 'stew']);
    expect(flags).toEqual({ offSlot: offSlotFlags(planner, posts, NOW, lang), slotOver: slotOverFlags(planner, posts, NOW, lang) });
  });
});
