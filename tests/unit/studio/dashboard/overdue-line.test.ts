/**
 * The channel card's "missed so far" line in Chinese: its dates are formatted as 2026年11月30日周一,
 * which end in a Chinese character, so no space goes between the date and the 的 / 之前 after it
 * (a newcomer's screenshot read "2026年11月30日周一 的排期").
 */
import { describe, expect, test } from 'vitest';
import { DASHBOARD_TEXT } from '../../../../src/studio/dashboard/strings.ts';
import { formatDay } from '../../../../src/studio/plan/format.ts';
import { fill } from '../../../../src/studio/shared/i18n.ts';

describe('the card\'s missed-so-far line, as StreakCard fills it', () => {
  const date = formatDay('2026-11-30', 'zh');
  const until = formatDay('2026-12-07', 'zh');
  test('in Chinese, no space between a date and the Chinese word after it', () => {
    expect(fill(DASHBOARD_TEXT['dash.overdue']!.zh, { date, until })).toBe('目前断更：2026年11月30日周一的排期没有发布文章；在 2026年12月7日周一之前发布仍可补上');
    expect(fill(DASHBOARD_TEXT['dash.overdueOpen']!.zh, { date })).toBe('目前断更：2026年11月30日周一的排期没有发布文章');
  });
  test('in English, unchanged', () => {
    expect(fill(DASHBOARD_TEXT['dash.overdue']!.en, { date: formatDay('2026-11-30', 'en'), until: formatDay('2026-12-07', 'en') }))
      .toBe('Missed so far: the slot of Mon, 30 Nov 2026 has no post; one published before Mon, 7 Dec 2026 still fills it');
  });
});

// A trial's 知乎 card said "没有存稿：下一个排期还没有着落。" while a draft was planned for that very slot
// (the plan showed it there): only a scheduled post counts as cover, and the line now says so.
describe("the card's no-buffer line", () => {
  test('says what covers a slot: a post set to scheduled, in English and Chinese', () => {
    expect(DASHBOARD_TEXT['dash.noBuffer']!.zh).toBe('没有存稿：下一个排期还没有“已排期”的文章（草稿不算）。');
    expect(DASHBOARD_TEXT['dash.noBuffer']!.en).toBe('No buffer: no scheduled post covers the next slot yet (a draft does not).');
  });
});
