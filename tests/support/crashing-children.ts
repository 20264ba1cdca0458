/**
 * Injects a native crash into the child processes a build forks (helper-process.ts): while `body`
 * runs, every Node process started from this one preloads a module that, on receiving its first
 * IPC message (its input or job), writes its pid to a list and kills itself with SIGSEGV, before
 * it answers. The environment (NODE_OPTIONS and the list's variable) is restored afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRELOAD =
  "import { appendFileSync } from 'node:fs';\n" +
  "if (process.send && process.env.THROUGHLINE_TEST_CRASH_MARK) process.once('message', () => {\n" +
  "  appendFileSync(process.env.THROUGHLINE_TEST_CRASH_MARK, process.pid + '\\n');\n" +
  "  process.kill(process.pid, 'SIGSEGV');\n});\n";

/** Runs `body` with children that crash; `crashed()` gives the pids of those that did so far. */
export async function withCrashingChildren<T>(body: (crashed: () => number[]) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-crash-'));
  const [preload, mark] = [join(dir, 'crash-on-message.mjs'), join(dir, 'crashed')];
  writeFileSync(preload, PRELOAD);
  const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, THROUGHLINE_TEST_CRASH_MARK: process.env.THROUGHLINE_TEST_CRASH_MARK };
  process.env.NODE_OPTIONS = `--import=${preload}`;
  process.env.THROUGHLINE_TEST_CRASH_MARK = mark;
  const crashed = () => {
    try {
      return readFileSync(mark, 'utf8').trim().split('\n').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  try {
    return await body(crashed);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
