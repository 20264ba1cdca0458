/**
 * The posts the build check read are handed to the posts loader of the same build (build-posts.ts)
 * instead of being read again, once, and only for the root they were read from.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPostsFor, offerBuildPosts, withdrawBuildPosts } from '../../src/integration/build-posts.ts';
import throughline from '../../src/integration/index.ts';
import { publishedPostsLoader } from '../../src/integration/published-loader.ts';
import { readProject } from '../../src/store/project.ts';

const ROOT = fileURLToPath(new URL('../fixtures/roots/portfolio/', import.meta.url)).replace(/\/$/, '');
const CRUST = 'content/posts/2026/crust.md';

/** The part of Astro's LoaderContext the loader uses: entries are kept with the text they were read from. */
function fakeContext() {
  const entries = new Map<string, { id: string; body: string; digest: string; filePath: string; data: unknown }>();
  const context = {
    store: { get: (id: string) => entries.get(id), set: (e: { id: string; body: string; digest: string; filePath: string; data: unknown }) => entries.set(e.id, e), keys: () => entries.keys(), delete: (id: string) => entries.delete(id) },
    generateDigest: (text: string) => text,
    parseData: async ({ data }: { data: unknown }) => data,
    entryTypes: new Map([['.md', { getEntryInfo: async ({ contents }: { contents: string }) => ({ body: contents, data: {} }) }], ['.mdx', { getEntryInfo: async ({ contents }: { contents: string }) => ({ body: contents, data: {} }) }]]),
    logger: { error() {} },
  };
  return { context, entries };
}

afterEach(() => withdrawBuildPosts());

describe('the posts a build check read, offered to the build', () => {
  it('are there for the root they were read from until withdrawn', async () => {
    const texts = new Map<string, string>();
    const { planner, posts } = await readProject(ROOT, { texts });
    expect(texts.get(CRUST)).toBe(readFileSync(`${ROOT}/${CRUST}`, 'utf8'));
    offerBuildPosts({ root: ROOT, planner, posts, texts });
    expect(buildPostsFor('/elsewhere')).toBeUndefined();
    expect(buildPostsFor(ROOT)?.posts).toBe(posts);
    withdrawBuildPosts();
    expect(buildPostsFor(ROOT)).toBeUndefined();
  });

  it('are withdrawn when `astro dev` starts in the same process, so its pages never show a build\'s reading', async () => {
    const texts = new Map<string, string>();
    const { planner, posts } = await readProject(ROOT, { texts });
    // `astro dev` of the project itself (its studio routes are listed from its src/).
    const project = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
    offerBuildPosts({ root: project, planner, posts, texts });
    const setup = throughline().hooks['astro:config:setup']!;
    const noop = () => undefined;
    const config = { root: pathToFileURL(`${project}/`), cacheDir: pathToFileURL(`${project}/.cache-never-written/`) };
    const env = { ...process.env };
    try {
      await setup({ command: 'dev', config, updateConfig: noop, injectRoute: noop, addMiddleware: noop, addDevToolbarApp: noop, logger: { info: noop, warn: noop, error: noop } } as never);
    } finally {
      process.env = env;
    }
    expect(buildPostsFor(project)).toBeUndefined();
  });

  it('give the loader its files\' text without reading them again, for its first sync only', async () => {
    const texts = new Map<string, string>();
    const { planner, posts } = await readProject(ROOT, { texts });
    // A text the disk does not hold: an entry with it was not read from the file.
    texts.set(CRUST, `${texts.get(CRUST)}\nOFFERED`);
    offerBuildPosts({ root: ROOT, planner, posts, texts });
    const { context, entries } = fakeContext();
    await publishedPostsLoader({ root: () => ROOT }).load(context as never);
    expect(entries.get('2026/crust')?.body).toContain('OFFERED');
    // Drafts are still left out.
    expect([...entries.keys()].some((id) => id.startsWith('drafts/'))).toBe(false);
    // Nothing offered (`astro dev`, whose start withdraws a build's posts): the file as it is.
    withdrawBuildPosts();
    const again = fakeContext();
    await publishedPostsLoader({ root: () => ROOT }).load(again.context as never);
    expect(again.entries.get('2026/crust')?.body).not.toContain('OFFERED');
    expect([...again.entries.keys()].sort()).toEqual([...entries.keys()].sort());
  });
});
