/** The studio language of a request (shared by the layout and every page). */
import type { AstroCookies } from 'astro';
import { LANG_COOKIE, langFromAcceptLanguage, readLang, type Lang } from './i18n.ts';

/**
 * The language chosen with the EN / 中文 switch (the `throughline-lang` cookie); before any
 * choice, the browser's Accept-Language (a zh, zh-CN … browser gets 中文, any other English).
 * Nothing is stored for the browser's language, so it keeps following the browser until a choice.
 */
export function getStudioLang({ cookies, request }: { cookies: AstroCookies; request: Request }): Lang {
  const chosen = cookies.get(LANG_COOKIE)?.value;
  if (chosen !== undefined) return readLang(chosen);
  return langFromAcceptLanguage(request.headers.get('accept-language'));
}
