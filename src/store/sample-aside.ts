/**
 * Starting from an empty project: the current posts and planner are moved (never deleted) into
 * a dated folder `content/.sample-YYYY-MM-DD/` (`.previous-` for a project of one's own; then `-2`, `-3`… when taken). The dot keeps the
 * folder out of the posts collection, `check` and the build; moving it back restores the sample.
 */
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PLANNER_FILE } from './planner-store.ts';
import { POSTS_DIR } from './post-paths.ts';

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Moves content/posts and content/planner.json aside; returns the folder, e.g.
 * "content/.sample-2026-11-30", or null when there was nothing to move.
 */
export async function moveProjectAside(root: string, now: number, kind: 'sample' | 'previous' = 'sample'): Promise<string | null> {
  const posts = await exists(join(root, POSTS_DIR));
  const planner = await exists(join(root, PLANNER_FILE));
  if (!posts && !planner) return null;
  const date = new Date(now).toISOString().slice(0, 10);
  let folder = `content/.${kind}-${date}`;
  for (let n = 2; await exists(join(root, folder)); n++) folder = `content/.${kind}-${date}-${n}`;
  await mkdir(join(root, folder), { recursive: true });
  if (posts) await rename(join(root, POSTS_DIR), join(root, folder, 'posts'));
  if (planner) await rename(join(root, PLANNER_FILE), join(root, folder, 'planner.json'));
  await mkdir(join(root, POSTS_DIR), { recursive: true });
  return folder;
}
