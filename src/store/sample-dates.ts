/**
 * "Bring the sample up to today" on disk: the sample's post files and planner.json moved forward
 * by the whole weeks its dates lag today (core/sample-dates.ts computes; this file reads and
 * writes). Only the bundled sample (`"sample": true`) is ever moved.
 */
import { join } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { sampleLagWeeks, shiftPlannerDates, shiftPostDates } from '../core/sample-dates.ts';
import { localDateOf } from '../core/zoned-time.ts';
import { withFileLock } from './file-lock.ts';
import { PLANNER_FILE, updatePlanner } from './planner-store.ts';
import { readProject } from './project.ts';
import { readUserFile } from './read-file.ts';
import { writeTextFile } from './safe-write.ts';

export interface SampleLag {
  /** Whole weeks the sample's dates lag today (0: less than one, nothing to move). */
  weeks: number;
  /** The day the sample is written as seen on (the day after its latest published post), before any move. */
  seenOn: string | null;
  /** The brand's local date of "now". */
  today: string;
}

/** Thrown for a planner without `"sample": true`: its dates are the user's own. */
export function notSampleError(): ThroughlineError {
  return new ThroughlineError(
    { en: 'this is not the sample brand: its dates are your own and were left as they are', zh: '这不是示例品牌：其中的日期是你自己的，已保持原样' },
    {
      file: PLANNER_FILE,
      field: 'sample',
      hint: { en: 'only the bundled sample (planner.json with "sample": true) can be moved to today', zh: '只有自带的示例（planner.json 中有 "sample": true）才能把日期移到今天' },
    },
  );
}

/** How far the project's sample lags `now` (ms since the epoch); null when the planner is not the sample. */
export async function readSampleLag(root: string, now: number): Promise<SampleLag | null> {
  const { planner, posts } = await readProject(root);
  if ((planner as { sample?: unknown }).sample !== true) return null;
  const today = localDateOf(now, planner.brand.timezone);
  return { ...sampleLagWeeks(posts, today), today };
}

/**
 * Moves every date of the sample (posts' frontmatter dates, channels' start and UNTIL, history
 * periods, breaks) forward by the whole weeks it lags `now`, each file written as every save is
 * (locked, atomic, layout kept: only the dates' text changes). Returns the lag and the files
 * moved (relative to `root`); nothing is written when the lag is under a week or `dryRun`.
 * Throws {@link notSampleError} on a planner of one's own, naming content/planner.json.
 */
export async function bringSampleToToday(root: string, now: number, opts: { dryRun?: boolean } = {}): Promise<SampleLag & { files: string[] }> {
  const { planner, posts, problems } = await readProject(root);
  if ((planner as { sample?: unknown }).sample !== true) throw notSampleError();
  const today = localDateOf(now, planner.brand.timezone);
  const lag = { ...sampleLagWeeks(posts, today), today };
  if (lag.weeks === 0) return { ...lag, files: [] };
  const days = lag.weeks * 7;
  // A post whose frontmatter does not read is moved too: its dates are the sample's all the same.
  const postFiles = [...new Set([...posts.map((p) => p.file), ...problems.flatMap((p) => (p.file?.startsWith('content/posts/') ? [p.file] : []))])].sort();
  const files: string[] = [];
  for (const file of postFiles) {
    const path = join(root, file);
    const moved = await withFileLock(path, async () => {
      const next = shiftPostDates((await readUserFile(path, file))!, days);
      if (next.moved.length > 0 && !opts.dryRun) await writeTextFile(path, next.text, file);
      return next.moved.length > 0;
    });
    if (moved) files.push(file);
  }
  if (!opts.dryRun) await updatePlanner(root, (current) => shiftPlannerDates(current, days));
  return { ...lag, files: [...files, PLANNER_FILE] };
}
