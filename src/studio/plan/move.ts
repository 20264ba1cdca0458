/**
 * Plan by hand: set or clear a post's `plannedFor` (and its channel when the slot belongs to
 * another channel), through the store's revision check. Used by /studio/api/plan-move, which the
 * plan page's drag and drop (mouse and keyboard) calls.
 */
import { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { LocalDateSchema } from '../../core/schema/planner.ts';
import { POST_STATUSES } from '../../core/schema/post.ts';
import { movePost as renamePost } from '../../store/post-files.ts';
import { readPost, savePost } from '../../store/posts.ts';
import { checkPostId } from '../../store/post-paths.ts';
import { draftHref } from '../shared/urls.ts';
import { resolveIdeaMove, takenPostIds } from '../drafts/idea-move.ts';
import { readCachedPosts } from '../shared/project-cache.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import { plannedSlotError } from './slot-day.ts';

export interface MoveRequest {
  id: string;
  /** The slot's date (YYYY-MM-DD), or null to unplan. */
  date: string | null;
  /** The slot's channel; the post's own channel when omitted. */
  channel?: string;
  /** The revision the page saw; the read revision when omitted (still atomic under the file lock). */
  revision?: string;
  /** A post under ideas/ or drafts/ dropped onto a slot: the user's answer to "move it out of that folder?" (the editor's rule, drafts/idea-move.ts). */
  moveIdea?: boolean;
  /** The id typed in that offer; empty means `<channel>/<rest of the id>`. */
  moveIdeaTo?: string;
  /** Set only by an undo: what to put back exactly, whatever `date` is. */
  restore?: Restore;
}

/** What an undo restores: the channel and status the post had, and its old id (a post moved out of ideas/ or drafts/ goes back in). */
export interface Restore {
  channel?: string;
  status?: string;
  id?: string;
}

/** What a move did: the new revision, the post's id after it (moved out of ideas/ or drafts/ or not), and why that move failed, if it did. */
export interface MoveOutcome {
  revision: string;
  id: string;
  moveError?: string;
  /** The request that puts the post back as it was, revision included: the page's "Undo" sends it as is. */
  undo: MoveRequest;
}

/** Reads a JSON body as a move request; anything malformed becomes field errors. */
export function readMoveRequest(raw: unknown): { move: MoveRequest } | { errors: FieldErrors } {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const errors: FieldErrors = {};
  if (typeof body.id !== 'string' || !body.id) errors.id = 'which post? expected "id"';
  if (body.date !== null && !(typeof body.date === 'string' && LocalDateSchema.safeParse(body.date).success)) errors.date = 'expected the slot date as YYYY-MM-DD, or null to unplan';
  if (body.channel !== undefined && typeof body.channel !== 'string') errors.channel = 'expected a channel id';
  if (body.moveIdeaTo !== undefined && typeof body.moveIdeaTo !== 'string') errors.moveIdeaTo = 'expected the new post id as text';
  const restore = readRestore(body.restore, errors);
  if (Object.keys(errors).length) return { errors };
  const revision = typeof body.revision === 'string' ? body.revision : undefined;
  const move: MoveRequest = { id: body.id as string, date: body.date as string | null, channel: body.channel as string | undefined, revision };
  if (body.moveIdea === true) Object.assign(move, { moveIdea: true, moveIdeaTo: body.moveIdeaTo as string | undefined });
  if (restore) move.restore = restore;
  return { move };
}

function readRestore(raw: unknown, errors: FieldErrors): Restore | undefined {
  if (raw === undefined) return undefined;
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => v === undefined || typeof v === 'string';
  if (!text(r.channel) || !text(r.id)) errors.restore = 'expected the channel and id to put back as text';
  if (r.status !== undefined && !(POST_STATUSES as readonly unknown[]).includes(r.status)) errors.status = `expected one of ${POST_STATUSES.join(', ')}`;
  return { channel: r.channel as string | undefined, status: r.status as string | undefined, id: (r.id as string | undefined) || undefined };
}

/**
 * Applies the move; returns the new revision, or field errors with nothing written. A post under
 * ideas/ or drafts/ planned with `moveIdea` then goes out of it in the same step (resolveIdeaMove: a
 * suggested target another post has is numbered -2, -3…); if that rename fails (a typed target
 * exists), the post stays planned under its old id and `moveError` says why. `now` (epoch ms) tells
 * a slot that is over (closedSlotError) from one still to come or owed. A post whose file name is
 * no id is refused (409) with `rename`, the address of its rename form.
 */
export async function movePost(root: string, planner: Planner, move: MoveRequest, now: number): Promise<MoveOutcome | { errors: FieldErrors; status: number; rename?: string }> {
  if (move.channel && !planner.channels.some((c) => c.id === move.channel))
    return { errors: { channel: `unknown channel "${move.channel}"; pick a slot from the calendar` }, status: 400 };
  // A file whose name is no id ("2026/bad id.md", check's post-id flag) is on the board but cannot
  // be read by id: its rename form (drafts/refused-id.ts, at its editor address) is the way out.
  if (checkPostId(move.id) !== null && (await readCachedPosts(root)).posts.some((p) => p.id === move.id))
    return { errors: { id: `the file name of "${move.id}" is no id the studio can plan by: rename the file first, then plan it` }, status: 409, rename: draftHref(move.id) };
  let stored;
  try {
    stored = await readPost(root, move.id);
  } catch (error) {
    if (error instanceof ThroughlineError) return { errors: { id: error.message }, status: 404 };
    throw error;
  }
  // A published post filled the slot of its publishedAt: a new plannedFor (or channel) would show it
  // planned in another slot it cannot fill. An undo (restore) puts back what a move changed.
  if (stored.post.data.status === 'published' && !move.restore)
    return { errors: { form: `"${move.id}" is published: it stays in the slot it filled; to plan it again, set its status back to draft in the editor` }, status: 409 };
  // A date that is no slot of the channel would leave the post in no calendar; an undo puts back what was there.
  // So would a slot that is over: missed or filled, it takes no post now.
  const channel = move.channel ?? String(stored.post.data.channel ?? '');
  const refused = move.date && !move.restore ? plannedSlotError(planner, (await readCachedPosts(root)).posts, channel, move.date, now) : undefined;
  if (refused) return { errors: { date: refused }, status: 400 };
  const frontmatter: Record<string, unknown> = { ...stored.post.data };
  if (move.date) frontmatter.plannedFor = move.date;
  else delete frontmatter.plannedFor;
  // "scheduled" without a date says nothing: an unplanned post is a draft again (and shows in the ideas list).
  if (!move.date && frontmatter.status === 'scheduled') frontmatter.status = 'draft';
  if (move.date && move.channel) frontmatter.channel = move.channel;
  if (move.restore?.channel) frontmatter.channel = move.restore.channel;
  if (move.restore?.status) frontmatter.status = move.restore.status;
  const back = move.restore?.id;
  if (back && back !== move.id && (await exists(root, back)))
    return { errors: { form: `there is a post "${back}" now; nothing was undone` }, status: 409 };
  try {
    const saved = await savePost(root, move.id, { frontmatter, body: stored.post.body }, { expectedRevision: move.revision ?? stored.revision });
    const done = back && back !== move.id ? await renameBack(root, move.id, back, saved.revision) : await moveOutOfIdeas(root, move, String(frontmatter.channel ?? ''), saved.revision);
    return { ...done, undo: undoOf(move.id, stored.post.data, done) };
  } catch (error) {
    if (error instanceof ThroughlineError) return { errors: { form: error.message }, status: 409 };
    throw error;
  }
}

/** The request that restores `before` (the post's frontmatter before the move) on the post as the move left it. */
function undoOf(id: string, before: Record<string, unknown>, done: Omit<MoveOutcome, 'undo'>): MoveRequest {
  const date = typeof before.plannedFor === 'string' ? before.plannedFor : null;
  const restore: Restore = {};
  if (typeof before.channel === 'string') restore.channel = before.channel;
  if (typeof before.status === 'string') restore.status = before.status;
  if (done.id !== id) restore.id = id;
  return { id: done.id, date, revision: done.revision, restore };
}

async function exists(root: string, id: string): Promise<boolean> {
  try {
    await readPost(root, id);
    return true;
  } catch (error) {
    if (error instanceof ThroughlineError) return false;
    throw error;
  }
}

/** An undo's second step: the post goes back to its old id; a failure (that id is taken now) fails the undo with the reason. */
async function renameBack(root: string, from: string, to: string, revision: string): Promise<Omit<MoveOutcome, 'undo'>> {
  await renamePost(root, from, to, { expectedRevision: revision });
  return { revision: (await readPost(root, to)).revision, id: to };
}

async function moveOutOfIdeas(root: string, move: MoveRequest, channel: string, revision: string): Promise<Omit<MoveOutcome, 'undo'>> {
  const choice = { planned: Boolean(move.date), move: Boolean(move.moveIdea), typed: move.moveIdeaTo };
  if (!resolveIdeaMove(move.id, channel, choice)) return { revision, id: move.id };
  // The suggested target numbered past the ids taken, as the dialog said (PlanBoard's data-move-targets).
  const { posts, problems } = await readCachedPosts(root);
  const to = resolveIdeaMove(move.id, channel, { ...choice, taken: takenPostIds(posts, problems) });
  if (!to) return { revision, id: move.id };
  try {
    await renamePost(root, move.id, to, { expectedRevision: revision });
    return { revision: (await readPost(root, to)).revision, id: to };
  } catch (error) {
    if (error instanceof ThroughlineError) return { revision, id: move.id, moveError: error.message };
    throw error;
  }
}
