/**
 * POST /studio/api/theme {id?, title?, body, status?, pillar?} -> {theme, flags}: the live theme
 * score of text being edited (score, onTheme, nearest pillar, evidence terms, offTerms).
 */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { json } from '../../shared/json.ts';
import { getStudioLocale } from '../../shared/lang.ts';
import { studioRoot } from '../../shared/root.ts';
import { readStudioProject } from '../../shared/plan-store.ts';
import { scoreDraft } from '../../shared/studio-data.ts';

export const prerender = false;

const DraftText = z.object({
  id: z.string().max(200).default(''),
  title: z.string().max(1000).default(''),
  body: z.string().max(1_000_000),
  status: z.string().max(20).default('draft'),
  pillar: z.string().max(100).optional(),
});

export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const parsed = DraftText.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return json({ error: 'expected JSON {"body": "..."} with optional id, title, status, pillar' }, 400);
  const { planner, posts } = await readStudioProject(studioRoot());
  return json(scoreDraft(planner, posts, parsed.data, getStudioLocale({ cookies, request, locals })));
};
