/**
 * A Vite plugin for `astro dev`: a request whose path is not valid percent-encoding gets 400
 * with a one-line reason, before Astro's own dev middleware (whose decodeURI would throw a
 * URIError and answer 500 with a stack trace). Astro puts its own handlers at the front of the
 * stack in its post hook; this plugin comes later (`enforce: 'post'`) and puts itself in front
 * of them the same way.
 */
import type { Plugin } from 'vite';
import { findMalformedPath } from '../studio/shared/request-guard.ts';

/** The plugin; registered by the integration under `astro dev` only. */
export function devUrlGuard(): Plugin {
  return {
    name: 'throughline:malformed-url',
    enforce: 'post',
    apply: 'serve',
    configureServer(server) {
      return () => {
        server.middlewares.stack.unshift({
          route: '',
          handle: (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
            const problem = findMalformedPath(req.url ?? '/');
            if (!problem) return next();
            res.statusCode = 400;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(`400 Bad Request: ${problem}\n`);
          },
        } as (typeof server.middlewares.stack)[number]);
      };
    },
  };
}
