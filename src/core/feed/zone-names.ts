/**
 * Time-zone abbreviations in feed dates (`CEST`, `JST`, `AEDT`...) -> UTC offsets, from the
 * maintained table of the `timezone-soft` package (IANA zones with their standard and daylight
 * abbreviations). A name with several meanings (CST: China +08:00 or US Central -06:00; IST:
 * India, Ireland, Israel; BST: Britain, Bangladesh) is read in the sense of the feed's language:
 * the zones of the language's region (CLDR, through `Intl.Locale#getTimeZones`) pick the meaning.
 */
import soft from 'timezone-soft';

/** RFC 822 §5.1 zone names: their meaning when the feed's language does not point elsewhere. */
const RFC822: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/**
 * Spellings the table lacks: German and old names of European times, and Newfoundland's
 * English names (the table lists its French ones).
 */
const ALIASES: Record<string, string> = {
  MEZ: 'CET', MESZ: 'CEST', MEST: 'CEST', MET: 'CET', MEDT: 'CEST', WEZ: 'WET', WESZ: 'WEST', OEZ: 'EET', OESZ: 'EEST',
  NST: 'HNTN', NDT: 'HETN',
};

interface ZonePart {
  abbr?: string;
  offset?: number;
}

interface Meaning {
  zone: string;
  minutes: number;
}

/**
 * The UTC offset in minutes that `name` (case-insensitive) stands for, or undefined when no
 * zone uses that abbreviation. `language` is the feed's language tag (`zh-cn`, `en-us`), if any.
 */
export function offsetOfZoneName(name: string, language?: string): number | undefined {
  const upper = name.toUpperCase();
  const abbr = ALIASES[upper] ?? upper;
  const meanings = meaningsOf(abbr);
  const regional = regionZones(language);
  const local = meanings.find((m) => regional.has(canonicalZone(m.zone)));
  if (local) return local.minutes;
  if (abbr in RFC822) return RFC822[abbr];
  return meanings[0]?.minutes;
}

/**
 * The IANA zones that the table gives for the abbreviation `name` (case-insensitive: `BST` ->
 * Europe/London, Asia/Dhaka, Europe/Gibraltar), most populous first as it orders them; empty
 * when no zone uses it as its standard or daylight abbreviation (`Rome` is a city, not one).
 * The table's own match is kept, not only the exact abbreviations: it lists Hawaii, whose
 * standard time it spells HAST, first for HST.
 */
export function zonesOfAbbreviation(name: string): string[] {
  const upper = name.toUpperCase();
  const abbr = ALIASES[upper] ?? upper;
  if (meaningsOf(abbr).length === 0) return [];
  return [...new Set((soft(abbr) as { iana: string }[]).map((z) => z.iana))];
}

const cache = new Map<string, Meaning[]>();

function meaningsOf(abbr: string): Meaning[] {
  let found = cache.get(abbr);
  if (found) return found;
  found = [];
  // The package's types omit `offset` (hours), which every entry carries.
  for (const zone of soft(abbr) as unknown as { iana: string; standard?: ZonePart; daylight?: ZonePart | null }[]) {
    for (const part of [zone.standard, zone.daylight]) {
      if (part?.abbr?.toUpperCase() === abbr && typeof part.offset === 'number') found.push({ zone: zone.iana, minutes: Math.round(part.offset * 60) });
    }
  }
  cache.set(abbr, found);
  return found;
}

/** IANA zones of the region a language tag implies (`zh` -> CN, `en` -> US), canonical names. */
function regionZones(language: string | undefined): Set<string> {
  if (!language) return new Set();
  try {
    const locale = new Intl.Locale(language.trim().replace(/_/g, '-')).maximize() as Intl.Locale & { getTimeZones?(): string[]; timeZones?: string[] };
    return new Set((locale.getTimeZones?.() ?? locale.timeZones ?? []).map(canonicalZone));
  } catch {
    return new Set();
  }
}

function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}
