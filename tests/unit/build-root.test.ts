import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBuildRequest, readStartRequest } from '../../src/cli/build-root.ts';
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

describe('readStartRequest (npm start)', () => {
  test('without --root is Astro\'s own dev server, its options passed on', () => {
    expect(readStartRequest(['--port', '4622'], '/anywhere', '/install')).toEqual({ kind: 'astro', args: ['--port', '4622'] });
  });

  test('--root DIR serves DIR\'s studio with its public/ and cache, --port, --host and --open read as astro dev reads them (Astro\'s --root stopped: "Cannot find module astro/app/manifest")', () => {
    const from = project(true);
    expect(readStartRequest(['--root', 'site'], from, '/install')).toEqual({
      kind: 'root',
      root: join(from, 'site'),
      config: { publicDir: join(from, 'site', 'public'), cacheDir: join(from, 'site', '.astro', 'cache') },
    });
    expect(readStartRequest(['--port', '4350', '--root=site', '--host', '--open'], from, '/install')).toMatchObject({ kind: 'root', config: { server: { port: 4350, host: true, open: true } } });
    expect(readStartRequest(['--root', 'site', '--port=0', '--host', '0.0.0.0'], from, '/install')).toMatchObject({ kind: 'root', config: { server: { port: 0, host: '0.0.0.0' } } });
    const bare = project(false);
    expect(readStartRequest(['--root', join(bare, 'site')], '/elsewhere', '/install')).toMatchObject({ kind: 'root', config: { publicDir: join('/install', 'public') } });
  });

  test('a folder without content/planner.json, a bad port or another option is refused, naming it, in English and Chinese', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tl-start-root-'));
    expect(readStartRequest(['--root', empty], '/', '/install')).toMatchObject({ kind: 'error', message: { en: expect.stringContaining(`no file ${join(empty, 'content', 'planner.json')}`), zh: expect.stringContaining('没有文件') } });
    const site = join(project(true), 'site');
    expect(readStartRequest(['--root', site, '--port', 'abc'], '/', '/install')).toMatchObject({ kind: 'error', message: { en: '--port: needs a port number (e.g. --port 4322), not "abc"', zh: expect.stringContaining('“abc”') } });
    expect(readStartRequest(['--root', site, '--port'], '/', '/install')).toMatchObject({ kind: 'error', message: { en: '--port: needs a port number (e.g. --port 4322)' } });
    expect(readStartRequest(['--root', site, '--force'], '/', '/install')).toMatchObject({ kind: 'error', message: { en: '--force: not read with --root (only --port, --host and --open are)', zh: expect.stringContaining('--force：') } });
  });
});

describe('entryPostFile', () => {
  test('names a portfolio entry\'s file from the folder holding content/, whatever folder its filePath starts from', () => {
    expect(entryPostFile({ id: '2020/ci-cd/index', filePath: '../blog/content/posts/2020/ci-cd/index.md' })).toBe('content/posts/2020/ci-cd/index.md');
    expect(entryPostFile({ id: '2026/tea', filePath: 'content/posts/2026/tea.mdx' })).toBe('content/posts/2026/tea.mdx');
  });
});
