import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBuildRequest } from '../../src/cli/build-root.ts';
import { entryPostFile } from '../../src/store/post-paths.ts';

/** A folder as `init --root` and `import` leave it: content/planner.json, and public/ when asked. */
function project(withPublic: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-build-root-'));
  mkdirSync(join(dir, 'site', 'content'), { recursive: true });
  writeFileSync(join(dir, 'site', 'content', 'planner.json'), '{}');
  if (withPublic) mkdirSync(join(dir, 'site', 'public'));
  return dir;
}

describe('readBuildRequest (npm run build)', () => {
  test('without --root is Astro\'s own build, its options passed on', () => {
    expect(readBuildRequest(['--force'], '/anywhere', '/install')).toEqual({ kind: 'astro', args: ['--force'] });
  });

  test('--root DIR, read from where the command was typed, builds DIR\'s content into DIR/dist with its public/ (Astro\'s --root built 0 pages there)', () => {
    const from = project(true);
    const request = readBuildRequest(['--root', 'site', '--force'], from, '/install');
    expect(request).toEqual({
      kind: 'root',
      root: join(from, 'site'),
      config: { publicDir: join(from, 'site', 'public'), outDir: join(from, 'site', 'dist'), cacheDir: join(from, 'site', '.astro', 'cache'), force: true },
    });
    const bare = project(false);
    expect(readBuildRequest([`--root=${join(bare, 'site')}`], '/elsewhere', '/install')).toMatchObject({ kind: 'root', config: { publicDir: join('/install', 'public') } });
  });

  test('a folder without content/planner.json, a missing value or another option is refused, naming it, in English and Chinese', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tl-build-root-'));
    const none = readBuildRequest(['--root', empty], '/', '/install');
    expect(none).toMatchObject({ kind: 'error', message: { en: expect.stringContaining(`no file ${join(empty, 'content', 'planner.json')}`), zh: expect.stringContaining('没有文件') } });
    expect(readBuildRequest(['--root'], '/', '/install')).toMatchObject({ kind: 'error', message: { en: expect.stringMatching(/^--root: needs a value/) } });
    expect(readBuildRequest(['--root', join(project(true), 'site'), '--verbose'], '/', '/install')).toMatchObject({ kind: 'error', message: { en: '--verbose: not read with --root (only --force is)' } });
  });
});

describe('entryPostFile', () => {
  test('names a portfolio entry\'s file from the folder holding content/, whatever folder its filePath starts from', () => {
    expect(entryPostFile({ id: '2020/ci-cd/index', filePath: '../blog/content/posts/2020/ci-cd/index.md' })).toBe('content/posts/2020/ci-cd/index.md');
    expect(entryPostFile({ id: '2026/tea', filePath: 'content/posts/2026/tea.mdx' })).toBe('content/posts/2026/tea.mdx');
  });
});
