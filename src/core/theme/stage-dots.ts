/**
 * The growth stages' dot products of a draft, all at once. A draft under the threshold is held
 * against every earlier state of the brand (model.ts: ~18 states of a centroid and its
 * pillars). Read one dense vector at a time, that is ~90 random reads per draft term into
 * vectors as long as the vocabulary; here every state's values of a term sit in one row of a
 * matrix over the model's own terms, so a draft term costs one contiguous row.
 * Exact: row r, column c holds list_c[id] (0 past the list's end, where dot() added nothing),
 * and the products are added in the draft's order, as dot() adds them: bit for bit the same.
 */
import type { ThemeModel } from './model.ts';
import { coveredBy, type Dense, type Vector } from './vector.ts';
import { appendTo } from '../map-lists.ts';

/** `columns[s]`: stage s's column per centroid, null for a stage holding a term outside the mask. */
interface Matrix { rowOf: Int32Array; m: Float64Array; width: number; columns: (Int32Array | null)[]; lo: Int32Array; hi: Int32Array }
const MATRICES = new WeakMap<ThemeModel, Matrix | null>();
/** Drafts a model answers one stage at a time before the matrix is built: a check that scores a few edited drafts never builds it. */
const DIRECT_DRAFTS = 8;
const ASKED = new WeakMap<ThemeModel, number>();

/**
 * Per stage, max(dot(u, stage centroid), dot(u, each stage pillar)); `u` must lie within `mask`
 * (vector.ts within); NaN for a stage holding a term outside the mask (stageColumns): the
 * caller takes that stage's dot products one by one with the whole draft.
 */
export function stageMaxima(model: ThemeModel, mask: Uint8Array, u: Vector): Float64Array | null {
  const stages = stageColumns(model, mask, u);
  if (!stages) return null;
  return Float64Array.from(stages, (dots) => (dots ? Math.max(...dots) : Number.NaN));
}

/**
 * stageColumns for a scorer: null for a model's first DIRECT_DRAFTS drafts (the caller then
 * takes each stage's dot products one by one, the same sums), the matrix's answer after that.
 */
export function stageColumnsWhenMany(model: ThemeModel, mask: Uint8Array, u: Vector): (Float64Array | null)[] | null {
  const asked = (ASKED.get(model) ?? 0) + 1;
  ASKED.set(model, asked);
  return asked <= DIRECT_DRAFTS ? null : stageColumns(model, mask, u);
}

/**
 * Every stage's dot products at once: stages[s][0] is dot(u, stage s centroid), the next ones
 * dot(u, each of its pillars) in order. stages[s] is null for a stage holding a term outside
 * the mask (day one's text widened through the bridge, model.ts): the caller takes that
 * stage's dot products one by one with the whole draft.
 */
export function stageColumns(model: ThemeModel, mask: Uint8Array, u: Vector): (Float64Array | null)[] | null {
  let matrix = MATRICES.get(model);
  if (matrix === undefined) MATRICES.set(model, (matrix = buildMatrix(model, mask)));
  if (!matrix) return null;
  const { rowOf, m, width, columns, lo, hi } = matrix;
  const sums = new Float64Array(width);
  // Only a row's columns from its first to its last non-zero: the values outside are 0, and
  // every product here is >= +0 (weights and centroids are never negative), so skipping them
  // leaves each sum exactly as it was.
  for (let i = 0; i < u.size; i++) {
    const x = u.w[i];
    const row = rowOf[u.ids[i]];
    const base = row * width;
    for (let c = lo[row], end = hi[row]; c < end; c++) sums[c] += x * m[base + c];
  }
  return columns.map((cols) => cols && Float64Array.from(cols, (c) => sums[c]));
}

/**
 * One column per distinct vector: a pillar no post of the first k is filed under has the same
 * centroid (its text's) in every stage up to k, and equal vectors give equal sums.
 */
function buildMatrix(model: ThemeModel, mask: Uint8Array): Matrix | null {
  const lists: Dense[] = [];
  const columns: (Int32Array | null)[] = [];
  const byHash = new Map<number, number[]>();
  const columnOf = (d: Dense) => {
    const h = hashOf(d);
    const same = byHash.get(h)?.find((c) => equal(lists[c], d));
    if (same !== undefined) return same;
    appendTo(byHash, h, lists.length);
    return lists.push(d) - 1;
  };
  for (const get of model.stages) {
    const stage = get();
    const own = [stage.centroid, ...stage.pillars];
    columns.push(coveredBy(own, mask, stage) ? Int32Array.from(own, columnOf) : null);
  }
  const rowOf = new Int32Array(mask.length).fill(-1);
  let rows = 0;
  for (let id = 0; id < mask.length; id++) if (mask[id] === 1) rowOf[id] = rows++;
  const width = lists.length;
  const m = new Float64Array(rows * width);
  lists.forEach((d, c) => {
    for (let id = 0; id < d.length; id++) if (d[id] !== 0) m[rowOf[id] * width + c] = d[id];
  });
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let [first, last] = [width, 0];
    for (let c = 0; c < width; c++) if (m[r * width + c] !== 0) [first, last] = [Math.min(first, c), c + 1];
    [lo[r], hi[r]] = [first, last];
  }
  return { rowOf, m, width, columns, lo, hi };
}

function hashOf(d: Dense): number {
  let h = 0;
  for (let id = 0; id < d.length; id++) if (d[id] !== 0) h = (h * 31 + id + Math.floor(d[id] * 1e9)) | 0;
  return h;
}

/** Equal values at every id (ids past the end read as 0, as dot() treats them). */
function equal(a: Dense, b: Dense): boolean {
  const n = Math.max(a.length, b.length);
  for (let id = 0; id < n; id++) if ((id < a.length ? a[id] : 0) !== (id < b.length ? b[id] : 0)) return false;
  return true;
}
