/**
 * A studio on a throw-away project made for one test file: `files` (paths under the project,
 * e.g. `content/planner.json`, and their text) written before it starts, stopped and removed
 * after the file's tests. `page(path, lang)` fetches a studio page in that language.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

export function projectStudio(files: Record<string, string>): { page(path: string, lang: string): Promise<string> } {
  let studio: Studio | undefined;
  let root: string | undefined;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'throughline-studio-'));
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    studio = await startStudio(root);
  });
  afterAll(async () => {
    await studio?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return { page: async (path, lang) => (await fetch(`${studio!.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } })).text() };
}
