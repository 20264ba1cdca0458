/** `plan --json` adds each channel's overdue slot as `overdue`, keeping `slots` from now on (shared/interfaces.md §3). */
import { describe, expect, test } from 'vitest';
import { BASIC, runCli } from './helpers.ts';

describe('plan --json and the overdue slot', () => {
  test('lists the slot whose day is over, with until and its planned post, apart from the slots ahead', () => {
    const now = '2026-11-19T10:00:00Z';
    const { code, stdout } = runCli(['plan', '--json', '--weeks', '1', '--root', BASIC, '--now', now]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.overdue).toEqual([{ channel: 'blog', date: '2026-11-17', start: '2026-11-17T09:00:00+08:00', until: '2026-11-24', pillar: null, post: 'offtheme' }]);
    expect(plan.slots.map((s: { date: string }) => s.date)).toEqual(['2026-11-24']);
    expect(Object.keys(plan.slots[0]).sort()).toEqual(['channel', 'date', 'pillar', 'post', 'start']);
    expect(runCli(['plan', '--weeks', '1', '--root', BASIC, '--now', now, '--lang', 'zh']).stdout).toContain('（已逾期：在 2026-11-24 之前发布一篇文章仍可补上）');
  });
});
