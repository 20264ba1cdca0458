/**
 * "Plan a post into a slot": the small form on the plan page -> the new post's id and frontmatter
 * for createPost (content/posts/<slug>.mdx with channel, pillar, plannedFor, status).
 */
import { joinWords, slugWords } from '../../core/slug-words.ts';
import { LocalDateSchema, type Planner } from '../../core/schema/planner.ts';
import { checkPostId } from '../../store/post-paths.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import type { Post } from '../../core/schema/post.ts';
import { plannedSlotError } from './slot-day.ts';

export const PLAN_STATUSES = ['idea', 'draft'] as const;

export interface PlanPostForm {
  channel: string;
  date: string;
  title: string;
  slug: string;
  status: string;
  pillar: string;
}

interface FormLike {
  get(name: string): unknown;
}

export function readPlanPostForm(form: FormLike): PlanPostForm {
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string).trim() : '');
  return { channel: text('channel'), date: text('date'), title: text('title'), slug: text('slug') || slugify(text('title')), status: text('status') || 'idea', pillar: text('pillar') };
}

/**
 * "Braised Pork, at Home!" -> "braised-pork-at-home", "C++ 入门" -> "c-plus-plus-入门": the
 * words of slugWords (letters of any script survive), cut at a word boundary within 80
 * characters; "" when the title has no letter or digit.
 */
export function slugify(title: string): string {
  return joinWords(slugWords(title), 80);
}

/** Field errors of the form; the date must be a slot that takes a post (slot-day.ts plannedSlotError) for `posts` at `now`. */
export function checkPlanPostForm(form: PlanPostForm, planner: Planner, posts: Post[], now: number): FieldErrors {
  const errors: FieldErrors = {};
  if (!planner.channels.some((c) => c.id === form.channel)) errors.channel = `unknown channel "${form.channel}"; pick a slot from the calendar`;
  if (!LocalDateSchema.safeParse(form.date).success) errors.date = 'expected the slot date as YYYY-MM-DD';
  else if (!errors.channel) {
    const refused = plannedSlotError(planner, posts, form.channel, form.date, now);
    if (refused) errors.date = refused;
  }
  if (!form.title) errors.title = 'a post needs a title';
  const idProblem = form.slug ? checkPostId(form.slug) : 'give a slug, e.g. "braised-pork" (it becomes content/posts/braised-pork.mdx)';
  if (idProblem) errors.slug = idProblem;
  if (!(PLAN_STATUSES as readonly string[]).includes(form.status)) errors.status = `expected ${PLAN_STATUSES.join(' or ')}`;
  if (form.pillar && !planner.brand.pillars.some((p) => p.id === form.pillar))
    errors.pillar = `unknown pillar "${form.pillar}"; expected one of ${planner.brand.pillars.map((p) => p.id).join(', ')}`;
  return errors;
}

/** The frontmatter of the planned post, fields in the order a person would write them. */
export function plannedFrontmatter(form: PlanPostForm): Record<string, unknown> {
  return { title: form.title, channel: form.channel, status: form.status, ...(form.pillar ? { pillar: form.pillar } : {}), plannedFor: form.date };
}
