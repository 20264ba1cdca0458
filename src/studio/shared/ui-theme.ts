/**
 * The studio's colour theme preference: 'system' follows prefers-color-scheme, 'light'/'dark'
 * pin it. Kept in a cookie so the layout renders <html data-theme> server-side (no flash).
 */
import type { AstroCookies } from 'astro';

export const UI_THEMES = ['system', 'light', 'dark'] as const;
export type UiTheme = (typeof UI_THEMES)[number];

/** The cookie that remembers the chosen theme. */
export const UI_THEME_COOKIE = 'throughline-theme';

/** Reads a cookie or query value as a theme; anything unknown is 'system'. */
export function readUiTheme(value: string | null | undefined): UiTheme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The theme the request's cookie asks for. */
export function getUiTheme(cookies: AstroCookies): UiTheme {
  return readUiTheme(cookies.get(UI_THEME_COOKIE)?.value);
}
