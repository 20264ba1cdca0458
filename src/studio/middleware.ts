/**
 * Registered by the integration in dev only (order "pre"): every /studio request passes the
 * Host/Origin checks of shared/request-guard.ts; other paths are untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { guardStudioRequest, isStudioPath } from './shared/request-guard.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (!isStudioPath(context.url.pathname)) return next();
  return guardStudioRequest(context.request) ?? next();
});
