/**
 * A slot's time of day written as people write it rather than as `HH:MM` (24-hour): the HH:MM it
 * means, for a message to quote. Pure.
 */

/**
 * The `HH:MM` that `text` means when it writes a time of day in another common form: one hour digit
 * (`9:00`), Portuguese and French `19h30` / `19h`, German `19.30`, seconds (`09:00:00`), four digits
 * (`1930`) and 12-hour `7pm`, `7:30 PM`, `12am`. Undefined for anything else, and for a time that
 * does not exist (`25:00`, `13pm`).
 */
export function timeAsWritten(text: string): string | undefined {
  const value = text.trim();
  const twelve = /^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(value);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return undefined;
    return hhmm((hour % 12) + (twelve[3]!.toLowerCase() === 'p' ? 12 : 0), Number(twelve[2] ?? 0));
  }
  const m = /^(\d{1,2})(?:[:.hH](\d{2})?(?::00)?)?$/.exec(value) ?? /^(\d{2})(\d{2})$/.exec(value);
  if (!m || (m[2] === undefined && !/[hH]$/.test(value))) return undefined;
  return hhmm(Number(m[1]), Number(m[2] ?? 0));
}

function hhmm(hour: number, minute: number): string | undefined {
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
