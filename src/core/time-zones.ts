/**
 * Time zone names as people should pick them. ICU (and so Intl) still answers with some
 * names that the IANA database renamed long ago (Asia/Calcutta for Asia/Kolkata, Europe/Kiev
 * for Europe/Kyiv, Asia/Saigon for Asia/Ho_Chi_Minh: tzdb's `backward` file keeps them only as
 * links). The link table comes from countries-and-timezones (built from tzdb). A link is
 * replaced by its target only when the target's main country is the link's: a rename. A zone that tzdb
 * merged into another country's zone (Europe/Amsterdam into Europe/Brussels, Africa/Accra into
 * Africa/Abidjan) stays as it is, since its people look for their own city.
 */
import ct from 'countries-and-timezones';

let renames: Map<string, string> | undefined;

/**
 * Respellings whose corrected name tzdb itself keeps only as a link to another country's zone
 * (`backward`: Africa/Asmera -> Africa/Asmara -> Africa/Nairobi), so the country test below
 * cannot see them: the corrected spelling is the name people look for.
 */
const RESPELLED: Record<string, string> = { 'Africa/Asmera': 'Africa/Asmara' };

function renameTable(): Map<string, string> {
  if (renames) return renames;
  const all = ct.getAllTimezones({ deprecated: true });
  renames = new Map(Object.entries(RESPELLED));
  for (const zone of Object.values(all)) {
    const target = zone.aliasOf ? all[zone.aliasOf] : undefined;
    if (target && samePlace(zone.countries, target.countries)) renames.set(zone.name, target.name);
  }
  return renames;
}

/**
 * Same main country (zone.tab lists it first): Rangoon MM and Yangon MM+CC, not Amsterdam NL and
 * Brussels BE+LU+NL. Names of no country (UTC, GMT) are kept: people know them by those names.
 */
function samePlace(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a[0] === b[0];
}

/** The current name of a zone: "Asia/Calcutta" -> "Asia/Kolkata"; any other name as given. */
export function canonicalZone(zone: string): string {
  return renameTable().get(zone) ?? zone;
}

/** True when `zone` is an old name that IANA has renamed (a link to the same place). */
export function isRenamedZone(zone: string): boolean {
  return renameTable().has(zone);
}

/**
 * The zones to offer in a picker: every zone this runtime knows (`supported`, default
 * Intl.supportedValuesOf('timeZone')), by its current name, sorted, without repeats.
 */
export function listTimeZones(supported: readonly string[] = Intl.supportedValuesOf('timeZone')): string[] {
  return [...new Set(supported.map(canonicalZone))].sort();
}

/**
 * The zone a mistyped name most likely meant, or undefined: the same name in another case
 * (`asia/shanghai`), the zone of a bare city (`Kolkata`, `new york`), else the one within two
 * edits per ten characters (`Asia/Kolkatta`, `Europe/Londn`); `zones` defaults to listTimeZones().
 */
export function suggestTimeZone(input: string, zones: readonly string[] = listTimeZones()): string | undefined {
  const wanted = input.trim().replace(/ /g, '_').toLowerCase();
  // No zone name is longer than 32 characters: a longer text is not a misspelling of one.
  if (wanted === '' || wanted.length > 64) return undefined;
  const byCase = zones.find((z) => z.toLowerCase() === wanted);
  if (byCase) return byCase;
  const byCity = zones.filter((z) => z.toLowerCase().split('/').pop() === wanted);
  if (byCity.length === 1) return byCity[0];
  const limit = Math.max(1, Math.floor((wanted.length * 2) / 10));
  let best: { zone: string; distance: number } | undefined;
  for (const zone of zones) {
    const distance = editDistance(wanted, zone.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { zone, distance };
  }
  return best?.zone;
}

/** Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
