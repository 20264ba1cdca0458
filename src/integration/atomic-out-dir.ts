/**
 * `astro build` writes into a fresh folder beside outDir (`.dist-building-<pid>-<n>`) and only a
 * build that finishes replaces outDir with it: a build that fails half-way (a page that throws
 * during prerender, a killed process) leaves the previous dist/ as it was, or none, never a
 * half-written one. The unfinished folder is removed when the process exits and at the next
 * build's start. The previous outDir, once replaced, is removed by a process of its own
 * (`.dist-previous-<pid>-<n>`, deleting thousands of files takes the build's main thread a second
 * or more), which outlives this one; what it leaves, the next build's start removes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const BUILDING = '-building-';
const PREVIOUS = '-previous-';
let replaced = 0;
let started = 0;

const pending = new Set<string>();

/**
 * The folder this process builds into instead of `outDir`, after removing unfinished ones; it
 * is removed at exit unless swapIntoPlace moved it.
 */
export function startBuildingFor(outDir: string): string {
  removeUnfinishedBuilds(outDir);
  if (pending.size === 0) process.once('exit', () => pending.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  // A new name for each build of this process: Astro imports the build's prerender entry from
  // <outDir>/.prerender/, and Node keeps a module per URL, so a second build() of one process
  // (tests, the bench, a script) into the same folder ran the first build's pages, with the site
  // data they had memoised (a planner edit did not show).
  const building = join(dirname(outDir), `.${basename(outDir)}${BUILDING}${process.pid}-${++started}`);
  pending.add(building);
  return building;
}

/**
 * Removes unfinished build folders of `outDir` left by this process or by dead ones, and
 * replaced ones whose build process has ended (their remover may have been cut short).
 */
function removeUnfinishedBuilds(outDir: string): void {
  const prefix = `.${basename(outDir)}${BUILDING}`;
  const old = `.${basename(outDir)}${PREVIOUS}`;
  const names = existsSync(dirname(outDir)) ? readdirSync(dirname(outDir)) : [];
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pid === process.pid || !isAlive(pid)) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
  for (const name of names.filter((n) => n.startsWith(old) && !isAlive(Number(n.slice(old.length).split('-')[0])))) {
    try {
      rmSync(join(dirname(outDir), name), { recursive: true, force: true });
    } catch {
      // Its remover may still be at work: the next build tries again.
    }
  }
}

/** Removes `dir` in a detached process (Node itself, so any platform), else in this one without waiting. */
function removeInBackground(dir: string): void {
  const fallback = () => rm(dir, { recursive: true, force: true }).catch(() => undefined);
  try {
    const script = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })";
    const child = spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', fallback);
    child.unref();
  } catch {
    fallback();
  }
}

/**
 * After a finished build: `building` becomes `outDir`, the previous outDir is removed. Each
 * folder named in `carry` (relative, e.g. "pagefind") that the build left out because the
 * previous one is still right is moved from the previous outDir into the new one, not copied.
 */
export function swapIntoPlace(building: string, outDir: string, carry: string[] = []): void {
  const previous = join(dirname(outDir), `.${basename(outDir)}${PREVIOUS}${process.pid}-${replaced++}`);
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  for (const folder of carry) {
    if (existsSync(join(building, folder))) throw new Error(`[throughline] ${folder} was both built and carried over`);
    renameSync(join(previous, folder), join(building, folder));
  }
  renameSync(building, outDir);
  pending.delete(building);
  if (hadPrevious) removeInBackground(previous);
  // An earlier failed build of this process may have had pages still writing into its folder
  // after the start of this one removed it.
  removeUnfinishedBuilds(outDir);
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
