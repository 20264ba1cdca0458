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
import { zonesOfAbbreviation } from './feed/zone-names.ts';
import { isValidTimeZone } from './zoned-time.ts';
import { editDistance, nearestWord } from './near-words.ts';

let renames: Map<string, string> | undefined;

/**
 * Respellings whose corrected name tzdb itself keeps only as a link to another country's zone
 * (`backward`: Africa/Asmera -> Africa/Asmara -> Africa/Nairobi), so the country test below
 * cannot see them: the corrected spelling is the name people look for. ICU still lists Ponape,
 * Truk and Coral_Harbour (tzdb `backward`: renamed to Pohnpei, Chuuk and Atikokan in 2010-2014).
 */
const RESPELLED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'America/Coral_Harbour': 'America/Atikokan',
};

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

let spellings: Map<string, string> | undefined;

/**
 * A zone name as tzdb spells it: Intl takes "asia/shanghai" as Asia/Shanghai, but a calendar
 * client looks a TZID up by its exact name.
 */
function tzdbSpelling(zone: string): string {
  spellings ??= new Map(Object.keys(ct.getAllTimezones({ deprecated: true })).map((name) => [name.toLowerCase(), name]));
  return spellings.get(zone.toLowerCase()) ?? zone;
}

/** The current name of a zone: "Asia/Calcutta" -> "Asia/Kolkata", "asia/shanghai" -> "Asia/Shanghai"; any other name as given. */
export function canonicalZone(zone: string): string {
  const spelt = tzdbSpelling(zone);
  return renameTable().get(spelt) ?? spelt;
}

/**
 * Abbreviations that Intl (ICU) takes as zone ids though they name no one place: Java's old
 * three-letter ids (ICU reads `CST` as America/Chicago where a Chinese writer means China,
 * `BST` as Asia/Dhaka where a Londoner means British Summer Time) and tzdb's legacy EST, MST
 * and HST, fixed offsets with no daylight saving (`EST` is UTC-5 all year: a New York slot
 * would be an hour late every summer). CET, EET, MET and WET keep their region's rules, and
 * UTC and GMT are zones: those stay accepted.
 */
const ABBREVIATION_IDS = new Set([
  'ACT', 'AET', 'AGT', 'ART', 'AST', 'BET', 'BST', 'CAT', 'CNT', 'CST', 'CTT', 'EAT', 'ECT', 'IET', 'IST', 'JST', 'MIT',
  'NET', 'NST', 'PLT', 'PNT', 'PRT', 'PST', 'SST', 'VST', 'EST', 'MST', 'HST',
]);

/**
 * True when a planner may name `zone`: a zone Intl computes with (zoned-time.ts isValidTimeZone)
 * that is not an abbreviation (ABBREVIATION_IDS). planner.json, init and the studio's forms use it.
 */
export function isPlannerZone(zone: string): boolean {
  return isValidTimeZone(zone) && !ABBREVIATION_IDS.has(zone.trim().toUpperCase());
}

/**
 * The zones (current names, at most three, most populous first) that a time zone abbreviation
 * such as `EST`, `PDT` or `BST` may stand for, from timezone-soft's table (else, for a Java id
 * no zone uses as its abbreviation, the zone ICU reads it as); undefined when `input` is none.
 */
export function abbreviationZones(input: string): string[] | undefined {
  const upper = input.trim().toUpperCase();
  if (!/^[A-Z]{2,5}$/.test(upper)) return undefined;
  const zones = [...new Set(zonesOfAbbreviation(upper).map(canonicalZone))].filter(isValidTimeZone);
  if (zones.length === 0 && ABBREVIATION_IDS.has(upper) && isValidTimeZone(upper))
    zones.push(canonicalZone(new Intl.DateTimeFormat('en', { timeZone: upper }).resolvedOptions().timeZone));
  return zones.length > 0 ? zones.slice(0, 3) : undefined;
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
 * Places people type for a zone that tzdb names by another city (tzdb names a zone by the most
 * populous city of its region, so Beijing's time is Asia/Shanghai and San Francisco's is
 * America/Los_Angeles), in English and Chinese: keys as suggestTimeZone compares them (lower case,
 * spaces as "_"). Only ever a suggestion in an error message, never accepted as a zone.
 */
const PLACE_ZONES: Record<string, string> = {
  ...Object.fromEntries(['beijing', 'peking', '北京', '上海', 'shenzhen', '深圳', 'guangzhou', '广州', 'hangzhou', '杭州', 'chengdu', '成都', 'chongqing', '重庆', 'nanjing', '南京', 'wuhan', '武汉', 'china', '中国'].map((p) => [p, 'Asia/Shanghai'])),
  香港: 'Asia/Hong_Kong', 台北: 'Asia/Taipei', 澳门: 'Asia/Macau', 东京: 'Asia/Tokyo', 首尔: 'Asia/Seoul', 新加坡: 'Asia/Singapore',
  伦敦: 'Europe/London', 巴黎: 'Europe/Paris', 柏林: 'Europe/Berlin', 纽约: 'America/New_York', 多伦多: 'America/Toronto', 温哥华: 'America/Vancouver', 悉尼: 'Australia/Sydney',
  ...Object.fromEntries(['san_francisco', '旧金山', 'silicon_valley', '硅谷', 'seattle', '西雅图', '洛杉矶'].map((p) => [p, 'America/Los_Angeles'])),
  ...Object.fromEntries(['boston', 'washington', '华盛顿'].map((p) => [p, 'America/New_York'])),
  ...Object.fromEntries(['mumbai', 'delhi', 'new_delhi', 'bangalore', 'bengaluru'].map((p) => [p, 'Asia/Kolkata'])),
};

/**
 * The zone most people who write a UTC offset live in, by its offset in minutes (standard time):
 * "+08:00" is China's time, "+05:30" India's. Only a suggestion: an offset has no daylight-saving
 * rules, so it is never accepted as a zone.
 */
const OFFSET_PLACES: Record<number, string> = {
  480: 'Asia/Shanghai', 540: 'Asia/Tokyo', 330: 'Asia/Kolkata', 420: 'Asia/Bangkok', 345: 'Asia/Kathmandu', 360: 'Asia/Dhaka',
  300: 'Asia/Karachi', 270: 'Asia/Kabul', 240: 'Asia/Dubai', 210: 'Asia/Tehran', 180: 'Europe/Moscow', 120: 'Africa/Cairo',
  60: 'Europe/Berlin', 0: 'Europe/London', [-180]: 'America/Sao_Paulo', [-240]: 'America/Halifax', [-300]: 'America/New_York',
  [-360]: 'America/Chicago', [-420]: 'America/Denver', [-480]: 'America/Los_Angeles', [-540]: 'America/Anchorage', [-600]: 'Pacific/Honolulu',
  [-210]: 'America/St_Johns', 570: 'Australia/Adelaide', 600: 'Australia/Sydney', 720: 'Pacific/Auckland',
};

/** For a UTC offset (`+08:00`, `UTC+8`, `GMT-05`): the zone most people with it live in, else Etc/GMT∓N for whole hours. */
function offsetZone(wanted: string, zones: readonly string[]): string | undefined {
  const m = /^(?:utc|gmt)?_*([+\-\u2212])_*(\d{1,2})(?::?(\d{2}))?$/.exec(wanted);
  if (!m) return undefined;
  const sign = m[1] === '+' ? 1 : -1;
  const minutes = sign * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const place = OFFSET_PLACES[minutes];
  if (place && zones.includes(place)) return place;
  // tzdb's fixed-offset zones are named by POSIX's inverted sign: UTC+3 is Etc/GMT-3.
  const etc = minutes % 60 === 0 ? (minutes === 0 ? 'Etc/UTC' : `Etc/GMT${minutes > 0 ? '-' : '+'}${Math.abs(minutes / 60)}`) : undefined;
  return etc && zones.includes(etc) ? etc : undefined;
}

/**
 * The zone a mistyped name most likely meant, or undefined: for a UTC offset the zone most
 * people with that offset live in (OFFSET_PLACES, else Etc/GMT∓N); for an abbreviation the most
 * populous zone that uses it (abbreviationZones); the same name in another case
 * (`asia/shanghai`), the zone of a bare city (`Kolkata`, `new york`), the zone of a place tzdb
 * names by another city (`Asia/Beijing`, `北京`, `San Francisco`: PLACE_ZONES), else the one
 * within two edits per ten characters, at least one (core/near-words.ts: a swap of two neighbours
 * is one edit, `Asia/Bkau`), of the whole name (`Asia/Kolkatta`, `Europe/Londn`) or, for a bare
 * city, of one city alone (`Tokio`, `Londn`); `zones` defaults to
 * listTimeZones().
 */
export function suggestTimeZone(input: string, zones: readonly string[] = listTimeZones()): string | undefined {
  const wanted = input.trim().replace(/ /g, '_').toLowerCase();
  // No zone name is longer than 32 characters: a longer text is not a misspelling of one.
  if (wanted === '' || wanted.length > 64) return undefined;
  const byOffset = offsetZone(wanted, zones);
  if (byOffset) return byOffset;
  const byAbbreviation = abbreviationZones(input)?.find((z) => zones.includes(z));
  if (byAbbreviation) return byAbbreviation;
  const byCase = zones.find((z) => z.toLowerCase() === wanted);
  if (byCase) return byCase;
  const byCity = zones.filter((z) => z.toLowerCase().split('/').pop() === wanted);
  if (byCity.length === 1) return byCity[0];
  const place = PLACE_ZONES[wanted] ?? PLACE_ZONES[wanted.split('/').pop()!];
  if (place && zones.includes(place)) return place;
  const limit = Math.max(1, Math.floor((wanted.length * 2) / 10));
  let best: { zone: string; distance: number } | undefined;
  for (const zone of zones) {
    const distance = editDistance(wanted, zone.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { zone, distance };
  }
  if (best || wanted.includes('/')) return best?.zone;
  // A bare city mistyped (`Tokio`, `Londn`): its zone when one city alone is that near.
  const city = nearestWord(wanted, zones.map(cityOf), limit);
  return city === undefined ? undefined : zones.find((z) => cityOf(z) === city);
}

/** A zone's last part in lower case, its city: `America/New_York` -> `new_york`. */
const cityOf = (zone: string) => zone.toLowerCase().split('/').pop()!;
