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

/**
 * The Traditional characters of the words read here, as the Simplified ones the patterns below
 * write: Taiwan and Hong Kong write 每週二、四 晚上8點, 禮拜天, 每兩週, 每個月1號, 最後一個 (OpenCC's
 * TSCharacters pairs, for these words only). Before, such a cadence was left unread.
 */
const HANT_WORDS: Record<string, string> = { 週: '周', 禮: '礼', 兩: '两', 個: '个', 與: '与', 雙: '双', 節: '节', 裡: '里', 間: '间', 號: '号', 後: '后', 數: '数', 點: '点', 時: '时' };
const simplified = (text: string) => text.replace(/[週禮兩個與雙節裡間號後數點時]/g, (c) => HANT_WORDS[c]!);

/** The days from `a` to `b` inclusive, round the end of the week when `b` comes first (周五到周一: FR, SA, SU, MO). */
function dayRange(a: string, b: string): string[] {
  const [from, to] = [WEEK.indexOf(a), WEEK.indexOf(b)];
  const length = ((to - from + 7) % 7) + 1;
  return Array.from({ length }, (_, k) => WEEK[(from + k) % 7]!);
}

/** The weekdays an English phrase names, ranges too ("mon-fri", "Monday through Friday", "sat to mon"). */
function enDays(lower: string): string[] {
  const days = new Set<string>();
  const RANGE = /\b([a-z]+)\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*([a-z]+)\b/g;
  for (const m of lower.matchAll(RANGE)) if (EN_DAY[m[1]!] && EN_DAY[m[2]!]) for (const d of dayRange(EN_DAY[m[1]!]!, EN_DAY[m[2]!]!)) days.add(d);
  for (const m of lower.matchAll(/\b[a-z]+\b/g)) if (EN_DAY[m[0]]) days.add(EN_DAY[m[0]]!);
  return [...days];
}

/** The weekdays a Chinese phrase names: "周二、四、六", "星期一和星期三", "礼拜天"; a day followed by 次 is a count. */
function zhDays(text: string): string[] {
  const days = new Set<string>();
  for (const run of text.matchAll(/(?:周|星期|礼拜)([一二三四五六日天1-7](?:[、,，和与及/～~到至-]*(?:周|星期|礼拜)?[一二三四五六日天1-7])*)(?!次)/g)) {
    const names = [...run[1]!.replace(/周|星期|礼拜/g, '').matchAll(/[一二三四五六日天1-7]|[～~到至-]/g)].map((m) => m[0]);
    for (let i = 0; i < names.length; i++) {
      const range = /[～~到至-]/.test(names[i]!) && i > 0 && i + 1 < names.length;
      if (!range) { if (ZH_DAY[names[i]!]) days.add(ZH_DAY[names[i]!]!); continue; }
      for (const d of dayRange(ZH_DAY[names[i - 1]!]!, ZH_DAY[names[i + 1]!]!)) days.add(d);
    }
  }
  return WEEK.filter((d) => days.has(d));
}

/** "晚上8点", "下午三点半", "20:30", "8pm", "8:30 am" as "HH:MM", or undefined. */
function timeOf(text: string): string | undefined {
  // A span of hours ("7-9点", "晚上7到9点", "5-7pm") starts at its first.
  text = text.replace(/(\d{1,2})\s*(?:[-–~～到至]|\bto\b)\s*\d{1,2}\s*([点點时時]|[ap]\.?m\b)/i, '$1$2');
  const clock = /(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?/i.exec(text);
  const zh = /(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)?\s*(\d{1,2}|十[一二]?|[一二两三四五六七八九十])\s*[点點时時]\s*(半|(\d{1,2})\s*分?)?/.exec(text);
  const en = /\b(\d{1,2})\s*([ap])\.?m\.?\b/i.exec(text);
  let hour: number;
  let minute = 0;
  let pm = false;
  let am = false;
  if (clock) [hour, minute, pm, am] = [Number(clock[1]), Number(clock[2]), /^p/i.test(clock[3] ?? ''), /^a/i.test(clock[3] ?? '')];
  else if (zh) [hour, minute] = [ZH_NUMBER[zh[2]!] ?? Number(zh[2]), zh[3] === '半' ? 30 : Number(zh[4] ?? 0)];
  else if (en) [hour, pm, am] = [Number(en[1]), en[2]!.toLowerCase() === 'p', en[2]!.toLowerCase() === 'a'];
  else return undefined;
  const part = zh?.[1] ?? (clock ? /(凌晨|下午|傍晚|晚上|夜里|夜间|中午)/.exec(text)?.[1] : undefined);
  // 12 am and 凌晨12点 are 00:00; 晚上12点 is midnight at the end of the day named, the next day's
  // 00:00: no time of that day says it.
  if (hour === 12 && (am || part === '凌晨')) hour = 0;
  if (hour === 12 && part && /傍晚|晚上|夜/.test(part)) return undefined;
  if ((pm || (part && /下午|傍晚|晚上|夜/.test(part)) || (part === '中午' && hour < 11)) && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Words that say something no weekly, daily or month-day rule here can: an exception ("every day
 * except Sunday", "不含周日": reading its days would offer the very days left out), a weekday's
 * place in a month ("每月第一个周一", "last Friday"), a span of days
 * ("every 3 days", "每隔一天") or "每隔两周" (every second or every third week?). A holiday
 * exception ("节假日除外") is a break, not part of the rule, and is left out first.
 */
const UNREADABLE = [
  /\bexcept\b|\bbut\s+not\b|\bnot\b|\bno\b|\boff\b|\bwithout\b|\bskip|\bexcluding\b|除|不|休息|停更|[休停]更/,
  /第\s*[一二三四五1-5]\s*个?\s*(?:周|星期|礼拜)|最后一个|倒数|\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?:mon|tue|wed|thu|fri|sat|sun)/,
  /每隔\s*(?:[一两二三四五六七八九十]|\d+)\s*天|每\s*(?:[两二三四五六七八九十]|\d+)\s*天|\bevery\s+(?:\d+|two|three|four|five|six|seven|other|second|third)\s+days?\b/,
  /每隔\s*(?:[两二三四五六七八九十]|[2-9]|\d{2,})\s*(?:周|个?星期|个?礼拜)/,
];
/** "每天两次", "早晚各一次", "twice a day": more than a slot a day, which no cadence here is. */
const SEVERAL_A_DAY = /(?:两|二|三|四|[2-9])\s*次|各一次|\btwice\b|\bthree\s+times\b|\b\d+\s*(?:x|times)\b/;
const HOLIDAYS = /[（(]?\s*(?:法定)?节假日(?:除外|休息|不更)?\s*[)）]?|\b(?:except|but\s+not|not)\s+(?:on\s+)?(?:public\s+|bank\s+)?holidays\b/gi;

const EN_NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, other: 2, second: 2, third: 3, fourth: 4, alternate: 2 };

/** ";INTERVAL=n" for every n-th week (隔周, 每两周, every other Monday, every 3 weeks), else "". */
function weekInterval(text: string, lower: string): string {
  const zh = /每\s*(两|二|三|四|[2-9])\s*(?:周|个?星期|个?礼拜)|(隔周|双周|每隔一周|每隔一个?星期)/.exec(text);
  const en = /\bevery\s+(\d+|two|three|four|other|second|third|fourth)\s+(?:weeks?|mon|tue|wed|thu|fri|sat|sun)|\b(alternate)\s+(?:weeks?|mon|tue|wed|thu|fri|sat|sun)|\b(biweekly|fortnightly)\b/.exec(lower);
  let n = 1;
  if (zh) n = zh[2] ? 2 : (ZH_NUMBER[zh[1]!] ?? Number(zh[1]));
  else if (en) n = en[3] ? 2 : (EN_NUMBER[en[1] ?? en[2]!] ?? Number(en[1]));
  return n > 1 ? `;INTERVAL=${n}` : '';
}

/** The weekly, daily or month-day rule the words name, or undefined. */
function ruleOf(text: string): string | undefined {
  text = text.replace(HOLIDAYS, '');
  const lower = text.toLowerCase();
  if (UNREADABLE.some((words) => words.test(lower))) return undefined;
  const every = weekInterval(text, lower);
  const monthDays = /每(?:个)?月\s*((?:\d{1,2}|最后一天)\s*[号日]?(?:\s*[、,，和与及]\s*(?:\d{1,2}|最后一天)\s*[号日]?)*)/.exec(text);
  if (monthDays) {
    const n = [...monthDays[1]!.matchAll(/\d{1,2}|最后一天/g)].map((m) => (m[0] === '最后一天' ? -1 : Number(m[0])));
    return n.every((d) => d === -1 || (d >= 1 && d <= 31)) ? `FREQ=MONTHLY;BYMONTHDAY=${n.join(',')}` : undefined;
  }
  // A weekday in a phrase about months ("每月的周一", "Mondays of each month") is not a weekly rule.
  if (/月|\bmonth/.test(lower)) return undefined;
  const weekdays = /工作日|\bweekdays?\b/.test(lower) ? ['MO', 'TU', 'WE', 'TH', 'FR'] : [];
  const weekend = /周末|双休日|\bweekends?\b/.test(lower) ? ['SA', 'SU'] : [];
  const days = new Set([...weekdays, ...weekend, ...zhDays(text), ...enDays(lower)]);
  if (days.size > 0) return `FREQ=WEEKLY${every};BYDAY=${WEEK.filter((d) => days.has(d)).join(',')}`;
  if (every === '' && /每天|每日|天天|日更|\bdaily\b|every\s*day/.test(lower) && !SEVERAL_A_DAY.test(lower)) return 'FREQ=DAILY';
  return undefined;
}

/**
 * The RRULE (and time of day) a cadence written in words means, or undefined when `text` is a
 * rule's parts (it has "=") or names no days it can read, or says what no such rule can
 * (UNREADABLE: an exception, "the first Monday", several a day). Weekdays in Chinese
 * (周二、四、六, 星期一到星期五, 周五到周一, 工作日, 周末) or English (Tue, Thursday, mon-fri, weekends),
 * 隔周/每三周/every other Monday/every 3 weeks, 每天/daily, 每月1号和15号, in either script (每週二); a time as 晚上8点,
 * 下午三点半, 20:30 or 8pm (下午/晚上/pm add 12 hours; 12am and 凌晨12点 are 00:00), a span of hours
 * (7-9点) by its start.
 */
export function readCadenceWords(text: string): CadenceWords | undefined {
  const plain = simplified(narrow(text.trim()));
  if (plain.includes('=')) return undefined;
  const rule = ruleOf(plain);
  if (rule === undefined) return undefined;
  const time = timeOf(plain.replace(/每(?:个)?月\s*\d{1,2}\s*[号日]/, ''));
  return time === undefined ? { rule } : { rule, time };
}
