/**
 * A cadence typed as people say it ("每周二、四、六 晚上8点", where the channel form asks for an RRULE)
 * is told the rule and the time to write; before, it got "is not a NAME=VALUE part" and the
 * generic example, which says nothing of her Tuesdays, Thursdays and Saturdays.
 */
import { describe, expect, test } from 'vitest';
import { checkCadence } from '../../src/core/cadence.ts';
import { readCadenceWords } from '../../src/core/cadence-words.ts';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';

describe('readCadenceWords', () => {
  test.each([
    ['每周二、四、六 晚上8点', 'FREQ=WEEKLY;BYDAY=TU,TH,SA', '20:00'],
    ['每周二、四、六　晚上８点', 'FREQ=WEEKLY;BYDAY=TU,TH,SA', '20:00'],
    ['星期一到星期五 下午三点半', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '15:30'],
    ['工作日 早上9点', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '09:00'],
    ['隔周周四 20:30', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', '20:30'],
    ['每周三次（周一、周三、周五）', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', undefined],
    ['每周六日 中午12点', 'FREQ=WEEKLY;BYDAY=SA,SU', '12:00'],
    ['周末', 'FREQ=WEEKLY;BYDAY=SA,SU', undefined],
    ['每天早上 8:00', 'FREQ=DAILY', '08:00'],
    ['每月8号 晚上九点', 'FREQ=MONTHLY;BYMONTHDAY=8', '21:00'],
    ['every Tuesday and Friday at 8pm', 'FREQ=WEEKLY;BYDAY=TU,FR', '20:00'],
    ['every other week on Thursday, 7:30 pm', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', '19:30'],
    ['daily', 'FREQ=DAILY', undefined],
    // As Taiwan and Hong Kong write them, in Traditional characters.
    ['每週二、四、六 晚上8點', 'FREQ=WEEKLY;BYDAY=TU,TH,SA', '20:00'],
    ['週一到週五 下午三點半', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '15:30'],
    ['每兩週禮拜天 早上10點', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU', '10:00'],
    ['隔週週四 20:30', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', '20:30'],
    ['每個月1號與15號', 'FREQ=MONTHLY;BYMONTHDAY=1,15', undefined],
    ['週末 夜裡11點', 'FREQ=WEEKLY;BYDAY=SA,SU', '23:00'],
  ])('reads %s as %s at %s', (text, rule, time) => {
    expect(readCadenceWords(text)).toEqual(time === undefined ? { rule } : { rule, time });
  });

  test.each(['每周三次', 'twice a week', 'biweekly', 'FREQ=WEEKLY;BYDAY=TU', '每月'])('leaves %s unread: it names no day', (text) => {
    expect(readCadenceWords(text)).toBeUndefined();
  });

  // Each of these was offered a rule that means something else (the wrong days, every week for
  // every other, one month day of two, a time two hours off): a wrong rule is worse than none.
  test.each([
    ['mon-fri', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', undefined],
    ['Sat to Mon 9am', 'FREQ=WEEKLY;BYDAY=MO,SA,SU', '09:00'],
    ['周五到周一', 'FREQ=WEEKLY;BYDAY=MO,FR,SA,SU', undefined],
    ['every other Monday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', undefined],
    ['every 3 weeks on Friday', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR', undefined],
    ['每三周周五', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR', undefined],
    ['weekdays and Saturday', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA', undefined],
    ['每月1号和15号', 'FREQ=MONTHLY;BYMONTHDAY=1,15', undefined],
    ['每周四 晚上7-9点', 'FREQ=WEEKLY;BYDAY=TH', '19:00'],
    ['every Wednesday, 5-7pm', 'FREQ=WEEKLY;BYDAY=WE', '17:00'],
    ['Mondays at 12am', 'FREQ=WEEKLY;BYDAY=MO', '00:00'],
    ['每周一 凌晨12点', 'FREQ=WEEKLY;BYDAY=MO', '00:00'],
    ['每周一 晚上12点', 'FREQ=WEEKLY;BYDAY=MO', undefined],
    ['每周二（节假日除外）', 'FREQ=WEEKLY;BYDAY=TU', undefined],
    ['每週二（節假日除外）', 'FREQ=WEEKLY;BYDAY=TU', undefined],
  ])('reads %s as %s at %s, not as another rule', (text, rule, time) => {
    expect(readCadenceWords(text)).toEqual(time === undefined ? { rule } : { rule, time });
  });

  test.each([
    'every day except Sunday', 'daily except weekends', 'not on Mondays', 'Mondays off', '每天更新，周日除外', '周日不更',
    '每月第一个周一', 'first Monday of the month', 'last Friday', '每月的周三',
    '每天两次', '每天早晚各一次', 'twice a day',
    'every 3 days', '每隔一天', '每隔两周周三',
    '每月最後一個週五', '每天兩次', '每隔兩週週三', '週日不更',
  ])('leaves %s unread: no weekly, daily or month-day rule says it', (text) => {
    expect(readCadenceWords(text)).toBeUndefined();
  });
});

describe('checkCadence on a cadence in words', () => {
  test('names the rule and the time to write, in English and in Chinese', () => {
    const problem = checkCadence('每周二、四、六 晚上8点', '小红书');
    expect(problem?.message).toBe('"每周二、四、六 晚上8点" is a cadence in words; use an RRULE and set the channel\'s "time" to 20:00; did you mean "FREQ=WEEKLY;BYDAY=TU,TH,SA"?');
    expect(translateMessage(problem!.message)).toBe('“每周二、四、六 晚上8点”是用文字写的发布节奏；请写成 RRULE，并把渠道的发布时间（"time"）设为 20:00；是不是想写 "FREQ=WEEKLY;BYDAY=TU,TH,SA"？');
  });

  test('suggests a rule that is itself a valid cadence', () => {
    for (const text of ['每周二、四、六 晚上8点', '隔周周四', '每月8号', 'weekdays 9am']) {
      const meant = /did you mean "([^"]+)"/.exec(checkCadence(text)!.message)![1]!;
      expect(checkCadence(meant)).toBeNull();
    }
  });
});
