/**
 * A Vite plugin for `astro dev`: a request whose path is not valid percent-encoding gets 400
 * with a one-line reason, before Astro's own dev middleware (whose decodeURI would throw a
 * URIError and answer 500 with a stack trace). Astro puts its own handlers at the front of the
 * stack in its post hook; this plugin comes later (`enforce: 'post'`) and puts itself in front
 * of them the same way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { findMalformedPath } from '../studio/shared/request-guard.ts';

/**
 * A dev-server plugin whose `handle` runs before Astro's own dev handlers: Astro puts them at the
 * front of the stack in its post hook, so this one comes later (`enforce: 'post'`) and puts
 * itself in front of them the same way. Serve only. Shared by the URL and planner guards.
 */
export function inFrontOfAstro(name: string, handle: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void): Plugin {
  return {
    name,
    enforce: 'post',
    apply: 'serve',
    configureServer(server) {
      return () => {
        server.middlewares.stack.unshift({ route: '', handle } as (typeof server.middlewares.stack)[number]);
      };
    },
  };
}

/** The plugin; registered by the integration under `astro dev` only. */
export function devUrlGuard(): Plugin {
  return inFrontOfAstro('throughline:malformed-url', (req, res, next) => {
    const problem = findMalformedPath(req.url ?? '/');
    if (!problem) return next();
    res.statusCode = 400;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`400 Bad Request: ${problem}\n`);
  });
}
