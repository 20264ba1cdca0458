/**
 * POST /studio/api/plan-move {id, date: "YYYY-MM-DD" | null, channel?, revision?, moveIdea?, moveIdeaTo?}:
 * plans a post into a slot or unplans it, and moves a planned post out of ideas/ or drafts/ when asked (see
 * plan/move.ts). 200 {revision, id, moveError?, undo}: `undo` is the request (with `restore`) that
 * reverses the move under the same revision check; 400/404/409 {errors}
 * translated into the studio language, with `rename` (the rename form's address) for a post whose
 * file name is no id. The plan page's forms keep working without it.
 */
import type { APIRoute } from 'astro';
import { readPlanner } from '../../../store/planner-store.ts';
import { translateErrors } from '../../shared/error-strings.ts';
import { json } from '../../shared/json.ts';
import { getStudioLocale } from '../../shared/lang.ts';
import { movePost, readMoveRequest } from '../../plan/move.ts';
import { studioRoot } from '../../shared/root.ts';
import { studioNow } from '../../shared/plan-store.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const lang = getStudioLocale({ cookies, request, locals });
  const read = readMoveRequest(await request.json().catch(() => null));
  if ('errors' in read) return json({ errors: translateErrors(read.errors, lang) }, 400);
  const root = studioRoot();
  const outcome = await movePost(root, await readPlanner(root), read.move, studioNow());
  if ('errors' in outcome) return json({ errors: translateErrors(outcome.errors, lang), ...('rename' in outcome ? { rename: outcome.rename } : {}) }, outcome.status);
  return json(outcome.moveError ? { ...outcome, moveError: translateErrors({ move: outcome.moveError }, lang).move } : outcome);
};
