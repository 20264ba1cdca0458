/**
 * The growth stages of a theme model (model.ts) by their sizes, and a model as kept between runs
 * (ModelSnapshot). Free of the scoring code: the results cache (store/theme-results-cache.ts) and
 * the report of a check whose results are all kept (check-report.ts) need these, not the model.
 */

/** How many evidence posts (the first ones, in publication order) each growth stage of a model of n posts holds. */
export function stageSizes(n: number): number[] {
  const out: number[] = n > 0 ? [DAY_ONE] : [];
  for (let k = FIRST_STAGE; k < n; k = k < STEP_EVERY_POST ? k + 1 : Math.round(k * 1.5)) out.push(k);
  return out;
}
/**
 * Day one (the brand text alone) is the first stage: a draft it read as clearly on theme (by
 * score.ts DAY_ONE_HOLD_MARGIN over the threshold) is never flagged because posts were
 * published. A blog's first posts often share one pillar, and drafts of the other pillars then
 * read as less typical than those posts are of each other: on yihui.org's English posts 2 of 30
 * on-theme drafts were flagged with no post and 11 of 25 with five (now 3 of 25). On the
 * corpus's dev part, brands flagging more on-theme drafts with 2 posts than with none went 9 -> 6
 * of 35, with only one pillar's posts 11 -> 7, on-theme drafts flagged with one pillar's posts
 * 15% -> 11%; English recall with 6 posts 0.95 -> 0.93.
 */
export const DAY_ONE = 0;
/**
 * The first stage with posts. One post is not a stage: its typical point is that post's chunks
 * against the post itself and the text, a weak reading that would keep a correct day-one flag
 * cleared for good.
 */
export const FIRST_STAGE = 2;
/** Every earlier state up to this many posts, then every 1.5x. */
const STEP_EVERY_POST = 12;

/**
 * A dense centroid by term rather than by this process's term ids: its non-zero entries, in id
 * order, as indices into the snapshot's vocabulary, and their values.
 */
export interface Entries { at: Int32Array; values: Float64Array }

/**
 * What a full model is, kept between runs by the results cache (store/theme-results-cache.ts)
 * under the model's inputs: its centroids and those of the growth stages built so far, by term,
 * and which pillars have a calibration of their own. Their calibrations are kept there already
 * (CalibrationCache); the rest (phrases, keywords) is read again from the brand in microseconds.
 * Every term is written once (`vocab`, with its termWeight: working that out again costs more
 * than the rest), the centroids index it.
 */
export interface ModelSnapshot {
  evidence: number;
  vocab: string[];
  weights: Float64Array;
  centroid: Entries;
  pillars: { id: string; centroid: Entries; own: boolean }[];
  /** The growth stages built by the time of the snapshot (null: not built), as the model's. */
  stages: (StageSnapshot | null)[];
}

/** A growth stage by term: its centroid, its pillars' centroids and which of them have a calibration of their own. */
export interface StageSnapshot { centroid: Entries; pillars: Entries[]; own: boolean[] }

/**
 * `next` with each growth stage it lacks taken from `previous` where that stage has the same
 * inputs: `nextKeys[i]` and `previousKeys[j]` name the inputs of stage i of `next` and stage j of
 * `previous` (a stage is a function of the brand and its first k posts, check.ts modelKeyOf).
 * After a publication the stages made of the posts published before it are the same, but the
 * publication's check asks none of them (each draft's stage scores are kept), so without this
 * the next edited draft under the threshold rebuilt the whole model from the posts to get them
 * (a Chinese check of 2,000 posts, ~0.5 s). Both snapshots must come from the same scoring code
 * (the caller's file is named by it): a term's weight is then the same in both. `next` is not changed.
 */
export function withKeptStages(next: ModelSnapshot, nextKeys: readonly string[], previous: ModelSnapshot, previousKeys: readonly string[]): ModelSnapshot {
  if (nextKeys.length !== next.stages.length || previousKeys.length !== previous.stages.length) return next;
  const from = next.stages.map((stage, i) => (stage ? -1 : previousKeys.indexOf(nextKeys[i]!)));
  if (from.every((j) => j < 0 || !previous.stages[j])) return next;
  const vocab = [...next.vocab];
  const weights = [...next.weights];
  const index = new Map(vocab.map((term, i) => [term, i]));
  // Slot in `previous` -> slot in the merged vocabulary, given on first use.
  const slot = new Int32Array(previous.vocab.length).fill(-1);
  const entries = ({ at, values }: Entries): Entries => {
    const out = new Int32Array(at.length);
    for (let i = 0; i < at.length; i++) {
      const old = at[i]!;
      if (slot[old] < 0) {
        const term = previous.vocab[old]!;
        let k = index.get(term);
        if (k === undefined) {
          k = vocab.push(term) - 1;
          weights.push(previous.weights[old]!);
          index.set(term, k);
        }
        slot[old] = k;
      }
      out[i] = slot[old];
    }
    return { at: out, values };
  };
  const stages = next.stages.map((stage, i) => {
    const kept = from[i]! >= 0 ? previous.stages[from[i]!] : null;
    return stage ?? (kept ? { centroid: entries(kept.centroid), pillars: kept.pillars.map(entries), own: [...kept.own] } : null);
  });
  return { ...next, vocab, weights: Float64Array.from(weights), stages };
}
