/**
 * `--now ISO`: the moment the CLI takes as "now". ISO 8601 as a date (`2026-03-01`, 00:00 UTC)
 * or a date-time with an optional offset (`2026-03-01T09:00`, `…:00Z`, `…+08:00`), in the
 * extended format or the basic one (`20260301T090000Z`). A date-time
 * without an offset is read as UTC, never in the machine's zone, so a script gives the same
 * answer on every machine.
 */
import { FIRST_PLAN_DATE, LAST_PLAN_DATE } from '../core/cadence.ts';
import { missingDateReason } from '../core/calendar-date.ts';
import { ThroughlineError } from '../core/errors.ts';
import { translateMessage } from '../core/i18n/zod-issues.ts';

const NOW_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const HINT = {
  en: 'e.g. --now 2026-11-23, --now 2026-11-23T09:00 (UTC) or --now 2026-11-23T09:00+08:00',
  zh: '例如 --now 2026-11-23、--now 2026-11-23T09:00（UTC）或 --now 2026-11-23T09:00+08:00',
};

/** The instant `value` names, ms since the epoch; a ThroughlineError (field `--now`) saying why not. */
export function parseNowOption(value: string): number {
  const m = NOW_PATTERN.exec(extended(value.trim()));
  const fail = (en: string, zh: string) => new ThroughlineError({ en, zh }, { field: '--now', hint: HINT });
  if (!m) throw fail(`"${value}" is not an ISO 8601 date or date-time`, `"${value}" 不是 ISO 8601 日期或日期时间`);
  const missing = missingDateReason(extended(value.trim()));
  if (missing) throw fail(missing, translateMessage(missing) ?? missing);
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((g) => (g === undefined ? undefined : Number(g))) as number[];
  if (hour! > 23 || minute! > 59 || second! > 59) throw fail(`"${value}" has no such time of day (00:00 to 23:59:59)`, `"${value}" 的时刻不存在（应在 00:00 到 23:59:59 之间）`);
  const offset = offsetMinutes(m[8]);
  if (offset === null) throw fail(`"${value}" has an offset beyond ±14:00`, `"${value}" 的时差超出 ±14:00`);
  const ms = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const t = Date.UTC(year!, month! - 1, day!, hour, minute, second, ms) - offset * 60_000;
  // Date arithmetic (calendars reach 20 years past now) needs four-digit years.
  const date = new Date(t).toISOString().slice(0, 10);
  if (date < FIRST_PLAN_DATE || date > LAST_PLAN_DATE)
    throw fail(`"${value}" is outside ${FIRST_PLAN_DATE}..${LAST_PLAN_DATE}`, `"${value}" 超出 ${FIRST_PLAN_DATE}..${LAST_PLAN_DATE} 的范围`);
  return t;
}

/** ISO 8601's basic format (20261205, 20261205T0900, 20261205T090000Z, …+0800) written in the extended one, which the rest reads; other text as it is. */
function extended(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(\.\d{1,9})?(Z|[+-]\d{2}(?:\d{2})?)?)?$/i.exec(text);
  if (!m) return text;
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  return `${y}-${mo}-${d}${h === undefined ? '' : `T${h}:${mi}${s === undefined ? '' : `:${s}${frac ?? ''}`}${offset ?? ''}`}`;
}

/** Minutes east of UTC for `Z`, `+08`, `+0800` or `+08:00`; 0 when absent (UTC); null beyond ±14:00. */
function offsetMinutes(text: string | undefined): number | null {
  if (text === undefined || /^z$/i.test(text)) return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  if (Number(digits.slice(2) || '0') > 59 || minutes > 14 * 60) return null;
  return text.startsWith('-') ? -minutes : minutes;
}
