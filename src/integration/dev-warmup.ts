/**
 * Under `astro dev` (`npm start`), the first studio page and the first portfolio page waited on
 * Vite transforming their modules (~500 for the studio's dashboard) and, for the portfolio, on
 * Astro's content layer loading one module per image a post shows (`.astro/content-assets.mjs`:
 * 1,084 in a 161-post Fuwari blog). Both are done here in the seconds the server would sit idle.
 * Vite transforms only (its environment API, `warmupRequest`): no module runs before a request
 * imports it, so every page answers as it did.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';

/**
 * The modules warmed first, as URLs under the install's root (its pages serve `npm start -- --root
 * DIR` too): the two pages `npm start` links (the studio's dashboard, and the portfolio's home under
 * Astro's banner) and the two middlewares every request goes through. With the 'ssr' environment's
 * `preTransformRequests` on (Vite's default for the browser, off for SSR; set by the integration),
 * each warmed module's static imports are transformed too, so their whole graphs are ready.
 */
export const DEV_WARMUP_URLS: readonly string[] = ['/src/studio/pages/index.astro', '/src/pages/index.astro', '/src/studio/middleware.ts', '/src/integration/control-chars-middleware.ts'];

/** How long after the server starts listening the content's images are warmed if no page has been asked for by then, in ms. */
const IDLE_WARMUP_MS = 5000;

/**
 * Transforms DEV_WARMUP_URLS in the 'ssr' environment (the one Astro renders every page in) at
 * once, then the content layer's image imports (`.astro/content-assets.mjs` under the install's
 * `root`, written by the content sync before the server listens, and through it one module per
 * image) once the first request has been answered, or IDLE_WARMUP_MS after listening when none
 * came: warmed with the pages, the images took the CPU that the studio page a user opens right
 * after "ready" needs (the studio never reads them; the portfolio's pages do). Call from
 * `astro:server:start` (not Vite's `server.warmup`, which starts before the server listens and
 * held back Astro's "ready" line by 1-4 s), with the server `astro:server:setup` was given.
 */
export function warmDevServer(server: ViteDevServer, root: string): void {
  const ssr = server.environments.ssr;
  if (!ssr) return;
  for (const url of DEV_WARMUP_URLS) void ssr.warmupRequest(url);
  let started = false;
  let pending = 0;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(timer);
    server.httpServer?.off('request', onRequest);
    if (existsSync(join(root, '.astro', 'content-assets.mjs'))) void ssr.warmupRequest('/.astro/content-assets.mjs');
  };
  const onRequest = (_req: IncomingMessage, res: ServerResponse) => {
    pending++;
    res.once('close', () => --pending === 0 && start());
  };
  const timer = setTimeout(() => pending === 0 && start(), IDLE_WARMUP_MS);
  timer.unref();
  server.httpServer?.on('request', onRequest);
}
