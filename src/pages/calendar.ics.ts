/** The public publishing calendar, every channel: slots only, words of published posts only. */
import type { APIRoute } from 'astro';
import { publicCalendar } from './_lib/calendars.ts';
import { loadSite } from './_lib/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = await publicCalendar(await loadSite(), site);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
