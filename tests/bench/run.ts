/**
 * `npm run bench [-- --posts N] [--scale] [--skip-build]`: every timing target in one table.
 * --scale also runs check and the build at 10,000 posts and prints how each figure grew.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBuild } from './build.bench.ts';
import { benchCheck } from './check.bench.ts';
import { benchIcs } from './ics.bench.ts';
import { benchSlots } from './slots.bench.ts';
import { benchStreaks } from './streaks.bench.ts';
import { benchTheme } from './theme.bench.ts';

type Row = { name: string; ms: number; target: number };

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '2000' }, scale: { type: 'boolean', default: false }, 'skip-build': { type: 'boolean', default: false } },
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
const rows: Row[] = [
  ...(await benchSlots()),
  ...(await benchStreaks()),
  ...(await benchTheme()),
  ...(await benchCheck({ posts })),
  ...(await benchIcs()),
  ...(values['skip-build'] ? [] : await benchBuild({ posts })),
];
print(rows);

if (values.scale) {
  console.log(`\nScale: ${posts} -> 10000 posts`);
  const big = [...(await benchCheck({ posts: 10000 })), ...(values['skip-build'] ? [] : await benchBuild({ posts: 10000 }))];
  print(big);
  const small = rows.filter((r) => /^(check|build)/.test(r.name));
  for (const [i, r] of big.entries()) {
    const before = small[i];
    if (before && !/ratio/i.test(r.name)) console.log(`  ${r.name.split(':')[0]}: x${(r.ms / before.ms).toFixed(2)} for x${(10000 / posts).toFixed(1)} posts`);
  }
}
