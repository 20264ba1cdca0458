/**
 * The validated-planner cache (src/store/planner-cache.ts) and the lazily loaded parsers: a
 * planner read through the cache is the planner validated afresh, after an edit of planner.json
 * (a channel's cadence, a new channel) as well; a planner that fails validation is never kept
 * and fails the same way every run; a damaged file is ignored; and `check --json` with kept
 * caches prints what it prints with an empty cache dir, after the planner and a post changed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { openPlannerCache, plannerCacheFile, plannerCodeKey } from '../../src/store/planner-cache.ts';
import { readPlanner } from '../../src/store/planner-store.ts';
import { runCli, tempRootsPerTest } from './helpers.ts';

const copy = tempRootsPerTest();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const cacheDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'throughline-planner-'));
  dirs.push(d);
  return d;
};

/** readPlanner through the cache in `dir`; `validated` says whether it validated the text afresh. */
async function cachedRead(root: string, dir: string) {
  const cache = openPlannerCache(root, dir, 'code-1');
  let validated = false;
  const planner = await readPlanner(root, { validated: { get: cache.get, set: (t, p) => ((validated = true), cache.set(t, p)) } });
  cache.save();
  return { planner, validated };
}

const editPlanner = (root: string, edit: (p: Record<string, any>) => void) => {
  const file = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  edit(planner);
  writeFileSync(file, JSON.stringify(planner, null, 2));
};

describe('validated-planner cache', () => {
  it('has a code key in a source checkout', () => {
    expect(plannerCodeKey()).toMatch(/^[\w-]{20,}$/);
  });

  it('serves the planner validated before, and validates an edited planner again', async () => {
    const root = copy();
    const dir = cacheDir();
    const first = await cachedRead(root, dir);
    expect(first.validated).toBe(true);
    expect(first.planner).toEqual(await readPlanner(root));
    const second = await cachedRead(root, dir);
    expect(second.validated).toBe(false);
    expect(second.planner).toEqual(await readPlanner(root));

    editPlanner(root, (p) => (p.channels[0].cadence = 'FREQ=WEEKLY;BYDAY=TU,FR'));
    const edited = await cachedRead(root, dir);
    expect(edited.validated).toBe(true);
    expect(edited.planner.channels[0]!.cadence).toBe('FREQ=WEEKLY;BYDAY=TU,FR');
    expect(edited.planner).toEqual(await readPlanner(root));

    // Only whitespace changed: the text differs, so it is validated again (keyed by exact text).
    writeFileSync(join(root, 'content/planner.json'), `${readFileSync(join(root, 'content/planner.json'), 'utf8')}\n`);
    expect((await cachedRead(root, dir)).validated).toBe(true);
  });

  it('never keeps a planner that fails, and fails the same way every run', async () => {
    const root = copy();
    const dir = cacheDir();
    await cachedRead(root, dir);
    editPlanner(root, (p) => (p.channels[0].cadence = 'FREQ=SOMETIMES'));
    const fresh = await readPlanner(root).catch((e: ThroughlineError) => e);
    expect(fresh).toBeInstanceOf(ThroughlineError);
    for (let i = 0; i < 2; i++) {
      const cached = await cachedRead(root, dir).catch((e: ThroughlineError) => e);
      expect(cached).toBeInstanceOf(ThroughlineError);
      expect((cached as ThroughlineError).format('en')).toBe((fresh as ThroughlineError).format('en'));
    }
  });

  it('ignores a damaged or wrongly shaped file', async () => {
    const root = copy();
    const dir = cacheDir();
    await cachedRead(root, dir);
    const file = plannerCacheFile(root, dir, 'code-1')!;
    const good = readFileSync(file);
    for (const damaged of [Buffer.from('garbage'), good.subarray(0, good.length >> 1), Buffer.alloc(0)]) {
      writeFileSync(file, damaged);
      const run = await cachedRead(root, dir);
      expect(run.validated).toBe(true);
      expect(run.planner).toEqual(await readPlanner(root));
    }
  });

  it('CLI: check --json with kept caches prints what an empty cache dir prints, after the planner and a post changed', () => {
    const root = copy();
    const dir = cacheDir();
    const args = ['check', '--json', '--root', root, '--now', '2026-11-12T10:00:00Z'];
    const run = (cache: string) => runCli(args, { env: { THROUGHLINE_CACHE_DIR: cache } });
    const before = run(dir);
    expect(run(dir).stdout).toBe(before.stdout);
    editPlanner(root, (p) => (p.channels[0].cadence = 'FREQ=WEEKLY;BYDAY=TU,FR'));
    const post = join(root, 'content/posts/a.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace(/\n$/, ' More words here.\n'));
    const after = run(dir);
    expect(after.stdout).toBe(run(cacheDir()).stdout);
    expect(after.stdout).not.toBe(before.stdout);
  });
});
