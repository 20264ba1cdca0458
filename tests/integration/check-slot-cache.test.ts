/**
 * The slot cache (src/store/slot-cache.ts): a check with it gives exactly the report of a check
 * without it, on the first run, on a run that reads every slot from the cache, and after each
 * change that alters the slots or the streaks (a post published, a channel's cadence changed,
 * a cadence history period, a break, another day before or past the expanded horizon); a
 * damaged file is ignored, never served and never a crash.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import type { Planner } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { loadProject } from '../../src/store/project.ts';
import { openSlotCache, slotCacheFile } from '../../src/store/slot-cache.ts';
import { BASIC, runCli, tempRoot } from './helpers.ts';

const NOW = Date.parse('2026-11-12T10:00:00Z');
const DAY = 86_400_000;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const cacheDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'throughline-slots-'));
  dirs.push(d);
  return d;
};

/** One check with the slot cache in `dir`; `expanded` counts the periods expanded afresh. */
function cachedCheck(dir: string, planner: Planner, posts: Post[], now = NOW) {
  const cache = openSlotCache(BASIC, dir, 'code-1');
  let expanded = 0;
  const report = buildCheckReport({ planner, posts, now, slotCache: { get: cache.get, set: (k, v) => (expanded++, cache.set(k, v)) } });
  cache.save();
  return { json: JSON.stringify(report), expanded };
}
const plainCheck = (planner: Planner, posts: Post[], now = NOW) => JSON.stringify(buildCheckReport({ planner, posts, now }));

async function basic() {
  // Read from a copy: loading a project writes its frontmatter and planner caches beside it.
  const { root } = tempRoot(BASIC);
  dirs.push(root);
  const { planner, posts } = await loadProject(root, { buildAt: NOW });
  return { planner: structuredClone(planner), posts: structuredClone(posts) };
}

describe('slot cache', () => {
  it('gives the uncached report on the first run and on a run served from the file', async () => {
    const { planner, posts } = await basic();
    const dir = cacheDir();
    const first = cachedCheck(dir, planner, posts);
    expect(first.json).toBe(plainCheck(planner, posts));
    expect(first.expanded).toBe(1);
    const second = cachedCheck(dir, planner, posts);
    expect(second.json).toBe(plainCheck(planner, posts));
    expect(second.expanded).toBe(0);
  });

  it('counts a newly published post', async () => {
    const { planner, posts } = await basic();
    const dir = cacheDir();
    const before = cachedCheck(dir, planner, posts).json;
    const draft = posts.find((p) => p.data.status !== 'published' && p.data.channel === 'blog')!;
    draft.data = { ...draft.data, status: 'published', publishedAt: '2026-11-10T09:00:00Z' };
    const after = cachedCheck(dir, planner, posts);
    expect(after.json).toBe(plainCheck(planner, posts));
    expect(after.json).not.toBe(before);
    expect(after.expanded).toBe(0);
  });

  it('expands a channel again when its cadence, time or history changes, and follows breaks', async () => {
    const { planner, posts } = await basic();
    const dir = cacheDir();
    const before = cachedCheck(dir, planner, posts).json;
    const blog = planner.channels.find((c) => c.id === 'blog')!;
    blog.cadence = 'FREQ=WEEKLY;BYDAY=TU,FR';
    const changed = cachedCheck(dir, planner, posts);
    expect(changed.json).toBe(plainCheck(planner, posts));
    expect(changed.json).not.toBe(before);
    expect(changed.expanded).toBe(1);

    blog.time = '18:30';
    const later = cachedCheck(dir, planner, posts);
    expect(later.json).toBe(plainCheck(planner, posts));
    expect(later.json).not.toBe(changed.json);

    blog.history = [{ cadence: 'FREQ=DAILY', start: '2026-09-01', time: '08:00' }];
    const history = cachedCheck(dir, planner, posts);
    expect(history.json).toBe(plainCheck(planner, posts));
    expect(history.json).not.toBe(later.json);

    planner.breaks = [...planner.breaks, { from: '2026-10-27', to: '2026-11-06', reason: 'rest' }];
    const onBreak = cachedCheck(dir, planner, posts);
    expect(onBreak.json).toBe(plainCheck(planner, posts));
    expect(onBreak.json).not.toBe(history.json);
    expect(onBreak.expanded).toBe(0);
  });

  it('gives the uncached report on another day, earlier or past the expanded horizon', async () => {
    const { planner, posts } = await basic();
    const dir = cacheDir();
    cachedCheck(dir, planner, posts);
    for (const now of [NOW + DAY, NOW + 3 * DAY + 5 * 3_600_000, NOW - 20 * DAY, NOW + 120 * DAY, NOW + 400 * DAY]) {
      const run = cachedCheck(dir, planner, posts, now);
      expect(run.json).toBe(plainCheck(planner, posts, now));
    }
    // Past the horizon the period is expanded again, not cut short.
    expect(cachedCheck(dir, planner, posts, NOW + 800 * DAY).expanded).toBe(1);
  });

  it('ignores a damaged or wrongly shaped file', async () => {
    const { planner, posts } = await basic();
    const dir = cacheDir();
    cachedCheck(dir, planner, posts);
    const file = slotCacheFile(BASIC, dir, 'code-1')!;
    const good = readFileSync(file, 'utf8');
    const wrongRows = good.replace(/\[\["\d{4}-\d\d-\d\d",\d+,"[^"]+"\]/, '[["x",null,"y"]');
    expect(wrongRows).not.toBe(good);
    for (const damaged of ['garbage', good.slice(0, good.length / 2), '', '{"format":"slots-1","entries":{"x":1}}', wrongRows]) {
      writeFileSync(file, damaged);
      const run = cachedCheck(dir, planner, posts);
      expect(run.json).toBe(plainCheck(planner, posts));
      expect(run.expanded).toBe(1);
    }
  });

  it('CLI: check --json with a kept slot cache prints what a run with an empty cache dir prints', () => {
    const dir = cacheDir();
    const args = ['check', '--json', '--root', BASIC, '--now', '2026-11-12T10:00:00Z'];
    const fresh = runCli(args, { env: { THROUGHLINE_CACHE_DIR: cacheDir() } });
    runCli(args, { env: { THROUGHLINE_CACHE_DIR: dir } });
    const kept = runCli(args, { env: { THROUGHLINE_CACHE_DIR: dir } });
    expect(kept.stdout).toBe(fresh.stdout);
    expect(readFileSync(slotCacheFile(BASIC, dir)!, 'utf8')).toContain('FREQ=WEEKLY');
  });
});
