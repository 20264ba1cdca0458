/**
 * `astro build` writes into a fresh folder beside outDir (`.dist-building-<pid>`) and only a
 * build that finishes replaces outDir with it: a build that fails half-way (a page that throws
 * during prerender, a killed process) leaves the previous dist/ as it was, or none, never a
 * half-written one. The unfinished folder is removed when the process exits and at the next
 * build's start.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const BUILDING = '-building-';

const pending = new Set<string>();

/**
 * The folder this process builds into instead of `outDir`, after removing unfinished ones; it
 * is removed at exit unless swapIntoPlace moved it.
 */
export function startBuildingFor(outDir: string): string {
  removeUnfinishedBuilds(outDir);
  if (pending.size === 0) process.once('exit', () => pending.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const building = join(dirname(outDir), `.${basename(outDir)}${BUILDING}${process.pid}`);
  pending.add(building);
  return building;
}

/** Removes unfinished build folders of `outDir` left by this process or by dead ones. */
function removeUnfinishedBuilds(outDir: string): void {
  const prefix = `.${basename(outDir)}${BUILDING}`;
  const names = existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : [];
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const pid = Number(name.slice(prefix.length));
    if (pid === process.pid || !isAlive(pid)) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

/**
 * After a finished build: `building` becomes `outDir`, the previous outDir is removed. Each
 * folder named in `carry` (relative, e.g. "pagefind") that the build left out because the
 * previous one is still right is moved from the previous outDir into the new one, not copied.
 */
export function swapIntoPlace(building: string, outDir: string, carry: string[] = []): void {
  const previous = `${building}-previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  for (const folder of carry) {
    if (existsSync(join(building, folder))) throw new Error(`[throughline] ${folder} was both built and carried over`);
    renameSync(join(previous, folder), join(building, folder));
  }
  renameSync(building, outDir);
  pending.delete(building);
  rmSync(previous, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
