import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PNG_1X1, PROJECT, runCli, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();

/** The basic fixture with `line` added to the frontmatter of post `id` (a.md is published, offtheme.md a draft). */
function withLine(id: string, line: string): string {
  const root = copy();
  const file = join(root, 'content/posts', `${id}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\n${line}\n`));
  return root;
}

describe('a cover site path must name a file in public/', () => {
  test('check refuses a published post whose cover is missing from public/, naming the file, the field and the path looked for', () => {
    const root = withLine('a', 'cover: /images/pork.jpg');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/a.md');
    expect(stderr).toContain('cover');
    expect(stderr).toContain('public/images/pork.jpg');
  });

  test('the same cover passes once the file exists, with its query string and percent-encoding read as a server reads them', () => {
    const root = withLine('a', 'cover: "/images/caf%C3%A9.jpg?v=2"');
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/café.jpg'), PNG_1X1);
    expect(runCli(['check', '--root', root, '--now', NOW]).code).toBe(0);
  });

  test('a path that climbs out of public/ is refused even when the file it names exists', () => {
    const root = withLine('a', 'cover: /../content/planner.json');
    expect(runCli(['check', '--root', root, '--now', NOW]).code).toBe(2);
  });

  test("an AstroPaper ogImage read as the cover is named by the author's own field, in Chinese too", () => {
    const root = withLine('a', 'ogImage: /og/a.png');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code).toBe(2);
    expect(stderr).toContain('ogImage');
    expect(stderr).toContain('找不到文件 public/og/a.png');
  });

  test('a draft is not built, so its missing cover is not checked; an http(s) cover is never fetched', () => {
    expect(runCli(['check', '--root', withLine('offtheme', 'cover: /images/later.jpg'), '--now', NOW]).code).toBe(0);
    expect(runCli(['check', '--root', withLine('a', 'cover: https://example.org/x.jpg'), '--now', NOW]).code).toBe(0);
  });
});

describe('a cover relative to the post must name a file beside it', () => {
  test('check refuses a published post whose cover.jpg is not beside it, naming the file looked for, and passes once it is there', () => {
    const root = withLine('a', 'cover: ./cover%20photo.jpg?v=1');
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('content/posts/a.md: cover: no file content/posts/cover photo.jpg');
    expect(en.stderr).toContain('put the image beside the post at that path');
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('找不到文件 content/posts/cover photo.jpg');
    writeFileSync(join(root, 'content/posts/cover photo.jpg'), PNG_1X1);
    expect(runCli(['check', '--root', root, '--now', NOW]).code).toBe(0);
  });

  test('a cover that leaves content/posts is refused even when the file exists', () => {
    const root = withLine('a', 'cover: ../planner.json');
    // The planner is named as it opens from where check was typed (here, outside: its absolute path).
    expect(runCli(['check', '--root', root, '--now', NOW]).stderr).toContain(`no file ${join(root, 'content/planner.json')}`);
  });
});

describe('the build check looks for covers in the configured public folder', () => {
  test("a cover present only in the Astro config's publicDir passes there and is refused against <root>/public", async () => {
    const { startBuildCheck } = await import('../../src/integration/build-check.ts');
    const root = withLine('a', 'cover: /favicon.svg');
    const logger = { warn() {}, info() {}, error() {}, debug() {} } as never;
    await expect(startBuildCheck(root, logger, { LANG: 'C.UTF-8' }, undefined, join(PROJECT, 'public'))).resolves.toBeDefined();
    await expect(startBuildCheck(root, logger, { LANG: 'C.UTF-8' })).rejects.toThrow(/public\/favicon\.svg/);
  });

  test('a TIFF or AVIF named .jpg is refused as a cover, naming what it holds, the file and the field, in English and Chinese; named .avif it gives way to the generated card', () => {
    const TIFF = Buffer.concat([Buffer.from('II*\x00\x08\x00\x00\x00', 'latin1'), Buffer.alloc(64)]);
    const root = withLine('a', 'cover: /images/pork.jpg');
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/pork.jpg'), TIFF);
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('content/posts/a.md');
    expect(en.stderr).toContain('cover');
    expect(en.stderr).toContain('public/images/pork.jpg holds a TIFF image, which link previews (X, Facebook, LinkedIn) do not show');
    expect(runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } }).stderr).toContain('public/images/pork.jpg 里是 TIFF 图片，链接预览（X、Facebook、领英）不显示它');
    const avif = withLine('a', 'cover: /images/pork.avif');
    mkdirSync(join(avif, 'public/images'), { recursive: true });
    writeFileSync(join(avif, 'public/images/pork.avif'), TIFF);
    expect(runCli(['check', '--root', avif, '--now', NOW]).code).toBe(0);
  });
});
