/**
 * `node tests/bench/theme-only.ts [RUNS]`: only the theme rows of `npm run bench` (check of 2,000
 * English and Chinese posts in fresh processes, without and with the caches), RUNS times, with
 * each row's minimum: on a shared machine the minimum is the figure least disturbed by others.
 */
import { benchTheme } from './theme.bench.ts';

const runs = Number(process.argv[2] ?? 3);
const all = new Map<string, { ms: number[]; target: number }>();
for (let i = 0; i < runs; i++)
  for (const row of await benchTheme()) {
    const seen = all.get(row.name) ?? { ms: [], target: row.target };
    seen.ms.push(row.ms);
    all.set(row.name, seen);
  }
for (const [name, { ms, target }] of all) {
  const min = Math.min(...ms);
  console.log(`${name}: min ${min.toFixed(0)} ms (runs ${ms.map((m) => m.toFixed(0)).join(', ')}), target ${target} ms ${min <= target ? 'ok' : 'SLOW'}`);
}
