/**
 * A biweekly Wednesday channel starting on a Sunday has its first slot 10 days later, not 3: RFC
 * 5545 §3.3.10 counts "every 2 weeks" from the week holding the start (weeks start on WKST, Monday
 * by default), and the Wednesday 3 days later is in the next week, a week off. The result stands
 * (rrule and python-dateutil agree); the channels page, the cadence preview and the plan say why.
 */
import { describe, expect, test } from 'vitest';
import { explainFirstSlot } from '../../src/core/first-slot.ts';
import { previewCadence } from '../../src/studio/channels/cadence-preview.ts';
import { comingFirstSlotNote, firstSlotNote } from '../../src/studio/channels/first-slot-note.ts';

const at = (cadence: string, start: string) => ({ cadence, start, time: '09:00', zone: 'Asia/Shanghai' });

describe('explainFirstSlot', () => {
  test.each([
    // Sunday start, weeks from Monday: Wed 9 Dec is in the start's week + 1, a week off.
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2026-12-06', { first: '2026-12-16', skipped: '2026-12-09', interval: 2, freq: 'WEEKLY', weekStart: 'MO' }],
    ['RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=FR', '2026-12-06', { first: '2026-12-25', skipped: '2026-12-11', interval: 3, freq: 'WEEKLY', weekStart: 'MO' }],
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1', '2026-12-06', { first: '2027-02-01', skipped: '2027-01-01', interval: 2, freq: 'MONTHLY', weekStart: 'MO' }],
  ] as const)('explains %s from %s', (cadence, start, expected) => {
    expect(explainFirstSlot(at(cadence, start))).toEqual(expected);
  });

  test.each([
    // WKST=SU puts the Sunday start and that Wednesday in one week.
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=SU', '2026-12-06'],
    // A Monday start: the Wednesday is in the start's week.
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2026-12-07'],
    ['FREQ=WEEKLY;BYDAY=WE', '2026-12-06'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE', '2026-12-08'],
    ['FREQ=WEEKLY;INTERVAL=2', '2026-12-06'],
    ['not a rule', '2026-12-06'],
  ])('says nothing when the first slot is the first matching day: %s from %s', (cadence, start) => {
    expect(explainFirstSlot(at(cadence, start))).toBeNull();
  });
});

describe('the first slot note', () => {
  test('names the first slot, the week counted from and the day to start on, in English and Chinese', () => {
    expect(firstSlotNote(at('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2026-12-06'), 'en')).toBe(
      'First slot: Wed, 16 Dec 2026. "Every other week" counts from the week of the start date (weeks start on Monday, RFC 5545 WKST), so Wed, 9 Dec 2026 falls in a week off; to begin on that day, set the start date to 2026-12-09.',
    );
    expect(firstSlotNote(at('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2026-12-06'), 'zh')).toBe(
      '第一个排期：2026年12月16日周三。“每两周”从开始日期所在的那一周算起（每周从周一开始，RFC 5545 的 WKST），2026年12月9日周三正好落在隔开的那一周；想从那天开始，把开始日期改为 2026-12-09。',
    );
    expect(firstSlotNote(at('FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1', '2026-12-06'), 'zh')).toBe(
      '第一个排期：2027年2月1日周一。“每两个月”从开始日期所在的那个月算起，2027年1月1日周五正好落在隔开的那个月；想从那天开始，把开始日期改为 2027-01-01。',
    );
  });

  test('the start date it suggests gives the skipped day as the first slot', () => {
    const info = explainFirstSlot(at('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2026-12-06'))!;
    expect(previewCadence(at('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', info.skipped), Date.parse('2026-12-06T00:00:00Z'), 'en')).toMatchObject({ slots: [{ date: '2026-12-09' }, { date: '2026-12-23' }, ...new Array(6).fill(expect.anything())] });
  });

  test('is in the cadence preview, and on the channels page only while the first slot is to come', () => {
    const now = Date.parse('2026-12-06T01:00:00Z');
    const preview = previewCadence(at('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2026-12-06'), now, 'zh');
    expect(preview).toMatchObject({ text: '每两周一次（周三）', slots: expect.arrayContaining([{ date: '2026-12-16', start: '2026-12-16T09:00:00+08:00' }]), note: expect.stringMatching(/^第一个排期：2026年12月16日周三。/) });
    expect(previewCadence(at('FREQ=WEEKLY;BYDAY=WE', '2026-12-06'), now, 'zh')).not.toHaveProperty('note');
    const channel = { cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', start: '2026-12-06', time: '09:00' };
    expect(comingFirstSlotNote(channel, 'Asia/Shanghai', '2026-12-16', 'en')).toMatch(/^First slot: Wed, 16 Dec 2026\./);
    expect(comingFirstSlotNote(channel, 'Asia/Shanghai', '2026-12-17', 'en')).toBeNull();
  });
});
