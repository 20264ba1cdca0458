/**
 * Where a post's `publishedAt` falls, read as shared/interfaces.md §2 says: a plain date is that
 * local day in the channel's zone, a date-time without offset is that wall time there, and a
 * date-time with an offset (or Z) is an instant.
 */
import { formatZonedISO, isoOffset, localDateOf, offsetMinutesAt, zonedToEpoch } from './zoned-time.ts';

export const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant of `publishedAt` (a plain date means the start of that local day). */
export function publishedEpoch(publishedAt: string, zone: string): number {
  // A pure function asked again for every post by the check, the loader, the cards and the pages.
  const key = `${publishedAt}\n${zone}`;
  let epoch = epochs.get(key);
  if (epoch === undefined) {
    if (epochs.size >= MAX_REMEMBERED) epochs.clear();
    epochs.set(key, (epoch = computeEpoch(publishedAt, zone)));
  }
  return epoch;
}

/** Answers of publishedEpoch by its arguments: each resolves the zone's offset with Intl, ~0.1 ms. */
const epochs = new Map<string, number>();
const MAX_REMEMBERED = 100_000;

function computeEpoch(publishedAt: string, zone: string): number {
  const text = publishedAt.trim().replace(' ', 'T');
  if (text.length === 10) return zonedToEpoch(text, '00:00', zone);
  if (HAS_OFFSET.test(text)) return Date.parse(text);
  const [date, time] = text.split('T') as [string, string];
  return zonedToEpoch(date, time.slice(0, 8), zone);
}

/** The local date of `publishedAt` in the channel's zone. */
export function publishedLocalDate(publishedAt: string, zone: string): string {
  const text = publishedAt.trim().replace(' ', 'T');
  if (text.length === 10) return text;
  if (!HAS_OFFSET.test(text)) return text.slice(0, 10);
  return localDateOf(Date.parse(text), zone);
}

/**
 * `publishedAt` as a post moved from a channel read in `fromZone` to one read in `toZone` must
 * write it to keep its instant: a date-time without offset gets `fromZone`'s offset at that
 * instant (`2026-11-14T20:05:00` of Asia/Shanghai is written `2026-11-14T20:05:00+08:00`, else it
 * would be 20:05 in New York, 13 hours later). A plain date (a local day, whatever the zone), a
 * date-time with an offset, and one that reads the same instant in both zones stay as written.
 */
export function pinPublishedAt(publishedAt: string, fromZone: string, toZone: string): string {
  const text = publishedAt.trim().replace(' ', 'T');
  if (text.length === 10 || HAS_OFFSET.test(text)) return publishedAt;
  const epoch = publishedEpoch(text, fromZone);
  if (epoch === publishedEpoch(text, toZone)) return publishedAt;
  const pinned = `${text}${isoOffset(offsetMinutesAt(epoch, fromZone))}`;
  // A wall time a clock change skips is no instant as written: the instant it was read as, then.
  return Date.parse(pinned) === epoch ? pinned : formatZonedISO(epoch, fromZone);
}
