/**
 * Quick capture: a title (and optional pillar) becomes an `idea` post under content/posts/ideas/,
 * on the first channel. The id is the slugified title, with -2, -3… when taken; a title with no
 * letters or digits falls back to "idea".
 */
import { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { createPost } from '../../store/posts.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import { slugify } from './slot-form.ts';

export interface CaptureInput { title: string; pillar?: string }

/** Checks a capture: a title, a known pillar when one is given, a channel to hang the idea on. */
export function checkCapture(input: CaptureInput, planner: Planner): FieldErrors {
  const errors: FieldErrors = {};
  if (!input.title.trim()) errors.title = 'a post needs a title';
  if (input.pillar && !planner.brand.pillars.some((p) => p.id === input.pillar))
    errors.pillar = `unknown pillar "${input.pillar}"; expected one of ${planner.brand.pillars.map((p) => p.id).join(', ')}`;
  if (planner.channels.length === 0) errors.channel = 'add a channel first: every post belongs to one';
  return errors;
}

/** Creates the idea post; returns its id, or field errors (nothing written). */
export async function captureIdea(root: string, planner: Planner, input: CaptureInput): Promise<{ id: string } | { errors: FieldErrors }> {
  const errors = checkCapture(input, planner);
  if (Object.keys(errors).length > 0) return { errors };
  const title = input.title.trim();
  const frontmatter = { title, channel: planner.channels[0]!.id, status: 'idea', ...(input.pillar ? { pillar: input.pillar } : {}) };
  const base = `ideas/${slugify(title) || 'idea'}`;
  for (let n = 1; n < 100; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    try {
      await createPost(root, id, { frontmatter, body: '', ext: 'mdx' });
      return { id };
    } catch (error) {
      if (!(error instanceof ThroughlineError && /already exists/.test(error.message))) throw error;
    }
  }
  return { errors: { title: 'too many ideas share this title; change it a little' } };
}
