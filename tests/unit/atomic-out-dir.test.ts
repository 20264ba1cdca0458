import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBuildingFor, swapIntoPlace } from '../../src/integration/atomic-out-dir.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const parent = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tl-atomic-'));
  dirs.push(dir);
  return dir;
};
/** Waits (up to ~20 s, polling) until `done` holds: the removal runs in a process of its own. */
async function eventually(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
  return done();
}

describe('putting a finished build in place of the previous dist/', () => {
  it('puts the new build in place at once and removes every file of the previous one, in the end', async () => {
    const root = await parent();
    const outDir = join(root, 'dist');
    mkdirSync(join(outDir, 'posts/old'), { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(outDir, 'posts/old', `${i}.html`), 'old');
    const building = startBuildingFor(outDir);
    mkdirSync(building, { recursive: true });
    writeFileSync(join(building, 'index.html'), 'new');
    swapIntoPlace(building, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(outDir, 'posts'))).toBe(false);
    expect(await eventually(() => readdirSync(root).length === 1)).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('carries a folder over from the previous build before that build is removed', async () => {
    const root = await parent();
    const outDir = join(root, 'dist');
    mkdirSync(join(outDir, 'pagefind'), { recursive: true });
    writeFileSync(join(outDir, 'pagefind/entry.json'), 'kept');
    const building = startBuildingFor(outDir);
    mkdirSync(building, { recursive: true });
    swapIntoPlace(building, outDir, ['pagefind']);
    expect(readFileSync(join(outDir, 'pagefind/entry.json'), 'utf8')).toBe('kept');
  });

  it('removes at the next build\'s start a replaced build that a process which has ended left behind', async () => {
    const root = await parent();
    const outDir = join(root, 'dist');
    // A pid no process has: Linux caps pids far below it.
    const left = join(root, '.dist-previous-99999999-0');
    mkdirSync(join(left, 'posts'), { recursive: true });
    writeFileSync(join(left, 'posts/index.html'), 'old');
    startBuildingFor(outDir);
    expect(existsSync(left)).toBe(false);
  });
});
