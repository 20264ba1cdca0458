/**
 * `npm run bench [-- --posts N] [--scale] [--skip-build] [--skip-studio] [--only-build]`: every timing target in one table
 * (--only-build: the build rows alone, for work on the build).
 * The studio rows run the pages and the live theme score against one `astro dev` server.
 * --scale also runs check and the build at 10,000 posts and prints how each figure grew.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBuild } from './build.bench.ts';
import { benchCheck } from './check.bench.ts';
import { benchCoverCheck } from './cover-check.bench.ts';
import { benchIcs } from './ics.bench.ts';
import { benchSlots } from './slots.bench.ts';
import { benchStreaks } from './streaks.bench.ts';
import { benchPlan } from './plan.bench.ts';
import { benchStudio } from './studio.bench.ts';
import { benchTheme } from './theme.bench.ts';

type Row = { name: string; ms: number; target: number };

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '2000' }, scale: { type: 'boolean', default: false }, 'skip-build': { type: 'boolean', default: false }, 'skip-studio': { type: 'boolean', default: false }, 'only-build': { type: 'boolean', default: false } },
});
const posts = Number(values.posts);

function print(rows: Row[]) {
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const ratio = /ratio/i.test(r.name);
    const value = ratio ? r.ms.toFixed(2).padStart(9) : `${r.ms.toFixed(1).padStart(8)}ms`;
    const target = Number.isNaN(r.target) ? '' : ratio ? `<= ${r.target}` : `< ${r.target} ms`;
    const verdict = Number.isNaN(r.target) ? '' : r.ms <= r.target ? 'ok' : 'SLOW';
    console.log(`${r.name.padEnd(width)}  ${value}  ${target.padEnd(12)} ${verdict}`);
  }
}

console.log(`Throughline bench: Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB\n`);
// Every pure-compute figure is taken before any Astro build runs in this process: a build leaves
// a large heap behind, and measuring check after it would time the garbage collector instead.
const SCALE_POSTS = 10000;
const onlyBuild = values['only-build'];
const rows: Row[] = onlyBuild ? [] : [...(await benchSlots()), ...(await benchStreaks()), ...(await benchPlan()), ...(await benchTheme()), ...(await benchCheck({ posts })), ...(await benchIcs()), ...(await benchCoverCheck({ posts }))];
const bigCheck = values.scale && !onlyBuild ? await benchCheck({ posts: SCALE_POSTS }) : [];
if (!values['skip-studio'] && !onlyBuild) rows.push(...(await benchStudio({ posts })));
if (!values['skip-build']) rows.push(...(await benchBuild({ posts })));
print(rows);

if (values.scale) {
  const big = [...bigCheck, ...(values['skip-build'] ? [] : await benchBuild({ posts: SCALE_POSTS }))];
  console.log(`\nScale: ${posts} -> ${SCALE_POSTS} posts`);
  print(big);
  // Rows of both runs share their names apart from the post count: pair them by name.
  const key = (name: string) => name.replace(/\b\d+ posts\b/, 'N posts');
  const small = new Map(rows.map((r) => [key(r.name), r]));
  console.log(`\nGrowth for x${(SCALE_POSTS / posts).toFixed(1)} posts (linear = x${(SCALE_POSTS / posts).toFixed(1)}):`);
  for (const r of big) {
    const before = small.get(key(r.name));
    if (before && !/ratio/i.test(r.name)) console.log(`  ${key(r.name)}: x${(r.ms / before.ms).toFixed(2)}`);
  }
}
