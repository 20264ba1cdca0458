/** One public calendar per channel: /calendar/<channel>.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCalendar } from '../../core/calendar/index.ts';
import { loadSite } from '../_lib/site-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { planner } = await loadSite();
  return planner.channels.map((c) => ({ params: { channel: c.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { planner, posts } = await loadSite();
  const body = buildCalendar({ planner, posts: posts.map((p) => p.post), now: Date.now(), public: true, channel: params.channel });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
