/**
 * A post read into theme terms: how often each term occurs and the form it was first written
 * in (so evidence shows real words of the draft). Reading is the costly step of scoring
 * (Chinese word segmentation above all), so `check` reads each post once and hands the same
 * terms to the model (as evidence) and to the score.
 */
import { stripMarkdown } from './strip-markdown.ts';
import { tokenize } from './tokenize.ts';

export interface PostTerms {
  readonly counts: ReadonlyMap<string, number>;
  readonly surfaces: ReadonlyMap<string, string>;
}

export function readPostTerms(input: { title?: string; body: string }): PostTerms {
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const { term, surface } of tokenize(`${input.title ?? ''}\n${stripMarkdown(input.body)}`)) {
    const n = counts.get(term);
    counts.set(term, (n ?? 0) + 1);
    if (n === undefined) surfaces.set(term, surface);
  }
  return { counts, surfaces };
}
