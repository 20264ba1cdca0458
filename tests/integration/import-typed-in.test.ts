/**
 * `import --root DIR` lists each file it writes as a path the user can open from where they typed
 * the command, as `init`, `check` and every error do (cli/shown-path.ts): `site/content/posts/…`
 * typed beside `site`, the absolute path typed outside it. It listed `content/posts/…` (relative
 * to DIR), so `git add $(… import … --root site)` typed beside `site` named no file.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PNG_1X1, runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const rootFor = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('typed');
const POST = '---\ntitle: Sourdough at home\ndate: 2024-05-01\n---\n\nFeed the starter the night before.\n![crumb](crumb.png)\n';

describe('import --root: the files written, as paths from where the command was typed', () => {
  test('typed beside the project: DIR/content/posts/…, each one there; a dry run lists the same', () => {
    const folder = folderOf({ 'bread/sourdough.md': POST });
    writeFileSync(join(folder, 'bread/crumb.png'), PNG_1X1);
    const root = rootFor();
    const typed = { INIT_CWD: dirname(root), npm_lifecycle_event: 'throughline' };
    const name = basename(root);
    const dry = runCli(['import', folder, '--channel', 'blog', '--root', name, '--now', NOW, '--dry-run'], { env: typed });
    expect(dry.code, dry.stderr).toBe(0);
    const { code, stdout, stderr } = runCli(['import', folder, '--channel', 'blog', '--root', name, '--now', NOW], { env: typed });
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) {
      expect(line.startsWith(`${name}/content/posts/`), line).toBe(true);
      expect(existsSync(join(dirname(root), line)), line).toBe(true);
    }
    expect(dry.stdout).toBe(stdout);
  });

  test('typed in a folder outside the project: absolute paths', () => {
    const folder = folderOf({ 'bread/sourdough.md': POST.replace('![crumb](crumb.png)\n', '') });
    const root = rootFor();
    const elsewhere = join(dirname(root), `${basename(root)}-elsewhere`);
    mkdirSync(elsewhere, { recursive: true });
    const { code, stdout, stderr } = runCli(['import', folder, '--channel', 'blog', '--root', root, '--now', NOW], { env: { INIT_CWD: elsewhere, npm_lifecycle_event: 'throughline' } });
    rmSync(elsewhere, { recursive: true, force: true });
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(`${join(root, 'content/posts/2024/sourdough.md')}\n`);
  });
});
