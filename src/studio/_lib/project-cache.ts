/**
 * The studio's read of the project, fast on large projects: each post file is parsed again only
 * when its modification time or size changed (one stat per file instead of read + YAML + schema),
 * and when no file changed the same `posts` array comes back, so work keyed on it (the check
 * report in studio-data.ts) is reused. The planner is read fresh every time (one small file).
 * The answer equals store/project.ts's readProject: the same posts, order and problems.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findReferenceErrors } from '../../core/check.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { parsePostText } from '../../core/post-file.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { readPlanner } from '../../store/planner-store.ts';
import { POSTS_DIR } from '../../store/post-paths.ts';

interface Entry { stamp: string; post?: Post; problem?: ThroughlineError }
const entries = new Map<string, Entry>();
let last: { root: string; signature: string; posts: Post[]; problems: ThroughlineError[] } | undefined;

async function listNames(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.map((name) => name.split('\\').join('/')).filter((name) => /\.mdx?$/.test(name)).sort();
}

async function readEntry(dir: string, name: string): Promise<Entry | undefined> {
  const path = join(dir, name);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  // ctime too: a tool that restores mtime (utimes) after writing still changes ctime.
  const stamp = `${info.mtimeMs}:${info.ctimeMs}:${info.size}`;
  const known = entries.get(path);
  if (known?.stamp === stamp) return known;
  const entry: Entry = { stamp };
  try {
    entry.post = parsePostText(await readFile(path, 'utf8'), name.replace(/\.mdx?$/, ''), `${POSTS_DIR}/${name}`);
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    entry.problem = error;
  }
  entries.set(path, entry);
  return entry;
}

/** The planner, the posts that parse, and every problem `check` refuses (as readProject). */
export async function readCachedProject(root: string): Promise<{ planner: Planner; posts: Post[]; problems: ThroughlineError[] }> {
  const planner = await readPlanner(root);
  const dir = join(root, POSTS_DIR);
  const names = await listNames(dir);
  const read = await Promise.all(names.map((name) => readEntry(dir, name)));
  const signature = names.map((name, i) => `${name}@${read[i]?.stamp ?? '-'}`).join('\n');
  if (last?.root !== root || last.signature !== signature) {
    const problems = read.flatMap((e) => (e?.problem ? [e.problem] : [])).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''));
    last = { root, signature, posts: read.flatMap((e) => (e?.post ? [e.post] : [])), problems };
  }
  return { planner, posts: last.posts, problems: [...last.problems, ...findReferenceErrors(planner, last.posts)] };
}

/** When each post file last changed (epoch ms by post id), from the stats this cache already took. */
export function cachedPostTimes(root: string, posts: { id: string; file: string }[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const post of posts) {
    const stamp = entries.get(join(root, post.file))?.stamp;
    if (stamp) times.set(post.id, Number(stamp.split(':')[0]));
  }
  return times;
}
