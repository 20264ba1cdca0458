/**
 * A slot's time as people read it in text (the CLI, the build log, the studio): the plan's
 * "2026-12-08 09:00 +08:00" form, and the zone's name after it when the channel's zone is not
 * the brand's. Dependency-free, so that the studio's client scripts can use it too.
 */
import type { Lang } from './language.ts';

/**
 * A slot's wall time followed by its zone when that is not the zone the user plans in, the
 * brand's: "12:00 (Europe/London)" / "12:00（Europe/London）". A channel in another zone shows
 * its slots at its own wall time; without the zone, 12:00 London reads as 12:00 where the user
 * is. Same zone: the time alone.
 */
export function withZone(time: string, zone: string, brandZone: string, lang: Lang): string {
  if (zone === brandZone) return time;
  return lang === 'zh' ? `${time}（${zone}）` : `${time} (${zone})`;
}

/** "+08:00" from an ISO 8601 date-time with offset ("Z" is written "+00:00"); "" without one. */
export function offsetOf(iso: string): string {
  const match = /([+-]\d{2}:\d{2}|Z)$/.exec(iso);
  return !match ? '' : match[1] === 'Z' ? '+00:00' : match[1]!;
}

/**
 * `start` (ISO 8601 with the offset of `zone` then, as slots and formatZonedISO write it) as
 * "2026-12-08 09:00 +08:00", with `withZone`'s zone name when `zone` is not `brandZone`:
 * "2026-12-11 09:00 +00:00 (Europe/London)". Seconds are dropped: slots fall on minutes.
 */
export function slotTimeText(start: string, zone: string, brandZone: string, lang: Lang): string {
  return withZone(`${start.slice(0, 16).replace('T', ' ')} ${offsetOf(start)}`, zone, brandZone, lang);
}

/**
 * How a flag's text (check, the build log) writes an instant: `null` as ISO 8601, the form the
 * `check --json` report's messages keep (shared/interfaces.md §3); else as slotTimeText writes
 * it, naming a zone that is not `brandZone`.
 */
export type InstantStyle = { brandZone: string } | null;

/** `iso` (with the offset of `zone`) in `style`: as written, or slotTimeText's form. */
export function instantText(iso: string, zone: string, style: InstantStyle, lang: Lang): string {
  return style ? slotTimeText(iso, zone, style.brandZone, lang) : iso;
}

/**
 * `time` and the space that follows it in Chinese text before the next word, none after a
 * full-width bracket ("09:00 该发" but "09:00（Europe/London）该发").
 */
export function zhSpaced(time: string): string {
  return time.endsWith('）') ? time : `${time} `;
}

/**
 * Where a list of one channel's slots names their zone, given each slot's zone (the zone of the
 * period its date falls in: period-zones.ts createPostZoner): `heading` once over the list when
 * every slot is in one zone that is not the brand's, else `perSlot` true when the slots' zones
 * differ (a zone change that applies from a later day: the slots before it keep the old zone),
 * and each slot's time then names its own zone (withZone). `fallback`: the channel's zone, for a
 * list with no slot.
 */
export function listZones(zones: readonly string[], brandZone: string, fallback: string): { heading: string | null; perSlot: boolean } {
  const distinct = new Set(zones.length ? zones : [fallback]);
  if (distinct.size > 1) return { heading: null, perSlot: true };
  const [zone] = distinct;
  return { heading: zone !== brandZone ? zone! : null, perSlot: false };
}
