/**
 * The Throughline Astro integration: the studio's routes exist only under `astro dev`, and
 * `astro build` checks planner.json and the posts first, failing with file and field.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listStudioRoutes } from './studio-routes.ts';
import { runBuildCheck } from './build-check.ts';

/** The studio's address for the dev server's listening address: localhost for a loopback one (the studio answers only there). */
export function studioUrl(address: { address: string; port: number }): string {
  const loopback = ['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1'].includes(address.address);
  const host = loopback ? 'localhost' : address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/studio`;
}

export default function throughline(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'throughline',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, addMiddleware, addDevToolbarApp }) => {
        root = fileURLToPath(config.root);
        process.env.THROUGHLINE_ROOT = root;
        if (command !== 'dev') return;
        for (const route of listStudioRoutes(root)) injectRoute({ ...route, prerender: false });
        addMiddleware({ entrypoint: new URL('../studio/middleware.ts', import.meta.url), order: 'pre' });
        addDevToolbarApp({
          id: 'throughline-flags',
          name: 'Throughline flags',
          icon: 'warning',
          entrypoint: new URL('../studio/toolbar/flags-app.ts', import.meta.url),
        });
      },
      'astro:server:start': ({ address, logger }) => {
        // The studio's Host check compares against the port the dev server really listens on.
        process.env.THROUGHLINE_STUDIO_PORT = String(address.port);
        // Astro's banner names the portfolio's root; the studio is what `npm start` is for.
        logger.info(`studio: ${studioUrl(address)}`);
      },
      'astro:build:start': async ({ logger }) => {
        await runBuildCheck(root, logger);
      },
    },
  };
}
