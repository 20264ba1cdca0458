/**
 * POST /studio/api/accept-theme (form: id, revision) -> 303 back to the editor: the author's
 * "On theme after all". Adds the post id to `theme.acceptedOnTheme` in planner.json (re-read
 * under the planner lock, so no other change is lost). The post must still be at the revision
 * the editor showed, else 409: the author accepts the text they read, not a newer one. Errors
 * are in the studio's language (the EN / 中文 switch, else the browser's), as every other
 * studio message: the form is a plain navigation, so the author reads this text as it is.
 */
import type { APIRoute } from 'astro';
import { ThroughlineError } from '../../../core/errors.ts';
import { readPost } from '../../../store/posts.ts';
import { json } from '../../shared/json.ts';
import { getStudioLang } from '../../shared/lang.ts';
import { savePlannerChange, studioRoot } from '../../shared/plan-store.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, cookies }) => {
  const lang = getStudioLang({ cookies, request });
  const form = await request.formData().catch(() => null);
  const id = String(form?.get('id') ?? '');
  const revision = String(form?.get('revision') ?? '');
  const root = studioRoot();
  try {
    const stored = await readPost(root, id);
    if (revision && stored.revision !== revision) {
      const file = stored.post.file;
      return json({ error: lang === 'zh' ? `${file} 在你打开之后已在磁盘上被修改：请先重新加载` : `${file} changed on disk since it was opened: reload it first` }, 409);
    }
  } catch (error) {
    if (error instanceof ThroughlineError) return json({ error: error.format(lang) }, error.field === 'id' ? 400 : 404);
    throw error;
  }
  const errors = await savePlannerChange((planner) => {
    const accepted = planner.theme?.acceptedOnTheme ?? [];
    if (!accepted.includes(id)) planner.theme = { threshold: planner.theme?.threshold, acceptedOnTheme: [...accepted, id] };
    return planner;
  }, root);
  if (Object.keys(errors).length > 0) return json({ errors }, 400);
  return new Response(null, { status: 303, headers: { location: encodeURI(`/studio/drafts/${id}?accepted=1`) } });
};
