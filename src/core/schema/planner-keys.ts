/**
 * The keys planner.json may hold at each place, as planner.ts's zod schemas read them, without
 * importing zod: `check` reads a cached planner without loading the schema library
 * (store/planner-cache.ts), and still tells the keys it ignores (core/unknown-keys.ts). A unit
 * test derives the same tree from the schemas, so a field added there and not here fails it.
 */

/**
 * What a place in the file holds: `null` a value whose inside is not walked (a string, a
 * number, a list of strings), an object its known keys, `[shape]` a list of that shape.
 */
export type KeyShape = null | { readonly [key: string]: KeyShape } | readonly [KeyShape];

const PILLAR: KeyShape = { id: null, name: null, description: null, keywords: null, targetShare: null, color: null, form: null, formerIds: null };
const RETIRED_PILLAR: KeyShape = { id: null, name: null, formerIds: null, posts: null };
const CADENCE_PERIOD: KeyShape = { cadence: null, start: null, time: null, timezone: null };
const CHANNEL: KeyShape = {
  id: null, name: null, platform: null, cadence: null, start: null, time: null, timezone: null, pillars: null,
  history: [CADENCE_PERIOD], reminder: { minutesBefore: null }, profileUrl: null,
};

/** The planner file's keys (schema/planner.ts PlannerSchema), place by place. */
export const PLANNER_KEYS: KeyShape = {
  version: null,
  brand: { name: null, label: null, audience: null, strengths: null, impressions: null, timezone: null, language: null, pillars: [PILLAR], retiredPillars: [RETIRED_PILLAR] },
  channels: [CHANNEL],
  breaks: [{ from: null, to: null, channels: null, reason: null }],
  theme: { threshold: null, acceptedOnTheme: null },
  portfolio: {
    showConsistency: null, brokenLinks: null,
    feedAliases: [{ path: null, format: null }],
    taxonomyAliases: [{ path: null, tag: null, pillar: null, list: null }],
  },
};

/**
 * Top-level keys the schema does not read but that are there on purpose: `sample` marks the
 * bundled sample brand (init, the studio's start-fresh and `sample --to-today` read it); `$schema`
 * is the JSON convention an editor reads to offer completion, never a planner field mistyped.
 */
export const PLANNER_EXTRA_KEYS: readonly string[] = ['sample', '$schema'];
