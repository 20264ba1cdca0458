/**
 * The English words of calendar entries and plan flags put no article before a name the user
 * chose: "write a APIs post" and "not a X slot day" read wrong for a pillar or channel whose name
 * starts with a vowel sound, and no rule can tell from a name how it is said.
 */
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { flagOffSlotPosts } from '../../src/core/plan-flags.ts';
import { translateMessage } from '../../src/studio/shared/error-strings.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Sam', label: 'the developer advocate', timezone: 'America/New_York', pillars: [{ id: 'apis', name: 'APIs' }] },
  channels: [{ id: 'x', name: 'X', platform: 'x', cadence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', start: '2026-11-02', time: '12:00', timezone: 'America/Los_Angeles' }],
  breaks: [{ from: '2026-12-21', to: '2027-01-01', reason: 'holidays' }],
});

describe('calendar entries of an open slot', () => {
  test('name the pillar after the words, not with an article before it', () => {
    const ics = buildCalendar({ planner, posts: [], now: NOW });
    expect(ics).toContain('SUMMARY:X: write a post (APIs)\r\n');
    expect(ics).not.toContain('write a APIs post');
  });
});

describe('a post planned off its channel’s slot days', () => {
  const post = (plannedFor: string): Post => ({ id: `x/${plannedFor}`, file: `content/posts/x/${plannedFor}.md`, body: 'text', data: { title: 'Thread', channel: 'x', status: 'draft', plannedFor } as PostFrontmatter });

  test('says "a slot day of X", not "a X slot day"', () => {
    const [off] = flagOffSlotPosts({ planner, posts: [post('2026-12-08')], now: NOW, lang: 'en' });
    expect(off!.message).toContain('which is not a slot day of X,');
    const [onBreak] = flagOffSlotPosts({ planner, posts: [post('2026-12-23')], now: NOW, lang: 'en' });
    expect(onBreak!.message).toContain('a slot day of X inside the break 2026-12-21 to 2027-01-01 (holidays)');
    // The studio puts the English flag in Chinese by its words.
    expect(translateMessage(off!.message, 'zh')).toBe('“Thread”计划在 2026-12-08，但那天不是X的排期日，所以计划和日历都不会显示它；最近的排期：2026-12-07 and 2026-12-09');
  });
});
