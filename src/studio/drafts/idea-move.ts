/**
 * A quick-capture idea lives under `ideas/`, a new draft under `drafts/`, and a post's id is its
 * public address (/posts/ideas/…, /posts/drafts/…). When such a post is planned or published, the
 * editor and the publish page offer to move it into its channel's folder in the same save, so the
 * address it is published under no longer says "ideas" or "drafts". The plan page offers the same
 * move when one is dropped onto a slot. The folders and the target: core/holding-folders.ts.
 */
import { freeHoldingTarget, heldIds, holdingFolderOf, outOfHoldingFolder } from '../../core/holding-folders.ts';
import { movedPostId } from '../../core/post-slug.ts';
import { POSTS_DIR, checkPostId } from '../../store/post-paths.ts';
import type { PostValues } from './post-form.ts';

/** True for an id the move is offered for: under ideas/ or drafts/ (core/holding-folders.ts). */
export function isMovableId(id: string): boolean {
  return holdingFolderOf(id) !== null;
}

/**
 * The ids of the project's post files as idKey values (NFC, lower case): the posts that parse and
 * the files `check` refuses (a twin, a file with a broken field), which hold their name all the same.
 * A folder post (`blog/x/index`) holds its public address `blog/x` too (core/holding-folders.ts heldIds).
 */
export function takenPostIds(posts: readonly { id: string }[], problems: readonly { file?: string }[]): Set<string> {
  const prefix = `${POSTS_DIR}/`;
  const files = problems.flatMap((p) => (p.file?.startsWith(prefix) ? [p.file.slice(prefix.length).replace(/\.mdx?$/, '')] : []));
  return heldIds([...posts.map((p) => p.id), ...files]);
}

/**
 * "ideas/冬至饺子" on channel "wechat" -> "wechat/冬至饺子", "drafts/wechat/a" -> "wechat/a" (the
 * channel's folder is not doubled), numbered -2, -3… past the ids `taken` holds (takenPostIds;
 * core/holding-folders.ts freeHoldingTarget); null when the id is in neither folder or the result
 * is not a valid id.
 */
export function ideaMoveTarget(id: string, channel: string, taken: ReadonlySet<string> = new Set()): string | null {
  const to = freeHoldingTarget(id, channel, taken);
  return to && !checkPostId(to) ? to : null;
}

/** ideaMoveTarget on each channel, by channel id (channels with none left out): what the offer suggests as the channel changes. */
export function ideaMoveTargets(id: string, channels: readonly string[], taken: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(channels.flatMap((channel) => {
    const to = ideaMoveTarget(id, channel, taken);
    return to ? [[channel, to]] : [];
  }));
}

/**
 * For the plan page's dialog: each post under ideas/ or drafts/ whose target on some channel is
 * taken, with the numbered target by channel (post id -> channel -> target); posts whose targets
 * are all free are left out, as the dialog works those out itself (outOfHoldingFolder).
 */
export function planMoveTargets(ids: readonly string[], channels: readonly string[], taken: ReadonlySet<string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const id of ids.filter(isMovableId)) {
    const numbered = Object.entries(ideaMoveTargets(id, channels, taken)).filter(([channel, to]) => to !== outOfHoldingFolder(id, channel));
    if (numbered.length) out[id] = Object.fromEntries(numbered);
  }
  return out;
}

/** Whether a save with these values makes the post public-bound: planned (a date or scheduled) or published. */
export function isPlannedOrPublished(values: Pick<PostValues, 'status' | 'plannedFor'>): boolean {
  return values.status === 'scheduled' || values.status === 'published' || Boolean(values.plannedFor?.trim());
}

/**
 * The one rule for moving a post out of ideas/ or drafts/, shared by the editor, the publish page
 * and the plan page's drop: only an id in one of them, only when the save plans or publishes it,
 * only when the user left the offer ticked (`move`); the target is what they typed, else
 * ideaMoveTarget numbered past the ids `taken` holds (the offer shows that number). Null when
 * nothing moves or the target is not a valid id. A typed target is not renumbered: if it is
 * taken, the rename refuses it and the page says so, for the user to type another.
 */
export function resolveIdeaMove(id: string, channel: string, choice: { planned: boolean; move: boolean; typed?: string; taken?: ReadonlySet<string> }): string | null {
  if (!isMovableId(id) || !choice.move || !choice.planned) return null;
  const typed = (choice.typed ?? '').trim().normalize('NFC');
  // A folder post typed as its address (`wechat/x`) moves as a folder (`wechat/x/index`, core/post-slug.ts).
  const to = typed ? movedPostId(id, typed) : ideaMoveTarget(id, channel, choice.taken);
  return to && to !== id && !checkPostId(to) ? to : null;
}

/**
 * Where to move the post after an editor or publish-page save (the form's `moveIdea`,
 * `moveIdeaTo`), or null (see resolveIdeaMove). `taken`: the project's post ids (takenPostIds).
 */
export function ideaMoveAfterSave(id: string, values: PostValues, form: FormData, taken?: ReadonlySet<string>): string | null {
  return resolveIdeaMove(id, values.channel, { planned: isPlannedOrPublished(values), move: form.get('moveIdea') === '1', typed: String(form.get('moveIdeaTo') ?? ''), taken });
}

/**
 * The offer as a page shows it (IdeaMoveFields): ticked unless the post is published already
 * (`saved`: its status as saved), its field empty. On a page that shows a save that did not go
 * through (`sent`: the form it posted, back with a field error or a refused move), as the user
 * sent them: re-ticked, an unticked offer moved the post on the next Save unasked.
 */
export function ideaMoveOffer(saved: string, sent?: FormData): { checked: boolean; to: string } {
  if (sent) return { checked: sent.get('moveIdea') === '1', to: String(sent.get('moveIdeaTo') ?? '') };
  return { checked: saved !== 'published', to: '' };
}

/**
 * The flash line after a Save that also moved the post out of its holding folder (ideaMoveAfterSave):
 * "Saved, and moved out of drafts/: it is now blog/x." Before, the editor said "Post renamed.",
 * the words of the Rename action, neither that it was saved nor where it went.
 */
export function savedAndMovedText(from: string, to: string, lang: 'en' | 'zh'): string {
  const folder = holdingFolderOf(from);
  if (lang === 'zh') return folder ? `已保存，并移出 ${folder}：现在是 ${to}。` : `已保存，并从 ${from} 移走：现在是 ${to}。`;
  return folder ? `Saved, and moved out of ${folder}: it is now ${to}.` : `Saved, and moved from ${from}: it is now ${to}.`;
}
