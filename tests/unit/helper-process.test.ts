import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { forkHelper } from '../../src/integration/helper-process.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-helper-'));
  dirs.push(dir);
  return dir;
}

/** A child module (TypeScript, as the build's helpers are) that answers with `answer` and its compile cache folder. */
function writeChild(file: string, answer: string): URL {
  writeFileSync(
    file,
    `import { getCompileCacheDir } from 'node:module';\nconst answer: string = ${JSON.stringify(answer)};\n` +
      'process.send!({ answer, cache: getCompileCacheDir() ?? null }, () => process.disconnect());\n',
  );
  return pathToFileURL(file);
}

function ask(module: URL, env: NodeJS.ProcessEnv): Promise<{ answer: string; cache: string | null }> {
  const { child, hold } = forkHelper(module, env);
  hold();
  return new Promise((resolve, reject) => child.once('message', resolve as never).once('error', reject));
}

describe('forkHelper', () => {
  it("should keep the child's compile cache in the build's cache folder", async () => {
    const [src, cache] = [tempDir(), tempDir()];
    const reply = await ask(writeChild(join(src, 'child.ts'), 'one'), { ...process.env, THROUGHLINE_CACHE_DIR: cache, NODE_COMPILE_CACHE: '' });
    // Node keeps it in a folder per Node version and platform inside the one named.
    expect(reply.answer).toBe('one');
    expect(reply.cache?.startsWith(join(cache, 'node-compile', 'v'))).toBe(true);
    expect(readdirSync(join(cache, 'node-compile')).length).toBeGreaterThan(0);
  });

  it('should run a module changed since it was cached as it now is', async () => {
    const [src, cache] = [tempDir(), tempDir()];
    const env = { ...process.env, THROUGHLINE_CACHE_DIR: cache, NODE_COMPILE_CACHE: '' };
    const file = join(src, 'child.ts');
    expect((await ask(writeChild(file, 'one'), env)).answer).toBe('one');
    expect((await ask(writeChild(file, 'one'), env)).answer).toBe('one');
    // Same length, same file: only the content's hash tells the two apart.
    expect((await ask(writeChild(file, 'two'), env)).answer).toBe('two');
  });

  it("should leave a compile cache the user set in NODE_COMPILE_CACHE as it is, and keep none without a cache folder", async () => {
    const [src, cache, own] = [tempDir(), tempDir(), tempDir()];
    const module = writeChild(join(src, 'child.ts'), 'one');
    expect((await ask(module, { ...process.env, THROUGHLINE_CACHE_DIR: cache, NODE_COMPILE_CACHE: own })).cache?.startsWith(join(own, 'v'))).toBe(true);
    const { THROUGHLINE_CACHE_DIR: _, NODE_COMPILE_CACHE: __, ...none } = process.env;
    expect((await ask(module, none)).cache).toBeNull();
  });
});
