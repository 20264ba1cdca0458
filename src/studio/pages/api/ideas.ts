/**
 * /studio/api/ideas: quick capture. GET answers the pillars for the capture box; POST (JSON
 * {title, pillar?} or a plain form) creates an `idea` post: 201 {id, href} for JSON, 303 to the
 * new draft for a form; 400 {errors} (translated) when the title or pillar is wrong.
 */
import type { APIRoute } from 'astro';
import { readPlanner } from '../../../store/planner-store.ts';
import { translateErrors } from '../../shared/error-strings.ts';
import { json } from '../../shared/json.ts';
import { getStudioLocale } from '../../shared/lang.ts';
import { captureIdea } from '../../plan/quick-capture.ts';
import { studioRoot } from '../../shared/root.ts';
import { draftHref, seeOther } from '../../shared/urls.ts';

export const prerender = false;

export const GET: APIRoute = async () => {
  const planner = await readPlanner(studioRoot());
  return json({ pillars: planner.brand.pillars.map((p) => ({ id: p.id, name: p.name })) });
};

export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const isJson = (request.headers.get('content-type') ?? '').includes('application/json');
  const raw = isJson ? ((await request.json().catch(() => ({}))) as Record<string, unknown>) : Object.fromEntries(await request.formData());
  const title = typeof raw.title === 'string' ? raw.title : '';
  const pillar = typeof raw.pillar === 'string' && raw.pillar ? raw.pillar : undefined;
  const root = studioRoot();
  const outcome = await captureIdea(root, await readPlanner(root), { title, pillar });
  if ('errors' in outcome) return json({ errors: translateErrors(outcome.errors, getStudioLocale({ cookies, request, locals })) }, 400);
  return isJson ? json({ id: outcome.id, href: draftHref(outcome.id) }, 201) : seeOther(draftHref(outcome.id));
};
