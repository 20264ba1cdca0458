/** GET /studio/api/ui-theme?to=dark&back=/studio/plan: remembers the colour theme, returns to the page. */
import type { APIRoute } from 'astro';
import { readUiTheme, UI_THEME_COOKIE } from '../../shared/ui-theme.ts';
import { toAsciiPath } from '../../shared/urls.ts';

export const prerender = false;

export const GET: APIRoute = ({ url, cookies, redirect }) => {
  const theme = readUiTheme(url.searchParams.get('to'));
  if (theme === 'system') cookies.delete(UI_THEME_COOKIE, { path: '/' });
  else cookies.set(UI_THEME_COOKIE, theme, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  const back = url.searchParams.get('back') ?? '/studio';
  // Only studio pages: never an open redirect to another site.
  const safeBack = /^\/studio(\/|\?|$)/.test(back) ? back : '/studio';
  return redirect(toAsciiPath(safeBack), 303);
};
