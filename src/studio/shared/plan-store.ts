/**
 * I/O glue of the channels, plan and dashboard pages: the project root, reading the planner and
 * posts for display, and saving a change as field errors rather than a thrown error.
 */
import { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { StalePlannerError, readPlannerRevision, updatePlanner } from '../../store/planner-store.ts';
import { readCachedProject } from './project-cache.ts';
import type { FieldErrors } from './form-errors.ts';
import { studioRoot } from './root.ts';

export { studioRoot };

/**
 * The planner, the posts that parse, and `problems`: every input problem `check` refuses (the
 * store's own list, so the studio and the CLI never disagree about what is wrong).
 */
export async function readStudioProject(root = studioRoot()): Promise<{ planner: Planner; posts: Post[]; problems: ThroughlineError[] }> {
  return readCachedProject(root);
}

/** The revision of planner.json now: a form carries it so that its save can be refused once stale. */
export async function readPlannerRevisionNow(root = studioRoot()): Promise<string> {
  return (await readPlannerRevision(root)).revision;
}

/**
 * Saves `change` through updatePlanner. A validation error of the whole planner comes back as a
 * field error: `channels[2].cadence` -> { cadence: ... }, anything else under `form`. With
 * `revision` (the planner's revision when the form was rendered), a file changed since is
 * refused as `{ stale }`, so an older form never reverts a newer save or a hand edit.
 */
export async function savePlannerChange(change: (planner: Planner) => Planner, root = studioRoot(), revision?: string): Promise<FieldErrors> {
  try {
    await updatePlanner(root, change, { expectedRevision: revision || undefined });
    return {};
  } catch (error) {
    if (error instanceof StalePlannerError) return { stale: error.message };
    if (!(error instanceof ThroughlineError)) throw error;
    const last = error.field?.split('.').at(-1)?.replace(/\[\d+\]$/, '');
    return { [last && last !== 'channels' && last !== 'breaks' ? last : 'form']: error.hint ? `${error.message} (${error.hint})` : error.message };
  }
}

/** Form data of a POST, or null for any other request. */
export async function readPostedForm(request: Request): Promise<FormData | null> {
  if (request.method !== 'POST') return null;
  return request.formData();
}

/** "Now" for the studio: the clock. */
export function studioNow(): number {
  return Date.now();
}
