/**
 * The VEVENTs of one channel: a recurring event per cadence period (its history first), with
 * break slots as EXDATE and slots that have a planned post or a suggested pillar of their own
 * as RECURRENCE-ID overrides sharing the period's UID; then one event of its own for each
 * published post that fills no slot (core/streaks.ts placeUnplannedPublished).
 */
import type { Channel, Planner } from '../schema/planner.ts';
import type { Post } from '../schema/post.ts';
import type { Slot } from '../slot.ts';
import { channelPeriods, channelZone, createPublishedZoner, type PostZoner, type ZonedPeriod } from '../period-zones.ts';
import { isOnPortfolio } from '../portfolio.ts';
import { publishedEpoch, publishedLocalDate } from '../published-at.ts';
import { expandChannelSlots } from '../slots.ts';
import { placeUnplannedPublished, type DatedPost, type UnslottedPost } from '../streaks.ts';
import { addDays, startOfLocalDay } from '../zoned-time.ts';
import { clockChangeDates, isSkippedOrRepeated } from './clock-change.ts';
import { escapeText, formatLocal, formatUtc, type ContentLine } from './ics-writer.ts';
import { parseRruleParts, writeRruleValue } from './rrule-value.ts';
import { seriesSpan } from './series-span.ts';
import { calendarWords } from './calendar-words.ts';
import { entryLanguage, openSlotText, plannedSlotText, type EntryText, type TextMode } from './slot-text.ts';
import { appendTo } from '../map-lists.ts';

export interface ChannelEventOptions extends TextMode {
  planner: Planner;
  posts: Post[];
  now: number;
  plannedPillars: Record<string, string | null>;
  /** The planner's post zoner (createPostZoner), made once per calendar: each public event asks it. */
  zoneOf?: PostZoner;
}

export interface ChannelEvents {
  lines: ContentLine[];
  /**
   * Each zone the events use (a period of history keeps its own) and the span its VTIMEZONE
   * must cover: from the zone's earliest slot to its latest, and for the current zone on to now
   * and the latest instant a series can reach: its UNTIL, its COUNTth slot, or the horizon
   * (series-span.ts).
   */
  zones: Map<string, [number, number]>;
}

/**
 * The channel's VEVENTs, over the span seriesSpan gives: every slot through its last date, the
 * latest series ended at a break that runs past the horizon.
 */
export function buildChannelEvents(channel: Channel, opts: ChannelEventOptions): ChannelEvents {
  const zone = channelZone(channel, opts.planner.brand);
  const periods = channelPeriods(channel, zone);
  const posts = postsByDate(opts.posts.filter((p) => p.data.channel === channel.id && p.data.plannedFor));
  // The published posts, each with the local date of its publishedAt.
  const readIn = createPublishedZoner(channel, zone);
  const published = opts.posts
    .filter((p) => p.data.channel === channel.id && p.data.status === 'published' && p.data.publishedAt)
    .map((post) => ({ post, date: publishedLocalDate(post.data.publishedAt!, readIn(post.data.publishedAt!)) }));
  const breaks = opts.planner.breaks.filter((b) => !b.channels || b.channels.includes(channel.id));
  const last = periods.at(-1)!;
  const span = seriesSpan(last, zone, opts.now, breaks, [...posts.keys(), ...published.map((u) => u.date), ...plannedDates(channel.id, opts.plannedPillars)]);
  if (span.cut) last.end = span.cut;
  const slots = expandChannelSlots(channel, {
    zone,
    from: startOfLocalDay(periods[0]!.start, periods[0]!.zone),
    to: startOfLocalDay(addDays(span.lastDate, 1), zone),
    breaks: opts.planner.breaks,
  });
  // Each period's slots (their dates are local in the period's own zone).
  const byPeriod = periods.map((period) => slots.filter((s) => s.zone === period.zone && s.date >= period.start && (period.end === undefined || s.date < period.end)));
  const zones = new Map<string, [number, number]>();
  periods.forEach((period, i) => {
    const own = byPeriod[i]!;
    if (own.length === 0) return;
    const range: [number, number] = i === periods.length - 1 ? [Math.min(own[0]!.epoch, opts.now), Math.max(own.at(-1)!.epoch, opts.now, span.reach)] : [own[0]!.epoch, own.at(-1)!.epoch];
    const kept = zones.get(period.zone);
    zones.set(period.zone, kept ? [Math.min(kept[0], range[0]), Math.max(kept[1], range[1])] : range);
  });
  // The slots cover every published post's date and every plannedFor (span), so the last slot's
  // window holds the latest posts and each planned day is known.
  const placed = placeUnplannedPublished(slots, published, { planned: posts, knownUntil: addDays(span.lastDate, 1) });
  // A published post outside its planned slot's window is shown where it counts (placed), not in that slot.
  const shown = placed.elsewhere.size ? postsByDate([...posts.values()].flat().filter((p) => !placed.elsewhere.has(p.id))) : posts;
  const context = { ...opts, channel, plannedByDate: shown, publishedBySlot: placed.bySlot };
  const changeDates = new Map([...zones].map(([z, range]) => [z, clockChangeDates(z, ...range)]));
  const lines = periods.flatMap((period, i) => (byPeriod[i]!.length > 0 ? periodEvents(period, byPeriod[i]!, { ...context, changeDates: changeDates.get(period.zone)! }) : []));
  lines.push(...placed.unslotted.flatMap((u) => unslottedEvent(u, readIn, context)));
  return { lines, zones };
}

/**
 * The entry of a published post that no slot shows (placeUnplannedPublished: before the channel's
 * first slot, past its end with the last slot shown already, in a break's window, or in a window
 * whose slot shows another post): its own event at its publishedAt, in UTC (no VTIMEZONE needed),
 * or a whole-day event for a plain date, reading as a post in a slot does, marked published, and
 * saying it is in no slot, or which slot it fills when that slot shows a post planned for it that
 * does not (`fills`). Its UID comes from the post's id (`published.<id>@throughline`, the id
 * percent-encoded), so the series' UIDs stay as they were and a refresh updates it. None in a
 * public calendar while the post is not on the portfolio (dated after now). No alarm: it is done.
 */
function unslottedEvent(u: UnslottedPost, readIn: (publishedAt: string) => string, opts: ChannelEventOptions & { channel: Channel }): ContentLine[] {
  const { post } = u;
  if (opts.public && !isOnPortfolio(post, opts.planner, opts.now, opts.zoneOf)) return [];
  const at = post.data.publishedAt!.trim().replace(' ', 'T');
  const whole = at.length === 10;
  const rotation = (opts.channel.pillars ?? opts.planner.brand.pillars.map((p) => p.id)).map((id) => pillarName(opts.planner, id));
  const pillar = post.data.pillar ? pillarName(opts.planner, post.data.pillar) : rotation.length === 1 ? rotation[0]! : null;
  // A post that is out has its pillar or none: the channel's rotation says what a slot may hold.
  const text = plannedSlotText(opts.channel.name, [post], pillar, [], opts);
  const words = calendarWords(entryLanguage(post, opts.lang), opts.traditional);
  // A public calendar never speaks of the post planned for the slot (it is not out).
  const note = u.fills ? (opts.public ? words.fillsSlotPublic(u.fills) : words.fillsSlot(u.fills)) : words.inNoSlot;
  const start = whole ? `DTSTART;VALUE=DATE:${u.date.replace(/-/g, '')}` : `DTSTART:${formatUtc(publishedEpoch(at, readIn(at)))}`;
  const uid = `published.${encodeURIComponent(post.id)}@throughline`;
  return [
    ...eventHead(uid, opts.now, start),
    ...eventBody({ ...text, description: [text.description, note].filter(Boolean).join('\n') }, opts.channel, { duration: whole ? 'P1D' : 'PT30M', alarm: false }),
  ];
}

/** Planned posts by their `plannedFor` date, each list sorted by id. */
function postsByDate(posts: Post[]): Map<string, Post[]> {
  const byDate = new Map<string, Post[]>();
  for (const post of [...posts].sort((a, b) => a.id.localeCompare(b.id))) {
    const date = post.data.plannedFor!;
    appendTo(byDate, date, post);
  }
  return byDate;
}

function plannedDates(channelId: string, plannedPillars: Record<string, string | null>): string[] {
  const prefix = `${channelId}/`;
  return Object.keys(plannedPillars).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}

interface PeriodContext extends ChannelEventOptions {
  channel: Channel;
  /** Planned posts by date. */
  plannedByDate: Map<string, Post[]>;
  /** The published post planned for no slot that each slot shows, by slot date (core/streaks.ts placeUnplannedPublished). */
  publishedBySlot: Map<string, DatedPost>;
  /** Dates a clock change may touch in the period's zone. */
  changeDates: Set<string>;
}

/** One period's series, its times local to the period's own zone (TZID). */
function periodEvents(period: ZonedPeriod, slots: Slot[], opts: PeriodContext): ContentLine[] {
  const { channel } = opts;
  const { zone } = period;
  const count = Number(parseRruleParts(period.cadence).get('COUNT') ?? Infinity);
  const rrule = writeRruleValue(period.cadence, { zone, nextStart: period.end, countCut: period.end !== undefined && slots.length < count });
  // Percent-encoded as a published post's id is (unslottedEvent): an ASCII id reads as written.
  const uid = `${encodeURIComponent(channel.id)}-${period.start.replace(/-/g, '')}@throughline`;
  const tzLocal = (date: string) => `TZID=${zone}:${formatLocal(date, period.time)}`;
  const rotation = (channel.pillars ?? opts.planner.brand.pillars.map((p) => p.id)).map((id) => pillarName(opts.planner, id));
  const masterPillar = rotation.length === 1 ? rotation[0]! : null;
  const master = openSlotText(channel.name, masterPillar, rotation, opts);
  const lines = [
    ...eventHead(uid, opts.now, `DTSTART;${tzLocal(slots[0]!.date)}`),
    `RRULE:${rrule}`,
    ...slots.filter((s) => s.onBreak).map((s) => `EXDATE;${tzLocal(s.date)}`),
    ...eventBody(master, channel),
  ];
  for (const slot of slots) {
    if (slot.onBreak) continue;
    const published = publishedEntry(slot, masterPillar, rotation, opts);
    const text = published?.text ?? slotEntry(slot, masterPillar, rotation, opts);
    const pinned = opts.changeDates.has(slot.date) && isSkippedOrRepeated(slot, period.time, zone);
    if (!published && !pinned && (!text || (text.summary === master.summary && text.description === master.description))) continue;
    // A slot's entry stays at its slot's time, a published post's that fills it too; a published post
    // that fills no slot has its own event at its publishedAt (unslottedEvent).
    const start = pinned ? `DTSTART:${formatUtc(slot.epoch)}` : `DTSTART;${tzLocal(slot.date)}`;
    lines.push(...eventHead(uid, opts.now, `RECURRENCE-ID;${tzLocal(slot.date)}`), start, ...eventBody(text ?? master, channel));
  }
  return lines;
}

function slotEntry(slot: Slot, masterPillar: string | null, rotation: string[], opts: PeriodContext): EntryText | null {
  const { channel } = opts;
  const planned = opts.plannedByDate.get(slot.date) ?? [];
  const suggested = opts.plannedPillars[`${channel.id}/${slot.date}`];
  const suggestedName = suggested ? pillarName(opts.planner, suggested) : null;
  if (planned.length > 0) {
    const pillarId = planned[0]!.data.pillar;
    const pillar = (pillarId ? pillarName(opts.planner, pillarId) : null) ?? suggestedName ?? masterPillar;
    return plannedSlotText(channel.name, planned, pillar, rotation, opts);
  }
  return suggestedName ? openSlotText(channel.name, suggestedName, rotation, opts) : null;
}

/**
 * The entry of a slot that no post is planned for but a published post fills (publishedBySlot):
 * that post, as a planned one reads (plannedSlotText), at the slot's time. Null when
 * a post is planned for the slot (it shows that one), or when that post is not on the portfolio
 * and the calendar is public (the slot then shows no word of it, at its own time).
 */
function publishedEntry(slot: Slot, masterPillar: string | null, rotation: string[], opts: PeriodContext): { text: EntryText } | null {
  if (opts.plannedByDate.has(slot.date)) return null;
  const one = opts.publishedBySlot.get(slot.date);
  const filling = one ? [one] : [];
  const shown = opts.public ? filling.filter((u) => isOnPortfolio(u.post, opts.planner, opts.now, opts.zoneOf)) : filling;
  if (shown.length === 0) return null;
  const pillarId = shown[0]!.post.data.pillar;
  const pillar = (pillarId ? pillarName(opts.planner, pillarId) : null) ?? masterPillar;
  return { text: plannedSlotText(opts.channel.name, shown.map((u) => u.post), pillar, rotation, opts) };
}

function eventHead(uid: string, now: number, when: ContentLine): ContentLine[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${formatUtc(now)}`, `SEQUENCE:${revisionSequence(now)}`, when];
}

/** 2020-01-01T00:00:00Z: SEQUENCE counts whole minutes from here (revisionSequence). */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * The SEQUENCE of every entry of an export made at `now` (epoch ms): the whole minutes since
 * 2020-01-01 UTC, 0 before it. RFC 5545 §3.8.7.4 has a revision raise it, and a client that
 * imports a file (not one that subscribes) keeps the entry of the highest SEQUENCE for a UID and
 * RECURRENCE-ID, taking DTSTAMP only to break a tie (RFC 5546 §2.1.5; Microsoft's notes on Outlook's
 * iCalendar support say its import reads SEQUENCE so): with SEQUENCE 0 everywhere, a re-imported plan could stay as it
 * was first imported. The planner keeps no revision count, so a later export is the later
 * revision: minutes keep the value an INTEGER (§3.3.8, below 2^31) for 4,000 years, and two
 * exports in one minute tie on it and differ by DTSTAMP's seconds.
 */
export function revisionSequence(now: number): number {
  return Math.max(0, Math.floor((now - SEQUENCE_EPOCH) / 60_000));
}

/**
 * A slot is a moment to publish, shown as a free 30-minute entry (`duration`, an RFC 5545
 * DURATION value; P1D for a whole-day entry), with the channel's reminder unless `alarm` is false.
 */
function eventBody(text: EntryText, channel: Channel, opts: { duration: string; alarm: boolean } = { duration: 'PT30M', alarm: true }): ContentLine[] {
  const lines = [
    `DURATION:${opts.duration}`,
    `SUMMARY:${escapeText(text.summary)}`,
    ...(text.description ? [`DESCRIPTION:${escapeText(text.description)}`] : []),
    ...(text.url ? [`URL:${asUri(text.url)}`] : []),
    'TRANSP:TRANSPARENT',
  ];
  if (channel.reminder && opts.alarm) {
    const m = channel.reminder.minutesBefore;
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(text.summary)}`, `TRIGGER:-PT${m}M`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * URL is a URI (RFC 5545 §3.8.4.6, RFC 3986): ASCII only. A post's address may hold Chinese
 * (`/2026/跳槽时机/`); WHATWG URL percent-encodes it, and a host in Punycode, as browsers send them.
 */
function asUri(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

function pillarName(planner: Planner, id: string): string {
  return planner.brand.pillars.find((p) => p.id === id)?.name ?? id;
}
