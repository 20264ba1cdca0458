/** The public publishing calendar, every channel: slots only, words of published posts only. */
import type { APIRoute } from 'astro';
import { buildCalendar } from '../core/calendar/index.ts';
import { loadSite } from './_lib/site-data.ts';

export const GET: APIRoute = async () => {
  const { planner, posts } = await loadSite();
  const body = buildCalendar({ planner, posts: posts.map((p) => p.post), now: Date.now(), public: true });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
