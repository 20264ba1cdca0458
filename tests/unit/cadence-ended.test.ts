/**
 * A channel whose cadence has run out (RRULE UNTIL or COUNT, RFC 5545 §3.3.10) has no next slot
 * ever: check's channel line and the studio's card say so. A cadence whose next slot is only
 * further away than the stats look ahead (60 days: a newsletter twice a year) has not ended.
 */
import { describe, expect, test } from 'vitest';
import { formatCheckText } from '../../src/cli/format-check.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { cadenceEnded } from '../../src/core/slots.ts';
import { renderHeatmapSvg } from '../../src/core/heatmap.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const channel = (id: string, cadence: string, start = '2026-01-05') => ({ id, name: id, platform: 'blog', cadence, start, time: '09:00' });
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Ada', label: 'Writer', timezone: 'Europe/Berlin', pillars: [{ id: 'p', name: 'P' }] },
  channels: [
    channel('until', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20261010T000000Z'),
    channel('count', 'FREQ=WEEKLY;BYDAY=MO;COUNT=10'),
    // Twice a year on the 5th (Feb, Aug): the next slot, 2027-02-05, lies past the 60 days the
    // stats expand slots ahead of now.
    channel('halfyearly', 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=5', '2026-02-05'),
    channel('weekly', 'FREQ=WEEKLY;BYDAY=MO'),
  ],
  breaks: [],
});

describe('cadenceEnded', () => {
  test('is true once UNTIL or COUNT is behind now, false for a cadence that goes on, however far its next slot', () => {
    expect(planner.channels.map((c) => cadenceEnded(c, 'Europe/Berlin', NOW))).toEqual([true, true, false, false]);
    // Before UNTIL, the same cadence has not ended.
    expect(cadenceEnded(planner.channels[0]!, 'Europe/Berlin', Date.parse('2026-10-01T00:00:00Z'))).toBe(false);
  });

  test("reads in check's channel line, English and Chinese, only for the ended cadences", () => {
    const report = buildCheckReport({ planner, posts: [], now: NOW });
    const en = formatCheckText(report, planner, false, 'en').split('\n');
    const zh = formatCheckText(report, planner, false, 'zh').split('\n');
    const line = (lines: string[], id: string) => lines.find((l) => l.startsWith(`${id}:`) || l.startsWith(`${id}：`)) ?? '';
    expect(line(en, 'until')).toMatch(/; its cadence has ended: no more slots$/);
    expect(line(en, 'count')).toMatch(/; its cadence has ended: no more slots$/);
    expect(line(zh, 'until')).toMatch(/；节奏已结束，没有后续排期$/);
    expect(line(en, 'halfyearly')).not.toMatch(/ended/);
    expect(line(en, 'weekly')).toMatch(/, next 2026-12-07 09:00/);
  });
});

describe('a cadence sparser than the 60 days the stats look ahead', () => {
  test('still has its next slot, and the pending slot its window end, in check --json and the text', () => {
    const report = buildCheckReport({ planner, posts: [], now: NOW });
    const half = report.channels[2]!;
    expect(half.nextSlot).toBe('2027-02-05T09:00:00+01:00');
    expect(half.overdue).toEqual({ date: '2026-08-05', start: '2026-08-05T09:00:00+02:00', until: '2027-02-05', dueToday: false });
    const en = formatCheckText(report, planner, false, 'en');
    expect(en).toMatch(/halfyearly: .*the 2026-08-05 slot is missed so far \(a post published before 2027-02-05 still fills it\), next 2027-02-05 09:00/);
  });

  test('a break over the next slots: nextSlot is the first slot after the break', () => {
    const withBreak = PlannerSchema.parse({ ...planner, breaks: [{ from: '2026-12-01', to: '2027-03-31', channels: ['weekly'] }] });
    const report = buildCheckReport({ planner: withBreak, posts: [], now: NOW });
    expect(report.channels[3]!.nextSlot).toBe('2027-04-05T09:00:00+02:00');
  });
});

describe("an ended cadence's last slot", () => {
  // Weekly on Mondays until 10 Oct 2026: the last slot is Mon 5 Oct, its window never closes (§3).
  const ended = PlannerSchema.parse({ ...planner, channels: [planner.channels[0]] });

  test('is owed for the interval before it (a week here), then no longer said to be missed or at risk, though it stays pending and never a gap', () => {
    const soon = buildCheckReport({ planner: ended, posts: [], now: Date.parse('2026-10-08T12:00:00Z') }).channels[0]!;
    expect(soon.overdue).toMatchObject({ date: '2026-10-05', until: null });
    const later = buildCheckReport({ planner: ended, posts: [], now: NOW });
    const stats = later.channels[0]!;
    expect(stats.overdue).toBeNull();
    expect(stats.atRisk).toBeNull();
    expect(stats.pending).toMatchObject({ date: '2026-10-05', filled: false });
    expect(stats.missed).not.toContain('2026-10-05');
    expect(later.flags.filter((f) => f.kind === 'streak-at-risk')).toEqual([]);
    expect(formatCheckText(later, ended, false, 'en')).not.toMatch(/missed so far/);
  });
});

describe('the heatmap cells of a channel', () => {
  const missedCells = (days: { date: string; state: string }[]) => days.filter((d) => d.state === 'missed').map((d) => d.date);

  test.each([
    ['an ended cadence long after its last slot', NOW],
    ['an ended cadence while its last slot is owed', Date.parse('2026-10-08T12:00:00Z')],
    ['every cadence on the day after a slot', Date.parse('2026-11-24T12:00:00Z')],
  ])('draw as missed exactly the gaps the figures count: %s', (_, now) => {
    const report = buildCheckReport({ planner, posts: [], now });
    for (const stats of report.channels) expect(missedCells(stats.days)).toEqual(stats.missed);
  });

  test("draw an ended cadence's last slot that is no longer owed as pending, as the figures have it, not as a gap", () => {
    const stats = buildCheckReport({ planner: PlannerSchema.parse({ ...planner, channels: [planner.channels[0]] }), posts: [], now: NOW }).channels[0]!;
    expect(stats.days.find((d) => d.date === '2026-10-05')?.state).toBe('pending');
    const svg = renderHeatmapSvg(stats.days, { from: '2026-09-01', to: '2026-11-30', label: 'until' });
    expect(svg.match(/<rect class="tl-heat-missed"[^>]*data-date/g)?.length ?? 0).toBe(stats.missed.filter((d) => d >= '2026-09-01').length);
  });
});
