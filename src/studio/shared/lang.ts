/** The studio language and locale of a request (shared by the middleware, the layout and every page). */
import type { AstroCookies } from 'astro';
import { LANG_COOKIE, type Lang } from './i18n.ts';
import { localeFromAcceptLanguage, localeLang, readLocale, type StudioLocale } from './locale.ts';

interface RequestParts {
  cookies: AstroCookies;
  request: Request;
  locals?: { studioLocale?: StudioLocale };
}

/**
 * The locale chosen with the EN / 简体 / 繁體 switch (the `throughline-lang` cookie: `en`, `zh`,
 * `zh-Hant`); before any choice, the browser's Accept-Language (locale.ts
 * localeFromAcceptLanguage: zh-TW, zh-HK, zh-MO, zh-Hant get 繁體, zh-CN 简体, a bare zh the
 * brand's script, any other English). The middleware works it out once, brand included, and
 * keeps it in `locals`. Nothing is stored for the browser's language, so it keeps following the
 * browser until a choice.
 */
export function getStudioLocale({ cookies, request, locals }: RequestParts, brandTraditional = false): StudioLocale {
  if (locals?.studioLocale) return locals.studioLocale;
  return chosenLocale(cookies) ?? localeFromAcceptLanguage(request.headers.get('accept-language'), brandTraditional);
}

/** The locale chosen with the switch (the `throughline-lang` cookie), or undefined before any choice. */
export function chosenLocale(cookies: AstroCookies): StudioLocale | undefined {
  const chosen = cookies.get(LANG_COOKIE)?.value;
  return chosen === undefined ? undefined : readLocale(chosen);
}

/** The language of the request's locale (getStudioLocale): `zh` for 简体 and 繁體 alike. */
export function getStudioLang(parts: RequestParts): Lang {
  return localeLang(getStudioLocale(parts));
}
