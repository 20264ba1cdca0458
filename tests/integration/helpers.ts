import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { sampleRoot } from '../support/sample.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');

/** A real 1x1 PNG: check refuses an image file whose bytes are no image (store/body-images.ts). */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** PNG_1X1 with `tag` after its end (still an image, as a reader ignores bytes after IEND): tells copies apart. */
export const taggedImage = (tag: string): Buffer => Buffer.concat([PNG_1X1, Buffer.from(tag)]);

/** The tag of a taggedImage file. */
export const imageTag = (file: string): string => readFileSync(file).subarray(PNG_1X1.length).toString();

/** A throw-away copy of a folder holding content/ (by default the sample brand as committed, tests/support/sample.ts). */
export function tempRoot(from = sampleRoot()): { root: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'throughline-'));
  cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function emptyRoot(): { root: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'throughline-'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Runs the real CLI under this Node (24) as `npm run throughline` would, in an English locale
 * unless `opts.env` sets another (LANG=zh_CN.UTF-8 for Chinese).
 */
export function runCli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [join(PROJECT, 'src/cli/main.ts'), ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...fixtureCache(args), ...typedIn(args), ...opts.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `import --root DIR` is typed in DIR (npm's INIT_CWD): it lists each file written as a path from
 * where it was typed, so a test reads `content/posts/…` as a user in the project does
 * (tests/integration/import-typed-in.test.ts types it elsewhere).
 */
function typedIn(args: string[]): Record<string, string> {
  const i = args.indexOf('--root');
  return args[0] === 'import' && i >= 0 && args[i + 1] ? { INIT_CWD: args[i + 1]!, npm_lifecycle_event: 'throughline' } : {};
}

const FIXTURES = join(PROJECT, 'tests/fixtures');
let fixtureCacheDir: string | undefined;

/**
 * A fixture under tests/fixtures is an input, never written: a check of one (`--root` there)
 * keeps its caches in a folder of this test process instead of the fixture's node_modules, so
 * no run leaves state in the repository for the next one to read.
 */
function fixtureCache(args: string[]): Record<string, string> {
  const i = args.indexOf('--root');
  if (i < 0 || !resolve(PROJECT, args[i + 1] ?? '').startsWith(FIXTURES)) return {};
  if (!fixtureCacheDir) {
    const dir = (fixtureCacheDir = mkdtempSync(join(tmpdir(), 'throughline-fixture-cache-')));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return { THROUGHLINE_CACHE_DIR: fixtureCacheDir };
}

/** The small hand-written project most CLI tests read (one blog channel in Shanghai). */
export const BASIC = join(PROJECT, 'tests/fixtures/roots/basic');

/**
 * For a test file: `copy(from)` makes a throw-away copy of a project (BASIC by default),
 * removed after each test.
 */
/**
 * A maker of source folders for `import` tests, each removed after its test: `(files, name)`
 * writes `files` (path -> text or bytes) into the folder `name` (default `defaultName`) of a fresh temp
 * folder and returns that folder's path.
 */
export function sourceFoldersPerTest(defaultName: string): (files: Record<string, string | Buffer>, name?: string) => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });
  return (files, name = defaultName) => {
    const t = emptyRoot();
    cleanups.push(t.cleanup);
    const dir = join(t.root, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
}

export function tempRootsPerTest(): (from?: string) => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.forEach((c) => c());
    cleanups = [];
  });
  return (from = BASIC) => {
    const t = tempRoot(from);
    cleanups.push(t.cleanup);
    return t.root;
  };
}
