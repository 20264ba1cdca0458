/**
 * A brand that has not published yet (init, a few drafts) builds a portfolio with no post. Astro
 * then found no posts collection in its store and warned "The collection "posts" does not exist
 * or is empty. Please check your content config file for errors." on the build (and on every
 * portfolio page under `npm start`), as if the project were broken. The pages now skip the
 * collection when the loader put no post in it.
 */
import { mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { PROJECT, buildInside, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

let root: string | undefined;
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

test('a portfolio with no published post builds without a warning that the content config is broken', async () => {
  root = await makeRoot('tl-empty-portfolio-');
  await rm(join(root, 'content/posts'), { recursive: true, force: true });
  await mkdir(join(root, 'content/posts/drafts'), { recursive: true });
  const planner = JSON.parse(await readFile(join(root, 'content/planner.json'), 'utf8')) as { channels: { id: string }[] };
  await writeFile(join(root, 'content/posts/drafts/first.md'), `---\ntitle: My first draft\nchannel: ${planner.channels[0]!.id}\nstatus: draft\n---\n\nNot published yet.\n`);
  const written: string[] = [];
  const [out, err] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  const keep = (chunk: unknown) => { written.push(String(chunk)); return true; };
  process.stdout.write = keep as typeof process.stdout.write;
  process.stderr.write = keep as typeof process.stderr.write;
  const logs = (['log', 'info', 'warn', 'error'] as const).map((name) => vi.spyOn(console, name).mockImplementation((...args: unknown[]) => { written.push(args.join(' ')); }));
  const outDir = join(root, 'dist');
  try {
    // As buildPortfolio, with Astro's warnings shown.
    await buildInside(root, {
      root,
      configFile: relative(root, join(PROJECT, 'astro.config.mjs')),
      srcDir: join(PROJECT, 'src'),
      publicDir: join(PROJECT, 'public'),
      outDir,
      cacheDir: join(root, '.cache'),
      logLevel: 'warn',
    });
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const spy of logs) spy.mockRestore();
  }
  const log = written.join('');
  expect(log).toMatch(/SITE_URL is not set/); // the capture sees Astro's warnings
  expect(log).not.toMatch(/does not exist or is empty/);
  expect(await readdir(outDir)).toContain('index.html');
  // No post, so no tag: readers get no menu entry to an empty page, and that page speaks to them,
  // not to the author (it told them to "add tags: [...] to a post's frontmatter").
  const home = await readFile(join(outDir, 'index.html'), 'utf8');
  expect(home).not.toMatch(/href="\/tags\/"/);
  expect(home).toMatch(/href="\/archive\/"/);
  const tags = await readFile(join(outDir, 'tags/index.html'), 'utf8');
  expect(tags).not.toMatch(/frontmatter/);
  expect(tags).toMatch(/No tags yet|还没有标签/);
  const search = await readFile(join(outDir, 'search/index.html'), 'utf8');
  expect(search).not.toMatch(/href="\/tags\/"/);
}, 240_000);
