/**
 * A quick-capture idea lives under `ideas/`, and a post's id is its public address
 * (/posts/ideas/…). When an idea is planned or published, the editor offers to move it into its
 * channel's folder in the same save, so the address it is published under no longer says "ideas".
 */
import { checkPostId } from '../../store/post-paths.ts';
import type { PostValues } from './post-form.ts';

const IDEAS = 'ideas/';

/** True for an id under ideas/ ("ideas/冬至饺子"). */
export function isIdeaId(id: string): boolean {
  return id.startsWith(IDEAS);
}

/** "ideas/冬至饺子" on channel "wechat" -> "wechat/冬至饺子"; null when the id is not under ideas/ or the result is not a valid id. */
export function ideaMoveTarget(id: string, channel: string): string | null {
  if (!isIdeaId(id) || !channel) return null;
  const to = `${channel}/${id.slice(IDEAS.length)}`;
  return checkPostId(to) ? null : to;
}

/** Whether a save with these values makes the idea public-bound: planned (a date or scheduled) or published. */
export function isPlannedOrPublished(values: Pick<PostValues, 'status' | 'plannedFor'>): boolean {
  return values.status === 'scheduled' || values.status === 'published' || Boolean(values.plannedFor?.trim());
}

/**
 * Where to move the post after this save, or null: the form asked for it (`moveIdea` checked,
 * `moveIdeaTo` the target, defaulting to ideaMoveTarget), the id is under ideas/ and the saved
 * values plan or publish it.
 */
export function ideaMoveAfterSave(id: string, values: PostValues, form: FormData): string | null {
  if (!isIdeaId(id) || form.get('moveIdea') !== '1' || !isPlannedOrPublished(values)) return null;
  const typed = String(form.get('moveIdeaTo') ?? '').trim().normalize('NFC');
  const to = typed || ideaMoveTarget(id, values.channel);
  return to && to !== id && !checkPostId(to) ? to : null;
}
