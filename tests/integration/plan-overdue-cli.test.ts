/** `plan --json` adds each channel's overdue slot as `overdue`, keeping `slots` from now on (shared/interfaces.md §3). */
import { describe, expect, test } from 'vitest';
import { BASIC, runCli } from './helpers.ts';

describe('plan --json and the overdue slot', () => {
  test('lists the slot whose day is over, with until and its planned post, apart from the slots ahead', () => {
    const now = '2026-11-19T10:00:00Z';
    const { code, stdout } = runCli(['plan', '--json', '--weeks', '1', '--root', BASIC, '--now', now]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    // Its planned post names no pillar: the slot keeps the one the rotation gave it before it started.
    const before = JSON.parse(runCli(['plan', '--json', '--weeks', '2', '--root', BASIC, '--now', '2026-11-17T00:59:00Z']).stdout);
    const suggested = before.slots.find((s: { date: string }) => s.date === '2026-11-17').pillar;
    expect(suggested).toEqual(expect.any(String));
    expect(plan.overdue).toEqual([{ channel: 'blog', date: '2026-11-17', start: '2026-11-17T09:00:00+08:00', until: '2026-11-24', dueToday: false, pillar: suggested, post: 'offtheme' }]);
    expect(plan.slots.map((s: { date: string }) => s.date)).toEqual(['2026-11-24']);
    // The rotation goes on from it: the next slot keeps its suggestion too.
    expect(plan.slots[0].pillar).toBe(before.slots.find((s: { date: string }) => s.date === '2026-11-24').pillar);
    expect(Object.keys(plan.slots[0]).sort()).toEqual(['channel', 'date', 'pillar', 'post', 'start']);
    expect(runCli(['plan', '--weeks', '1', '--root', BASIC, '--now', now, '--lang', 'zh']).stdout).toContain('（已逾期：在 2026-11-24 之前发布一篇文章仍可补上）');
  });

  test('lists the slot due today (started, its day not over) with dueToday, and check says so while nextSlot is the one after', () => {
    // 11:00 in Shanghai on the Tuesday of a 09:00 slot.
    const now = '2026-11-17T03:00:00Z';
    const plan = JSON.parse(runCli(['plan', '--json', '--weeks', '1', '--root', BASIC, '--now', now]).stdout);
    expect(plan.overdue).toEqual([{ channel: 'blog', date: '2026-11-17', start: '2026-11-17T09:00:00+08:00', until: '2026-11-24', dueToday: true, pillar: expect.any(String), post: 'offtheme' }]);
    expect(plan.slots.map((s: { date: string }) => s.date)).toEqual(['2026-11-24']);
    expect(runCli(['plan', '--weeks', '1', '--root', BASIC, '--now', now, '--lang', 'zh']).stdout).toContain('（今天该发，还没发）');
    const check = JSON.parse(runCli(['check', '--json', '--root', BASIC, '--now', now]).stdout);
    expect(check.channels[0]).toMatchObject({ overdue: { date: '2026-11-17', dueToday: true }, nextSlot: '2026-11-24T09:00:00+08:00' });
    expect(runCli(['check', '--root', BASIC, '--now', now]).stdout).toContain('; due today at 09:00, not posted yet, next 2026-11-24 09:00 +08:00');
  });
});
