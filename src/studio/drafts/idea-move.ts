/**
 * A quick-capture idea lives under `ideas/`, and a post's id is its public address
 * (/posts/ideas/…). When an idea is planned or published, the editor offers to move it into its
 * channel's folder in the same save, so the address it is published under no longer says "ideas".
 * The plan page offers the same move when an idea is dropped onto a slot.
 */
import { checkPostId } from '../../store/post-paths.ts';
import type { PostValues } from './post-form.ts';

/** The folder quick capture files ideas in. */
export const IDEAS = 'ideas/';

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
 * The one rule for moving an idea out of ideas/, shared by the editor, the publish page and the
 * plan page's drop: only an id under ideas/, only when the save plans or publishes it, only when
 * the user left the offer ticked (`move`); the target is what they typed, else
 * `<channel>/<rest of the id>`. Null when nothing moves or the target is not a valid id.
 */
export function resolveIdeaMove(id: string, channel: string, choice: { planned: boolean; move: boolean; typed?: string }): string | null {
  if (!isIdeaId(id) || !choice.move || !choice.planned) return null;
  const typed = (choice.typed ?? '').trim().normalize('NFC');
  const to = typed || ideaMoveTarget(id, channel);
  return to && to !== id && !checkPostId(to) ? to : null;
}

/** Where to move the post after an editor or publish-page save (the form's `moveIdea`, `moveIdeaTo`), or null (see resolveIdeaMove). */
export function ideaMoveAfterSave(id: string, values: PostValues, form: FormData): string | null {
  return resolveIdeaMove(id, values.channel, { planned: isPlannedOrPublished(values), move: form.get('moveIdea') === '1', typed: String(form.get('moveIdeaTo') ?? '') });
}
