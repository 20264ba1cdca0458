/**
 * Astro's "generating static routes" log, one whole line a page. Astro logs a page's route when
 * it starts rendering it (no line end) and the page's time when it is written (`SKIP_FORMAT`,
 * ` (+87ms)`), and renders `build.concurrency` pages at once: with 4, routes ran together on
 * one line (`├─ /404.html├─ /about/index.html`) and times stood on lines of their own, saying
 * of no page what they were about (astro/dist/core/build/generate.js, generatePathWithPrerenderer
 * and logRenderTime).
 *
 * Each page is rendered in an async call of its own, which logs its route before its first
 * await and its time after its last: the route is held in that call's async context
 * (AsyncLocalStorage.enterWith from the write of the route) and written with the time, as one
 * line, when the same call logs its time. Other lines pass as they are.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AstroIntegrationLogger } from 'astro';

/** Astro's log event (astro/dist/core/logger/core.js). */
interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

interface Destination {
  write(event: LogEvent): unknown;
}

/** A route line of the static build, as Astro writes it before rendering the page. */
const ROUTE = /^\s*\S*├─/;

/**
 * Joins each page's route and time on one line in the log `logger` writes to (its `options`
 * are Astro's own, shared by every logger of the build); returns the function that restores
 * that log. Nothing is held once a page's time is written; a route whose time never comes (its
 * render threw, and the build with it) is written alone before the first error logged, as a
 * failed build never reaches astro:build:done to restore the log, and when restored.
 */
export function routeLog(logger: AstroIntegrationLogger): () => void {
  const destination = (logger as unknown as { options: { destination: Destination } }).options.destination;
  const write = destination.write;
  const pages = new AsyncLocalStorage<{ route: LogEvent | null }>();
  const held = new Set<{ route: LogEvent | null }>();
  destination.write = function (event: LogEvent) {
    if (event.label === null && !event.newLine && ROUTE.test(event.message)) {
      const page = { route: event };
      held.add(page);
      pages.enterWith(page);
      return;
    }
    if (event.level === 'error') flush(this);
    const page = event.label === 'SKIP_FORMAT' ? pages.getStore() : undefined;
    if (page?.route) {
      const route = page.route;
      page.route = null;
      held.delete(page);
      return write.call(this, { ...route, message: `${route.message}${event.message}`, newLine: event.newLine });
    }
    return write.call(this, event);
  };
  // A flushed route stays in its render's context: should its time still come, it is written
  // with its route again rather than alone.
  const flush = (self: Destination) => {
    for (const page of held) if (page.route) write.call(self, { ...page.route, newLine: true });
    held.clear();
  };
  return () => {
    destination.write = write;
    flush(destination);
  };
}
