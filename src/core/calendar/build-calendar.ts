/**
 * The whole .ics text for `export ics` and the site's `/calendar.ics` (shared/interfaces.md §3).
 * Words follow the channel's language (channel-language.ts: most of its published posts, else
 * of its other posts, else its platform or name, else the brand's), a slot with a planned post the
 * post's; the calendar's name the brand's language, or the channel's in a one-channel calendar.
 */
import { ThroughlineError } from '../errors.ts';
import { brandLanguage } from '../language.ts';
import { createPostZoner } from '../period-zones.ts';
import { isOnPortfolio } from '../portfolio.ts';
import { translateMessage } from '../i18n/zod-issues.ts';
import type { Planner } from '../schema/planner.ts';
import type { Post } from '../schema/post.ts';
import { calendarWords } from './calendar-words.ts';
import { channelEntriesLanguage } from './channel-language.ts';
import { buildChannelEvents, type ChannelEvents } from './channel-events.ts';
import { escapeText, serializeLines, type ContentLine } from './ics-writer.ts';
import { buildVTimezone } from './vtimezone.ts';

export const DEFAULT_STUDIO_URL = 'http://localhost:4321/studio';

export interface CalendarInput {
  planner: Planner;
  posts: Post[];
  /** DTSTAMP of every entry, and the reference for the plan. */
  now: number;
  /** Only this channel id. */
  channel?: string;
  /** Site mode: no word of any unpublished post, no studio links. */
  public?: boolean;
  /** Base URL of the studio; default http://localhost:4321/studio. */
  studioUrl?: string;
  /** Public mode: a published post's page on the portfolio, an absolute address (its entry's URL when it has no `url` of its own). */
  postUrl?: (post: Post) => string | undefined;
  /** `${channel}/${date}` -> suggested pillar id for that slot; slots whose pillar differs get an override. */
  plannedPillars?: Record<string, string | null>;
  /**
   * Each channel's events by channel id, kept between calls whose other input is the same (the
   * site's calendar of every channel and its one-channel calendars, built with one `now`): a
   * channel's slots are expanded once, not once per calendar.
   */
  eventsCache?: Map<string, ChannelEvents>;
  /**
   * Converts the calendar's own Chinese words (written in Simplified) to Traditional, for a project
   * whose site words are (core/language.ts siteWordsTag; pages/_lib/site-words.ts siteWord bound to
   * that tag); never a post's, channel's, pillar's or brand's words. The same function for every
   * call that shares `eventsCache`.
   */
  traditional?: (text: string) => string;
}

/** The whole calendar as RFC 5545 text: CRLF line ends, lines folded at 75 octets. */
export function buildCalendar(input: CalendarInput): string {
  const { planner } = input;
  const channels = selectChannels(planner, input.channel);
  const siteLang = brandLanguage(planner.brand);
  const mode = { public: input.public ?? false, studioUrl: (input.studioUrl ?? DEFAULT_STUDIO_URL).replace(/\/+$/, ''), ...(input.postUrl ? { postUrl: input.postUrl } : {}), ...(input.traditional ? { traditional: input.traditional } : {}) };
  // Each channel's events speak its own language (an English channel of a Chinese brand in English),
  // that of the posts its readers have seen: a published post dated after now is not yet public.
  const zoneOf = createPostZoner(planner);
  const seen = new Set(input.posts.filter((p) => isOnPortfolio(p, planner, input.now, zoneOf)));
  const langs = channels.map((channel) => channelEntriesLanguage(channel, input.posts, (p) => seen.has(p), siteLang));
  const events = channels.map((channel, i) => {
    const kept = input.eventsCache?.get(channel.id);
    if (kept) return kept;
    const built = buildChannelEvents(channel, { ...mode, lang: langs[i]!, planner, posts: input.posts, now: input.now, plannedPillars: input.plannedPillars ?? {}, zoneOf });
    input.eventsCache?.set(channel.id, built);
    return built;
  });
  const name = calendarWords(input.channel ? langs[0]! : siteLang, input.traditional).calendarName(planner.brand.name, input.channel ? channels[0]!.name : null);
  // One channel's calendar is in its zone (the one its VTIMEZONE holds), not the brand's.
  const calendarZone = input.channel ? (channels[0]!.timezone ?? planner.brand.timezone) : planner.brand.timezone;
  const lines: ContentLine[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Throughline//Content Planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${calendarZone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...components(events, calendarZone, input.now),
    'END:VCALENDAR',
  ];
  return serializeLines(lines);
}

function selectChannels(planner: Planner, id: string | undefined) {
  if (id === undefined) return planner.channels;
  const channel = planner.channels.find((c) => c.id === id);
  if (!channel) {
    const known = planner.channels.map((c) => c.id).join(', ') || '(no channels yet)';
    const message = `unknown channel "${id}"; expected one of ${known}`;
    throw new ThroughlineError({ en: message, zh: translateMessage(message) ?? message }, { file: 'content/planner.json', field: 'channels' });
  }
  return [channel];
}

/**
 * The VTIMEZONEs and events. RFC 5545 §3.6 wants at least one component (icalbody = calprops
 * 1*component): a project with no channel yet (or no slot to show) gets the VTIMEZONE of its
 * X-WR-TIMEZONE, which every reader accepts and none shows.
 */
function components(events: ChannelEvents[], calendarZone: string, now: number): ContentLine[] {
  const lines = [...timezonesFor(events), ...events.flatMap((e) => e.lines)];
  return lines.length > 0 ? lines : buildVTimezone(calendarZone, now, now);
}

/** One VTIMEZONE per zone that an event uses, covering every event in that zone. */
function timezonesFor(events: ChannelEvents[]): ContentLine[] {
  const ranges = new Map<string, [number, number]>();
  for (const e of events) {
    for (const [zone, range] of e.zones) {
      const r = ranges.get(zone);
      ranges.set(zone, r ? [Math.min(r[0], range[0]), Math.max(r[1], range[1])] : range);
    }
  }
  return [...ranges].sort(([a], [b]) => a.localeCompare(b)).flatMap(([zone, [from, to]]) => buildVTimezone(zone, from, to));
}
