/**
 * POST /studio/api/accept-theme (form: id, revision) -> 303 back to the editor: the author's
 * "On theme after all". Adds the post id to `theme.acceptedOnTheme` in planner.json (re-read
 * under the planner lock, so no other change is lost). The post must still be at the revision
 * the editor showed, else 409: the author accepts the text they read, not a newer one. Errors
 * are in the studio's language (the EN / 中文 switch, else the browser's), as every other
 * studio message. A click in the browser (a navigation) that is refused because the post changed
 * goes back to the editor, which says why (`?acceptRefused=1`), rather than to a JSON page.
 * With `undo=1` ("Not on theme after all") the id leaves the list instead: taking a mark back
 * needs no revision, whatever the text now says.
 */
import type { APIRoute } from 'astro';
import { followAcceptedOnTheme } from '../../../core/accepted-on-theme.ts';
import { ThroughlineError } from '../../../core/errors.ts';
import { readPost } from '../../../store/posts.ts';
import { json } from '../../shared/json.ts';
import { getStudioLang } from '../../shared/lang.ts';
import { savePlannerChange, studioRoot } from '../../shared/plan-store.ts';
import { draftHref, seeOther } from '../../shared/urls.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, cookies }) => {
  const lang = getStudioLang({ cookies, request });
  const form = await request.formData().catch(() => null);
  const id = String(form?.get('id') ?? '');
  const revision = String(form?.get('revision') ?? '');
  const undo = String(form?.get('undo') ?? '') === '1';
  const navigation = request.headers.get('sec-fetch-mode') === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
  const root = studioRoot();
  try {
    const stored = await readPost(root, id);
    if (!undo && revision && stored.revision !== revision) {
      if (navigation) return seeOther(draftHref(id, '?acceptRefused=1'));
      const file = stored.post.file;
      return json({ error: lang === 'zh' ? `${file} 在你打开之后已在磁盘上被修改：请先重新加载` : `${file} changed on disk since it was opened: reload it first` }, 409);
    }
  } catch (error) {
    if (error instanceof ThroughlineError) return json({ error: error.format(lang) }, error.field === 'id' ? 400 : 404);
    throw error;
  }
  const errors = await savePlannerChange((planner) => {
    const accepted = planner.theme?.acceptedOnTheme ?? [];
    if (undo) return followAcceptedOnTheme(planner, id);
    if (!accepted.includes(id)) planner.theme = { ...planner.theme, acceptedOnTheme: [...accepted, id] };
    return planner;
  }, root);
  if (Object.keys(errors).length > 0) return json({ errors }, 400);
  return new Response(null, { status: 303, headers: { location: encodeURI(`/studio/drafts/${id}?${undo ? 'unaccepted' : 'accepted'}=1`) } });
};
