/**
 * The Throughline Astro integration: the studio's routes exist only under `astro dev`, and
 * `astro build` checks planner.json and the posts first, failing with file and field.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listStudioRoutes } from './studio-routes.ts';
import { runBuildCheck } from './build-check.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeSocialImages } from './social-images.ts';

const SITE_URL_UNSET =
  'SITE_URL is not set: pages keep relative links and leave out canonical, og:url and og:image, feeds use relative links, and no sitemap is written. Build with SITE_URL=https://your.site npm run build';

export default function throughline(): AstroIntegration {
  let root = process.cwd();
  let command = 'dev';
  return {
    name: 'throughline',
    hooks: {
      'astro:config:setup': ({ command: setupCommand, config, injectRoute, addMiddleware, addDevToolbarApp }) => {
        root = fileURLToPath(config.root);
        command = setupCommand;
        process.env.THROUGHLINE_ROOT = root;
        if (setupCommand !== 'dev') return;
        for (const route of listStudioRoutes(root)) injectRoute({ ...route, prerender: false });
        addMiddleware({ entrypoint: new URL('../studio/middleware.ts', import.meta.url), order: 'pre' });
        addDevToolbarApp({
          id: 'throughline-flags',
          name: 'Throughline flags',
          icon: 'warning',
          entrypoint: new URL('../studio/toolbar/flags-app.ts', import.meta.url),
        });
      },
      'astro:server:start': ({ address }) => {
        // The studio's Host check compares against the port the dev server really listens on.
        process.env.THROUGHLINE_STUDIO_PORT = String(address.port);
      },
      'astro:config:done': ({ config, logger }) => {
        if (!config.site && command === 'build') logger.warn(SITE_URL_UNSET);
        // Social images are cached by content hash beside Astro's own cache (node_modules/.astro).
        process.env.THROUGHLINE_CACHE_DIR = join(fileURLToPath(config.cacheDir), 'throughline');
      },
      'astro:build:start': async ({ logger }) => {
        await runBuildCheck(root, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeSocialImages(dir, logger);
        await writeSearchIndex(dir, logger);
      },
    },
  };
}
