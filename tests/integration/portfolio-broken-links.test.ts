/**
 * Broken internal links in post bodies are reported by the build (trial: a real Astro blog moved
 * over linked `/zh-cn/posts/zsh-zim-setup`, its old address, and neither `npm run build` nor
 * `check` said so). One warning block, per post file: each link that leads to no page or file of
 * the built site, a link to a draft's page among them, with the page it probably meant. Pages
 * Astro copies from its incremental cache are still checked. `"portfolio": { "brokenLinks":
 * "error" }` fails the build (dist/ left as it was); `"ignore"` says nothing. The pages are the
 * same either way.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PROJECT, buildInside, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** Builds `root` as buildPortfolio does, with Astro's warnings shown, and returns what it printed (and the error it failed with). */
async function buildLogged(root: string, env: Record<string, string> = {}, base?: string): Promise<{ log: string; error?: Error }> {
  const written: string[] = [];
  const [out, err] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  const keep = (chunk: unknown) => { written.push(String(chunk)); return true; };
  process.stdout.write = keep as typeof process.stdout.write;
  process.stderr.write = keep as typeof process.stderr.write;
  const logs = (['log', 'info', 'warn', 'error'] as const).map((name) => vi.spyOn(console, name).mockImplementation((...args: unknown[]) => { written.push(args.join(' ')); }));
  const saved = Object.fromEntries(Object.keys({ LANG: 1, LC_ALL: 1, LC_MESSAGES: 1, ...env }).map((k) => [k, process.env[k]]));
  Object.assign(process.env, { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, env);
  let error: Error | undefined;
  try {
    await buildInside(root, {
      root,
      site: 'https://example.com',
      configFile: relative(root, join(PROJECT, 'astro.config.mjs')),
      srcDir: join(PROJECT, 'src'),
      publicDir: join(PROJECT, 'public'),
      outDir: join(root, 'dist'),
      cacheDir: join(root, '.cache'),
      logLevel: 'warn',
      ...(base && { base }),
    });
  } catch (e) {
    error = e as Error;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const spy of logs) spy.mockRestore();
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
  // Astro's logger colours its prefix: compare the words.
  return { log: written.join('').replace(/\x1b\[[0-9;]*m/g, ''), error };
}

/** A digest of every file of dist/ (path and bytes), to tell whether two builds wrote the same site; the calendars carry the moment of their build (DTSTAMP) and are left out. */
async function siteDigest(outDir: string): Promise<Map<string, string>> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.name.endsWith('.ics'));
  const digest = new Map<string, string>();
  for (const f of files) {
    const path = relative(outDir, join(f.parentPath, f.name));
    digest.set(path, createHash('sha1').update(await readFile(join(outDir, path))).digest('hex'));
  }
  return digest;
}

const BLOCK = [
  'broken-link: 5 links in the body of 2 posts lead to no page or file of the built site (readers get a 404): fix each link (a suggested address follows →), or add the old address to the aliases of the post it meant. To fail the build on them: "portfolio": { "brokenLinks": "error" } in content/planner.json',
  '  content/posts/2026/moved.md (4 links)',
  '    /zh-cn/posts/gluten → no such page or file; probably /posts/2026/gluten/',
  '    /posts/drafts/plan/ → the page of content/posts/drafts/plan.md, which is not on the site (a draft): the link leads nowhere until it is published',
  '    ../gluten/#no-such-part → the page has no heading or id by that name',
  '    https://example.com/media/gone.pdf → no such page or file',
  '  content/posts/2026/红烧肉.md (1 link)',
  '    /posts/2026/moved/#没有 → the page has no heading or id by that name',
].join('\n');

describe('broken links in post bodies', () => {
  it('are listed once, per post file, with the page each probably meant; copied pages are checked too; "error" fails the build, "ignore" is silent, and the pages stay the same', async () => {
    const root = await makeRoot('tl-links-');
    roots.push(root);
    await writeFile(join(root, 'content/posts/drafts/plan.md'), '---\ntitle: The plan\nchannel: blog\nstatus: draft\n---\n\nNot yet.\n');
    await writeFile(join(root, 'content/posts/2026/moved.md'), [
      '---\ntitle: A moved post\nchannel: blog\nstatus: published\npublishedAt: 2026-09-28\n---\n',
      '## Steps\n',
      'Old address: [gluten](/zh-cn/posts/gluten). A draft: [plan](/posts/drafts/plan/).',
      'Fine: [relative](../gluten/), [absolute](https://example.com/posts/2026/crust/), [old alias](/2026/09/21/crust.html),',
      '[a heading](#steps), [a file](/favicon.svg), [mail](mailto:ada@example.com), [elsewhere](https://example.org/zh-cn/posts/x), [feed](/rss.xml).',
      'Broken: [part](../gluten/#no-such-part), [gone](https://example.com/media/gone.pdf).',
      'A Chinese address, encoded and not: [做法](/posts/2026/%E7%BA%A2%E7%83%A7%E8%82%89/#%E5%81%9A%E6%B3%95), [步骤](../红烧肉/#做法).\n',
    ].join('\n'));
    // A page whose address is Chinese: its own places and another page's.
    await writeFile(join(root, 'content/posts/2026/红烧肉.md'), '---\ntitle: 红烧肉的做法\nchannel: blog\nstatus: published\npublishedAt: 2026-09-27\n---\n\n## 做法\n\n先看[做法](#做法)，再看[那一篇](/posts/2026/moved/#steps)和[没有的](/posts/2026/moved/#没有)。\n');
    const first = await buildLogged(root);
    expect(first.error).toBeUndefined();
    expect(first.log).toContain(BLOCK);
    // One block: the heading once.
    expect(first.log.split('broken-link:').length).toBe(2);
    const page = await readFile(join(root, 'dist/posts/2026/moved/index.html'), 'utf8');
    expect(page).toContain('href="/zh-cn/posts/gluten"');
    const built = await siteDigest(join(root, 'dist'));

    // Nothing changed: Astro copies the pages from its cache, and their links are still checked.
    const again = await buildLogged(root);
    expect(again.error).toBeUndefined();
    expect(again.log).toContain(BLOCK);
    expect(await siteDigest(join(root, 'dist'))).toEqual(built);
    // ...from what the build that rendered them recorded (a copied page runs no middleware, and dist/ is not read back):
    // a link written into that record is reported, so the page was copied and the record read.
    const recordFile = join(root, '.cache/throughline/page-links.json');
    const record = JSON.parse(await readFile(recordFile, 'utf8'));
    expect(record.astro).toEqual(expect.any(String));
    record.pages['posts/2026/moved'].links.push('/only-in-the-record/');
    await writeFile(recordFile, JSON.stringify(record));
    expect((await buildLogged(root)).log).toContain('    /only-in-the-record/ → no such page or file');
    // Without a record, the copied pages are read back from the build: the same block.
    await rm(recordFile);
    expect((await buildLogged(root)).log).toContain(BLOCK);

    // In Chinese under a Chinese locale.
    const zh = await buildLogged(root, { LANG: 'zh_CN.UTF-8' });
    expect(zh.log).toContain('broken-link：2 篇文章的正文里有 5 个链接指向构建出的网站上不存在的页面或文件');
    expect(zh.log).toContain('    /zh-cn/posts/gluten → 没有这个页面或文件；可能是 /posts/2026/gluten/');

    // An error: the build fails with the block, and dist/ stays as it was.
    const plannerFile = join(root, 'content/planner.json');
    const planner = JSON.parse(await readFile(plannerFile, 'utf8'));
    await writeFile(plannerFile, JSON.stringify({ ...planner, portfolio: { ...planner.portfolio, brokenLinks: 'error' } }, null, 2));
    const failed = await buildLogged(root);
    expect(failed.error?.message).toContain('broken-link: 5 links in the body of 2 posts');
    expect(failed.error?.message).toContain('The build fails on them');
    expect(await siteDigest(join(root, 'dist'))).toEqual(built);

    // Ignored: not a word, and the same pages as with the warning.
    await writeFile(plannerFile, JSON.stringify({ ...planner, portfolio: { ...planner.portfolio, brokenLinks: 'ignore' } }, null, 2));
    const quiet = await buildLogged(root);
    expect(quiet.error).toBeUndefined();
    expect(quiet.log).not.toContain('broken-link');
    expect(await siteDigest(join(root, 'dist'))).toEqual(built);

    // The environment overrides planner.json for one build (CI): THROUGHLINE_BROKEN_LINKS=error.
    const ci = await buildLogged(root, { THROUGHLINE_BROKEN_LINKS: 'error' });
    expect(ci.error?.message).toContain('broken-link: 5 links');
    expect(ci.error?.message).toContain('The build fails on them (THROUGHLINE_BROKEN_LINKS=error)');
  }, 300_000);

  it("take Astro's base path into account: a link must be under it", async () => {
    const root = await makeRoot('tl-links-base-');
    roots.push(root);
    await writeFile(join(root, 'content/posts/2026/moved.md'), [
      '---\ntitle: A moved post\nchannel: blog\nstatus: published\npublishedAt: 2026-09-28\n---\n',
      'Fine: [with the base](/blog/posts/2026/gluten/), [relative](../gluten/), [absolute](https://example.com/blog/posts/2026/crust/), [from the root](/posts/2026/crust/).',
      'Broken: [the host without the base](https://example.com/posts/2026/gluten/), [old](/blog/zh-cn/posts/gluten).\n',
    ].join('\n'));
    const { log, error } = await buildLogged(root, {}, '/blog');
    expect(error).toBeUndefined();
    // A root path, written as the site names its pages, is put under the base (pages/_lib/body-base.ts).
    expect(await readFile(join(root, 'dist/posts/2026/moved/index.html'), 'utf8')).toContain('href="/blog/posts/2026/crust/"');
    expect(log).toContain([
      'broken-link: 2 links in the body of 1 post lead to no page or file of the built site',
    ].join('\n'));
    expect(log).toContain([
      '  content/posts/2026/moved.md (2 links)',
      "    https://example.com/posts/2026/gluten/ → outside the site's base path; probably /blog/posts/2026/gluten/",
      '    /blog/zh-cn/posts/gluten → no such page or file; probably /blog/posts/2026/gluten/',
    ].join('\n'));
  }, 120_000);

  it("shows no contents box on a post that writes its own table of contents, and reports the dead links of such a list as places the page doesn't have", async () => {
    const root = await makeRoot('tl-links-own-toc-');
    roots.push(root);
    const post = (name: string, title: string, body: string) => writeFile(join(root, `content/posts/2026/${name}.md`), `---\ntitle: ${title}\nchannel: blog\nstatus: published\npublishedAt: 2026-09-2${name.length % 8}\n---\n\n${body}\n`);
    const sections = '## 做法\n\nBraise it.\n\n## Tips\n\nSlowly.\n\n## Serving\n\nHot.\n';
    // Pasted from a Hexo blog: a 目录 paragraph, then links to the headings (percent-encoded as pasted).
    await post('own-list', 'Its own list', `目录\n\n*   [做法](#%E5%81%9A%E6%B3%95)\n*   [Tips](#tips)\n*   [Serving](#serving)\n\n${sections}`);
    // Pasted from another site: the links name anchors this page never had.
    await post('dead-list', 'Its own dead list', `**Contents**\n\n- [做法](#t0)\n- [Tips](#Tutorial-Joins)\n- [Serving](#u8282_1)\n\n${sections}`);
    await post('plain', 'No list of its own', `Intro with [one link](#tips).\n\n${sections}`);
    const { log, error } = await buildLogged(root);
    expect(error).toBeUndefined();
    const page = (name: string) => readFile(join(root, `dist/posts/2026/${name}/index.html`), 'utf8');
    expect(await page('plain')).toContain('<nav class="toc"');
    // The author's list stays, the box goes.
    for (const [name, ownLink] of [['own-list', 'href="#tips"'], ['dead-list', 'href="#u8282_1"']]) {
      const html = await page(name!);
      expect(html).not.toContain('<nav class="toc"');
      expect(html).toContain(ownLink);
    }
    expect(log).toContain([
      '  content/posts/2026/dead-list.md (3 links)',
      "    #t0, #Tutorial-Joins, #u8282_1 → each a place in this page that isn't there (no heading or id by that name: likely pasted from another site with the text)",
    ].join('\n'));
    expect(log).not.toContain('own-list.md');
    expect(log).not.toContain('plain.md');
  }, 120_000);
});
