/**
 * A page at each alias of each published post (`aliases:`, the paths a moved post had on its old
 * site), at the file a static host serves for it (core/redirects/alias-path.ts aliasFile:
 * `/posts/a/` -> posts/a/index.html, `/2020/01/02/a.html` as it is), sending the reader on to the
 * post (core/redirects/redirect-page.ts), and one at the address each of its copies (`copyOf`) would
 * have had (site-data.ts redirectAliases). Only posts on the portfolio have aliases here (loadSite);
 * an alias that would take another page's file has stopped the build in the build check
 * (core/redirects/clashes.ts). Not in the sitemap or feeds, which list posts, not pages.
 */
import type { APIContext } from 'astro';
import { redirectFiles } from '../core/redirects/clashes.ts';
import { redirectHtml, type RedirectPage } from '../core/redirects/redirect-page.ts';
import { loadSite, redirectAliases } from './_lib/site-data.ts';
import { siteWord } from './_lib/site-words.ts';
import { absoluteUrl, postPath, sitePath } from './_lib/urls.ts';

export async function getStaticPaths() {
  const { posts } = await loadSite();
  const files = new Map<string, Omit<RedirectPage, 'canonical'>>();
  for (const p of posts) {
    const page = { to: postPath(p.entry.id), title: p.entry.data.title, lang: p.lang, tag: p.tag };
    for (const file of redirectFiles(p.entry.id, redirectAliases(p))) files.set(file, page);
  }
  return [...files].map(([file, page]) => ({ params: { alias: file }, props: page }));
}

export function GET(context: APIContext): Response {
  const page = context.props as Omit<RedirectPage, 'canonical'>;
  // Absolute when the site's address is set (SITE_URL), as the post's own canonical link is.
  // The words in the post's script: a Traditional post's old address says so in Traditional.
  return new Response(redirectHtml({ ...page, script: (text) => siteWord(text, page.tag ?? ''), to: sitePath(page.to), canonical: absoluteUrl(page.to, context.site) ?? sitePath(page.to) }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
