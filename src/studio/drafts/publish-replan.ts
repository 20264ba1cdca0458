/**
 * A post the editor publishes (Save or autosave with status "published") that was planned for
 * another slot's window: before it (early) or after it closed (late). It counts for the slot whose
 * window holds its publishedAt (shared/interfaces.md §3, core/early-publication.ts), so its
 * plannedFor becomes that slot, or is cleared, as on the publish page; this module says so to the
 * user, after the save, in English or Chinese.
 */
import { earlyPublication, plannedForAfter, type NoSlotReason } from '../../core/early-publication.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../core/schema/post.ts';
import { formatDay, formatSlot } from '../plan/format.ts';
import { createTranslator, fill, type Lang } from '../shared/i18n.ts';
import { DRAFTS_TEXT } from './strings.ts';
import type { StudioLocale } from '../shared/locale.ts';

export const REPLAN_KINDS = ['early', 'earlyTaken', 'earlyNone', 'late', 'lateTaken', 'lateNone'] as const;
export type ReplanKind = (typeof REPLAN_KINDS)[number];

/** What a save did to a post's planned date: `planned` and `fills` are local dates (YYYY-MM-DD), `at` its publishedAt. */
export interface Replanned {
  kind: ReplanKind;
  planned: string;
  /** The slot it counts for (also when that slot has a post already), or null when none. */
  fills: string | null;
  at: string;
  /** The plannedFor written: the slot it fills, or '' (cleared). */
  plannedFor: string;
  /** Why it counts for no slot (a *None kind), when known. */
  none?: NoSlotReason;
}

/**
 * For a save of `frontmatter` (valid) over `before` (the post's frontmatter on disk): when it makes
 * the post published and it was planned for a slot whose window does not hold its publishedAt,
 * sets `frontmatter.plannedFor` to the slot it fills (deletes it when none or taken) and says so;
 * else null and nothing changes. Only a post becoming published: one already published keeps the
 * date its author gives it. `others`: the project's posts (a published one may fill the slot).
 */
export function replanOnPublish(planner: Planner, id: string, before: Post['data'], frontmatter: Record<string, unknown>, others: readonly Post[]): Replanned | null {
  if (before.status === 'published' || frontmatter.status !== 'published' || !frontmatter.plannedFor) return null;
  const data = PostFrontmatterSchema.parse(frontmatter);
  const at = String(data.publishedAt ?? '');
  const early = earlyPublication(planner, { id, data }, at, others);
  if (!early) return null;
  const plannedFor = plannedForAfter(early);
  if (plannedFor) frontmatter.plannedFor = plannedFor;
  else delete frontmatter.plannedFor;
  const base = early.late ? 'late' : 'early';
  const kind: ReplanKind = early.fills === null ? `${base}None` : early.fills.taken ? `${base}Taken` : base;
  return { kind, planned: early.planned, fills: early.fills?.date ?? null, at, plannedFor, ...(early.none ? { none: early.none } : {}) };
}

/** The query a redirect after the save carries (appended to `?saved=1`), read back by readReplanQuery. */
export function replanQuery(r: Replanned): string {
  return `&replanned=${r.kind}&planned=${r.planned}${r.fills ? `&fills=${r.fills}` : ''}${r.none ? noSlotQuery(r.none) : ''}`;
}

function noSlotQuery(none: NoSlotReason): string {
  if ('firstSlot' in none) return none.firstSlot ? `&first=${none.firstSlot}` : '&first=';
  const { from, to, reason } = none.inBreak;
  return `&breakFrom=${from}&breakTo=${to}${reason ? `&breakReason=${encodeURIComponent(reason)}` : ''}`;
}

/** NoSlotReason from the query noSlotQuery wrote, or undefined (absent or malformed). */
function readNoSlotQuery(params: URLSearchParams): NoSlotReason | undefined {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  const first = params.get('first');
  if (first !== null) return first === '' ? { firstSlot: null } : date.test(first) ? { firstSlot: first } : undefined;
  const from = params.get('breakFrom') ?? '';
  const to = params.get('breakTo') ?? '';
  if (!date.test(from) || !date.test(to)) return undefined;
  const reason = params.get('breakReason');
  return { inBreak: { from, to, ...(reason ? { reason } : {}) } };
}

/**
 * Why a publication counts for no slot, in `lang`: before the channel's first slot (naming it), or
 * in a break (naming its dates and reason); the two together only when not known.
 */
export function noSlotWhy(none: NoSlotReason | undefined, lang: Lang | StudioLocale): string {
  const t = createTranslator(lang, DRAFTS_TEXT);
  if (!none) return t('noSlot.unknown');
  if ('firstSlot' in none) return none.firstSlot ? fill(t('noSlot.beforeFirst'), { first: formatDay(none.firstSlot, lang) }) : t('noSlot.none');
  const { from, to, reason } = none.inBreak;
  return fill(t(reason ? 'noSlot.inBreakReason' : 'noSlot.inBreak'), { from: formatDay(from, lang), to: formatDay(to, lang), reason: reason ?? '' });
}

/** The note's facts from the page's query (`at`: the post's publishedAt as saved), or null when absent or malformed. */
export function readReplanQuery(params: URLSearchParams, at: string): Replanned | null {
  const kind = params.get('replanned');
  const planned = params.get('planned') ?? '';
  const fills = params.get('fills');
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (!(REPLAN_KINDS as readonly (string | null)[]).includes(kind) || !date.test(planned) || (fills !== null && !date.test(fills))) return null;
  if (!kind!.endsWith('None') && fills === null) return null;
  const none = kind!.endsWith('None') ? readNoSlotQuery(params) : undefined;
  return { kind: kind as ReplanKind, planned, fills, at, plannedFor: kind === 'early' || kind === 'late' ? fills ?? '' : '', ...(none ? { none } : {}) };
}

/** The note shown in the editor after such a save, in `lang`. */
export function replanText(r: Replanned, lang: Lang | StudioLocale): string {
  const t = createTranslator(lang, DRAFTS_TEXT);
  return fill(t(`editor.replanned.${r.kind}`), {
    planned: formatDay(r.planned, lang),
    fills: r.fills ? formatDay(r.fills, lang) : '',
    why: r.kind.endsWith('None') ? noSlotWhy(r.none, lang) : '',
    // A plain date and time as the publish page shows it; else the text as saved.
    at: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(r.at) ? formatSlot(r.at.replace(' ', 'T'), lang) : r.at,
  });
}
