/**
 * GET /studio/api/calendar.ics[?channel=ID]: the content plan as an RFC 5545 calendar with the
 * studio's view (planned posts' titles included), as a download.
 */
import type { APIRoute } from 'astro';
import { buildCalendar } from '../../../core/calendar/index.ts';
import { ThroughlineError } from '../../../core/errors.ts';
import { getStudioLang } from '../../shared/lang.ts';
import { readStudioProject, studioNow } from '../../shared/plan-store.ts';
import { attachmentDisposition } from '../../shared/urls.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url, cookies, request }) => {
  const { planner, posts } = await readStudioProject();
  const channel = url.searchParams.get('channel')?.normalize('NFC') || undefined;
  try {
    const text = buildCalendar({ planner, posts, now: studioNow(), channel, studioUrl: `${url.origin}/studio` });
    return new Response(text, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': attachmentDisposition(`${channel ?? 'throughline'}.ics`),
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    // An unknown ?channel=, named with its field, in the studio's language.
    return new Response(`${error.format(getStudioLang({ cookies, request }))}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
};
