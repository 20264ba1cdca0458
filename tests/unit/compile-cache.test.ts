import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { installCacheDir } from '../../src/store/install-cache-dir.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const cli = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** `throughline check` on a folder without a planner, in a fresh process with the caches in `dir`: its stderr. */
function runCheck(root: string, dir: string): string {
  const run = spawnSync(process.execPath, [cli, 'check', '--root', root, '--lang', 'en'], { env: { ...process.env, THROUGHLINE_CACHE_DIR: dir }, encoding: 'utf8' });
  return run.stderr;
}

describe('the CLI compile cache', () => {
  it('keeps the compiled modules of a CLI run under the cache folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'throughline-compile-'));
    roots.push(root);
    runCheck(root, join(root, 'cache'));
    const compiled = join(root, 'cache/compile');
    expect(existsSync(compiled)).toBe(true);
    expect(readdirSync(compiled, { recursive: true }).length).toBeGreaterThan(0);
  });

  it('runs the command all the same when the cache folder cannot be made', () => {
    const root = mkdtempSync(join(tmpdir(), 'throughline-compile-'));
    roots.push(root);
    writeFileSync(join(root, 'blocked'), '');
    expect(runCheck(root, join(root, 'blocked', 'cache'))).toContain('planner.json');
  });

  it('lives in the install, or where THROUGHLINE_CACHE_DIR says', () => {
    expect(installCacheDir({})).toBe(join(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules/.cache/throughline'));
    expect(installCacheDir({ THROUGHLINE_CACHE_DIR: '/x/y' })).toBe('/x/y');
  });

  it('takes an empty THROUGHLINE_CACHE_DIR as unset: the install\'s folder, not the working directory', () => {
    expect(installCacheDir({ THROUGHLINE_CACHE_DIR: '' })).toBe(installCacheDir({}));
  });
});
