/**
 * Where a "Move to" put a post, carried in the URL it returns to (`?done=moved&to=DATE&why=KIND`,
 * or `&count=N` for "Move all", with `&unmoved=ID` for each post it left where it was, its channel
 * having no open slot), and the confirmation that says so: the nearest slot for a post planned off
 * its cadence, the next open slot for one whose slot is over, and which posts did not move.
 */
import { fill } from '../shared/i18n.ts';
import { formatDay } from './format.ts';
import { SPREAD_MAX_YEARS } from '../../core/spread-moves.ts';

/** The flag whose Move to it was: the post's date was no slot day (off-slot) or a slot that is over (slot-over). */
export type MovedWhy = 'off-slot' | 'slot-over';

/** The query parameters movedQuery puts in the address: the flash line's (StudioLayout messageParams). */
export const MOVED_PARAMS = ['done', 'to', 'why', 'count', 'unmoved'] as const;

/** The query of the page to return to after a move: `back` with done=moved and what was moved where (and, for "Move all", what was not). */
export function movedQuery(back: string, moved: { to: string; why?: MovedWhy } | { count: number; unmoved?: readonly string[] }): string {
  const params = new URLSearchParams({ done: 'moved', ...('count' in moved ? { count: String(moved.count) } : { to: moved.to, ...(moved.why ? { why: moved.why } : {}) }) });
  if ('count' in moved) for (const id of moved.unmoved ?? []) params.append('unmoved', id);
  return `${back}${back.includes('?') ? '&' : '?'}${params}`;
}

/**
 * The post titles the confirmation of `params` quotes (a "Move all" that left posts where they
 * were), for the page to mark each with its own language (shared/components/MessageText.astro);
 * empty for any other confirmation. `titleOf` as for movedMessage; an id with no title is no title.
 */
export function movedTitles(params: URLSearchParams, titleOf: (id: string) => string | undefined): string[] {
  if (params.get('done') !== 'moved') return [];
  return params.getAll('unmoved').flatMap((id) => titleOf(id) ?? []);
}

const KEY: Record<MovedWhy, string> = { 'off-slot': 'offslot.moved', 'slot-over': 'slotover.moved' };

/**
 * The confirmation for `params` (the page's query) when it says done=moved, else undefined. `t`: a
 * translator with MANAGE_TEXT; `titleOf`: a post's title by id (the id itself when not given or unknown).
 */
export function movedMessage(params: URLSearchParams, t: (key: string) => string, lang: 'en' | 'zh', titleOf: (id: string) => string | undefined = () => undefined): string | undefined {
  if (params.get('done') !== 'moved') return undefined;
  const count = Number(params.get('count'));
  const unmoved = params.getAll('unmoved');
  if (Number.isInteger(count) && (count > 0 || unmoved.length > 0)) {
    const quote = (id: string) => (lang === 'zh' ? `“${titleOf(id) ?? id}”` : `"${titleOf(id) ?? id}"`);
    const left = unmoved.length ? fill(t('offslot.notMoved'), { posts: unmoved.map(quote).join(lang === 'zh' ? '、' : ', '), years: SPREAD_MAX_YEARS }) : '';
    const done = count > 0 ? fill(t(unmoved.length ? 'offslot.movedSome' : 'offslot.movedAll'), { count }) : '';
    return [done, left].filter(Boolean).join(lang === 'zh' ? '' : ' ');
  }
  const to = params.get('to') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return t('offslot.movedPlain');
  const why = params.get('why');
  return fill(t(why === 'off-slot' || why === 'slot-over' ? KEY[why] : 'offslot.movedTo'), { date: formatDay(to, lang) });
}
