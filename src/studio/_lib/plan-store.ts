/**
 * I/O glue of the channels, plan and dashboard pages: the project root, reading the planner and
 * posts for display, and saving a change as field errors rather than a thrown error.
 */
import { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { updatePlanner } from '../../store/planner-store.ts';
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

/**
 * Saves `change` through updatePlanner. A validation error of the whole planner comes back as a
 * field error: `channels[2].cadence` -> { cadence: ... }, anything else under `form`.
 */
export async function savePlannerChange(change: (planner: Planner) => Planner, root = studioRoot()): Promise<FieldErrors> {
  try {
    await updatePlanner(root, change);
    return {};
  } catch (error) {
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
