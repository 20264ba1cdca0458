/**
 * A Vite plugin for `astro dev`: a portfolio page (`/`, `/posts/…/`, `/calendar/blog.ics`)
 * requested while content/planner.json has a mistake gets the file, the field and what is wrong
 * in the language of the request (the studio's EN / 简体 / 繁體 cookie, else Accept-Language), status
 * 422, as the studio's own pages do (studio/shared/file-error.ts). Before, a page whose route
 * lists its paths (getStaticPaths: posts, pillars, one channel's calendar) failed before any
 * Astro middleware ran, with Astro's 500 overlay: English, a stack trace, and a message naming
 * neither the file nor the field. It runs in front of Astro's handlers (as dev-url-guard.ts),
 * reads the planner (a text validated before is not validated again) and leaves every other
 * request, and every request while the planner is fine, to them.
 */
import type { Plugin } from 'vite';
import { ThroughlineError } from '../core/errors.ts';
import { readPlanner, type ValidatedPlanners } from '../store/planner-store.ts';
import type { Planner } from '../core/schema/planner.ts';
import { fileErrorResponse } from '../studio/shared/file-error.ts';
import { LANG_COOKIE } from '../studio/shared/i18n.ts';
import { localeFromAcceptLanguage, localeLang, readLocale, type StudioLocale } from '../studio/shared/locale.ts';
import { uiText } from '../studio/shared/traditional.ts';
import { isStudioPath } from '../studio/shared/request-guard.ts';
import { inFrontOfAstro } from './dev-url-guard.ts';

/**
 * Whether `pathname` is a portfolio page or file the site's routes answer (not the studio, not
 * Vite's or Astro's own modules and assets): a path ending in `/`, with no extension, or one of
 * the site's own file types.
 */
export function isSitePagePath(pathname: string): boolean {
  if (isStudioPath(pathname)) return false;
  if (/^\/(@|_astro\/|node_modules\/|src\/|__)/.test(pathname)) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last === '' || !last.includes('.') || /\.(html?|ics|xml|json|txt)$/i.test(last);
}

/** The studio locale of a raw request: the `throughline-lang` cookie, else Accept-Language (the brand's script is not known: its file is the broken one). */
function localeOf(headers: import('node:http').IncomingHttpHeaders): StudioLocale {
  const cookie = (headers.cookie ?? '').split(';').map((part) => part.trim().split('=')).find(([name]) => name === LANG_COOKIE);
  if (cookie) return readLocale(decodeURIComponent(cookie[1] ?? ''));
  return localeFromAcceptLanguage(headers['accept-language']);
}

/** The plugin for the project at `root`; registered by the integration under `astro dev` only. */
export function devPlannerGuard(root: string): Plugin {
  const texts = new Map<string, Planner>();
  const validated: ValidatedPlanners = { get: (text) => texts.get(text), set: (text, planner) => void (texts.clear(), texts.set(text, planner)) };
  return inFrontOfAstro('throughline:planner-mistake', (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isSitePagePath(pathname)) return next();
    readPlanner(root, { validated }).then(
      () => next(),
      async (error: unknown) => {
        if (!(error instanceof ThroughlineError)) return next();
        const locale = localeOf(req.headers);
        const html = (req.headers.accept ?? '').includes('text/html');
        const answer = html ? fileErrorResponse(error, locale, false, 'site') : new Response(`${uiText(locale, error.format(localeLang(locale)))}\n`, { status: 422, headers: { 'content-type': 'text/plain; charset=utf-8' } });
        res.statusCode = answer.status;
        res.setHeader('content-type', answer.headers.get('content-type') ?? 'text/plain; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(req.method === 'HEAD' ? undefined : await answer.text());
      },
    );
  });
}
