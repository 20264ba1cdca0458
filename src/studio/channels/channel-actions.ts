/**
 * The channels page's remove and rename actions, with the channel's posts reassigned in the same
 * step. Remove: the posts move to the chosen channel first (it exists, so no post is ever left
 * naming a missing channel), then the channel goes. Rename: the planner changes, then its posts.
 */
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { reassignPosts } from '../../store/post-files.ts';
import { createPostZoner } from '../../core/period-zones.ts';
import { pinPublishedAt } from '../../core/published-at.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import { checkRemoveChannel, checkRenameChannel, removeChannel, renameChannel } from './channel-remove.ts';
import { readPlannerRevisionNow, savePlannerChange, studioRoot } from '../shared/plan-store.ts';
import { seeOther } from '../shared/urls.ts';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * Runs action "remove" or "rename" for the channel `editing`: the 303 to send, or field errors.
 * With `revision` (the planner's revision the page showed), a planner changed since is refused
 * with `{ stale }` before any post is touched.
 */
export async function runChannelAction(
  action: 'remove' | 'rename',
  form: FormData,
  planner: Planner,
  posts: Post[],
  root = studioRoot(),
  revision?: string,
): Promise<Response | FieldErrors> {
  const id = text(form, 'editing');
  if (revision && (await readPlannerRevisionNow(root)) !== revision) return { stale: 'stale' };
  if (action === 'remove') {
    const target = text(form, 'moveTo');
    const blocked = checkRemoveChannel(id, posts, target, planner.channels.map((c) => c.id));
    if (blocked) return { remove: blocked };
    // A publishedAt without offset was read in this channel's zone: pinned, it keeps its instant on the target's.
    const zoneOf = createPostZoner(planner);
    const pin = (at: string) => pinPublishedAt(at, zoneOf(id, at), zoneOf(target, at));
    const pinned = posts.filter((p) => p.data.channel === id && p.data.publishedAt && pin(p.data.publishedAt) !== p.data.publishedAt);
    const moved = target ? await reassignPosts(root, posts, 'channel', id, target, pin) : [];
    // The page says where the posts went and how many publication times were pinned (and in which zone).
    const said = moved.length ? `&moved=${moved.length}&to=${encodeURIComponent(target)}${pinned.length ? `&pinned=${pinned.length}&zone=${encodeURIComponent(zoneOf(id, pinned[0]!.data.publishedAt!))}` : ''}` : '';
    const done = seeOther(`/studio/channels?removed=1${said}`);
    const errors = await savePlannerChange((p) => removeChannel(p, id), root, revision);
    if (errors.stale) return errors;
    return Object.keys(errors).length ? { remove: Object.values(errors)[0]! } : done;
  }
  const to = text(form, 'newId').normalize('NFC');
  const problem = checkRenameChannel(planner, id, to);
  if (problem) return { remove: problem };
  const done = seeOther(`/studio/channels?renamed=${encodeURIComponent(to)}`);
  const errors = await savePlannerChange((p) => renameChannel(p, id, to), root, revision);
  if (errors.stale) return errors;
  if (Object.keys(errors).length) return { remove: Object.values(errors)[0]! };
  await reassignPosts(root, posts, 'channel', id, to);
  return done;
}
