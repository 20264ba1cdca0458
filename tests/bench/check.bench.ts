/** `check` end to end: read planner.json and every post, then build the whole report. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCheckReport } from '../../src/core/check.ts';
import { loadProject } from '../../src/store/project.ts';
import { BENCH_NOW, writeSyntheticContent } from './synthetic.ts';

/** CPU time (user + system) of one run, in ms: "compute", not waiting on the disk or the machine. */
async function cpuMs(fn: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const start = process.cpuUsage();
  const t = performance.now();
  await fn();
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - t };
}

export async function benchCheck(opts: { posts?: number } = {}): Promise<{ name: string; ms: number; target: number }[]> {
  const posts = opts.posts ?? 2000;
  const root = mkdtempSync(join(tmpdir(), 'throughline-bench-'));
  try {
    writeSyntheticContent(root, posts);
    const run = async () => {
      const { planner, posts: all } = await loadProject(root);
      return buildCheckReport({ planner, posts: all, now: BENCH_NOW });
    };
    await run();
    const runs = [await cpuMs(run), await cpuMs(run), await cpuMs(run)].sort((a, b) => a.cpu - b.cpu);
    const best = runs[1]!;
    return [
      { name: `check end to end: ${posts} posts, 5 daily channels over 3 years (CPU ms)`, ms: best.cpu, target: (1000 * posts) / 2000 },
      { name: `check end to end: ${posts} posts (wall ms, for reference)`, ms: best.wall, target: Number.NaN },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
