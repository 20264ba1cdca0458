/**
 * Astro keeps each post's rendered HTML under the digest the loader gives it. A change of the
 * Markdown plugins' code must make that digest differ, or an updated plugin never reaches the
 * pages of posts whose text did not change.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedPostsLoader } from '../../src/integration/published-loader.ts';
import { entryDataKey, markdownRenderKey, MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';
import { importClosure } from '../../src/store/cache-files.ts';

const ROOT = fileURLToPath(new URL('../fixtures/roots/portfolio/', import.meta.url)).replace(/\/$/, '');

type Entry = { id: string; digest: string; filePath: string; rendered?: unknown };

/** The part of Astro's LoaderContext the loader uses, with a Markdown entry type that counts its renderings. */
function fakeContext(entries = new Map<string, Entry>()) {
  let renders = 0;
  const info = { getEntryInfo: async ({ contents }: { contents: string }) => ({ body: contents, data: {} }) };
  const context = {
    store: { get: (id: string) => entries.get(id), set: (e: Entry) => entries.set(e.id, e), keys: () => entries.keys(), delete: (id: string) => entries.delete(id) },
    generateDigest: (text: string) => text,
    parseData: async ({ data }: { data: unknown }) => data,
    entryTypes: new Map([
      ['.md', { ...info, getRenderFunction: async () => async () => ({ html: `render ${++renders}`, metadata: {} }) }],
      ['.mdx', { ...info, contentModuleTypes: '' }],
    ]),
    addModuleImport() {},
    logger: { error() {} },
  };
  (context.store as Record<string, unknown>).addModuleImport = () => {};
  return { context, entries, renders: () => renders };
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('stored renderings and the Markdown plugins', () => {
  it('an unchanged post is not rendered again by the same code', async () => {
    const first = fakeContext();
    await publishedPostsLoader({ root: () => ROOT }).load(first.context as never);
    expect(first.renders()).toBeGreaterThan(0);
    const again = fakeContext(first.entries);
    await publishedPostsLoader({ root: () => ROOT }).load(again.context as never);
    expect(again.renders()).toBe(0);
  });

  it('a post rendered by other plugin code is rendered again', async () => {
    const first = fakeContext();
    await publishedPostsLoader({ root: () => ROOT }).load(first.context as never);
    const markdown = [...first.entries.values()].filter((e) => e.filePath.endsWith('.md'));
    expect(markdown.length).toBeGreaterThan(0);
    // As stored by a build whose plugins differed: the same text, another digest.
    for (const entry of markdown) entry.digest = readFileSync(join(ROOT, entry.filePath), 'utf8');
    const again = fakeContext(first.entries);
    await publishedPostsLoader({ root: () => ROOT }).load(again.context as never);
    expect(again.renders()).toBe(markdown.length);
  });

  // The stored entry holds the frontmatter as the collection's schema read it, too. After an
  // update that reads one more key (Hugo Ananke's featured_image as the cover), a trial project's
  // next build kept the data stored by the older schema: 7 posts without their covers until the
  // cache folder was deleted.
  it('a post whose frontmatter was read by other schema code is read again', async () => {
    const first = fakeContext();
    await publishedPostsLoader({ root: () => ROOT }).load(first.context as never);
    const markdown = [...first.entries.values()].filter((e) => e.filePath.endsWith('.md'));
    // As stored by a build with the same plugins and another schema.
    for (const entry of markdown) entry.digest = `${readFileSync(join(ROOT, entry.filePath), 'utf8')}\0${markdownRenderKey()}`;
    const again = fakeContext(first.entries);
    await publishedPostsLoader({ root: () => ROOT }).load(again.context as never);
    expect(again.renders()).toBe(markdown.length);
  });

  it('the schema key follows the text of the collection config and of what it imports', () => {
    dir = mkdtempSync(join(tmpdir(), 'data-key-'));
    const config = join(dir, 'content.config.ts');
    writeFileSync(join(dir, 'schema.ts'), "export const keys = ['ogImage'];\n");
    writeFileSync(config, "import { keys } from './schema.ts';\nexport default keys;\n");
    const key = entryDataKey([pathToFileURL(config)]);
    writeFileSync(join(dir, 'schema.ts'), "export const keys = ['ogImage', 'featured_image'];\n");
    expect(entryDataKey([pathToFileURL(config)])).not.toBe(key);
    expect(entryDataKey()).not.toBe(key);
  });

  it('the key follows the text of a plugin and of what it imports', () => {
    dir = mkdtempSync(join(tmpdir(), 'render-key-'));
    const plugin = join(dir, 'plugin.ts');
    writeFileSync(join(dir, 'helper.ts'), 'export const a = 1;\n');
    writeFileSync(plugin, "import { a } from './helper.ts';\nexport default a;\n");
    const key = markdownRenderKey([pathToFileURL(plugin)]);
    expect(markdownRenderKey([pathToFileURL(plugin)])).toBe(key);
    writeFileSync(join(dir, 'helper.ts'), 'export const a = 2;\n');
    expect(markdownRenderKey([pathToFileURL(plugin)])).not.toBe(key);
    expect(markdownRenderKey(MARKDOWN_PLUGIN_MODULES)).not.toBe(key);
  });
});

describe('the modules the key reads', () => {
  it('hold every plugin astro.config.mjs hands to the Markdown processor', () => {
    const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
    const lists = [...config.matchAll(/(?:mdastPlugins|hastPlugins)\s*:\s*\[([^\]]*)\]/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().replace(/^\.\.\./, '')).filter(Boolean));
    expect(lists).toContain('htmlImages');
    // A spread list (...BODY_FIXES) is named by its list.
    expect(lists).toContain('BODY_FIXES');
    const from = (name: string) => config.match(new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'([^']+)'`))![1]!;
    const read = new Set(MARKDOWN_PLUGIN_MODULES.flatMap((m) => [...importClosure(m).keys()]));
    const missing = lists.map((name) => new URL(from(name), new URL('../../astro.config.mjs', import.meta.url)).href).filter((href) => !read.has(href));
    expect(missing).toEqual([]);
  });
});
