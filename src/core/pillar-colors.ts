/**
 * Pillar colours: a pillar's own `color` (#rrggbb in planner.json) or, when it has none, the
 * palette colour at its position. The palette is Okabe & Ito's colour-blind-safe set (2008),
 * darkened where needed so a 3 px mark stays visible on white and on a dark surface.
 */
import type { Pillar } from './schema/planner.ts';

export const PILLAR_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8c6d31'] as const;

/**
 * The colour of each pillar by id, in brand order (at most 7 pillars, one palette entry each):
 * its own `color`, else the palette colour at its position, unless a pillar's own colour or an
 * earlier pillar already shows that one: then the first palette colour no pillar shows. A pillar
 * whose position changed keeps its colour by having it written as its own (the brand page's save,
 * studio/brand/brand-form.ts), and a pillar added after it must not then show the same one.
 */
export function pillarColors(pillars: readonly Pick<Pillar, 'id'>[]): Map<string, string> {
  const colors = listPillarColors(pillars);
  return new Map(pillars.map((p, i) => [p.id, colors[i]!]));
}

/**
 * The colours of pillarColors by position, one per pillar: for a list whose ids may be empty or
 * repeated (the brand form's rows while they are typed), which a map by id would merge.
 */
export function listPillarColors(pillars: readonly Pick<Pillar, 'id'>[]): string[] {
  const own = pillars.map((p) => readColor((p as { color?: unknown }).color));
  const taken = new Set(own.filter((c): c is string => c !== undefined));
  const at = pillars.map((_, i) => PILLAR_PALETTE[i % PILLAR_PALETTE.length]!);
  // First the pillars whose palette colour is free keep it, so that one colliding pillar moves, not the ones after it.
  const colors = own.map((c, i) => c ?? (taken.has(at[i]!) ? undefined : (taken.add(at[i]!), at[i]!)));
  const free = PILLAR_PALETTE.filter((c) => !taken.has(c));
  return pillars.map((_, i) => colors[i] ?? free.shift() ?? at[i]!);
}

/** A #rrggbb colour as given (lower-cased), or undefined for anything else. */
export function readColor(value: unknown): string | undefined {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}
