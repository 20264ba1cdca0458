/**
 * The posts collection's loader: only posts that belong on the portfolio (src/core/portfolio.ts:
 * published, and dated no later than now) ever enter Astro's content store. An idea, draft,
 * scheduled or future-dated post is never parsed by Astro, never rendered or compiled (a
 * broken draft .mdx cannot break the build), and its images are never imported, so no word,
 * image or module of it can reach dist/.
 *
 * Which files qualify is decided by the store's own listing (src/store/posts.ts), the one
 * `check` and the build check use, so the three agree: a file `check` reports as a problem
 * (bad frontmatter, twin id, odd entry) is left out here and stops the build in the build check.
 * Each chosen file is then loaded as Astro's glob() loader loads one: the entry type of its
 * extension reads it, `parseData` validates it, markdown is rendered and MDX deferred.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import pLimit from 'p-limit';
import { findReferenceErrors } from '../core/reference-errors.ts';
import { isCopy } from '../core/copies.ts';
import { isOnPortfolio } from '../core/portfolio.ts';
import { mathJaxToDollars } from '../core/tex-math.ts';
import { texInHtml } from '../pages/_lib/tex-math.ts';
import { readPlanner } from '../store/planner-store.ts';
import { POSTS_DIR } from '../store/post-paths.ts';
import { listPosts } from '../store/posts.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import { buildPostsFor, notePortfolioEntries, type BuildPosts } from './build-posts.ts';
import { entryDataKey, markdownRenderKey } from './render-key.ts';

/** The part of an Astro content entry type this loader uses (as glob() does). */
interface EntryType {
  getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<{ body: string; data: Record<string, unknown> }>;
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(entry: Record<string, unknown>) => Promise<{ metadata?: { imagePaths?: string[] } }>>;
  contentModuleTypes?: unknown;
}

/** Files under content/posts (relative, `/`-separated) that belong on a portfolio built at `now`. */
export async function listPortfolioFiles(root: string, now: number): Promise<string[]> {
  const planner = await readPlanner(root).catch(() => null);
  // A broken planner stops the build in the build check, with file and field.
  if (!planner) return [];
  const { posts } = await listPosts(root);
  return portfolioFiles(planner, posts, now);
}

/**
 * Of `posts` (as listPosts gives them), the files (relative to content/posts) on the portfolio at
 * `now` that have a page: a copy (`copyOf`, core/copies.ts) is shown on its original's page.
 */
export function portfolioFiles(planner: Planner, posts: Post[], now: number): string[] {
  // A post naming an unknown channel, pillar or original is an error of `check` and the build check.
  const broken = new Set(findReferenceErrors(planner, posts).map((e) => e.file));
  return posts.filter((post) => !broken.has(post.file) && !isCopy(post) && isOnPortfolio(post, planner, now)).map((post) => post.file.slice(POSTS_DIR.length + 1));
}

/** The loader; `root` is the folder holding content/, `now` the build's moment. */
export function publishedPostsLoader(opts: { root: () => string; now?: () => number }): Loader {
  return {
    name: 'throughline-published-posts',
    load: async (context) => {
      // One sync at a time; a burst of file events while one runs makes one more, not one each.
      let running = Promise.resolve();
      let queued: Promise<void> | null = null;
      let first = true;
      const sync = () =>
        (queued ??= running = running
          .catch(() => undefined)
          .then(() => {
            queued = null;
            // The first sync of a build uses the build check's reading (build-posts.ts); a later one, the files as they are.
            const read = first ? buildPostsFor(opts.root()) : undefined;
            first = false;
            return syncPublished(context, opts.root(), (opts.now ?? Date.now)(), read);
          }));
      await sync();
      if (!context.watcher) return;
      // Under `astro dev` a post edited, published or unpublished in any editor is picked up.
      const root = opts.root();
      context.watcher.add(join(root, POSTS_DIR));
      context.watcher.on('all', (_event, path) => {
        const rel = relative(root, path).split('\\').join('/');
        if (rel === 'content/planner.json' || (rel.startsWith(`${POSTS_DIR}/`) && /\.mdx?$/.test(rel)))
          sync().catch((error: Error) => context.logger.error(`posts not reloaded: ${error.message}`));
      });
    },
  };
}

async function syncPublished(context: LoaderContext, root: string, now: number, read: BuildPosts | undefined): Promise<void> {
  const { store } = context;
  const files = read ? portfolioFiles(read.planner, read.posts, now) : await listPortfolioFiles(root, now);
  const keep = new Set(files.map((name) => name.replace(/\.mdx?$/, '')));
  // As glob() does: ten at a time.
  const limit = pLimit(10);
  await Promise.all(files.map((name) => limit(() => syncEntry(context, root, name, name.replace(/\.mdx?$/, ''), read?.texts.get(`${POSTS_DIR}/${name}`)))));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  notePortfolioEntries(root, keep.size);
}

/** `text`: the file's text when the build check has read it already. */
async function syncEntry(context: LoaderContext, root: string, name: string, id: string, text?: string): Promise<void> {
  const { store, config } = context;
  const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  const entryType = entryTypes?.get(name.endsWith('.mdx') ? '.mdx' : '.md');
  if (!entryType) throw new Error(`[throughline] no Astro entry type for ${POSTS_DIR}/${name} (is @astrojs/mdx installed?)`);
  const path = join(root, POSTS_DIR, name);
  const contents = text ?? (await readFile(path, 'utf8'));
  // The Markdown plugins' code counts too: Astro would keep HTML rendered by an older version of
  // them; and so does the schema's, or it would keep data read by an older version of it.
  const digest = context.generateDigest(`${contents}\0${markdownRenderKey()}\0${entryDataKey()}`);
  // Astro reads an entry's images from its filePath against Astro's root, which `npm run build --
  // --root DIR` keeps at this install while the posts are DIR's.
  const filePath = relative(config?.root ? fileURLToPath(config.root) : root, path).split('\\').join('/');
  const existing = store.get(id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    // As glob() does for an unchanged file: its module and images are imported again.
    if (existing.deferredRender) store.addModuleImport(existing.filePath);
    const assets = existing.assetImports;
    if (assets?.length) (store as typeof store & { addAssetImports(a: string[], f: string): void }).addAssetImports(assets, existing.filePath);
    return;
  }
  const fileUrl = pathToFileURL(path);
  const { body, data } = await entryType.getEntryInfo({ contents, fileUrl });
  const parsed = await context.parseData({ id, data, filePath: path });
  if (entryType.getRenderFunction) {
    const render = await entryType.getRenderFunction(config);
    // MathJax's \(…\) and \[…\] rendered as the dollars are, in raw HTML too (core/tex-math.ts); the body kept as written.
    const rendered = await render({ id, data, body: mathJaxToDollars(body, texInHtml), filePath: path, digest });
    store.set({ id, data: parsed, body, filePath, digest, rendered: rendered as never, assetImports: rendered?.metadata?.imagePaths });
  } else if ('contentModuleTypes' in entryType) {
    store.set({ id, data: parsed, body, filePath, digest, deferredRender: true });
  } else {
    store.set({ id, data: parsed, body, filePath, digest });
  }
}
