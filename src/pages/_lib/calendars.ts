/**
 * The site's public calendars (/calendar.ics and /calendar/<channel>.ics) of one reading of the
 * site: built with the site's `now`, so every calendar has one DTSTAMP, and each channel's events
 * built once for all of them (buildCalendar's eventsCache).
 */
import { buildCalendar } from '../../core/calendar/index.ts';
import type { ChannelEvents } from '../../core/calendar/channel-events.ts';
import type { SiteData } from './site-data.ts';

const EVENTS = new WeakMap<SiteData, Map<string, ChannelEvents>>();

/** The public calendar of `site`, of one channel or (without `channel`) of every channel, as .ics text. */
export function publicCalendar(site: SiteData, channel?: string): string {
  let events = EVENTS.get(site);
  if (!events) EVENTS.set(site, (events = new Map()));
  return buildCalendar({ planner: site.planner, posts: site.posts.map((p) => p.post), now: site.now, public: true, channel, eventsCache: events });
}
