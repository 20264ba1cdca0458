/**
 * What an address under /studio that names no studio page was most likely meant to be. The
 * portfolio shows a post at /posts/<id>/ and the studio's menu says "Posts", so /studio/posts/<id>
 * is the address people type for the editor, which is /studio/drafts/<id>; a few other words
 * name a studio page by another name (calendar, settings).
 */

/** Words typed for a studio page, each with the page's own path segment ('' for the dashboard). */
const PAGE_WORDS: Readonly<Record<string, string>> = {
  posts: 'drafts',
  post: 'drafts',
  articles: 'drafts',
  draft: 'drafts',
  editor: 'drafts',
  edit: 'drafts',
  ideas: 'drafts',
  calendar: 'plan',
  slots: 'plan',
  schedule: 'plan',
  cadence: 'channels',
  channel: 'channels',
  settings: 'brand',
  position: 'brand',
  pillars: 'brand',
  positioning: 'brand',
  dashboard: '',
  home: '',
  index: '',
};

/**
 * The studio address `path` (the part after /studio/, without a leading slash, as Astro gives a
 * rest parameter: `posts/2026/dumplings`) was likely meant as, or undefined: the first segment read
 * through PAGE_WORDS (any case), the rest kept, so `posts/2026/dumplings` is
 * `/studio/drafts/2026/dumplings` and `Calendar` `/studio/plan`. Only the editor takes a rest (a
 * post id); for another page the rest is dropped (`settings/x` is `/studio/brand`).
 */
export function studioGuess(path: string): string | undefined {
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  const page = PAGE_WORDS[first.toLowerCase()];
  if (page === undefined) return undefined;
  if (page === 'drafts' && rest.length) return `/studio/drafts/${rest.join('/')}`;
  return page ? `/studio/${page}` : '/studio';
}
