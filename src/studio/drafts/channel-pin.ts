/**
 * A post moved to another channel in the editor keeps its moment of publication: a `publishedAt`
 * without offset is read in its channel's zone (shared/interfaces.md §2), so a channel in another
 * zone would read the same wall time as another instant (20:05 in Shanghai is 20:05 in New York,
 * 13 hours later). The save writes the old channel's offset after it (core/published-at.ts
 * pinPublishedAt, as removing a channel does) and the editor says so.
 */
import { pinPublishedAt } from '../../core/published-at.ts';
import { createPostZoner } from '../../core/period-zones.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { createTranslator, fill, type Lang } from '../shared/i18n.ts';
import { DRAFTS_TEXT } from './strings.ts';
import type { StudioLocale } from '../shared/locale.ts';

/** What a channel change did to publishedAt: `was` as written, `publishedAt` as saved, `zone` whose offset it got. */
export interface PinnedTime {
  was: string;
  publishedAt: string;
  zone: string;
}

/**
 * The pinned publishedAt when `after` (the frontmatter to save) moves the post from `before`'s
 * channel to another and keeps `before`'s publishedAt as written (a time the user typed with the
 * change is taken as meant for the new channel); null when nothing changes (a plain date, a value
 * with an offset, same channel, or both zones reading the same instant).
 */
export function pinOnChannelChange(planner: Planner, before: Record<string, unknown>, after: Record<string, unknown>): PinnedTime | null {
  const was = typeof before.publishedAt === 'string' ? before.publishedAt : '';
  if (!was || after.channel === before.channel || after.publishedAt !== was) return null;
  const zoneOf = createPostZoner(planner);
  const zone = zoneOf(String(before.channel), was);
  const publishedAt = pinPublishedAt(was, zone, zoneOf(String(after.channel), was));
  return publishedAt === was ? null : { was, publishedAt, zone };
}

/** The query a redirect after the save carries (appended to `?saved=1`), read back by readPinnedQuery. */
export function pinnedQuery(p: PinnedTime): string {
  return `&pinnedFrom=${encodeURIComponent(p.was)}&pinnedZone=${encodeURIComponent(p.zone)}`;
}

/** The pin from the page's query (`at`: publishedAt as saved), or null when absent. */
export function readPinnedQuery(params: URLSearchParams, at: string): PinnedTime | null {
  const was = params.get('pinnedFrom');
  const zone = params.get('pinnedZone');
  return was && zone && at ? { was, publishedAt: at, zone } : null;
}

/** The editor's note, in `lang`: the time as it was, as written now, and whose offset. */
export function pinnedText(p: PinnedTime, lang: Lang | StudioLocale): string {
  return fill(createTranslator(lang, DRAFTS_TEXT)('editor.pinned'), { was: p.was, at: p.publishedAt, zone: p.zone });
}
