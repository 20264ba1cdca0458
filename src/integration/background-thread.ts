/**
 * Lowers the scheduling priority of the calling worker thread, for the build's background work
 * (social cards, the build check's flags): on a machine with few cores it then yields to the
 * thread that renders the pages, the build's critical path, instead of sharing it evenly. On
 * Linux the nice value is per thread (setpriority(2), NOTES: with `who` 0 it applies to the
 * calling thread only), so Astro's thread keeps its own. Elsewhere it may apply to the whole
 * process or be refused: only worth it on Linux, and never a reason to fail a build.
 */
import { constants, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/** Nice +10 (PRIORITY_BELOW_NORMAL) for this worker thread; a no-op on the main thread or off Linux. */
export function lowerThisThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (isMainThread || platform !== 'linux') return false;
  try {
    setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
    return true;
  } catch {
    return false;
  }
}
