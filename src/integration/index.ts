/**
 * The Throughline Astro integration: the studio's routes exist only under `astro dev`, and
 * `astro build` checks planner.json and the posts first, failing with file and field.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listStudioRoutes } from './studio-routes.ts';
import { runBuildCheck } from './build-check.ts';

export default function throughline(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'throughline',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        root = fileURLToPath(config.root);
        process.env.THROUGHLINE_ROOT = root;
        if (command !== 'dev') return;
        for (const route of listStudioRoutes(root)) injectRoute({ ...route, prerender: false });
      },
      'astro:build:start': async ({ logger }) => {
        await runBuildCheck(root, logger);
      },
    },
  };
}
