/**
 * GET /studio/api/revision?id=2026/x -> {id, revision}: lets an open editor notice edits on disk.
 * GET /studio/api/revision?file=planner -> {file: "planner", revision}: the same for the pages
 * whose form edits content/planner.json (shared/components/DiskBanner.astro).
 */
import type { APIRoute } from 'astro';
import { ThroughlineError } from '../../../core/errors.ts';
import { readPlannerRevision } from '../../../store/planner-store.ts';
import { readPost } from '../../../store/posts.ts';
import { json } from '../../shared/json.ts';
import { studioRoot } from '../../shared/root.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url }) => {
  const id = url.searchParams.get('id') ?? '';
  try {
    if (url.searchParams.get('file') === 'planner') return json({ file: 'planner', revision: (await readPlannerRevision(studioRoot())).revision });
    const { revision } = await readPost(studioRoot(), id);
    return json({ id, revision });
  } catch (error) {
    if (error instanceof ThroughlineError) return json({ error: error.format() }, error.field === 'id' ? 400 : 404);
    throw error;
  }
};
