/**
 * The plan page's POST actions: plan-post (create content/posts/<slug>.mdx for a slot), skip
 * (a one-day break), add-break, remove-break, targets, and move-planned / move-all-planned (put
 * off-slot posts on slot days; these may return to the dashboard or channels page via `return`). Success -> a URL to redirect to;
 * failure -> field errors, with nothing written.
 */
import { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { LocalDateSchema } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { createPost } from '../../store/posts.ts';
import { moveAllOffSlot, movePlannedPost, offSlotFlags, slotOverFlags } from './off-slot-actions.ts';
import { heldSlotDays } from '../../core/plan-flags.ts';
import { addBreak, checkBreakForm, readBreakForm, removeBreak, skipSlot } from './breaks.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import { slotAnchor } from './month.ts';
import { checkPlanPostForm, plannedFrontmatter, readPlanPostForm } from './slot-form.ts';
import { savePlannerChange, studioRoot } from '../shared/plan-store.ts';
import { closedSlotError, plannedSlotError, slotDayError } from './slot-day.ts';
import { movedQuery, type MovedWhy } from './moved.ts';
import { breakCovering } from '../../core/slots.ts';
import { applyTargets, readTargets } from './targets.ts';

export type PlanActionResult = { redirect: string } | { action: string; errors: FieldErrors; slot?: string };

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
};

/** `back`: the plan page URL (path and query) to return to. */
export async function runPlanAction(form: FormData, planner: Planner, opts: { back: string; skipReason: string; posts?: Post[]; now?: number }): Promise<PlanActionResult> {
  const action = text(form, 'action');
  if (action === 'move-planned' || action === 'move-all-planned') return runMoveAction(action, form, planner, opts);
  const done = (flag: string, anchor = '') => ({ redirect: `${opts.back}${opts.back.includes('?') ? '&' : '?'}done=${flag}${anchor ? `#${anchor}` : ''}` });
  if (action === 'plan-post') {
    const post = readPlanPostForm(form);
    const slot = `${post.channel}/${post.date}`;
    const errors = checkPlanPostForm(post, planner, opts.posts ?? [], opts.now ?? Date.now());
    if (Object.keys(errors).length) return { action, errors, slot };
    try {
      await createPost(studioRoot(), post.slug, { frontmatter: plannedFrontmatter(post), body: '', ext: 'mdx' });
    } catch (error) {
      if (!(error instanceof ThroughlineError)) throw error;
      return { action, errors: { [error.field === 'id' || /exists/.test(error.message) ? 'slug' : 'form']: error.message }, slot };
    }
    return done('planned', slotAnchor(post.channel, post.date));
  }
  if (action === 'skip') {
    const channel = text(form, 'channel');
    const date = text(form, 'date');
    // A slot inside a break is skipped already (a second send of the form changes nothing).
    const offSlot = LocalDateSchema.safeParse(date).success && !breakCovering(planner.breaks, channel, date) ? slotDayError(planner, channel, date) : undefined;
    const errors = offSlot ? { date: offSlot } : await savePlannerChange((p) => skipSlot(p, channel, date, opts.skipReason));
    return Object.keys(errors).length ? { action, errors, slot: `${channel}/${date}` } : done('skipped', slotAnchor(channel, date));
  }
  if (action === 'add-break') {
    const entry = readBreakForm(form);
    let errors = checkBreakForm(entry, planner);
    if (!Object.keys(errors).length) errors = await savePlannerChange((p) => addBreak(p, entry));
    return Object.keys(errors).length ? { action, errors } : done('break-saved', 'breaks');
  }
  if (action === 'remove-break') {
    const errors = await savePlannerChange((p) => removeBreak(p, Number(text(form, 'index')), text(form, 'from'), text(form, 'to')));
    return Object.keys(errors).length ? { action, errors } : done('break-removed', 'breaks');
  }
  if (action === 'targets') {
    const { targets, errors } = readTargets(form, planner);
    const saved = Object.keys(errors).length ? errors : await savePlannerChange((p) => applyTargets(p, targets));
    return Object.keys(saved).length ? { action, errors: saved } : done('targets', 'balance');
  }
  return { action, errors: { form: `unknown action "${action}"; expected plan-post, skip, add-break, remove-break or targets` } };
}

async function runMoveAction(action: string, form: FormData, planner: Planner, opts: { back: string; posts?: Post[]; now?: number }): Promise<PlanActionResult> {
  const back = /^\/studio(\/|\?|$)/.test(text(form, 'return')) ? text(form, 'return') : opts.back;
  const posts = opts.posts ?? [];
  const now = opts.now ?? Date.now();
  try {
    if (action === 'move-planned') {
      const date = text(form, 'date');
      if (!LocalDateSchema.safeParse(date).success) return { action, errors: { form: 'expected the slot date as YYYY-MM-DD' } };
      const post = posts.find((p) => p.id === text(form, 'post'));
      const channel = post?.data.channel ?? '';
      const refused = plannedSlotError(planner, posts, channel, date, now) ?? heldSlotError(planner, posts, now, post, date);
      if (refused) return { action, errors: { form: refused } };
      const why = post?.data.plannedFor ? movedWhy(planner, posts, channel, post.data.plannedFor, now) : undefined;
      await movePlannedPost(studioRoot(), text(form, 'post'), date);
      return { redirect: movedQuery(back, { to: date, why }) };
    }
    const { moved, unmoved } = await moveAllOffSlot(studioRoot(), planner, posts, now, text(form, 'channel'));
    return { redirect: movedQuery(back, { count: moved.length, unmoved }) };
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    return { action, errors: { form: error.message } };
  }
}

/**
 * Why "Move to" refuses `date` for `post`: another post holds that slot now (planned for it, or
 * published and filling it; core/plan-flags.ts heldSlotDays), as when the page showing the button
 * was opened before that post was planned there. Names the post and the nearest free slot; the
 * plan's drag and drop still puts two posts in one slot when that is what the user wants.
 */
function heldSlotError(planner: Planner, posts: Post[], now: number, post: Post | undefined, date: string): string | null {
  if (!post) return null;
  const holder = heldSlotDays(planner, posts, now, post.data.channel, date).get(date);
  if (!holder || holder.id === post.id) return null;
  const name = planner.channels.find((c) => c.id === post.data.channel)?.name ?? post.data.channel;
  const flag = [...offSlotFlags(planner, posts, now, 'en'), ...slotOverFlags(planner, posts, now, 'en')].find((f) => f.post === post.id);
  const free = flag?.target && flag.target !== date ? ` (nearest free slot: ${flag.target})` : '';
  return `the ${date} slot of "${name}" already has "${holder.data.title}" (${holder.id}), so "Move to" left "${post.data.title}" where it was${free}; to put both in that slot, drag it there on the plan`;
}

/** Which flag offered the move of a post planned for `from`: no slot day (off-slot), or a slot that is over (slot-over); undefined for neither. */
function movedWhy(planner: Planner, posts: Post[], channel: string, from: string, now: number): MovedWhy | undefined {
  if (slotDayError(planner, channel, from)) return 'off-slot';
  return closedSlotError(planner, posts, channel, from, now) ? 'slot-over' : undefined;
}
