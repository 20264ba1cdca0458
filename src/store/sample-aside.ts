/**
 * Starting from an empty project: the current posts and planner are moved (never deleted) into
 * a dated folder `content/.sample-YYYY-MM-DD/` (`.previous-` for a project of one's own; then `-2`, `-3`… when taken). The dot keeps the
 * folder out of the posts collection, `check` and the build; moving it back restores the sample.
 */
import { copyFile, constants, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PLANNER_FILE } from './planner-store.ts';
import { POSTS_DIR } from './post-paths.ts';
import { describeWriteError } from './safe-write.ts';

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Before `init --force` replaces content/planner.json: a copy of it, byte for byte, in a new dated
 * folder `content/.previous-YYYY-MM-DD/planner.json` (`-2`, `-3`… when taken), the folder `--empty`
 * and the studio's Start over use; the posts stay where they are. Returns the folder, or null when
 * there is no planner. `discard` removes the copy again, for a replacement that was refused.
 * Throws a ThroughlineError naming the planner when the copy cannot be made (a full disk): then
 * nothing was written.
 */
export async function keepPlannerAside(root: string, now: number): Promise<{ folder: string; discard: () => Promise<void> } | null> {
  if (!(await exists(join(root, PLANNER_FILE)))) return null;
  let folder: string | null = null;
  const discard = () => (folder ? rm(join(root, folder), { recursive: true, force: true }) : Promise.resolve());
  try {
    folder = await newDatedFolder(root, now, 'previous');
    await copyFile(join(root, PLANNER_FILE), join(root, folder, 'planner.json'), constants.COPYFILE_EXCL);
  } catch (error) {
    // No copy, no replacement (a full disk): the planner is left as it was, and said so.
    await discard().catch(() => undefined);
    throw describeWriteError(error, PLANNER_FILE);
  }
  return { folder, discard };
}

/** A new, empty dated folder under content/ (`.sample-` or `.previous-` and the day, then `-2`, `-3`…). */
async function newDatedFolder(root: string, now: number, kind: 'sample' | 'previous'): Promise<string> {
  const date = new Date(now).toISOString().slice(0, 10);
  let folder = `content/.${kind}-${date}`;
  for (let n = 2; await exists(join(root, folder)); n++) folder = `content/.${kind}-${date}-${n}`;
  await mkdir(join(root, folder), { recursive: true });
  return folder;
}

/**
 * Moves content/posts and content/planner.json aside; returns the folder, e.g.
 * "content/.sample-2026-11-30", or null when there was nothing to move.
 */
export async function moveProjectAside(root: string, now: number, kind: 'sample' | 'previous' = 'sample'): Promise<string | null> {
  const posts = await exists(join(root, POSTS_DIR));
  const planner = await exists(join(root, PLANNER_FILE));
  if (!posts && !planner) return null;
  const folder = await newDatedFolder(root, now, kind);
  if (posts) await rename(join(root, POSTS_DIR), join(root, folder, 'posts'));
  if (planner) await rename(join(root, PLANNER_FILE), join(root, folder, 'planner.json'));
  await mkdir(join(root, POSTS_DIR), { recursive: true });
  return folder;
}
