/**
 * Pillar colours: a pillar's own `color` (#rrggbb in planner.json) or, when it has none, the
 * palette colour at its position. The palette is Okabe & Ito's colour-blind-safe set (2008),
 * darkened where needed so a 3 px mark stays visible on white and on a dark surface.
 */
import type { Pillar } from './schema/planner.ts';

export const PILLAR_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8c6d31'] as const;

/** The colour of each pillar by id, in brand order (at most 7 pillars, one palette entry each). */
export function pillarColors(pillars: readonly Pick<Pillar, 'id'>[]): Map<string, string> {
  return new Map(pillars.map((p, i) => [p.id, readColor((p as { color?: unknown }).color) ?? PILLAR_PALETTE[i % PILLAR_PALETTE.length]!]));
}

/** A #rrggbb colour as given (lower-cased), or undefined for anything else. */
export function readColor(value: unknown): string | undefined {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}
