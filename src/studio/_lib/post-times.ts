/** When each post file last changed (epoch ms by post id), for "recently updated" sorting. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Stats every post's file under `root`; a file that vanished meanwhile is left out. */
export async function readPostTimes(root: string, posts: { id: string; file: string }[]): Promise<Map<string, number>> {
  const times = await Promise.all(posts.map((p) => stat(join(root, p.file)).then((s) => s.mtimeMs, () => undefined)));
  return new Map(posts.flatMap((p, i) => (times[i] === undefined ? [] : [[p.id, times[i]!] as [string, number]])));
}
