/**
 * Registered by the integration in dev only (order "pre"): every /studio request passes the
 * Host/Origin checks of shared/request-guard.ts; other paths are untouched. A ThroughlineError
 * that a page or endpoint let through (a bad content/planner.json) becomes a page or JSON
 * naming the file and field in the studio's language (shared/file-error.ts), not Astro's
 * error overlay.
 */
import { defineMiddleware } from 'astro:middleware';
import { ThroughlineError } from '../core/errors.ts';
import { fileErrorResponse } from './shared/file-error.ts';
import { getStudioLang } from './shared/lang.ts';
import { guardStudioRequest, isStudioPath } from './shared/request-guard.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!isStudioPath(context.url.pathname)) return next();
  const refused = guardStudioRequest(context.request);
  if (refused) return refused;
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    const { pathname } = context.url;
    const asJson = pathname.startsWith('/studio/api/') || !(context.request.headers.get('accept') ?? '').includes('text/html');
    return fileErrorResponse(error, getStudioLang(context), asJson);
  }
});
