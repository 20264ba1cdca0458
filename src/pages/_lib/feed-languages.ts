/**
 * A bilingual site's feeds per language: which there are, where, and their titles. Apart from
 * feeds.ts (which renders posts) so that every page's layout can advertise them cheaply.
 */
import type { SiteData } from './site-data.ts';

/**
 * The languages a site has feeds of its own for (/en/rss.xml, /zh/rss.xml...): English and
 * Chinese when it publishes in both, none when in one (its feeds are in that one already).
 */
export function feedLanguages(site: Pick<SiteData, 'posts'>): ('en' | 'zh')[] {
  // Asked by every page's layout: one pass over the posts per list of posts, not per page.
  let langs = known.get(site.posts);
  if (!langs) known.set(site.posts, (langs = languagesOf(site.posts)));
  return [...langs];
}

const known = new WeakMap<SiteData['posts'], ('en' | 'zh')[]>();

function languagesOf(posts: SiteData['posts']): ('en' | 'zh')[] {
  const langs = new Set(posts.map((p) => p.lang));
  return langs.size > 1 ? (['en', 'zh'] as const).filter((l) => langs.has(l)) : [];
}

/** The path a language's feeds live under: /en/, /zh/. */
export function languageFeedPath(lang: 'en' | 'zh'): string {
  return `/${lang}/`;
}

/** A language feed's title: the brand's name and the language, named in that language ("Mei (中文)"). */
export function languageFeedTitle(name: string, lang: 'en' | 'zh'): string {
  return `${name} (${lang === 'zh' ? '中文' : 'English'})`;
}
