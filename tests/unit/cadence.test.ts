import { describe, expect, test } from 'vitest';
import { CADENCE_PRESETS, cadenceSkipNote, checkCadence, checkChannelCadences, describeCadence, parseUntil } from '../../src/core/cadence.ts';
import { cadenceInWords, previewCadence } from '../../src/studio/channels/cadence-preview.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';

describe('checkCadence', () => {
  test.each([
    'FREQ=WEEKLY;BYDAY=TU,FR',
    'RRULE:FREQ=DAILY',
    'rrule:freq=weekly;byday=mo',
    ' FREQ=MONTHLY;BYDAY=1TH ',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=SU',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=DAILY;COUNT=10',
    'FREQ=WEEKLY;UNTIL=20261231',
    'FREQ=WEEKLY;UNTIL=20261231T235959Z',
    'FREQ=WEEKLY;BYDAY=TU;',
  ])('accepts %s', (rule) => {
    expect(checkCadence(rule)).toBeNull();
  });

  test('rejects a cadence more often than daily and says which frequencies are allowed', () => {
    expect(checkCadence('FREQ=HOURLY')?.message).toMatchInlineSnapshot(`"FREQ=HOURLY is more often than daily; a channel has at most one slot a day: use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"`);
    expect(checkCadence('FREQ=MINUTELY;INTERVAL=30')?.message).toMatch(/FREQ=MINUTELY is more often than daily/);
    expect(checkCadence('FREQ=SECONDLY')?.message).toMatch(/FREQ=SECONDLY is more often than daily/);
  });

  test('rejects two slots on one day and points to the channel time instead', () => {
    expect(checkCadence('FREQ=DAILY;BYHOUR=9,15')?.message).toMatchInlineSnapshot(`"BYHOUR is not allowed: a channel has one slot a day, at its "time" field (e.g. "time": "09:00")"`);
    expect(checkCadence('FREQ=WEEKLY;BYDAY=MO;BYMINUTE=0,30')?.message).toMatch(/BYMINUTE is not allowed.*"time"/);
    expect(checkCadence('FREQ=WEEKLY;BYSECOND=0')?.message).toMatch(/BYSECOND is not allowed/);
  });

  test('rejects a DTSTART or TZID inside the cadence and names the field to use', () => {
    expect(checkCadence('DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY')?.message).toMatch(/^DTSTART does not belong/);
    expect(checkCadence('DTSTART=20260101T090000;FREQ=DAILY')?.message).toMatchInlineSnapshot(`"DTSTART does not belong in the cadence: the channel's "start" field sets the first date"`);
    expect(checkCadence('FREQ=DAILY;TZID=Asia/Shanghai')?.message).toMatch(/"timezone" field/);
  });

  // A calendar's EXDATE (dates to skip) written into the cadence was only an "unknown part":
  // the way to skip dates here is a break, which the message now names, EN and 中文.
  // The example break named the channel "blog" whatever the channel was: Sam copied it into his
  // LinkedIn channel's planner and the break covered his blog instead.
  test('names the channel at fault in the example break of an EXDATE, in planner.json', () => {
    const result = PlannerSchema.safeParse({
      version: 1,
      brand: { name: 'Sam', label: 'x', timezone: 'America/New_York', pillars: [{ id: 'p', name: 'P' }] },
      channels: [{ id: 'linkedin', name: 'LinkedIn', platform: 'linkedin', cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;EXDATE=20261229', start: '2026-11-03' }],
    });
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'channels.0.cadence')!;
    expect(issue.message).toContain('(e.g. {"from": "2026-12-29", "to": "2026-12-29", "channels": ["linkedin"]})');
    expect(checkCadence('FREQ=WEEKLY;EXDATE=20261229', '小红书')!.message).toContain('"channels": ["小红书"]');
  });

  test('rejects an EXDATE inside the cadence and names breaks as the way to skip a date', () => {
    for (const rule of ['FREQ=WEEKLY;BYDAY=MO;EXDATE=20261207', 'FREQ=WEEKLY;BYDAY=MO\nEXDATE:20261207']) {
      const message = checkCadence(rule)?.message ?? '';
      expect(message).toBe('EXDATE does not belong in the cadence: to skip a date, add a break to "breaks" (e.g. {"from": "2026-12-07", "to": "2026-12-07", "channels": ["blog"]}): its slots are left out of the plan, the streaks and the calendar');
      expect(translateMessage(message)).toBe('EXDATE 不属于发布节奏：要跳过某一天，请在 "breaks" 里加一个休息期（例如 {"from": "2026-12-07", "to": "2026-12-07", "channels": ["blog"]}）：其中的排期不会出现在计划、连续记录和日历中');
    }
  });

  test.each([
    ['an empty rule', ''],
    ['text that is not NAME=VALUE', 'every tuesday'],
    ['an unknown part', 'FREQ=WEEKLY;BYWEEKDAY=TU'],
    ['a part given twice', 'FREQ=WEEKLY;FREQ=DAILY'],
    ['a rule without FREQ', 'BYDAY=TU'],
    ['an unknown frequency', 'FREQ=FORTNIGHTLY'],
    ['an interval that is not a number', 'FREQ=WEEKLY;INTERVAL=two'],
    ['a count of zero', 'FREQ=DAILY;COUNT=0'],
    ['COUNT with UNTIL', 'FREQ=DAILY;COUNT=3;UNTIL=20261231'],
    ['an UNTIL that is not a date', 'FREQ=DAILY;UNTIL=2026-12-31'],
    ['an UNTIL on a day that does not exist', 'FREQ=DAILY;UNTIL=20260230'],
    ['an unknown weekday', 'FREQ=WEEKLY;BYDAY=TU,XX'],
    ['a numbered weekday in a weekly rule', 'FREQ=WEEKLY;BYDAY=1TH'],
    ['a month day out of range', 'FREQ=MONTHLY;BYMONTHDAY=32'],
    ['a month out of range', 'FREQ=YEARLY;BYMONTH=13'],
    ['a month day in a weekly rule', 'FREQ=WEEKLY;BYMONTHDAY=1'],
    ['BYSETPOS alone', 'FREQ=MONTHLY;BYSETPOS=1'],
    ['a rule that never produces a date', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30'],
    ['a sixth Monday', 'FREQ=MONTHLY;BYDAY=6MO'],
  ])('rejects %s with a message that says what would be valid', (_name, rule) => {
    const problem = checkCadence(rule);
    expect(problem).not.toBeNull();
    expect(problem!.message).not.toMatch(/undefined|Cannot read/);
    expect(problem!.message).toMatch(/expected|e\.g\.|use|give|check|needs|must|add/);
  });

  // "Every other Tuesday" written as people say it: FREQ=BIWEEKLY was offered FREQ=WEEKLY, which
  // doubles the output; BYDAY=1MO without FREQ and weekdays separated by spaces got no suggestion.
  test.each([
    ['FREQ=BIWEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    ['FREQ=FORTNIGHTLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'],
    ['FREQ=QUARTERLY;BYMONTHDAY=1', 'FREQ=MONTHLY;INTERVAL=3', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1'],
    ['FREQ=ANNUALLY', 'FREQ=YEARLY', 'FREQ=YEARLY'],
    ['FREQ=WEEKDAYS', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    ['BYDAY=1MO', 'FREQ=MONTHLY;BYDAY=1MO', 'FREQ=MONTHLY;BYDAY=1MO'],
    ['BYDAY=MO,WE,FR', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'],
    ['FREQ=WEEKLY;BYDAY=MO WE FR', 'BYDAY=MO,WE,FR', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'],
    ['FREQ=WEEKLY;BYDAY=Mon Wed Fri', 'BYDAY=MO,WE,FR', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'],
  ])('%s: did you mean "%s"', (rule, meant, fixed) => {
    const message = checkCadence(rule)!.message;
    expect(message).toContain(`did you mean "${meant}"?`);
    expect(checkCadence(fixed)).toBeNull();
    expect(translateMessage(message)).toContain(`是不是想写 "${meant}"？`);
  });

  test('keeps a rule that says how often it repeats: FREQ=BIWEEKLY;INTERVAL=3 is not guessed at', () => {
    expect(checkCadence('FREQ=BIWEEKLY;INTERVAL=3')!.message).not.toContain('did you mean');
  });

  test('pins the messages for common mistakes', () => {
    const messages = ['every tuesday', 'FREQ=WEEKLY;BYDAY=TU,XX', 'FREQ=WEEKLY;BYDAY=1TH', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;UNTIL=2026-12-31'].map(
      (rule) => checkCadence(rule)?.message,
    );
    expect(messages).toMatchInlineSnapshot(`
      [
        ""every tuesday" is a cadence in words; use an RRULE; did you mean "FREQ=WEEKLY;BYDAY=TU"?",
        "BYDAY=TU,XX is not valid; expected weekdays MO, TU, WE, TH, FR, SA, SU separated by ",", numbered for MONTHLY or YEARLY (1TH = first Thursday, -1FR = last Friday)",
        "BYDAY=1TH numbers a weekday, which only works with FREQ=MONTHLY or YEARLY; with FREQ=WEEKLY use plain weekdays such as BYDAY=TH",
        "the cadence never produces a date (February has no 30th, no month has a 6th Monday); check BYMONTH, BYMONTHDAY, BYDAY and BYSETPOS",
        "UNTIL=2026-12-31 is not valid; expected a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS (Z for UTC), e.g. UNTIL=20261231",
      ]
    `);
  });
});

describe('parseUntil', () => {
  test('reads a date as the end of that local day and a Z date-time as an instant', () => {
    expect(parseUntil('20261231')).toEqual({ wall: Date.UTC(2026, 11, 31, 23, 59, 59) });
    expect(parseUntil('20261231T080000')).toEqual({ wall: Date.UTC(2026, 11, 31, 8) });
    expect(parseUntil('20261231T080000Z')).toEqual({ instant: Date.UTC(2026, 11, 31, 8) });
    expect(parseUntil('20261231T250000')).toBeNull();
  });
});

describe('describeCadence', () => {
  test.each([
    ['FREQ=WEEKLY;BYDAY=TU,FR', '每周两次（周二、周五）', 'Twice a week (Tue, Fri)'],
    ['FREQ=DAILY', '每天', 'Every day'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '每个工作日', 'Every weekday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', '每两周一次（周四）', 'Every other week (Thursday)'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '每两周一次（周三）', 'Every other week (Wednesday)'],
    ['FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH', '每三周两次（周一、周四）', 'Twice every 3 weeks (Mon, Thu)'],
    ['FREQ=WEEKLY;INTERVAL=12', '每12周一次', 'Every 12 weeks'],
    ['FREQ=DAILY;INTERVAL=2', '每两天', 'Every other day'],
    ['FREQ=MONTHLY;BYMONTHDAY=1', '每月1日', 'Monthly on the 1st'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '每月最后一天', 'Every month on the last day'],
    ['FREQ=MONTHLY;BYDAY=1TH;COUNT=6', '每月第一个周四，共6次', 'First Thursday of the month for 6 times'],
    ['FREQ=MONTHLY;BYDAY=-1FR', '每月最后一个周五', 'Last Friday of the month'],
    ['RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15;UNTIL=20301231', '每年3月15日，直到2030年12月31日', 'Every March on the 15th until 2030-12-31'],
  ])('describes %s as "%s" and "%s"', (rule, zh, en) => {
    expect(describeCadence(rule, 'zh')).toBe(zh);
    expect(describeCadence(rule, 'en')).toBe(en);
  });

  // BYSETPOS picks among the dates: rrule's English left it out, so the last weekday of the month
  // read "every month on weekdays" on the studio's channels page and the about page.
  test.each([
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'Every month on weekdays (only the last of them each month)'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1;COUNT=4', 'Every month on weekdays (only the 1st and the last of them each month) for 4 times'],
    ['FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=2', 'Every month on Saturday, Sunday (only the 2nd of them each month)'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-2', 'Every month on the 1st and 15th (only the 2nd to last of them each month)'],
    ['FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20301231', 'Every other month on weekdays (only the last of them in each of those months) until 2030-12-31'],
  ])('names BYSETPOS in English: %s', (rule, en) => {
    expect(describeCadence(rule, 'en')).toBe(en);
  });

  // The weekdays of a month picked by position read as Chinese says them (每月最后一个工作日), not as
  // "每月每个周一、每个周二、每个周三、每个周四、每个周五中的最后一个".
  test.each([
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '每月最后一个工作日'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1;COUNT=4', '每月第一个、最后一个工作日，共4次'],
    ['FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=2', '每两个月第二个工作日'],
    ['FREQ=YEARLY;BYMONTH=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '每年3月最后一个工作日'],
    ['FREQ=MONTHLY;BYMONTH=1,7;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '每月最后一个工作日（仅1月、7月）'],
    ['FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1', '每月每个周六、每个周日中的第一个'],
  ])('names the weekdays picked by BYSETPOS in Chinese: %s', (rule, zh) => {
    expect(describeCadence(rule, 'zh')).toBe(zh);
  });

  // A channel made from the preset "每两周一次（周四）" was described as "每2周的周四" on the channels page.
  test.each(CADENCE_PRESETS.map((p) => [p.rule, p.label.zh]))('describes the preset %s in the preset list\'s own words, "%s"', (rule, label) => {
    expect(describeCadence(rule, 'zh')).toBe(label);
  });

  // A channel made from the preset "Every other week (Thursday)" read "every 2 weeks on Thursday" on
  // the channels page, in the cadence preview and on the about page.
  test.each(CADENCE_PRESETS.map((p) => [p.rule, p.label.en]))('describes the preset %s in the preset list\'s own English words, "%s"', (rule, label) => {
    expect(describeCadence(rule, 'en')).toBe(label);
  });

  // The same dates written another way are the same preset; an end follows its words.
  test.each(CADENCE_PRESETS.flatMap((p) => {
    const parts = p.rule.split(';').map((part) => part.replace(/(?<==).*,.*/, (list) => list.split(',').reverse().join(',')));
    return [
      [`RRULE:${[...parts].reverse().join(';').toLowerCase()}`, p.label.en, p.label.zh],
      [`${p.rule};COUNT=3`, `${p.label.en} for 3 times`, null],
      [`${p.rule};UNTIL=20301231`, `${p.label.en} until 2030-12-31`, null],
    ];
  }))('describes %s, a preset written otherwise or with an end, in its words: "%s"', (rule, en, zh) => {
    expect(describeCadence(rule, 'en')).toBe(en);
    if (zh) expect(describeCadence(rule, 'zh')).toBe(zh);
  });

  test('a rule no preset names keeps rrule\'s words, a line\'s capital first', () => {
    expect(describeCadence('FREQ=WEEKLY;BYDAY=TU;BYMONTH=3', 'en')).toBe('Every week in March on Tuesday');
    expect(describeCadence('FREQ=MONTHLY;BYMONTHDAY=10,20', 'en')).toBe('Every month on the 10th and 20th');
  });

  // A new user's channels page and about page read "Once a week (Monday)" for the blog beside "Every week on
  // Wednesday" for LinkedIn and "Every week on Tuesday, Saturday" for 小红书, which the Chinese page called
  // 每周两次（周二、周六）: a weekly rule on plain weekdays reads in the presets' shape in English too.
  test.each([
    ['FREQ=WEEKLY;BYDAY=WE', 'Once a week (Wednesday)'],
    ['FREQ=WEEKLY;BYDAY=SA,TU', 'Twice a week (Tue, Sat)'],
    ['FREQ=WEEKLY;BYDAY=TH,SA;COUNT=8', 'Twice a week (Thu, Sat) for 8 times'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR,SU', '4 times a week (Mon, Wed, Fri, Sun)'],
    ['FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20301231', 'Twice a week (Tue, Thu) until 2030-12-31'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=SU', 'Every other week (Thursday)'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR', 'Twice every other week (Tue, Fri)'],
    ['FREQ=WEEKLY;INTERVAL=4;BYDAY=SU', 'Every 4 weeks (Sunday)'],
    ['FREQ=WEEKLY;INTERVAL=12', 'Every 12 weeks'],
  ])('describes the weekly rule %s as the presets do: "%s"', (rule, en) => {
    expect(describeCadence(rule, 'en')).toBe(en);
  });

  test('says a weekday written twice in BYDAY once, in English and Chinese alike, as rrule repeats no slot', () => {
    expect(describeCadence('FREQ=WEEKLY;BYDAY=SA,TU,TU', 'en')).toBe('Twice a week (Tue, Sat)');
    expect(describeCadence('FREQ=WEEKLY;BYDAY=SA,TU,TU', 'zh')).toBe('每周两次（周二、周六）');
  });

  test('says Monday to Friday weekly as the weekdays preset in English, as the Chinese does, whatever WKST (which moves no slot of a weekly rule)', () => {
    expect(describeCadence('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=SU', 'zh')).toBe('每个工作日');
    expect(describeCadence('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=SU', 'en')).toBe('Every weekday');
    expect(describeCadence('FREQ=WEEKLY;BYDAY=TH,FR,MO,TU,WE,MO;WKST=SA;UNTIL=20301231', 'en')).toBe('Every weekday until 2030-12-31');
  });

  test('refuses to describe a rule that is not a valid cadence, with the reason', () => {
    expect(() => describeCadence('FREQ=HOURLY', 'en')).toThrow(/more often than daily/);
  });
});

// "Monthly on the 31st" has no slot in February, April, June, September or November (RFC 5545
// skips a day a month does not have): the words said only "every month on the 31st", so a planner
// who meant the month's end found five months with no slot.
describe('cadenceSkipNote', () => {
  test.each([
    ['FREQ=MONTHLY;BYMONTHDAY=31', 'only in months that have a 31st; BYMONTHDAY=-1 is the last day of every month', '只在有31日的月份；每月最后一天请写 BYMONTHDAY=-1'],
    ['FREQ=MONTHLY;BYMONTHDAY=30,31', 'only in months that have a 30th; BYMONTHDAY=-1 is the last day of every month', '只在有30日的月份；每月最后一天请写 BYMONTHDAY=-1'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=29', 'only in months that have a 29th; BYMONTHDAY=-1 is the last day of every month', '只在有29日的月份；每月最后一天请写 BYMONTHDAY=-1'],
  ])('notes the months %s skips', (rule, en, zh) => {
    expect(cadenceSkipNote(rule, 'en')).toBe(en);
    expect(cadenceSkipNote(rule, 'zh')).toBe(zh);
  });

  test.each(['FREQ=MONTHLY;BYMONTHDAY=28', 'FREQ=MONTHLY;BYMONTHDAY=-1', 'FREQ=MONTHLY;BYMONTHDAY=1,31', 'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=1,3', 'FREQ=MONTHLY;BYMONTHDAY=31;BYDAY=FR', 'FREQ=WEEKLY;BYDAY=TU', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31'])('says nothing of %s, which skips no month', (rule) => {
    expect(cadenceSkipNote(rule, 'en')).toBeNull();
  });

  // The channels page, its table's history and the cadence preview: every preset as the picker names it.
  test.each(CADENCE_PRESETS.map((p) => [p.rule, p.label.en, p.label.zh]))('the studio shows the preset %s as "%s" / "%s"', (rule, en, zh) => {
    expect(cadenceInWords(rule, 'en')).toBe(en);
    expect(cadenceInWords(rule, 'zh')).toBe(zh);
    for (const lang of ['en', 'zh'] as const) {
      const preview = previewCadence({ cadence: rule, start: '2026-12-01', time: '09:00', zone: 'Asia/Shanghai' }, Date.UTC(2026, 11, 5), lang);
      expect('text' in preview && preview.text).toBe(lang === 'en' ? en : zh);
    }
  });

  test('the channel form preview carries it after the words', () => {
    const preview = previewCadence({ cadence: 'FREQ=MONTHLY;BYMONTHDAY=31', start: '2026-12-01', time: '20:00', zone: 'Asia/Shanghai' }, Date.UTC(2026, 11, 5), 'en');
    expect('text' in preview && preview.text).toBe('Every month on the 31st (only in months that have a 31st; BYMONTHDAY=-1 is the last day of every month)');
    const zh = previewCadence({ cadence: 'FREQ=MONTHLY;BYMONTHDAY=31', start: '2026-12-01', time: '20:00', zone: 'Asia/Shanghai' }, Date.UTC(2026, 11, 5), 'zh');
    expect('text' in zh && zh.text).toBe('每月31日（只在有31日的月份；每月最后一天请写 BYMONTHDAY=-1）');
  });
});

describe('CADENCE_PRESETS', () => {
  test('are all valid cadences with distinct ids and labels in both languages', () => {
    expect(new Set(CADENCE_PRESETS.map((p) => p.id)).size).toBe(CADENCE_PRESETS.length);
    for (const preset of CADENCE_PRESETS) {
      expect(checkCadence(preset.rule)).toBeNull();
      expect(preset.label.en).not.toBe('');
      expect(preset.label.zh).not.toBe('');
    }
  });
});

describe('checkChannelCadences', () => {
  test('reports bad cadences in history and periods out of order, with paths below the channel', () => {
    const issues = checkChannelCadences({
      cadence: 'FREQ=WEEKLY;BYDAY=TU',
      start: '2026-03-01',
      history: [
        { cadence: 'FREQ=DAILY', start: '2026-02-01' },
        { cadence: 'FREQ=HOURLY', start: '2026-01-01' },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['history', 0, 'start'],
      ['history', 1, 'cadence'],
    ]);
    expect(issues[0]!.message).toMatchInlineSnapshot(`"2026-02-01 must be before 2026-01-01: history runs oldest first, each period ending where the next (or the channel's "start") begins"`);
  });

  test('accepts a history that runs oldest first and ends before the current start', () => {
    expect(
      checkChannelCadences({ cadence: 'FREQ=DAILY', start: '2026-03-01', history: [{ cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05' }] }),
    ).toEqual([]);
  });
});

describe('PlannerSchema with cadences', () => {
  const planner = (channel: Record<string, unknown>) => ({
    version: 1,
    brand: { name: 'Mei Lin', label: 'Home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06', ...channel }],
  });

  test('rejects a bad cadence at the path of the channel cadence, with the reason', () => {
    const result = PlannerSchema.safeParse(planner({ cadence: 'FREQ=DAILY;BYHOUR=9,15' }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([[['channels', 0, 'cadence'], expect.stringMatching(/^BYHOUR is not allowed/)]]);
  });

  test('rejects a bad cadence in the history at its own path', () => {
    const result = PlannerSchema.safeParse(planner({ history: [{ cadence: 'FREQ=HOURLY', start: '2025-06-01' }] }));
    expect(result.error!.issues.map((i) => i.path)).toEqual([['channels', 0, 'history', 0, 'cadence']]);
  });

  test('accepts a channel whose cadence and history are valid', () => {
    expect(PlannerSchema.safeParse(planner({ history: [{ cadence: 'FREQ=DAILY', start: '2025-06-01' }] })).success).toBe(true);
  });
});

// Before, a typo was refused with the list of what is valid and nothing more: FREQ=WEEKY, BYDAY=MON,WED
// (the short names people write) and BYDYA left the user to spot the difference themselves.
describe('a cadence with a typo says what was likely meant, in English and Chinese', () => {
  test.each([
    ['FREQ=WEEKY', 'FREQ=WEEKLY', 'FREQ=WEEKLY'],
    ['FREQ=MONTLY;BYMONTHDAY=1', 'FREQ=MONTHLY', 'FREQ=MONTHLY;BYMONTHDAY=1'],
    ['FREQ=DAYLY', 'FREQ=DAILY', 'FREQ=DAILY'],
    ['FREQ=WEEKLY;BYDAY=MON,WED,FRI', 'BYDAY=MO,WE,FR', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'],
    ['FREQ=WEEKLY;BYDAY=tuesday,Thurs', 'BYDAY=TU,TH', 'FREQ=WEEKLY;BYDAY=TU,TH'],
    ['FREQ=MONTHLY;BYDAY=1THU,-1FRI', 'BYDAY=1TH,-1FR', 'FREQ=MONTHLY;BYDAY=1TH,-1FR'],
    ['FREQ=WEEKLY;BYDYA=MO', 'BYDAY=MO', 'FREQ=WEEKLY;BYDAY=MO'],
    ['FREQ=MONTHLY;BYMONTHDY=15', 'BYMONTHDAY=15', 'FREQ=MONTHLY;BYMONTHDAY=15'],
    ['FREQ=WEEKLY;WKST=SUN', 'WKST=SU', 'FREQ=WEEKLY;WKST=SU'],
  ])('%s: did you mean "%s"', (rule, meant, fixed) => {
    const message = checkCadence(rule)!.message;
    expect(message.endsWith(`; did you mean "${meant}"?`)).toBe(true);
    const zh = translateMessage(message)!;
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(zh.endsWith(`；是不是想写 "${meant}"？`)).toBe(true);
    // What is suggested makes the rule valid.
    expect(checkCadence(fixed)).toBeNull();
  });

  test.each(['FREQ=W', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=WEEKLY;FOO=1', 'FREQ=FOO', 'BYMONTHDAY=1'])('%s: no guess when nothing is near', (rule) => {
    expect(checkCadence(rule)!.message).not.toContain('did you mean');
  });
});
