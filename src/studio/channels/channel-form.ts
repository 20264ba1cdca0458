/**
 * The channels page's form: submitted fields -> field errors, or a planner change. Pure: the page
 * reads the request and saves through updatePlanner. A cadence, time or zone change of an existing
 * channel keeps the old period in `channel.history`, so past slots stay as they were.
 */
import { CADENCE_PRESETS, checkCadence, noSlotProblem } from '../../core/cadence.ts';
import { missingDateReason } from '../../core/calendar-date.ts';
import { deriveId } from '../../core/ids.ts';
import { brandChannelName } from '../../core/platform-names.ts';
import { ChannelSchema, LocalDateSchema, PLATFORMS, type Brand, type Channel, type Planner, type Platform } from '../../core/schema/planner.ts';
import { channelZone } from '../../core/period-zones.ts';
import { canonicalZone, isPlannerZone } from '../../core/time-zones.ts';
import { closeCurrentPeriod, endedCadence } from '../../core/zone-move.ts';
import { collectFieldErrors, type FieldErrors } from '../shared/form-errors.ts';
import { ChannelTextLimits, checkTextLimits } from '../shared/text-limits.ts';
import { composeCadence, readCadenceChoice, type CadenceChoice } from './cadence-compose.ts';

export const REMINDER_CHOICES = [0, 15, 60, 180, 1440, 2880] as const;

export interface ChannelForm {
  /** The id of the channel being edited; '' for a new channel. */
  editing: string;
  id: string;
  name: string;
  platform: string;
  choice: CadenceChoice;
  cadence: string;
  start: string;
  time: string;
  /** '' = the brand's zone. */
  timezone: string;
  pillars: string[];
  /** Minutes before each slot; 0 = no reminder. */
  reminder: number;
  /** When an edit changes the cadence, time or zone: the first date of the new period ('' = today). */
  changeFrom: string;
  /** The author's public profile on this channel (http or https); '' = none. */
  profileUrl: string;
}

interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

export function readChannelForm(form: FormLike): ChannelForm {
  const get = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : null;
  };
  const getAll = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
  const choice = readCadenceChoice(get, getAll);
  return {
    editing: get('editing') ?? '',
    id: (get('id') ?? '').trim().normalize('NFC'),
    name: (get('name') ?? '').trim(),
    platform: get('platform') ?? '',
    choice,
    cadence: composeCadence(choice, CADENCE_PRESETS),
    start: (get('start') ?? '').trim(),
    time: (get('time') ?? '').trim() || '09:00',
    timezone: (get('timezone') ?? '').trim(),
    pillars: getAll('pillars'),
    reminder: Number(get('reminder') ?? 0) || 0,
    changeFrom: (get('changeFrom') ?? '').trim(),
    profileUrl: (get('profileUrl') ?? '').trim(),
  };
}

/** The form's values for an existing channel (or a blank one). */
export function formForChannel(channel: Channel | undefined, choice: CadenceChoice, today: string): Omit<ChannelForm, 'choice'> {
  return {
    editing: channel?.id ?? '',
    id: channel?.id ?? '',
    name: channel?.name ?? '',
    platform: channel?.platform ?? 'blog',
    cadence: channel?.cadence ?? composeCadence(choice, CADENCE_PRESETS),
    start: channel?.start ?? today,
    time: channel?.time ?? '09:00',
    timezone: channel?.timezone ?? '',
    pillars: channel?.pillars ?? [],
    reminder: channel?.reminder?.minutesBefore ?? 0,
    changeFrom: '',
    profileUrl: channel?.profileUrl ?? '',
  };
}

/**
 * The form with an empty name given its platform's, as `init` names a channel (brandChannelName:
 * 部落格 for a brand written in Traditional characters), and, for a new channel with no id
 * typed, the platform as its id (`blog`), as `init` does; `named` says a name was given. An unknown
 * platform is left for checkChannelForm to refuse.
 */
export function nameAfterPlatform(form: ChannelForm, brand: Brand): { form: ChannelForm; named: boolean } {
  if (form.name || !(PLATFORMS as readonly string[]).includes(form.platform)) return { form, named: false };
  const name = brandChannelName(form.platform as Platform, brand);
  return { form: { ...form, name, id: form.editing || form.id || form.platform }, named: true };
}

/** A suggested id from a name in any script: "WeChat 公众号" -> "wechat-公众号", "小红书" -> "小红书" (see deriveId). */
export function suggestChannelId(name: string): string {
  return deriveId(name, '');
}

/** Every problem with the form, by field; {} when it can be saved. */
export function checkChannelForm(form: ChannelForm, planner: Planner, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const editing = form.editing ? planner.channels.find((c) => c.id === form.editing) : undefined;
  if (form.editing && !editing) errors.form = `there is no channel "${form.editing}" any more; reload the page`;
  const id = channelIdOf(form);
  if (!form.editing && id === '') errors.id = 'give the channel an id of letters or digits of any script, "-" or "_", e.g. "blog" or "小红书"';
  else if (!form.editing && planner.channels.some((c) => c.id === id)) errors.id = `a channel "${id}" exists already; choose another id`;
  if (form.choice.mode === 'weekly-days' && form.choice.days.length === 0) errors.cadence = 'choose at least one weekday';
  else {
    const problem = checkCadence(form.cadence, id || undefined);
    if (problem) errors.cadence = problem.message;
    // An edit may end a channel (the studio writes an ended rule for a spent COUNT): new channels only.
    else if (!form.editing) {
      const none = noSlotProblem(form.cadence, form.start, form.time, form.timezone || planner.brand.timezone);
      if (none) errors.cadence = none;
    }
  }
  const pillarIds = planner.brand.pillars.map((p) => p.id);
  const unknown = form.pillars.filter((p) => !pillarIds.includes(p));
  if (unknown.length) errors.pillars = `unknown pillar ${unknown.map((p) => `"${p}"`).join(', ')}; expected one of ${pillarIds.join(', ')}`;
  if (form.changeFrom && !LocalDateSchema.safeParse(form.changeFrom).success)
    errors.changeFrom = missingDateReason(form.changeFrom) ?? 'expected a date as YYYY-MM-DD, e.g. 2026-12-01';
  else if (editing && changesPeriod(editing, form, planner.brand.timezone)) {
    const from = changeStart(editing, form, today);
    const last = editing.history?.at(-1)?.start;
    if (last && from <= last) errors.changeFrom = `the new cadence must start after ${last}, when the previous one began`;
    // Its first slot is still to come: a past day would start it there, with its slots so far missed.
    else if (editing.start > today && form.changeFrom && form.changeFrom < today)
      errors.changeFrom = `"${editing.name}" has not started yet (it starts on ${editing.start}), so a new cadence cannot apply from ${form.changeFrom}, a day already past: leave it empty to keep its start, or choose ${today} or later`;
  }
  for (const [field, message] of Object.entries(checkTextLimits(ChannelTextLimits, form, (path) => String(path[0])))) errors[field] ??= message;
  const parsed = ChannelSchema.safeParse(candidate(form, id));
  if (parsed.success) return errors;
  const fieldOf = (path: readonly PropertyKey[]) => (path[0] === 'minutesBefore' ? 'reminder' : String(path[0] ?? 'form'));
  // The checks above name the problem better than the schema does: theirs win on a shared field.
  return { ...collectFieldErrors(parsed.error.issues, fieldOf), ...errors };
}

/**
 * The first day of the period a cadence, time or zone change begins: "applies from" when given,
 * else today, or for a channel that has not started yet its start (the form's, which shows the
 * channel's): with no slot behind it, the change has no past to keep and must not move it sooner.
 */
function changeStart(channel: Channel, form: ChannelForm, today: string): string {
  return form.changeFrom || (keepsStart(channel, form, today) ? form.start : today);
}

/** A change with no "applies from" to a channel whose start is still to come. */
function keepsStart(channel: Channel, form: ChannelForm, today: string): boolean {
  return !form.changeFrom && channel.start > today && LocalDateSchema.safeParse(form.start).success;
}

/** The id the channel is saved under: the one it had, the one typed, else one made from its name. */
export function channelIdOf(form: ChannelForm): string {
  return form.editing || form.id || suggestChannelId(form.name);
}

/** The edit ends the channel's current period: its cadence, time or zone (its own or the brand's it falls back to) changes. */
function changesPeriod(channel: Channel, form: ChannelForm, brandZone: string): boolean {
  return channel.cadence !== form.cadence || channel.time !== form.time || movesZone(channel, form, brandZone);
}

function movesZone(channel: Channel, form: ChannelForm, brandZone: string): boolean {
  const typed = form.timezone && isPlannerZone(form.timezone) ? canonicalZone(form.timezone) : form.timezone;
  return (channel.timezone ?? brandZone) !== (typed || brandZone);
}

function candidate(form: ChannelForm, id: string): Record<string, unknown> {
  return {
    id,
    name: form.name,
    platform: form.platform,
    cadence: form.cadence,
    start: form.start,
    time: form.time,
    ...(form.timezone ? { timezone: form.timezone } : {}),
    ...(form.pillars.length ? { pillars: form.pillars } : {}),
    ...(form.reminder > 0 ? { reminder: { minutesBefore: form.reminder } } : {}),
    ...(form.profileUrl ? { profileUrl: form.profileUrl } : {}),
  };
}

/**
 * Adds the channel, or updates the edited one in place. When an edit changes the cadence, time or
 * zone, the old cadence/start/time becomes the last history period and the new one starts at
 * `changeFrom` (default today, or the form's start for a channel that has not started); when that is on or before the old start, the old period never
 * produced a slot and is simply replaced. A zone change writes the old zone (the channel's, or
 * the brand's it fell back to) on that period and on every earlier one that had none. When the
 * rule stays and only the time or zone changes, the new period starts at the rule's first slot
 * on or after `changeFrom` (core/zone-move.ts continueCadence): a monthly cadence keeps its day,
 * every other week its weeks, and a COUNT what is left of it.
 */
export function applyChannelForm(planner: Planner, form: ChannelForm, today: string): Planner {
  const id = channelIdOf(form);
  const fields = ChannelSchema.parse(candidate(form, id));
  const index = planner.channels.findIndex((c) => c.id === form.editing);
  if (!form.editing || index < 0) return { ...planner, channels: [...planner.channels, fields] };
  const old = planner.channels[index]!;
  // The form's optional fields: an emptied one is removed, not kept from the old channel.
  const { timezone: _t, pillars: _p, reminder: _r, profileUrl: _u, ...kept } = old;
  let next: Channel = { ...kept, ...fields };
  // A reminder kept (its minutes changed or not) keeps the keys the form does not show.
  if (old.reminder && fields.reminder) next = { ...next, reminder: { ...old.reminder, ...fields.reminder } };
  const brandZone = planner.brand.timezone;
  if (changesPeriod(old, form, brandZone)) {
    const zoneBefore = movesZone(old, form, brandZone) ? channelZone(old, planner.brand) : undefined;
    const from = changeStart(old, form, today);
    // Not started and no "applies from": no slot to keep, so the channel is simply edited (its
    // earlier periods, if any, keep their zone), starting on the form's start.
    if (keepsStart(old, form, today)) return { ...planner, channels: planner.channels.map((c, i) => (i === index ? { ...next, ...closeCurrentPeriod(old, old.start, zoneBefore)!, start: form.start } : c)) };
    // The same rule at another time or in another zone goes on in step (a monthly cadence keeps
    // its day); a new rule starts at `from`. So does the same rule with no slot left, ended
    // there too: a reached COUNT would otherwise count again from `from`.
    const sameRule = form.cadence === old.cadence;
    const inStep = sameRule ? closeCurrentPeriod(old, from, zoneBefore, channelZone(old, planner.brand)) : null;
    next = { ...next, ...(inStep ?? closeCurrentPeriod(old, from, zoneBefore)!) };
    if (sameRule && !inStep) next = { ...next, cadence: endedCadence(old.cadence, next.start) };
  }
  const channels = planner.channels.map((c, i) => (i === index ? next : c));
  return { ...planner, channels };
}
