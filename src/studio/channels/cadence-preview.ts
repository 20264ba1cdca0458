/**
 * The cadence editor's live preview: the rule in words and its next slots, or the first
 * problem with the input. Backs GET /studio/api/cadence-preview and the server-rendered form.
 */
import { cadenceSkipNote, checkCadence, describeCadence } from '../../core/cadence.ts';
import { uiText } from '../shared/traditional.ts';
import { LocalDateSchema, LocalTimeSchema, TimeZoneSchema } from '../../core/schema/planner.ts';
import { previewSlots } from '../../core/slots.ts';
import { firstSlotNote } from './first-slot-note.ts';

export const PREVIEW_COUNT = 8;

export interface PreviewInput {
  cadence: string;
  start: string;
  time: string;
  zone: string;
}

export type CadencePreview =
  /** `note`: why the first slot is later than the first matching day (an INTERVAL counts from the start's week or month: first-slot-note.ts). */
  | { text: string; slots: { date: string; start: string }[]; note?: string }
  | { error: string; field: 'cadence' | 'start' | 'time' | 'timezone' };

/** The next PREVIEW_COUNT slots at or after max(now, start). */
export function previewCadence(input: PreviewInput, now: number, lang: 'en' | 'zh'): CadencePreview {
  const problem = checkCadence(input.cadence);
  if (problem) return { error: problem.message, field: 'cadence' };
  if (!LocalDateSchema.safeParse(input.start).success) return { error: `start "${input.start}" is not a date; expected YYYY-MM-DD, e.g. 2026-12-01`, field: 'start' };
  if (!LocalTimeSchema.safeParse(input.time).success) return { error: `time "${input.time}" is not a time; expected HH:MM (24-hour), e.g. 09:00`, field: 'time' };
  // The schema's own message, as the field error under "Time zone" says it: with the zone it most likely meant.
  const zone = TimeZoneSchema.safeParse(input.zone);
  if (!zone.success) return { error: zone.error.issues[0]!.message, field: 'timezone' };
  const slots = previewSlots(input, now, PREVIEW_COUNT).map(({ date, start }) => ({ date, start }));
  const note = firstSlotNote(input, lang);
  return { text: cadenceInWords(input.cadence, lang), slots, ...(note ? { note } : {}) };
}

/**
 * The cadence in words as the studio shows it: describeCadence, then the months it skips when it
 * names days some months lack (cadenceSkipNote: "every month on the 31st (only in months that
 * have a 31st; …)"). The portfolio's about page keeps the words alone.
 */
export function cadenceInWords(rule: string, lang: 'en' | 'zh'): string {
  const words = describeCadence(rule, lang);
  const note = cadenceSkipNote(rule, lang);
  if (!note) return words;
  return lang === 'zh' ? `${words}（${note}）` : `${words} (${note})`;
}

/** A preview with its words (text, note, error) in `locale`'s script (traditional.ts uiText: a quoted value kept as typed). */
export function previewInScript<P extends CadencePreview | null>(preview: P, locale: string): P {
  if (!preview || locale !== 'zh-Hant') return preview;
  if ('error' in preview) return { ...preview, error: uiText(locale, preview.error) };
  return { ...preview, text: uiText(locale, preview.text), ...(preview.note ? { note: uiText(locale, preview.note) } : {}) };
}

/** Reads the query of GET /studio/api/cadence-preview; a missing zone falls back to `defaultZone`. */
export function readPreviewQuery(params: URLSearchParams, defaultZone: string, today: string): PreviewInput {
  return {
    cadence: params.get('cadence') ?? '',
    start: params.get('start') || today,
    time: params.get('time') || '09:00',
    zone: params.get('zone') || defaultZone,
  };
}
