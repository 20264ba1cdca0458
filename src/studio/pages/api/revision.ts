/** GET /studio/api/revision?id=2026/x -> {id, revision}: lets an open editor notice edits on disk. */
import type { APIRoute } from 'astro';
import { ThroughlineError } from '../../../core/errors.ts';
import { readPost } from '../../../store/posts.ts';
import { json } from '../../shared/json.ts';
import { studioRoot } from '../../shared/root.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url }) => {
  const id = url.searchParams.get('id') ?? '';
  try {
    const { revision } = await readPost(studioRoot(), id);
    return json({ id, revision });
  } catch (error) {
    if (error instanceof ThroughlineError) return json({ error: error.format() }, error.field === 'id' ? 400 : 404);
    throw error;
  }
};
