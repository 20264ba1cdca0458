/**
 * The editor's preview shows a post's own images: `![](pic.png)` in a folder post (as import
 * writes a Hugo bundle) or beside a file post is asked for relative to the editor's address,
 * /studio/drafts/<folder>/pic.png, which answered 400 ("Not a post id") before.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db40000000049454e44ae426082', 'hex');
beforeAll(async () => {
  studio = await startStudio();
  const dir = join(studio.root, 'content/posts/2026/trip');
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'index.md'), '---\ntitle: Trip\nchannel: blog\nstatus: draft\n---\n\n![a](pic.png)\n\n![b](images/截图 1.PNG)\n\n![c](map.svg)\n');
  writeFileSync(join(dir, 'pic.png'), PNG);
  writeFileSync(join(dir, 'images/截图 1.PNG'), PNG);
  writeFileSync(join(dir, 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(join(studio.root, 'secret.png'), PNG);
  symlinkSync(join(studio.root, 'secret.png'), join(dir, 'out.png'));
});
afterAll(async () => {
  await studio?.stop();
});

const get = (path: string) => fetch(`${studio.url}${path}`);

describe("the editor's preview of a folder post", () => {
  it('asks for its images where the studio serves them from beside the post', async () => {
    const editor = await get('/studio/drafts/2026/trip/index');
    expect(editor.status).toBe(200);
    for (const path of ['pic.png', `images/${encodeURIComponent('截图 1')}.PNG`]) {
      const image = await fetch(new URL(path, `${studio.url}/studio/drafts/2026/trip/index`));
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    }
  });

  it('serves an SVG under a sandbox policy, so a script in it cannot run as the studio', async () => {
    const svg = await get('/studio/drafts/2026/trip/map.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('content-security-policy')).toMatch(/sandbox/);
  });

  it('answers 404 for a missing image, a path out of content/posts, or a symbolic link out of it', async () => {
    for (const path of ['/studio/drafts/2026/trip/none.png', '/studio/drafts/2026/%2e%2e/%2e%2e/secret.png', '/studio/drafts/2026/trip/out.png'])
      expect((await get(path)).status, path).toBe(404);
  });

  it('still reads a path without an image extension as a post id', async () => {
    expect((await get('/studio/drafts/2026/trip/nothing')).status).toBe(404);
    expect((await get('/studio/drafts/2026/trip/index')).status).toBe(200);
  });
});
