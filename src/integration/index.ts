/**
 * The Throughline Integration for Astro: the studio's routes exist only under `astro dev`, and
 * `astro build` checks planner.json and the posts before any content is loaded (failing with
 * file and field, the same verdict as `check`), builds into a temp folder and puts it in
 * place only when the build has finished (atomic-out-dir.ts).
 */
import { copyFile, readFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { startBuildingFor, swapIntoPlace } from './atomic-out-dir.ts';
import { refusal, startBuildCheck } from './build-check.ts';
import { offerBuildPosts, withdrawBuildPosts } from './build-posts.ts';
import { dueCards } from '../pages/_lib/social/due-cards.ts';
import { devUrlGuard } from './dev-url-guard.ts';
import { devPlannerGuard } from './dev-planner-guard.ts';
import { SEARCH_DIR, sourcePathOf, startSearchIndex, type SearchIndexer } from './search-index.ts';
import { LINK_PAGE_HANDOFF, SEARCH_PAGE_HANDOFF, withdrawPageTaker } from './page-handoff.ts';
import { brokenLinkMode, brokenLinksReport, startLinkCheck, type CheckedPost, type LinkCheck } from './link-check.ts';
import { localeLanguage } from '../core/language.ts';
import { shownFile } from '../cli/shown-path.ts';
import type { BrokenLinkMode } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import { defaultCacheDir } from '../pages/_lib/social/render.ts';
import { pruneSocialCache, startSocialImages, writeSocialImages, type SocialImagePool } from './social-images.ts';
import { listStudioRoutes } from './studio-routes.ts';
import { warmDevServer } from './dev-warmup.ts';
import { startIncrementalBuild, type IncrementalBuild } from './incremental-build.ts';
import { pageInputsKey } from './page-inputs-key.ts';
import { isOnPortfolio } from '../core/portfolio.ts';
import { postSlug } from '../core/post-slug.ts';
import { draftOnlyPublicFiles } from '../store/draft-only-files.ts';
import { HOST_RULES_FILE, hostLimits, leftOutRules, ownRulesIn, ownRulesOver, ownRulesOverText } from '../core/redirects/host-rules.ts';
import { takeUnknownLanguages, unknownLanguagesLine } from '../pages/_lib/code-languages.ts';
import { routeLog } from './route-log.ts';

/**
 * This install's icon, which every page links as /favicon.svg (components/BaseLayout.astro) and
 * /favicon.ico draws (pages/favicon.ico.ts): copied into a site whose public/ has none of its own
 * (`npm run build -- --root DIR` with a DIR/public/ of its files), where the link went to a 404.
 */
const INSTALL_FAVICON = fileURLToPath(new URL('../../public/favicon.svg', import.meta.url));

const SITE_URL_UNSET = {
  en: 'SITE_URL is not set: pages keep relative links and leave out canonical, og:url and og:image, and no feeds (RSS, Atom, JSON Feed need absolute addresses) or sitemap are written. Build with SITE_URL=https://your.site npm run build',
  zh: '没有设置 SITE_URL：页面使用相对链接，不写 canonical、og:url 和 og:image，也不生成订阅源（RSS、Atom、JSON Feed 需要绝对地址）和站点地图。请这样构建：SITE_URL=https://your.site npm run build',
};

/** The studio's address for the dev server's listening address: localhost for a loopback one (the studio answers only there). */
export function studioUrl(address: { address: string; port: number }): string {
  const loopback = ['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1'].includes(address.address);
  const host = loopback ? 'localhost' : address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/studio`;
}

/**
 * Every post as the link check knows it: its page's path and built file, its aliases, whether it
 * is on the site (and if not, why), its file named as the build check names files (from where
 * `npm run build -- --root DIR` was typed).
 */
function checkedPosts(posts: readonly Post[], onPortfolio: ReadonlySet<Post>, root: string): CheckedPost[] {
  const typedFrom = process.env.THROUGHLINE_TYPED_FROM;
  return posts.map((post) => {
    const slug = postSlug(post.id);
    const { status, aliases } = post.data;
    const unpublished = onPortfolio.has(post) ? null : status === 'published' ? 'later' : status;
    return {
      path: `/posts/${slug}/`,
      page: `posts/${slug}/index.html`,
      file: typedFrom ? shownFile(root, post.file, [], typedFrom) : post.file,
      aliases: aliases ?? [],
      unpublished,
    };
  });
}

export default function throughline(): AstroIntegration {
  let root = process.cwd();
  let command = 'dev';
  let outDir: string | undefined;
  let building: string | undefined;
  let search: SearchIndexer | undefined;
  let checked: Awaited<ReturnType<typeof startBuildCheck>> | undefined;
  let publicDir: string | undefined;
  let socialImages: SocialImagePool | undefined;
  let astroCache: IncrementalBuild | undefined;
  /** Restores the build log that route-log.ts joins route lines in, at the end of the build. */
  let stopRouteLog: (() => void) | undefined;
  let links: LinkCheck | undefined;
  let onPortfolio: ReadonlySet<Post> = new Set();
  let linkMode: BrokenLinkMode = 'warn';
  let base: string | undefined;
  let installRoot: string | undefined;
  let devServer: ViteDevServer | undefined;
  return {
    name: 'throughline',
    hooks: {
      'astro:config:setup': async ({ command: setupCommand, config, updateConfig, injectRoute, addMiddleware, addDevToolbarApp, logger }) => {
        // `npm run build -- --root DIR` (cli/build.mjs) and `npm start -- --root DIR` (cli/start.mjs): DIR's content, with this install.
        root = process.env.THROUGHLINE_BUILD_ROOT || fileURLToPath(config.root);
        command = setupCommand;
        process.env.THROUGHLINE_ROOT = root;
        // The published site's base (SITE_URL's path), before `astro dev` serves at the root: absolute
        // addresses (canonical, og:url, the studio's calendar address) name the site as published.
        process.env.THROUGHLINE_PUBLIC_BASE = config.base;
        // Set before the check's child process starts (it reads the Chinese data cached there), not only at config:done.
        process.env.THROUGHLINE_CACHE_DIR = join(fileURLToPath(config.cacheDir), 'throughline');
        // A previous build's posts and search index in this process are never this command's.
        withdrawBuildPosts();
        withdrawPageTaker(SEARCH_PAGE_HANDOFF);
        withdrawPageTaker(LINK_PAGE_HANDOFF);
        if (command === 'build') {
          // Before the content layer loads anything: the same verdict as `check`.
          publicDir = config.publicDir && fileURLToPath(config.publicDir);
          checked = await startBuildCheck(root, logger, process.env, process.env.THROUGHLINE_CACHE_DIR, publicDir);
          // Links in post bodies: portfolio.brokenLinks, or THROUGHLINE_BROKEN_LINKS for this build; a bad value stops it now.
          const mode = brokenLinkMode(checked.read.planner.portfolio?.brokenLinks, process.env);
          if (typeof mode !== 'string') throw refusal(checked.say(mode[localeLanguage(process.env)]));
          linkMode = mode;
          // The loader and the card pool take these posts instead of reading every file again.
          const incremental = config.experimental?.incrementalBuild === true;
          offerBuildPosts(incremental ? { ...checked.read, pageInputs: pageInputsKey(root, checked.read.texts, process.env) } : checked.read);
          if (incremental) astroCache = startIncrementalBuild(fileURLToPath(config.cacheDir), process.env.THROUGHLINE_CACHE_DIR, sourcePathOf);
          outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
          building = startBuildingFor(outDir);
          // A URL, as in the resolved config: the validation after this hook does not resolve strings.
          updateConfig({ outDir: pathToFileURL(`${building}/`) });
          // Cleans each page and hands its HTML to the search index as it is rendered.
          addMiddleware({ entrypoint: new URL('./control-chars-middleware.ts', import.meta.url), order: 'post' });
          return;
        }
        if (command !== 'dev') return;
        // The studio and its preview of the pages stay at the root whatever SITE_URL's path (the
        // built site's base): the studio is not published, and its own links are root paths.
        if (config.base !== '/') {
          logger.info(`SITE_URL's path ${config.base} applies to the built site; the studio and the pages it previews are served at the root`);
          updateConfig({ base: '/' });
        }
        // Pages that differ under the dev server (the search page has no index there) ask this, not
        // import.meta.env.DEV, which a build run inside a test runner (NODE_ENV=test) also sets.
        updateConfig({ vite: { plugins: [devUrlGuard(), devPlannerGuard(root)], define: { 'import.meta.env.THROUGHLINE_DEV_SERVER': 'true' } } });
        // The first studio and portfolio pages waited on Vite transforming their modules: done in
        // the idle seconds after "ready" (astro:server:start, dev-warmup.ts), with each module's imports.
        installRoot = fileURLToPath(config.root);
        updateConfig({ vite: { environments: { ssr: { dev: { preTransformRequests: true } } } } });
        // The studio's pages are this install's (`npm start -- --root DIR` serves DIR's content with them).
        for (const route of listStudioRoutes(fileURLToPath(config.root))) injectRoute({ ...route, prerender: false });
        addMiddleware({ entrypoint: new URL('../studio/middleware.ts', import.meta.url), order: 'pre' });
        // The portfolio pages under astro dev show what the build will write.
        addMiddleware({ entrypoint: new URL('./control-chars-middleware.ts', import.meta.url), order: 'post' });
        addDevToolbarApp({
          id: 'throughline-flags',
          name: 'Throughline flags',
          icon: 'warning',
          entrypoint: new URL('../studio/toolbar/flags-app.ts', import.meta.url),
        });
      },
      'astro:server:setup': ({ server }) => {
        devServer = server;
      },
      'astro:server:start': ({ address, logger }) => {
        if (devServer && installRoot) warmDevServer(devServer, installRoot);
        // The studio's Host check compares against the port the dev server really listens on.
        process.env.THROUGHLINE_STUDIO_PORT = String(address.port);
        // Astro's banner names the portfolio's root; the studio is what `npm start` is for.
        logger.info(`studio: ${studioUrl(address)}`);
      },
      'astro:config:done': ({ config, logger }) => {
        if (!config.site && command === 'build') logger.warn((checked?.say ?? String)(SITE_URL_UNSET[localeLanguage(process.env)]));
        base = config.base;
        // The base every link of the pages is written under (pages/_lib/urls.ts siteBase; `/` under astro dev).
        process.env.THROUGHLINE_BASE = config.base;
        // Social images are cached by content hash beside Astro's own cache (node_modules/.astro).
        process.env.THROUGHLINE_CACHE_DIR = join(fileURLToPath(config.cacheDir), 'throughline');
        if (command === 'build' && outDir) {
          // The post pages, the only ones with a search body (data-pagefind-body), in the order Pagefind takes them.
          const posts = checked ? checked.read.posts.filter((post) => isOnPortfolio(post, checked!.read.planner, checked!.read.now)) : [];
          onPortfolio = new Set(posts);
          search = startSearchIndex(join(process.env.THROUGHLINE_CACHE_DIR, 'search-index.json'), outDir, astroCache, posts.map((post) => `posts/${postSlug(post.id)}/index.html`));
          if (linkMode !== 'ignore') links = startLinkCheck(join(process.env.THROUGHLINE_CACHE_DIR, 'page-links.json'), config.site, astroCache);
        }
        // Drawn on the other cores while Astro loads the posts and renders the pages on this one.
        if (command === 'build' && checked) {
          const { planner, posts, now } = checked.read;
          socialImages = startSocialImages(root, defaultCacheDir(), now, dueCards(planner, posts, now));
        }
      },
      // Each page's route and render time on one line of the build log (route-log.ts).
      'astro:build:start': ({ logger }) => {
        // A build of this process that failed never reached astro:build:done to restore it.
        stopRouteLog?.();
        stopRouteLog = routeLog(logger);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        stopRouteLog?.();
        stopRouteLog = undefined;
        // Into the folder being built (`dir`), before it is put in place.
        // Pagefind writes its bundle in a process of its own while the images are placed.
        // Pages Astro copied from its incremental cache ran no code: their card and index entry are handed over again.
        const rendered = search?.rendered() ?? new Set<string>();
        const restored = [...new Set(pages.map((p) => sourcePathOf(p.pathname)))].filter((file) => !rendered.has(file));
        astroCache?.requeue(restored);
        const [cards, searchIndex] = await Promise.all([writeSocialImages(dir, logger, socialImages), search?.finish(fileURLToPath(dir), logger, restored)]);
        withdrawBuildPosts();
        // The build check's flags, computed beside the build, are printed before it is put in place.
        await checked?.flagged;
        // Fence languages Shiki does not know, shown as plain code: one line, not Shiki's one per block.
        const unknownLanguages = takeUnknownLanguages();
        if (unknownLanguages.length > 0) logger.info(unknownLanguagesLine(unknownLanguages));
        if (!building || !outDir) return;
        // Astro copied public/ whole: what only unpublished posts show leaves before the site is in place.
        if (checked && publicDir) {
          const { planner, posts, now } = checked.read;
          const left = await draftOnlyPublicFiles(publicDir, posts, (post) => isOnPortfolio(post, planner, now), JSON.stringify(planner));
          await Promise.all(left.map((path) => rm(join(building!, path), { force: true })));
          if (left.length) logger.info(`public/: ${left.length === 1 ? 'a file' : `${left.length} files`} only unpublished posts show ${left.length === 1 ? 'is' : 'are'} left out of the site until a post that shows ${left.length === 1 ? 'it' : 'them'} is published: ${left.join(', ')}`);
        }
        if (!existsSync(join(building, 'favicon.svg'))) await copyFile(INSTALL_FAVICON, join(building, 'favicon.svg'));
        // The host rules, public/_redirects's own first (pages/[hostRules].ts), in place of the copy of public/.
        // The project's own public/_redirects, as pages/[hostRules].ts read it and put it first: public/ is not read again.
        let own: string | undefined;
        if (existsSync(join(building, HOST_RULES_FILE))) {
          await rename(join(building, HOST_RULES_FILE), join(building, '_redirects'));
          const written = await readFile(join(building, '_redirects'), 'utf8');
          const leftOut = leftOutRules(written);
          if (leftOut) logger.info(`_redirects: ${leftOut}`);
          own = ownRulesIn(written);
        }
        // A public/_redirects over the host's limits by itself: the host refuses or cuts it whatever the build leaves out.
        const limits = hostLimits(process.env);
        const ownOver = own === undefined ? null : ownRulesOver(own, limits);
        if (ownOver) logger.warn((checked?.say ?? String)(ownRulesOverText(ownOver, limits, localeLanguage(process.env))));
        // Links in post bodies, against the finished folder: one warning block, or the build fails.
        if (links && checked) {
          const started = performance.now();
          const posts = checkedPosts(checked.read.posts, onPortfolio, root);
          let spent = performance.now() - started;
          const broken = await links.finish({ buildDir: building, pages: pages.map((p) => p.pathname), posts, base });
          const reported = performance.now();
          const found = brokenLinksReport(broken, localeLanguage(process.env), linkMode === 'error' && (process.env.THROUGHLINE_BROKEN_LINKS?.trim() ? 'env' : 'planner'));
          const report = found && checked.say(found);
          spent += performance.now() - reported;
          if (report && linkMode === 'error') throw refusal(report);
          if (report) logger.warn(report);
          logger.debug(`links: post bodies checked in ${(spent + links.spent()).toFixed(1)} ms of this thread once the pages were written`);
        }
        swapIntoPlace(building, outDir, searchIndex === 'reused' ? [SEARCH_DIR] : []);
        search?.record(outDir);
        links?.record();
        astroCache?.finished(cards);
        // Only now that the build succeeded: cards no current page uses leave the cache.
        const pruned = await pruneSocialCache(defaultCacheDir());
        if (pruned) logger.info(`social images: ${pruned} cached cards no page uses removed`);
        logger.info(`the finished build is now ${outDir} (it was written to ${building}, so a failed build leaves no partial site)`);
      },
    },
  };
}
