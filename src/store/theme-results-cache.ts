/**
 * Each post's theme result kept between runs under the cache folder (projectCacheDir), so that
 * a `check` in which neither the brand's model nor a post changed scores nothing, and one in
 * which a draft was edited scores only that draft. A result is a function of the model's inputs
 * (brand text, threshold, the evidence posts' content in order and their pillars: check.ts
 * hands them over as one string, kept as its hash) and of the post's content (its term-cache key), under one version of the
 * scoring code and data: the file is named by a hash of that code (every module of
 * src/core/theme, check.ts, tex-math.ts, admonition-kinds.ts, language.ts, the Chinese data, the versions of THEME_LIBRARIES,
 * Node's version), and holds the results of one model key, and each post's score against each
 * growth stage of that model by the stage's own inputs: after a post is published, the stages
 * made of the posts published before it are the same, and only the full model is scored again;
 * and the calibrations (calibrate.ts) of the model, its pillars and its stages by their inputs,
 * so that a check scoring one edited draft does not measure them again. A calibration is kept
 * as long as its model or stage still has the same inputs, asked for or not: after a
 * publication the drafts' stage scores come from the file, so no stage calibration is asked,
 * and the next edited draft still finds them. Also how the theme reads each pillar keyword
 * (keyword-flags.ts), so that the keyword flags of a check whose results are all kept load no
 * general-language table or stopword list; and the calibration's general-language bags as
 * counted (calibrate.ts BagStore), a function of the code alone. Beside it, the model's snapshot
 * (themeModelFile), which also keeps the growth stages of the snapshot before it that have the
 * same inputs (model.ts withKeptStages). A missing, corrupt or truncated
 * file, or one whose entries do not have a result's shape, is an empty cache: never a failed
 * command, never a stale result.
 */
import { hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ThemeResultStore } from '../core/check.ts';
import type { ThemeResult } from '../core/theme/score.ts';
import type { Calibration, KeptBag } from '../core/theme/calibrate.ts';
import { isKeywordRead, type KeywordRead } from '../core/theme/keyword-reads.ts';
import { stageSizes, withKeptStages, type ModelSnapshot } from '../core/theme/stages.ts';
import { fileCodeKey, libraryVersions, projectCacheDir, writeCacheFile, type CodePart } from './cache-files.ts';

const FAMILY = 'theme-results-';
/** Bump when the layout of the file changes. */
const FILE_FORMAT = 'theme-results-7';
/**
 * The libraries that decide what a post reads as, whose versions are part of the code key: the
 * parser (satteri), the stemmer, the stopword lists, and the character-reference table that
 * decodes `&nbsp;` in raw HTML (entities, strip-markdown.ts).
 */
export const THEME_LIBRARIES = ['satteri', 'stemmer', 'stopwords-iso', 'entities'];

export interface ThemeResultsCache extends ThemeResultStore { save(): void }

/** The cache file of the project at `root`, in `dir`, for code key `code` (resultsCodeKey); null when there is no key. */
export function themeResultsFile(root: string, dir = projectCacheDir(root), code: string | null = resultsCodeKey()): string | null {
  return code === null ? null : join(dir, `${FILE_FORMAT}-${code}.bin`);
}

/**
 * Opens the results of the project at `root` (check.ts ThemeResultStore). `results(modelInputs,
 * stageInputs)` gives the stored results when the file was written for the same model inputs,
 * else none, and the stored stage scores of the stages with the same inputs; save() writes this
 * run's results and stage scores when any was set or a stored one was not asked for. Without a code key
 * (the sources cannot be read, as from a bundle) it keeps nothing.
 */
export function openThemeResults(root: string, dir?: string, code: string | null = resultsCodeKey()): ThemeResultsCache {
  const file = themeResultsFile(root, dir, code);
  if (file === null) return { results: (_, stageInputs) => ({ get: () => undefined, stages: () => new Float64Array(stageInputs.length).fill(Number.NaN), set() {} }), save() {} };
  let model: string | null = null;
  let stageKeys: string[] = [];
  let stored: Stored = NONE;
  const used = new Map<string, ThemeResult>();
  // null: the stored row of a result served from the file, copied only if the file is written.
  const usedStages = new Map<string, Float64Array | null>();
  let storedStagesOf = (_key: string) => new Float64Array(0);
  const usedCalibrations = new Map<string, OwnedCalibration>();
  // The general-language bags drawn this run (those of the file are written back with them).
  const drawnBags = new Map<string, readonly KeptBag[]>();
  // The model's snapshot: read from its own file on first ask (a check whose results are all
  // kept never needs the model, nor these megabytes), set when this run built more of it.
  const modelFile = themeModelFile(file);
  let snapshot: ModelSnapshot | undefined | null = null;
  let snapshotSet = false;
  // The file's snapshot as read (of this model or another): its growth stages with this run's
  // inputs join the snapshot written (withKeptStages), asked for by this run or not.
  let previous: KeptSnapshot | undefined;
  // Hashes of the inputs of this run's model and stages: a stored calibration of one of them is kept.
  let live = new Set<string>();
  let changed = false;
  // Keyword reads: those of the file (read on first ask, if results() has not read it yet) and this run's.
  let storedRead = false;
  let storedKeywords: Map<string, KeywordRead> | null = null;
  const usedKeywords = new Map<string, KeywordRead>();
  return {
    keywordReads: {
      get(keyword) {
        storedKeywords ??= (storedRead ? stored : readStored(file)).keywords;
        const read = usedKeywords.get(keyword) ?? storedKeywords.get(keyword);
        if (read) usedKeywords.set(keyword, read);
        return read;
      },
      set(keyword, read) {
        usedKeywords.set(keyword, read);
        changed = true;
      },
    },
    results(modelInputs, stageInputs, calibrationInputs) {
      model = hash('sha1', modelInputs, 'base64url');
      stageKeys = stageInputs.map((s) => hash('sha1', s, 'base64url'));
      // A calibration's key starts with its owner's inputs and a NUL (model.ts lazyCalibration).
      const owners = calibrationInputs === undefined ? stageInputs : [calibrationInputs, ...stageInputs];
      const ownerHashes = [...(calibrationInputs === undefined ? [] : [hash('sha1', calibrationInputs, 'base64url')]), ...stageKeys];
      live = new Set(ownerHashes);
      const ownerOf = (key: string) => {
        const i = owners.findIndex((o) => key.length > o.length && key.charCodeAt(o.length) === 0 && key.startsWith(o));
        return i < 0 ? '' : ownerHashes[i];
      };
      stored = readStored(file);
      storedRead = true;
      const entries = stored.model === model ? stored.entries : new Map<string, ThemeResult>();
      // Stored stage column of each current stage (-1: a stage not stored).
      const from = stageKeys.map((k) => stored.stageKeys.indexOf(k));
      const stagesOf = (key: string) => {
        const out = new Float64Array(stageKeys.length).fill(Number.NaN);
        const old = stored.stages.get(key);
        if (old) from.forEach((j, i) => j >= 0 && (out[i] = old[j]));
        return out;
      };
      storedStagesOf = stagesOf;
      if (from.some((j, i) => j !== i) || stored.stageKeys.length !== stageKeys.length) changed = true;
      snapshot = null;
      return {
        get(key) {
          const result = entries.get(key);
          if (result) {
            used.set(key, result);
            usedStages.set(key, null);
          }
          return result;
        },
        stages: stagesOf,
        set(key, result, stages) {
          used.set(key, result);
          usedStages.set(key, stages);
          changed = true;
        },
        snapshot: {
          get() {
            if (snapshot === null) {
              previous = readSnapshot(modelFile);
              snapshot = previous?.model === model ? previous.snapshot : undefined;
            }
            return snapshot;
          },
          set(next) {
            snapshot = next;
            snapshotSet = true;
          },
        },
        bags: {
          get: (key) => drawnBags.get(key) ?? stored.bags.get(key),
          set(key, bags) {
            drawnBags.set(key, bags);
            changed = true;
          },
        },
        calibrations: {
          get(key) {
            const k = hash('sha1', key, 'base64url');
            const c = stored.calibrations.get(k);
            if (c) usedCalibrations.set(k, c);
            return c?.calibration;
          },
          set(key, calibration) {
            usedCalibrations.set(hash('sha1', key, 'base64url'), { owner: ownerOf(key), calibration });
            changed = true;
          },
        },
      };
    },
    save() {
      if (model !== null && snapshotSet && snapshot) {
        const kept = previous ? withKeptStages(snapshot, stageKeys, previous.snapshot, previous.stageKeys) : snapshot;
        writeCacheFile(modelFile, serialize({ format: MODEL_FORMAT, model, stageKeys, snapshot: kept }), MODEL_FAMILY);
      }
      if (model === null || (!changed && used.size === stored.entries.size && stored.model === model && usedKeywords.size === stored.keywords.size)) return;
      const calibrations = new Map(usedCalibrations);
      for (const [k, c] of stored.calibrations) if (!calibrations.has(k) && live.has(c.owner)) calibrations.set(k, c);
      // A read-only project still checks; it scores every post again next time.
      // Every post's stage scores in one typed array (rows in stageRows' order): 2,000 typed
      // arrays each cost a host-object round trip through JavaScript in v8.deserialize.
      const stageRows = [...usedStages.keys()];
      const stageValues = new Float64Array(stageRows.length * stageKeys.length);
      stageRows.forEach((key, i) => {
        const row = usedStages.get(key) ?? storedStagesOf(key);
        // A row of another width is not stored (NaN: the stage is scored again).
        if (row.length === stageKeys.length) stageValues.set(row, i * stageKeys.length);
        else stageValues.fill(Number.NaN, i * stageKeys.length, (i + 1) * stageKeys.length);
      });
      // The keyword reads of this run: those of a brand no longer written are dropped.
      // The bags are a function of the code alone (the file's name): kept whatever else changes.
      const bags = new Map([...stored.bags, ...drawnBags]);
      writeCacheFile(file, serialize({ format: FILE_FORMAT, model, stageKeys, entries: used, stageRows, stageValues, calibrations, keywords: usedKeywords, bags }), FAMILY);
    },
  };
}

/** A calibration and the hash of the inputs of the model or stage it belongs to ('' when none of this run's). */
interface OwnedCalibration { owner: string; calibration: Calibration }
interface Stored { model: string | null; entries: Map<string, ThemeResult>; stageKeys: string[]; stages: Map<string, Float64Array>; calibrations: Map<string, OwnedCalibration>; keywords: Map<string, KeywordRead>; bags: Map<string, KeptBag[]> }
const NONE: Stored = { model: null, entries: new Map(), stageKeys: [], stages: new Map(), calibrations: new Map(), keywords: new Map(), bags: new Map() };

function readStored(file: string): Stored {
  try {
    const data = deserialize(readFileSync(file)) as { format?: unknown; model?: unknown; entries?: unknown; stageKeys?: unknown; stageRows?: unknown; stageValues?: unknown; calibrations?: unknown; keywords?: unknown; bags?: unknown };
    if (data?.format !== FILE_FORMAT || typeof data.model !== 'string' || !(data.entries instanceof Map) || !strings(data.stageKeys) || !strings(data.stageRows) || !(data.stageValues instanceof Float64Array) || !(data.calibrations instanceof Map) || !(data.keywords instanceof Map) || !(data.bags instanceof Map)) return NONE;
    for (const [key, value] of data.bags) if (typeof key !== 'string' || !Array.isArray(value) || !value.every(isKeptBag)) return NONE;
    for (const [key, value] of data.keywords) if (typeof key !== 'string' || !isKeywordRead(value)) return NONE;
    for (const [key, value] of data.calibrations) if (typeof key !== 'string' || typeof value?.owner !== 'string' || !isCalibration(value.calibration)) return NONE;
    const width = (data.stageKeys as string[]).length;
    for (const [key, value] of data.entries) if (typeof key !== 'string' || !isThemeResult(value)) return NONE;
    const rows = data.stageRows as string[];
    const values = data.stageValues;
    if (values.length !== rows.length * width) return NONE;
    for (const x of values) if (!(Number.isNaN(x) || (x >= 0 && x <= 1))) return NONE;
    // Each post's row is a view of the one array, as it was stored.
    const stages = new Map(rows.map((key, i) => [key, values.subarray(i * width, (i + 1) * width)]));
    return { model: data.model, entries: data.entries as Map<string, ThemeResult>, stageKeys: data.stageKeys as string[], stages, calibrations: data.calibrations as Map<string, OwnedCalibration>, keywords: data.keywords as Map<string, KeywordRead>, bags: data.bags as Map<string, KeptBag[]> };
  } catch {
    return NONE; // Missing, truncated or unreadable: an empty cache.
  }
}

/** Whether `x` is a bag's counts: distinct terms, each with a positive finite count. */
function isKeptBag(x: unknown): x is KeptBag {
  const b = x as { terms?: unknown; counts?: unknown } | null;
  return b !== null && typeof b === 'object' && strings(b.terms) && b.counts instanceof Float64Array && b.counts.length === (b.terms as string[]).length &&
    new Set(b.terms as string[]).size === b.counts.length && b.counts.every((n) => Number.isFinite(n) && n > 0);
}

const numbers = (x: unknown) => Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isFinite(n));

/** Whether `x` has a Calibration's fields, its three lists of one length. */
function isCalibration(x: unknown): x is Calibration {
  if (x === null || typeof x !== 'object') return false;
  const c = x as Record<string, unknown>;
  return numbers(c.lengths) && numbers(c.anchor) && numbers(c.typical) && typeof c.posts === 'number' &&
    (c.anchor as number[]).length === (c.lengths as number[]).length && (c.typical as number[]).length === (c.lengths as number[]).length;
}

const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The model snapshot's file beside the results file `file` (its own family: the results' writes leave it). */
export function themeModelFile(file: string): string {
  return join(dirname(file), basename(file).replace(FAMILY, MODEL_FAMILY));
}
const MODEL_FAMILY = 'theme-model-';
/** Bump when the layout of ModelSnapshot or of its file changes (2: the stages' input hashes). */
const MODEL_FORMAT = 'theme-model-2';

/** A model file's content: the model's key (hash of its inputs), its stages' (one per stage of the snapshot) and the snapshot. */
interface KeptSnapshot { model: string; stageKeys: string[]; snapshot: ModelSnapshot }

/** The snapshot `file` holds, with its keys; undefined when it is missing or damaged (the model is then built from the posts). */
function readSnapshot(file: string): KeptSnapshot | undefined {
  try {
    const data = deserialize(readFileSync(file)) as { format?: unknown; model?: unknown; stageKeys?: unknown; snapshot?: unknown };
    if (data?.format !== MODEL_FORMAT || typeof data.model !== 'string' || !strings(data.stageKeys) || !isSnapshot(data.snapshot)) return undefined;
    const stageKeys = data.stageKeys as string[];
    return stageKeys.length === data.snapshot.stages.length ? { model: data.model, stageKeys, snapshot: data.snapshot } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `x` has a ModelSnapshot's shape: every index within the vocabulary, finite values, one stage per growth stage. */
function isSnapshot(x: unknown): x is ModelSnapshot {
  const s = x as { evidence?: unknown; vocab?: unknown; weights?: unknown; centroid?: unknown; pillars?: unknown; stages?: unknown } | null;
  if (s === null || typeof s !== 'object' || !Number.isInteger(s.evidence) || !strings(s.vocab) || !(s.weights instanceof Float64Array)) return false;
  const words = (s.vocab as string[]).length;
  if (s.weights.length !== words || !allFinite(s.weights)) return false;
  const entries = (t: unknown) => {
    const e = t as { at?: unknown; values?: unknown } | null;
    return e !== null && typeof e === 'object' && e.at instanceof Int32Array && e.values instanceof Float64Array && e.at.length === e.values.length &&
      indicesBelow(e.at, words) && allFinite(e.values);
  };
  const stage = (t: unknown) => {
    if (t === null) return true;
    const g = t as { centroid?: unknown; pillars?: unknown; own?: unknown };
    return typeof g === 'object' && entries(g.centroid) && Array.isArray(g.pillars) && g.pillars.every(entries) && Array.isArray(g.own) && g.own.length === g.pillars.length && g.own.every((o) => typeof o === 'boolean');
  };
  return entries(s.centroid) && Array.isArray(s.pillars) &&
    s.pillars.every((p: { id?: unknown; centroid?: unknown; own?: unknown } | null) => p !== null && typeof p === 'object' && typeof p.id === 'string' && typeof p.own === 'boolean' && entries(p.centroid)) &&
    Array.isArray(s.stages) && s.stages.length === stageSizes(s.evidence as number).length && s.stages.every(stage);
}

// Plain loops: a callback per element (every) cost ~30 ms on the 4.5 MB snapshot of 2,000 Chinese posts, read by every check after an edit.
function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

function indicesBelow(a: Int32Array, n: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]! < 0 || a[i]! >= n) return false;
  return true;
}

/** Whether `x` has every field of a ThemeResult with its type (a damaged file is never served). */
function isThemeResult(x: unknown): x is ThemeResult {
  if (x === null || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  const scores = r.pillarScores;
  return (
    typeof r.score === 'number' && typeof r.onTheme === 'boolean' && typeof r.threshold === 'number' &&
    (r.pillar === null || typeof r.pillar === 'string') && strings(r.terms) && strings(r.offTerms) &&
    scores !== null && typeof scores === 'object' && Object.values(scores).every((s) => typeof s === 'number') &&
    (r.language === 'en' || r.language === 'zh') && (r.confidence === 'low' || r.confidence === 'high') && typeof r.calibrationPosts === 'number'
  );
}

let CODE_KEY: string | null | undefined;
/**
 * A hash of everything a post's result is computed by besides the model's inputs and the post:
 * the theme modules, check.ts and check-report.ts (which build the model and key its inputs), the
 * term cache and its keys, the modules outside src/core/theme that decide what a post reads as
 * (markdown-parser.ts, tex-math.ts, admonition-kinds.ts, language.ts), the data files, the libraries that
 * strip, stem and stop words, and Node's version (its Math). null when the sources cannot be
 * read (a bundle): then nothing is cached. Once per process; between processes the key is kept
 * by the files' stamps (cache-files.ts fileCodeKey), so an unchanged install reads none of them.
 */
export function resultsCodeKey(): string | null {
  if (CODE_KEY === undefined) {
    // The same key as hashing every file's content, kept by the files' stamps (fileCodeKey).
    CODE_KEY = fileCodeKey(() => {
      const parts: CodePart[] = [FILE_FORMAT, process.version];
      const dirs = [fileURLToPath(new URL('../core/theme/', import.meta.url)), fileURLToPath(new URL('./theme-data/', import.meta.url))];
      for (const dir of dirs) for (const name of readdirSync(dir).sort()) parts.push(name, { file: join(dir, name) });
      // And the modules outside src/core/theme that decide what a post reads as (its code blocks, math, admonition marks, languages).
      for (const file of ['../core/check.ts', '../core/check-report.ts', '../core/markdown-parser.ts', '../core/tex-math.ts', '../core/admonition-kinds.ts', '../core/language.ts', './theme-term-cache.ts', './theme-term-keys.ts', './lazy-counts.ts', './theme-lexicon.ts']) parts.push(file, { file: fileURLToPath(new URL(file, import.meta.url)) });
      return [...parts, ...libraryVersions(THEME_LIBRARIES)];
    });
  }
  return CODE_KEY;
}
