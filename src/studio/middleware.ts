/**
 * Registered by the integration in dev only (order "pre"): every /studio request passes the
 * Host/Origin checks of shared/request-guard.ts; other paths are untouched. A ThroughlineError
 * that a page or endpoint let through (a bad content/planner.json) becomes a page or JSON
 * naming the file and field in the studio's language (shared/file-error.ts), not Astro's
 * error overlay. Every studio answer is sent with `Cache-Control: no-store`: each reads the disk
 * when asked, and a browser's back button otherwise shows its cached copy of the page (an older
 * text, with that text's revision) without asking (RFC 9111 section 5.2.2.5; HTML's history
 * traversal reuses cached documents).
 *
 * The request's locale is worked out once here (as lang.ts getStudioLocale; the brand's script is
 * read only for a browser that asks for `zh` alone) and kept in `locals.studioLocale`, which
 * getStudioLocale then returns; OpenCC is loaded by the first word converted to `zh-Hant`
 * (core/i18n/traditional.ts).
 */
import type { AstroCookies } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { ThroughlineError } from '../core/errors.ts';
import { fileErrorResponse, typedFields } from './shared/file-error.ts';
import { readBrandTraditional } from './shared/brand-script.ts';
import { chosenLocale } from './shared/lang.ts';
import { acceptedLanguage, acceptedLocale, type StudioLocale } from './shared/locale.ts';
import { studioRoot } from './shared/root.ts';
import { guardStudioRequest, isStudioPath } from './shared/request-guard.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!isStudioPath(context.url.pathname)) return next();
  const refused = guardStudioRequest(context.request);
  if (refused) return refused;
  const locale = (context.locals.studioLocale = await requestLocale(context));
  const { pathname } = context.url;
  const asJson = pathname.startsWith('/studio/api/') || !(context.request.headers.get('accept') ?? '').includes('text/html');
  // A form post's own copy, shown back if the page stops on a broken file (the page reads the body itself).
  const type = context.request.headers.get('content-type') ?? '';
  const sent = !asJson && context.request.method === 'POST' && /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type) ? context.request.clone() : null;
  try {
    return noStore(await next());
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    const typed = sent ? await sent.formData().then(typedFields, () => []) : [];
    return noStore(fileErrorResponse(error, locale, asJson, 'studio', typed));
  }
});

/**
 * The request's locale (as lang.ts getStudioLocale reads it): the cookie's, else what the
 * Accept-Language header asks (read once); the brand's planner is read only when its script
 * decides (a browser asking for `zh` alone).
 */
async function requestLocale(context: { cookies: AstroCookies; request: Request }): Promise<StudioLocale> {
  const chosen = chosenLocale(context.cookies);
  if (chosen) return chosen;
  const accepted = acceptedLanguage(context.request.headers.get('accept-language'));
  const brandDecides = accepted.lang === 'zh' && accepted.script === null;
  return acceptedLocale(accepted, brandDecides && (await readBrandTraditional(studioRoot())));
}

/** `response` with `Cache-Control: no-store` unless it says otherwise; a copy when its headers are immutable (Response.redirect). */
function noStore(response: Response): Response {
  if (response.headers.has('cache-control')) return response;
  try {
    response.headers.set('cache-control', 'no-store');
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set('cache-control', 'no-store');
    return copy;
  }
}
