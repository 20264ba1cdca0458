import { describe, expect, test } from 'vitest';
import { flagChannel } from '../../src/core/channel-flags.ts';
import type { ChannelStats } from '../../src/core/streaks.ts';

function statsWith(fields: Partial<ChannelStats>): ChannelStats {
  return {
    id: 'blog', expected: 10, fulfilled: 8, missed: [], missedSince: {}, currentStreak: 0, longestStreak: 5, consistency: 0.8, nextSlot: null,
    consistency90: 0.8, expected90: 10, pending: null, overdue: null, atRisk: null, buffer: { covered: 0, coveredUntil: null }, days: [], ...fields,
  };
}

describe('flagChannel', () => {
  test('raises a gap warning for each slot missed in the last 30 days of the channel zone', () => {
    const stats = statsWith({ missed: ['2026-09-01', '2026-10-24', '2026-10-25', '2026-11-20'] });
    // 2026-11-23T20:00Z is already 2026-11-24 in Shanghai: 2026-10-25 is the oldest date kept.
    const flags = flagChannel(stats, 'Blog', Date.parse('2026-11-23T20:00:00Z'), 'Asia/Shanghai');
    expect(flags.map((f) => [f.kind, f.severity, f.channel, f.date])).toEqual([
      ['gap', 'warning', 'blog', '2026-10-25'],
      ['gap', 'warning', 'blog', '2026-11-20'],
    ]);
    expect(flags[0]!.message).toBe('Blog has no published post for its 2026-10-25 slot');
    expect(flags[0]!.hint).toContain('add a break covering 2026-10-25');
  });

  // A trial in Chinese: check's hint read 添加覆盖 2026-11-02 的 break, an English word where the
  // studio and import say 休息期.
  test('says a gap\'s hint in Chinese with the Chinese word for a break, naming the breaks field to edit', () => {
    const [flag] = flagChannel(statsWith({ missed: ['2026-11-02'] }), '博客', Date.parse('2026-11-10T00:00:00Z'), 'Asia/Shanghai', 'zh');
    expect(flag!.hint).toBe('如果那是计划中的暂停，请在 content/planner.json 的 breaks 中为 "blog" 添加一个覆盖 2026-11-02 的休息期');
    expect(flag!.hint).not.toMatch(/\bbreak\b/);
  });

  test('the same instant in a zone behind UTC keeps one more day of gaps', () => {
    const stats = statsWith({ missed: ['2026-10-23', '2026-10-24'] });
    const flags = flagChannel(stats, 'Blog', Date.parse('2026-11-23T20:00:00Z'), 'America/Los_Angeles');
    expect(flags.map((f) => f.date)).toEqual(['2026-10-24']);
  });

  test('notes a streak at risk, naming the slot and the streak it would end', () => {
    const stats = statsWith({ currentStreak: 4, atRisk: { date: '2026-11-24', start: '2026-11-24T09:00:00+08:00' } });
    const [flag] = flagChannel(stats, 'Blog', Date.parse('2026-11-23T02:00:00Z'), 'Asia/Shanghai');
    expect(flag).toEqual({
      kind: 'streak-at-risk', severity: 'info', channel: 'blog', date: '2026-11-24',
      message: "Blog's slot at 2026-11-24T09:00:00+08:00 has no post planned or published; leaving it empty ends a streak of 4",
      hint: 'set plannedFor: 2026-11-24 on a post of channel "blog"',
    });
  });

  test('raises nothing for a channel without gaps or risk', () => {
    expect(flagChannel(statsWith({}), 'Blog', Date.parse('2026-11-23T02:00:00Z'), 'Asia/Shanghai')).toEqual([]);
  });
});

describe('a slot at risk whose time has passed', () => {
  // A slot's window runs until the next slot starts: a post published before then still fills it,
  // so the hint asks for that, not for a plannedFor date already in the past.
  test.each([
    // The day of the next slot, where the window ends (shared/interfaces.md §3), not its 20:00.
    ['en', 'publish a post on channel "blog" before 2026-12-25: it still fills the 2026-11-27 slot'],
    ['zh', '在 2026-12-25 之前在渠道 "blog" 发布一篇文章：它仍然算作 2026-11-27 的排期'],
  ] as const)('%s: the hint says to publish before the next slot\'s day', (lang, hint) => {
    const stats = statsWith({ atRisk: { date: '2026-11-27', start: '2026-11-27T20:00:00+08:00' }, nextSlot: '2026-12-25T20:00:00+08:00' });
    const [flag] = flagChannel(stats, 'Blog', Date.parse('2026-12-01T10:00:00Z'), 'Asia/Shanghai', lang);
    expect(flag!.hint).toBe(hint);
  });

  test('a slot still ahead keeps the plannedFor hint', () => {
    const stats = statsWith({ atRisk: { date: '2026-12-02', start: '2026-12-02T20:00:00+08:00' }, nextSlot: '2026-12-02T20:00:00+08:00' });
    const [flag] = flagChannel(stats, 'Blog', Date.parse('2026-12-01T10:00:00Z'), 'Asia/Shanghai');
    expect(flag!.hint).toBe('set plannedFor: 2026-12-02 on a post of channel "blog"');
  });
});
