/**
 * GET /studio/api/cadence-preview?cadence=FREQ=WEEKLY;BYDAY=TU&start=2026-12-01&time=09:00&zone=Asia/Shanghai&lang=zh
 * -> { text, slots: [{ date, start }] } (the next 8 slots), or 422 { error, field }.
 * `start` defaults to today in `zone`, `time` to 09:00, `zone` to the brand's zone, `lang` to the studio's.
 */
import type { APIRoute } from 'astro';
import { readPlanner } from '../../../store/planner-store.ts';
import { isPlannerZone } from '../../../core/time-zones.ts';
import { localDateOf } from '../../../core/zoned-time.ts';
import { getStudioLocale } from '../../shared/lang.ts';
import { localeLang } from '../../shared/locale.ts';
import { previewCadence, previewInScript, readPreviewQuery } from '../../channels/cadence-preview.ts';
import { studioNow, studioRoot } from '../../shared/plan-store.ts';
import { translateMessage } from '../../shared/error-strings.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url, cookies, request, locals }) => {
  const planner = await readPlanner(studioRoot());
  const now = studioNow();
  const zone = planner.brand.timezone;
  // "today" in the zone previewed (a slot later today there is still to come), else the brand's.
  const asked = url.searchParams.get('zone');
  const input = readPreviewQuery(url.searchParams, zone, localDateOf(now, asked && isPlannerZone(asked) ? asked : zone));
  const langParam = url.searchParams.get('lang');
  const locale = langParam === 'zh' || langParam === 'en' || langParam === 'zh-Hant' ? langParam : getStudioLocale({ cookies, request, locals });
  const lang = localeLang(locale);
  const raw = previewCadence(input, now, lang);
  const preview = previewInScript('error' in raw ? { ...raw, error: translateMessage(raw.error, lang) } : raw, locale);
  return new Response(JSON.stringify(preview), {
    status: 'error' in preview ? 422 : 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
};
