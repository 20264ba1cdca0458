/**
 * One build in a process of its own, as `npm run build` runs it: `node tests/bench/build-child.ts
 * site|bare ROOT`. build.bench.ts times it from outside, so Node's start-up and module loading
 * count for both sites alike, and no build finds the modules of a previous build of its process
 * (Node keeps one module per URL: in one process, the bare site's second build ran its first
 * build's prerender entry again while the portfolio's, since its building folder is new each
 * time, loaded its own).
 */
import { join } from 'node:path';
import { buildInside, buildPortfolio } from '../fixtures/roots/portfolio/build-fixture.ts';

const [kind, root] = process.argv.slice(2);
if ((kind !== 'site' && kind !== 'bare') || !root) throw new Error('usage: node tests/bench/build-child.ts site|bare ROOT');
if (kind === 'site') await buildPortfolio(root);
else await buildInside(root, { root, outDir: join(root, 'dist'), cacheDir: join(root, '.cache'), logLevel: 'error' });
