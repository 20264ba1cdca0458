/**
 * /search/pagefind.js: the module the search page's Pagefind UI loads in place of the bundle's
 * pagefind.js (its `bundlePath` is /search/): the bundle's exports, with Chinese and Japanese
 * phrase results ordered and marked (src/pages/_lib/search-term.ts). Both modules it imports are
 * under the site's base.
 */
import type { APIRoute } from 'astro';
import { SCRIPT_VARIANTS_MODULE, searchModule } from '../_lib/search-term.ts';
import { sitePath } from '../_lib/urls.ts';

export const GET: APIRoute = () => new Response(searchModule(sitePath('/pagefind/pagefind.js'), sitePath(SCRIPT_VARIANTS_MODULE)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
