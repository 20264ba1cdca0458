/**
 * A reader of VTIMEZONE text that knows nothing of Intl, for the tests: it turns each
 * observance's DTSTART and RDATEs (local in TZOFFSETFROM, RFC 5545 §3.6.5) into UTC onsets and
 * answers "which offset is in force at this instant". It refuses RRULE, which Throughline no
 * longer writes, so that a guessed rule cannot slip back in unseen.
 */
export interface Onset {
  at: number;
  /** Minutes east of UTC. */
  from: number;
  to: number;
  name: string | null;
}

/** Every onset of the VTIMEZONE whose TZID is `zone` in an iCalendar stream, oldest first. */
export function readOnsets(ics: string, zone: string): Onset[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const begin = lines.indexOf(`TZID:${zone}`);
  if (begin < 0) throw new Error(`no VTIMEZONE ${zone}`);
  const onsets: Onset[] = [];
  let current: { locals: string[]; from?: number; to?: number; name: string | null } | null = null;
  for (const line of lines.slice(begin + 1)) {
    if (line === 'END:VTIMEZONE') break;
    if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') current = { locals: [], name: null };
    else if (line.startsWith('END:') && current) {
      for (const local of current.locals) onsets.push({ at: localToUtc(local, current.from!), from: current.from!, to: current.to!, name: current.name });
      current = null;
    } else if (current) {
      const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
      if (name === 'DTSTART' || name === 'RDATE') current.locals.push(...value.split(','));
      else if (name === 'TZOFFSETFROM') current.from = readOffset(value);
      else if (name === 'TZOFFSETTO') current.to = readOffset(value);
      else if (name === 'TZNAME') current.name = value;
      else if (name === 'RRULE') throw new Error(`${zone}: an observance repeats by RRULE (${value})`);
    }
  }
  return onsets.sort((a, b) => a.at - b.at);
}

/** The offset in minutes at an instant: the latest onset at or before it (none: the first's FROM). */
export function offsetAt(onsets: Onset[], epoch: number): number {
  let lo = 0;
  let hi = onsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (onsets[mid]!.at <= epoch) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? onsets[0]!.from : onsets[lo - 1]!.to;
}

function localToUtc(local: string, offsetMinutes: number): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(local);
  if (!m) throw new Error(`not a local DATE-TIME: ${local}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
}

function readOffset(value: string): number {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(value);
  if (!m) throw new Error(`not a UTC offset: ${value}`);
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
  return m[1] === '-' ? -minutes : minutes;
}
