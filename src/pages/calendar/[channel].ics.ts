/** One public calendar per channel: /calendar/<channel>.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicCalendar } from '../_lib/calendars.ts';
import { loadSite } from '../_lib/site-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { planner } = await loadSite();
  return planner.channels.map((c) => ({ params: { channel: c.id } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const body = await publicCalendar(await loadSite(), site, params.channel);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
