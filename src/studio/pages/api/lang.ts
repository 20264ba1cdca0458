/** GET /studio/api/lang?to=zh-Hant&back=/studio/brand: remembers the locale (`en`, `zh`, `zh-Hant`: locale.ts readLocale), returns to the page. */
import type { APIRoute } from 'astro';
import { LANG_COOKIE } from '../../shared/i18n.ts';
import { readLocale } from '../../shared/locale.ts';
import { toAsciiPath } from '../../shared/urls.ts';

export const prerender = false;

export const GET: APIRoute = ({ url, cookies, redirect }) => {
  const locale = readLocale(url.searchParams.get('to') ?? undefined);
  cookies.set(LANG_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  const back = url.searchParams.get('back') ?? '/studio';
  // Only studio pages: never an open redirect to another site.
  const safeBack = /^\/studio(\/|\?|$)/.test(back) ? back : '/studio';
  return redirect(toAsciiPath(safeBack), 303);
};
