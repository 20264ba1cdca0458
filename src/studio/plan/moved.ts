/**
 * Where a "Move to" put a post, carried in the URL it returns to (`?done=moved&to=DATE&why=KIND`,
 * or `&count=N` for "Move all"), and the confirmation that says so: the nearest slot for a post
 * planned off its cadence, the next open slot for one whose slot is over.
 */
import { fill } from '../shared/i18n.ts';
import { formatDay } from './format.ts';

/** The flag whose Move to it was: the post's date was no slot day (off-slot) or a slot that is over (slot-over). */
export type MovedWhy = 'off-slot' | 'slot-over';

/** The query of the page to return to after a move: `back` with done=moved and what was moved where. */
export function movedQuery(back: string, moved: { to: string; why?: MovedWhy } | { count: number }): string {
  const params = new URLSearchParams({ done: 'moved', ...('count' in moved ? { count: String(moved.count) } : { to: moved.to, ...(moved.why ? { why: moved.why } : {}) }) });
  return `${back}${back.includes('?') ? '&' : '?'}${params}`;
}

const KEY: Record<MovedWhy, string> = { 'off-slot': 'offslot.moved', 'slot-over': 'slotover.moved' };

/** The confirmation for `params` (the page's query) when it says done=moved, else undefined. `t`: a translator with MANAGE_TEXT. */
export function movedMessage(params: URLSearchParams, t: (key: string) => string, lang: 'en' | 'zh'): string | undefined {
  if (params.get('done') !== 'moved') return undefined;
  const count = Number(params.get('count'));
  if (Number.isInteger(count) && count > 0) return fill(t('offslot.movedAll'), { count });
  const to = params.get('to') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return t('offslot.movedPlain');
  const why = params.get('why');
  return fill(t(why === 'off-slot' || why === 'slot-over' ? KEY[why] : 'offslot.movedTo'), { date: formatDay(to, lang) });
}
