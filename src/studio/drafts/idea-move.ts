/**
 * A quick-capture idea lives under `ideas/`, a new draft under `drafts/`, and a post's id is its
 * public address (/posts/ideas/…, /posts/drafts/…). When such a post is planned or published, the
 * editor and the publish page offer to move it into its channel's folder in the same save, so the
 * address it is published under no longer says "ideas" or "drafts". The plan page offers the same
 * move when one is dropped onto a slot. The folders and the target: core/holding-folders.ts.
 */
import { holdingFolderOf, outOfHoldingFolder } from '../../core/holding-folders.ts';
import { checkPostId } from '../../store/post-paths.ts';
import type { PostValues } from './post-form.ts';

/** True for an id the move is offered for: under ideas/ or drafts/ (core/holding-folders.ts). */
export function isMovableId(id: string): boolean {
  return holdingFolderOf(id) !== null;
}

/**
 * "ideas/冬至饺子" on channel "wechat" -> "wechat/冬至饺子", "drafts/wechat/a" -> "wechat/a" (the
 * channel's folder is not doubled); null when the id is in neither folder or the result is not a valid id.
 */
export function ideaMoveTarget(id: string, channel: string): string | null {
  const to = outOfHoldingFolder(id, channel);
  return to && !checkPostId(to) ? to : null;
}

/** Whether a save with these values makes the post public-bound: planned (a date or scheduled) or published. */
export function isPlannedOrPublished(values: Pick<PostValues, 'status' | 'plannedFor'>): boolean {
  return values.status === 'scheduled' || values.status === 'published' || Boolean(values.plannedFor?.trim());
}

/**
 * The one rule for moving a post out of ideas/ or drafts/, shared by the editor, the publish page
 * and the plan page's drop: only an id in one of them, only when the save plans or publishes it,
 * only when the user left the offer ticked (`move`); the target is what they typed, else
 * ideaMoveTarget. Null when nothing moves or the target is not a valid id. A taken target is not
 * renumbered: the rename refuses it and the page says so, for the user to type another.
 */
export function resolveIdeaMove(id: string, channel: string, choice: { planned: boolean; move: boolean; typed?: string }): string | null {
  if (!isMovableId(id) || !choice.move || !choice.planned) return null;
  const typed = (choice.typed ?? '').trim().normalize('NFC');
  const to = typed || ideaMoveTarget(id, channel);
  return to && to !== id && !checkPostId(to) ? to : null;
}

/** Where to move the post after an editor or publish-page save (the form's `moveIdea`, `moveIdeaTo`), or null (see resolveIdeaMove). */
export function ideaMoveAfterSave(id: string, values: PostValues, form: FormData): string | null {
  return resolveIdeaMove(id, values.channel, { planned: isPlannedOrPublished(values), move: form.get('moveIdea') === '1', typed: String(form.get('moveIdeaTo') ?? '') });
}
