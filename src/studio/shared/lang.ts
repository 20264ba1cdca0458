/** The studio language from the request cookies (shared by the layout and every page). */
import type { AstroCookies } from 'astro';
import { LANG_COOKIE, readLang, type Lang } from './i18n.ts';

export function getStudioLang(cookies: AstroCookies): Lang {
  return readLang(cookies.get(LANG_COOKIE)?.value);
}
