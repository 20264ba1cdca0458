/**
 * A cadence written as people say it, in Chinese or English ("每周二、四、六 晚上8点", "每天早上 8:00",
 * "every Tuesday and Friday at 8pm"), read as the RRULE and slot time it means, so that the
 * error for such a cadence can name what to write. Only unambiguous phrases are read: a count
 * without days ("每周三次", "twice a week") names no weekday and is left unread.
 */

/** The rule and, when the words give one, the slot's local time ("HH:MM"). */
export interface CadenceWords {
  rule: string;
  time?: string;
}

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ZH_DAY: Record<string, string> = { 一: 'MO', 二: 'TU', 三: 'WE', 四: 'TH', 五: 'FR', 六: 'SA', 日: 'SU', 天: 'SU', '1': 'MO', '2': 'TU', '3': 'WE', '4': 'TH', '5': 'FR', '6': 'SA', '7': 'SU' };
const EN_DAY: Record<string, string> = {
  mon: 'MO', monday: 'MO', mondays: 'MO', tue: 'TU', tues: 'TU', tuesday: 'TU', tuesdays: 'TU', wed: 'WE', wednesday: 'WE', wednesdays: 'WE',
  thu: 'TH', thur: 'TH', thurs: 'TH', thursday: 'TH', thursdays: 'TH', fri: 'FR', friday: 'FR', fridays: 'FR',
  sat: 'SA', saturday: 'SA', saturdays: 'SA', sun: 'SU', sunday: 'SU', sundays: 'SU',
};
const ZH_NUMBER: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** Full-width digits and colons as ASCII ("８：００" -> "8:00"). */
const narrow = (text: string) => text.replace(/[０-９：]/g, (c) => (c === '：' ? ':' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** The weekdays a Chinese phrase names: "周二、四、六", "星期一和星期三", "礼拜天"; a day followed by 次 is a count. */
function zhDays(text: string): string[] {
  const days = new Set<string>();
  for (const run of text.matchAll(/(?:周|星期|礼拜)([一二三四五六日天1-7](?:[、,，和与及/～~到至-]*(?:周|星期|礼拜)?[一二三四五六日天1-7])*)(?!次)/g)) {
    const names = [...run[1]!.replace(/周|星期|礼拜/g, '').matchAll(/[一二三四五六日天1-7]|[～~到至-]/g)].map((m) => m[0]);
    for (let i = 0; i < names.length; i++) {
      const range = /[～~到至-]/.test(names[i]!) && i > 0 && i + 1 < names.length;
      if (!range) { if (ZH_DAY[names[i]!]) days.add(ZH_DAY[names[i]!]!); continue; }
      const [a, b] = [WEEK.indexOf(ZH_DAY[names[i - 1]!]!), WEEK.indexOf(ZH_DAY[names[i + 1]!]!)];
      for (let d = a; d <= b; d++) days.add(WEEK[d]!);
    }
  }
  return WEEK.filter((d) => days.has(d));
}

/** "晚上8点", "下午三点半", "20:30", "8pm", "8:30 am" as "HH:MM", or undefined. */
function timeOf(text: string): string | undefined {
  const clock = /(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?/i.exec(text);
  const zh = /(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)?\s*(\d{1,2}|十[一二]?|[一二两三四五六七八九十])\s*[点點时時]\s*(半|(\d{1,2})\s*分?)?/.exec(text);
  const en = /\b(\d{1,2})\s*([ap])\.?m\.?\b/i.exec(text);
  let hour: number;
  let minute = 0;
  let pm = false;
  if (clock) [hour, minute, pm] = [Number(clock[1]), Number(clock[2]), /^p/i.test(clock[3] ?? '')];
  else if (zh) [hour, minute] = [ZH_NUMBER[zh[2]!] ?? Number(zh[2]), zh[3] === '半' ? 30 : Number(zh[4] ?? 0)];
  else if (en) [hour, pm] = [Number(en[1]), en[2]!.toLowerCase() === 'p'];
  else return undefined;
  const part = zh?.[1] ?? (clock ? /(下午|傍晚|晚上|夜里|夜间|中午)/.exec(text)?.[1] : undefined);
  if ((pm || (part && /下午|傍晚|晚上|夜/.test(part)) || (part === '中午' && hour < 11)) && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The weekly or daily rule the words name, or undefined. */
function ruleOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  const every2 = /每两周|每隔一周|隔周|双周|every\s+(?:other|second|2nd)\s+week|\bbiweekly\b|\bfortnightly\b/.test(lower) ? ';INTERVAL=2' : '';
  const monthDay = /每(?:个)?月\s*(\d{1,2}|最后一天)\s*[号日]?/.exec(text);
  if (monthDay) {
    const n = monthDay[1] === '最后一天' ? -1 : Number(monthDay[1]);
    return n === -1 || (n >= 1 && n <= 31) ? `FREQ=MONTHLY;BYMONTHDAY=${n}` : undefined;
  }
  if (/工作日|周一(?:到|至|~|～|-)周五|\bweekdays?\b|monday\s+(?:to|through|-)\s+friday/.test(lower)) return `FREQ=WEEKLY${every2};BYDAY=MO,TU,WE,TH,FR`;
  const weekend = /周末|双休日|\bweekends?\b/.test(lower) ? ['SA', 'SU'] : [];
  const days = [...new Set([...zhDays(text), ...weekend, ...[...lower.matchAll(/\b[a-z]+\b/g)].map((m) => EN_DAY[m[0]]).filter((d): d is string => d !== undefined)])];
  if (days.length > 0) return `FREQ=WEEKLY${every2};BYDAY=${WEEK.filter((d) => days.includes(d)).join(',')}`;
  if (/每天|每日|天天|日更|\bdaily\b|every\s*day/.test(lower)) return 'FREQ=DAILY';
  return undefined;
}

/**
 * The RRULE (and time of day) a cadence written in words means, or undefined when `text` is a
 * rule's parts (it has "=") or names no days it can read. Weekdays in Chinese
 * (周二、四、六, 星期一到星期五, 工作日, 周末) or English (Tue, Thursday, weekends), 每两周/隔周/every other week,
 * 每天/daily, 每月8号; a time as 晚上8点, 下午三点半, 20:30 or 8pm (下午/晚上/pm add 12 hours).
 */
export function readCadenceWords(text: string): CadenceWords | undefined {
  const plain = narrow(text.trim());
  if (plain.includes('=')) return undefined;
  const rule = ruleOf(plain);
  if (rule === undefined) return undefined;
  const time = timeOf(plain.replace(/每(?:个)?月\s*\d{1,2}\s*[号日]/, ''));
  return time === undefined ? { rule } : { rule, time };
}
