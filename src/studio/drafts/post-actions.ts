/**
 * The editor's whole-post actions: delete (the page asks to confirm), rename/move to a new id,
 * duplicate under a new id, start a translation under a new id (in the other language). Success -> the 303 to send (built before the file changes);
 * failure -> field errors, with nothing changed.
 */
import { ThroughlineError } from '../../core/errors.ts';
import { movedPostId } from '../../core/post-slug.ts';
import { checkPostId } from '../../store/post-paths.ts';
import { readPost } from '../../store/posts.ts';
import { deletePost, duplicatePost, movePost, refuseSecondVersion, translatePost } from '../../store/post-files.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import { draftHref, seeOther } from '../shared/urls.ts';

export const POST_ACTIONS = ['delete', 'move', 'duplicate', 'translate'] as const;

export function isPostAction(action: unknown): action is (typeof POST_ACTIONS)[number] {
  return (POST_ACTIONS as readonly unknown[]).includes(action);
}

/** Runs `action` on post `id`; the form carries `revision` and, to move, duplicate or translate, `to` (and `lang`, the translation's). */
export async function runPostAction(root: string, id: string, action: (typeof POST_ACTIONS)[number], form: FormData): Promise<Response | FieldErrors> {
  const revision = String(form.get('revision') ?? '') || undefined;
  const to = String(form.get('to') ?? '').trim();
  try {
    if (action === 'delete') {
      // The list then names what went, its title and file: "Post deleted." alone left a writer unsure which.
      const { post } = await readPost(root, id);
      const done = seeOther(`/studio/drafts?deleted=${encodeURIComponent(post.file)}&title=${encodeURIComponent(post.data.title)}`);
      await deletePost(root, id, { expectedRevision: revision });
      return done;
    }
    const problem = checkPostId(to);
    if (problem) return { [action]: problem };
    // A folder post moved or copied stays a folder post (`wechat/x` -> `wechat/x/index`): its page is there.
    const lands = action === 'translate' ? to : movedPostId(id, to);
    const done = seeOther(draftHref(lands, action === 'move' ? '?moved=1' : action === 'translate' ? '?translated=1' : '?duplicated=1'));
    if (action === 'move') await movePost(root, id, to, { expectedRevision: revision });
    else if (action === 'translate') {
      const lang = form.get('lang') === 'en' ? 'en' : 'zh';
      await refuseSecondVersion(root, id, lang);
      await translatePost(root, id, to, lang, { expectedRevision: revision });
    }
    else await duplicatePost(root, id, to);
    return done;
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    return { [action]: error.message };
  }
}
