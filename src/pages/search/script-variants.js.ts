/**
 * /search/script-variants.js: the site's Simplified/Traditional table (scriptVariantTable of
 * every published post's title and text), which the search page's Pagefind module imports on the
 * first query with a Han character (SCRIPT_VARIANTS_MODULE in src/pages/_lib/search-term.ts).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../_lib/site-data.ts';
import { scriptVariantTable } from '../_lib/script-variants.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const text = site.posts.map((p) => `${p.post.data.title}\n${p.post.body}`).join('\n');
  return new Response(`export default ${JSON.stringify(scriptVariantTable(text))};\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
