/**
 * /search/pagefind.js: the module the search page's Pagefind UI loads in place of the bundle's
 * pagefind.js (its `bundlePath` is /search/): the bundle's exports, with Chinese and Japanese
 * phrase results ordered and marked (src/pages/_lib/search-term.ts).
 */
import type { APIRoute } from 'astro';
import { searchModule } from '../_lib/search-term.ts';

export const GET: APIRoute = () => new Response(searchModule(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
