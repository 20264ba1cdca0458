/**
 * The Chinese sentence for a checked cadence ("每周两次（周二、周五）", "每月第一个周四，共6次"), in
 * the words of the cadence presets (core/cadence.ts CADENCE_PRESETS: "每两周一次（周四）"), so a
 * channel made from a preset is described as the preset list names it.
 */
import type { CadenceParts } from './cadence.ts';

const DAYS: Record<string, string> = { MO: '周一', TU: '周二', WE: '周三', TH: '周四', FR: '周五', SA: '周六', SU: '周日' };
const ORDINALS = ['', '一', '二', '三', '四', '五'];
const WEEK = Object.keys(DAYS);

export function describeCadenceZh(parts: CadenceParts): string {
  const freq = parts.get('FREQ')!;
  const n = Number(parts.get('INTERVAL') ?? 1);
  // Weekdays in the week's order, however the rule lists them (BYDAY=FR,TU is 周二、周五, as the preset says it),
  // each once: rrule makes one slot of a weekday written twice (BYDAY=TU,TU is once a week).
  const list = (key: string) => {
    const values = [...new Set(parts.get(key)?.split(',') ?? [])];
    return key === 'BYDAY' ? values.sort((a, b) => WEEK.indexOf(a.slice(-2)) - WEEK.indexOf(b.slice(-2))) : values;
  };
  const dayText = weekdaysText(list('BYDAY'));
  let text: string;
  if (freq === 'DAILY') text = `${n === 1 ? '每天' : `每${countZh(n)}天`}${dayText ? `（仅${dayText}）` : ''}`;
  else if (freq === 'WEEKLY') text = weeklyText(n, list('BYDAY'));
  else {
    const base = periodText(freq, n);
    const months = freq === 'YEARLY' ? list('BYMONTH').map((m) => `${m}月`).join('、') : '';
    const days = [list('BYMONTHDAY').map(monthDayText).join('、'), dayText].filter(Boolean).join('且为');
    text = `${base}${months}${days}`;
  }
  if (freq !== 'YEARLY' && parts.has('BYMONTH')) text += `（仅${list('BYMONTH').map((m) => `${m}月`).join('、')}）`;
  if (parts.has('BYWEEKNO')) text += `（第${list('BYWEEKNO').join('、')}周）`;
  if (parts.has('BYYEARDAY')) text += `（一年中的第${list('BYYEARDAY').join('、')}天）`;
  const weekdays = list('BYDAY').join(',') === 'MO,TU,WE,TH,FR' && !parts.has('BYMONTHDAY');
  if (parts.has('BYSETPOS') && weekdays && (freq === 'MONTHLY' || freq === 'YEARLY')) {
    // "每月最后一个工作日", as Chinese says it, rather than "每月每个周一、…、每个周五中的最后一个".
    const base = periodText(freq, n);
    const months = freq === 'YEARLY' ? list('BYMONTH').map((m) => `${m}月`).join('、') : '';
    text = `${base}${months}${list('BYSETPOS').map(positionText).join('、')}工作日${freq !== 'YEARLY' && parts.has('BYMONTH') ? `（仅${list('BYMONTH').map((m) => `${m}月`).join('、')}）` : ''}`;
  } else if (parts.has('BYSETPOS')) text += `中的${list('BYSETPOS').map(positionText).join('、')}`;
  if (parts.has('COUNT')) text += `，共${parts.get('COUNT')}次`;
  const until = parts.get('UNTIL');
  if (until) text += `，直到${Number(until.slice(0, 4))}年${Number(until.slice(4, 6))}月${Number(until.slice(6, 8))}日`;
  return text;
}

/** As the presets say it: "每周一次（周一）", "每周两次（周二、周五）", "每两周一次（周四）", "每个工作日". */
function weeklyText(n: number, days: string[]): string {
  const every = n === 1 ? '每周' : `每${countZh(n)}周`;
  if (days.length === 0) return `${every}一次`;
  if (n === 1 && days.join(',') === 'MO,TU,WE,TH,FR') return '每个工作日';
  return `${every}${countZh(days.length)}次（${days.map((d) => DAYS[d]).join('、')}）`;
}

/** "每月", "每两个月", "每年", "每三年". */
function periodText(freq: string, n: number): string {
  if (freq === 'MONTHLY') return n === 1 ? '每月' : `每${countZh(n)}个月`;
  return n === 1 ? '每年' : `每${countZh(n)}年`;
}

/** A count as the presets write it: 一, 两, 三 … 十, then digits (每12周). */
export function countZh(n: number): string {
  return n <= 10 ? ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'][n]! : String(n);
}

/** "第一个周四", "最后一个周五", "每个周一" (an unnumbered weekday within a month or year). */
function weekdaysText(days: string[]): string {
  return days
    .map((d) => {
      const m = /^([+-]?\d+)?(\w\w)$/.exec(d)!;
      const name = DAYS[m[2]!]!;
      return m[1] === undefined ? `每个${name}` : `${positionText(m[1])}${name}`;
    })
    .join('、');
}

function positionText(value: string): string {
  const n = Number(value);
  if (n === -1) return '最后一个';
  if (n < 0) return `倒数第${ORDINALS[-n] ?? -n}个`;
  return `第${ORDINALS[n] ?? n}个`;
}

function monthDayText(value: string): string {
  const n = Number(value);
  if (n === -1) return '最后一天';
  return n < 0 ? `倒数第${-n}天` : `${n}日`;
}
