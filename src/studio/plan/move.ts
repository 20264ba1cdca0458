/**
 * Plan by hand: set or clear a post's `plannedFor` (and its channel when the slot belongs to
 * another channel), through the store's revision check. Used by /studio/api/plan-move, which the
 * plan page's drag and drop (mouse and keyboard) calls.
 */
import { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { LocalDateSchema } from '../../core/schema/planner.ts';
import { readPost, savePost } from '../../store/posts.ts';
import type { FieldErrors } from '../shared/form-errors.ts';

export interface MoveRequest {
  id: string;
  /** The slot's date (YYYY-MM-DD), or null to unplan. */
  date: string | null;
  /** The slot's channel; the post's own channel when omitted. */
  channel?: string;
  /** The revision the page saw; the read revision when omitted (still atomic under the file lock). */
  revision?: string;
}

/** Reads a JSON body as a move request; anything malformed becomes field errors. */
export function readMoveRequest(raw: unknown): { move: MoveRequest } | { errors: FieldErrors } {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const errors: FieldErrors = {};
  if (typeof body.id !== 'string' || !body.id) errors.id = 'which post? expected "id"';
  if (body.date !== null && !(typeof body.date === 'string' && LocalDateSchema.safeParse(body.date).success)) errors.date = 'expected the slot date as YYYY-MM-DD, or null to unplan';
  if (body.channel !== undefined && typeof body.channel !== 'string') errors.channel = 'expected a channel id';
  if (Object.keys(errors).length) return { errors };
  const revision = typeof body.revision === 'string' ? body.revision : undefined;
  return { move: { id: body.id as string, date: body.date as string | null, channel: body.channel as string | undefined, revision } };
}

/** Applies the move; returns the new revision, or field errors with nothing written. */
export async function movePost(root: string, planner: Planner, move: MoveRequest): Promise<{ revision: string } | { errors: FieldErrors; status: number }> {
  if (move.channel && !planner.channels.some((c) => c.id === move.channel))
    return { errors: { channel: `unknown channel "${move.channel}"; pick a slot from the calendar` }, status: 400 };
  let stored;
  try {
    stored = await readPost(root, move.id);
  } catch (error) {
    if (error instanceof ThroughlineError) return { errors: { id: error.message }, status: 404 };
    throw error;
  }
  const frontmatter: Record<string, unknown> = { ...stored.post.data };
  if (move.date) frontmatter.plannedFor = move.date;
  else delete frontmatter.plannedFor;
  // "scheduled" without a date says nothing: an unplanned post is a draft again (and shows in the ideas list).
  if (!move.date && frontmatter.status === 'scheduled') frontmatter.status = 'draft';
  if (move.date && move.channel) frontmatter.channel = move.channel;
  try {
    const saved = await savePost(root, move.id, { frontmatter, body: stored.post.body }, { expectedRevision: move.revision ?? stored.revision });
    return { revision: saved.revision };
  } catch (error) {
    if (error instanceof ThroughlineError) return { errors: { form: error.message }, status: 409 };
    throw error;
  }
}
