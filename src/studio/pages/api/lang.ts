/** GET /studio/api/lang?to=zh&back=/studio/brand: remembers the language, returns to the page. */
import type { APIRoute } from 'astro';
import { LANG_COOKIE, readLang } from '../../shared/i18n.ts';
import { toAsciiPath } from '../../shared/urls.ts';

export const prerender = false;

export const GET: APIRoute = ({ url, cookies, redirect }) => {
  const lang = readLang(url.searchParams.get('to') ?? undefined);
  cookies.set(LANG_COOKIE, lang, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  const back = url.searchParams.get('back') ?? '/studio';
  // Only studio pages: never an open redirect to another site.
  const safeBack = /^\/studio(\/|\?|$)/.test(back) ? back : '/studio';
  return redirect(toAsciiPath(safeBack), 303);
};
