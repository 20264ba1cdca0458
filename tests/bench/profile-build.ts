/**
 * `node tests/bench/profile-build.ts [posts] [out-dir] [--bare]`: builds the bench's synthetic
 * portfolio (with --bare, the bench's bare Astro site) twice (empty caches, then nothing
 * changed) and writes a CPU profile of the main thread for each build (cold.cpuprofile,
 * warm.cpuprofile, bare-… for the bare site; open them in Chrome's DevTools), with the CPU time
 * of the main thread and of the whole process, and the heaviest functions by self time. For work on the build's speed: the bench's figures
 * say how much, a profile says where.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { rm } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { buildInside, buildPortfolio } from '../fixtures/roots/portfolio/build-fixture.ts';
import { BARE_FILES, makeBenchRoot } from './build.bench.ts';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

function top(profile: Profile, count = 25): string[] {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anon)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/src\//, 'src/')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
}

const args = process.argv.slice(2).filter((a) => a !== '--bare');
const bare = process.argv.includes('--bare');
const posts = Number(args[0] ?? 500);
const out = args[1] ?? '.';
const root = await makeBenchRoot('tl-profile-', posts);
if (bare)
  for (const [file, text] of Object.entries(BARE_FILES)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), text);
  }
const build = () => (bare ? buildInside(root, { root, outDir: join(root, 'dist'), cacheDir: join(root, '.cache'), logLevel: 'error' }) : buildPortfolio(root));
// This thread's CPU time (Node >= 23.9), else the process's.
const threadCpu = () => {
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
// CPU of the child processes that have ended (the card drawers, the flags, Pagefind): Linux's
// /proc/self/stat cutime + cstime, in clock ticks (100 a second); 0 elsewhere.
const childrenCpu = () => {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
};
// Child processes still running but Vite's esbuild service, which lives as long as this one
// (Linux: /proc/self/task/*/children); 0 elsewhere.
const runningChildren = () => {
  try {
    const pids = readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
    return pids.filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'esbuild';
      } catch {
        return false;
      }
    }).length;
  } catch {
    return 0;
  }
};
// A child's CPU counts once it has ended and been reaped: a build's own (its Pagefind, the
// remover of the replaced dist/) may outlive it and would count in the next build's figure.
const childrenEnded = async () => {
  for (let waited = 0; runningChildren() > 0 && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
};
const session = new Session();
session.connect();
await session.post('Profiler.enable');
try {
  for (const name of ['cold', 'warm']) {
    delete process.env.THROUGHLINE_CACHE_DIR;
    const cpu0 = process.cpuUsage();
    const main0 = threadCpu();
    const children0 = childrenCpu();
    const t0 = performance.now();
    await session.post('Profiler.start');
    await build();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const main = threadCpu() - main0;
    await childrenEnded();
    const children = childrenCpu() - children0;
    writeFileSync(join(out, `${bare ? 'bare-' : ''}${name}.cpuprofile`), JSON.stringify(profile));
    console.log(`\n${bare ? 'bare ' : ''}${name}: ${Math.round(wall)} ms wall, CPU ${Math.round(main)} ms on the main thread, ${Math.round((cpu.user + cpu.system) / 1000)} ms in the process (all threads), ${Math.round(children)} ms in its child processes (cards, flags, Pagefind, the remover; counted once ended)`);
    for (const line of top(profile)) console.log(line);
  }
} finally {
  session.disconnect();
  await rm(root, { recursive: true, force: true });
}
