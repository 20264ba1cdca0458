/** Which modules a snippet of code loads, run in its own Node process (trace-loads.mjs). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PROJECT = join(import.meta.dirname, '../..');

/**
 * The URLs containing `pattern` that Node loaded while running `code` (an ES module, run from
 * the project root: `import x from './src/…'`); throws with its stderr when the code fails.
 */
export function loadedBy(code: string, pattern: string): string[] {
  const run = spawnSync(process.execPath, ['--import', join(PROJECT, 'tests/support/trace-loads.mjs'), '--input-type=module', '-e', code], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, TRACE_LOADS: pattern },
  });
  if (run.status !== 0) throw new Error(`the snippet failed (${run.status}): ${run.stderr}`);
  return run.stderr.split('\n').filter((line) => line.startsWith('loaded ')).map((line) => line.slice('loaded '.length));
}
