/**
 * Astro copies public/ whole into dist/: an image only a draft shows (an imported Jekyll draft's
 * mockup under public/assets/) was on the site before its post (trial). The build leaves out what
 * only unpublished posts show, and keeps whatever a published post or planner.json may be using.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

describe('files under public/ that only unpublished posts show', () => {
  it('stay out of dist/ until a post showing them is published; files a published post names, and the rest of public/, are copied', async () => {
    const root = await makeRoot('tl-public-');
    roots.push(root);
    const pub = join(root, 'public');
    await mkdir(join(pub, 'assets'), { recursive: true });
    for (const name of ['assets/LEAKMARKER-PUBLIC-11.svg', 'assets/LEAKMARKER-PUBLIC-12.svg', 'assets/shared.svg', 'favicon.svg', 'assets/unused.svg']) await writeFile(join(pub, name), SVG);
    const draft = join(root, 'content/posts/drafts/launch.md');
    const draftText = '---\ntitle: The launch plan\nchannel: blog\nstatus: draft\ncover: /assets/LEAKMARKER-PUBLIC-12.svg\n---\n\n![mockup](/assets/LEAKMARKER-PUBLIC-11.svg) ![both](/assets/shared.svg)\n';
    await writeFile(draft, draftText);
    // A published post links to one of the draft's files (a link, not an image): it stays.
    await writeFile(join(root, 'content/posts/2026/shared-link.md'), '---\ntitle: Shared\nchannel: blog\nstatus: published\npublishedAt: 2026-09-01\n---\n\nSee [the file](/assets/shared.svg).\n');
    const { outDir } = await buildPortfolio(root, { publicDir: pub });
    expect(existsSync(join(outDir, 'assets/LEAKMARKER-PUBLIC-11.svg'))).toBe(false);
    expect(existsSync(join(outDir, 'assets/LEAKMARKER-PUBLIC-12.svg'))).toBe(false);
    for (const kept of ['assets/shared.svg', 'favicon.svg', 'assets/unused.svg']) expect(existsSync(join(outDir, kept)), kept).toBe(true);
    // Published, the draft's files are on the site.
    await writeFile(draft, draftText.replace('status: draft', 'status: published\npublishedAt: 2026-09-02'));
    await buildPortfolio(root, { publicDir: pub });
    expect(existsSync(join(outDir, 'assets/LEAKMARKER-PUBLIC-11.svg'))).toBe(true);
    expect(existsSync(join(outDir, 'assets/LEAKMARKER-PUBLIC-12.svg'))).toBe(true);
    expect(await readFile(join(pub, 'assets/LEAKMARKER-PUBLIC-11.svg'), 'utf8')).toBe(SVG);
    // The site's own icon, not this install's.
    expect(await readFile(join(outDir, 'favicon.svg'), 'utf8')).toBe(SVG);
  }, 180_000);
});

describe('a public/ folder of the site\'s own without favicon.svg (npm run build -- --root DIR)', () => {
  it('gets this install\'s icon, which every page links, instead of a link to a missing file', async () => {
    const root = await makeRoot('tl-public-icon-');
    roots.push(root);
    const pub = join(root, 'public');
    await mkdir(pub, { recursive: true });
    await writeFile(join(pub, 'robots-note.txt'), 'mine\n');
    const { outDir } = await buildPortfolio(root, { publicDir: pub });
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('href="/favicon.svg"');
    expect(await readFile(join(outDir, 'favicon.svg'), 'utf8')).toBe(await readFile(join(PROJECT, 'public/favicon.svg'), 'utf8'));
    expect(existsSync(join(outDir, 'robots-note.txt'))).toBe(true);
  }, 180_000);
});
