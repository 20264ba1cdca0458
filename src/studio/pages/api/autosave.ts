/**
 * POST /studio/api/autosave {id, revision, values: {title, channel, status, pillar, plannedFor,
 * publishedAt, url, body}}: the editor's autosave, through the same revision check as the form.
 * 200 {revision, written, savedAt} when saved (`written` false: the file already held the text and
 * was not touched; `savedAt`: its last write, epoch ms) (with replanned {plannedFor, text} when it published the post outside
 * its planned slot's window and so moved or cleared its plannedFor, drafts/publish-replan.ts; with
 * pinned {publishedAt, text} when a channel change wrote publishedAt with the old zone's offset,
 * drafts/channel-pin.ts); 400 {errors} (translated) when a field is wrong (nothing written);
 * 409 {disk: {revision, values}} when the file changed on disk since `revision` (nothing written:
 * the editor offers keep mine / take disk / view both); 404 when the file is gone (renamed or
 * deleted on disk), 422 {errors: {form}} naming the file and field when it is there but no longer
 * parses.
 */
import type { APIRoute } from 'astro';
import { readPlanner } from '../../../store/planner-store.ts';
import { readPost } from '../../../store/posts.ts';
import { translateErrors, translateMessage } from '../../shared/error-strings.ts';
import { json } from '../../shared/json.ts';
import { getStudioLocale } from '../../shared/lang.ts';
import { localeLang } from '../../shared/locale.ts';
import { uiText } from '../../shared/traditional.ts';
import { replanText } from '../../drafts/publish-replan.ts';
import { pinnedText } from '../../drafts/channel-pin.ts';
import { postToValues, readPostForm, savePostValues, type PostValues } from '../../drafts/post-form.ts';
import { ThroughlineError } from '../../../core/errors.ts';
import { studioRoot } from '../../shared/root.ts';
import { findPostFile } from '../../../store/post-paths.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const raw = (await request.json().catch(() => null)) as { id?: unknown; revision?: unknown; values?: Record<string, unknown> } | null;
  if (!raw || typeof raw.id !== 'string' || typeof raw.revision !== 'string' || !raw.values) return json({ errors: { form: 'expected {id, revision, values}' } }, 400);
  const form = new FormData();
  for (const [key, value] of Object.entries(raw.values)) if (typeof value === 'string') form.set(key, value);
  // The same reading as the form post: trimmed fields, LF line ends.
  const values: PostValues = readPostForm(form);
  const root = studioRoot();
  const outcome = await savePostValues(root, await readPlanner(root), { id: raw.id, values, revision: raw.revision, now: Date.now() }).catch((error: unknown) => {
    if (error instanceof ThroughlineError) return { kind: 'missing' as const, error };
    throw error;
  });
  if (outcome.kind === 'missing') {
    const locale = getStudioLocale({ cookies, request, locals });
    // The file is there but no longer parses (a hand edit): 422 naming its file and field; 404 only when it is gone.
    const there = await findPostFile(root, raw.id).catch(() => null);
    if (there) return json({ errors: { form: uiText(locale, outcome.error.format(localeLang(locale))) } }, 422);
    return json({ errors: { form: translateMessage(outcome.error.message, locale) } }, 404);
  }
  // Published outside its planned slot's window: the editor puts the new planned date in its field
  // (else the next autosave would write the old one back) and shows what happened.
  // Moved to a channel in another zone: the editor puts the pinned publishedAt in its field (else
  // the next autosave would write the offset-less time back, read in the new zone) and says why.
  if (outcome.kind === 'saved') {
    const lang = getStudioLocale({ cookies, request, locals });
    return json({
      revision: outcome.revision,
      written: outcome.written,
      savedAt: outcome.savedAt,
      ...(outcome.replanned ? { replanned: { plannedFor: outcome.replanned.plannedFor, text: replanText(outcome.replanned, lang) } } : {}),
      ...(outcome.pinned ? { pinned: { publishedAt: outcome.pinned.publishedAt, text: pinnedText(outcome.pinned, lang) } } : {}),
    });
  }
  if (outcome.kind === 'invalid') return json({ errors: translateErrors(outcome.errors, getStudioLocale({ cookies, request, locals })) }, 400);
  const disk = await readPost(root, raw.id);
  return json({ disk: { revision: disk.revision, values: postToValues(disk.post) } }, 409);
};
