/**
 * `content/planner.json` through lowdb. Every read validates; every save takes a cross-process
 * lock, re-reads the file, applies the change and writes atomically (lowdb's steno writer:
 * temp file + rename), so the studio and the CLI can run side by side without losing a save.
 */
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { ThroughlineError } from '../core/errors.ts';
import { parsePlannerText, validatePlanner } from '../core/planner-file.ts';
import type { Planner, PlannerInput } from '../core/schema/planner.ts';
import { withFileLock } from './file-lock.ts';
import './theme-lexicon.ts';

export const PLANNER_FILE = 'content/planner.json';

export function plannerPath(root: string): string {
  return join(root, PLANNER_FILE);
}

function openDb(root: string): Low<Planner | null> {
  const adapter = new DataFile<Planner | null>(plannerPath(root), {
    parse: (text) => parsePlannerText(text, PLANNER_FILE),
    stringify: (data) => `${JSON.stringify(data, null, 2)}\n`,
  });
  return new Low<Planner | null>(adapter, null);
}

/** The validated planner; throws a ThroughlineError naming the file and JSON path. */
export async function readPlanner(root: string): Promise<Planner> {
  const db = openDb(root);
  await db.read();
  if (db.data === null)
    throw new ThroughlineError('there is no planner file here', {
      file: PLANNER_FILE,
      hint: `run "npm run throughline -- init" to create one, or pass --root with the folder that holds content/ (looked in ${root})`,
    });
  return db.data;
}

/**
 * Applies `change` to the planner on disk and saves it. The change sees the file as it is now
 * (re-read under the lock), and its result is validated before anything is written: a file
 * that fails validation is never overwritten.
 */
export async function updatePlanner(root: string, change: (planner: Planner) => Planner | void): Promise<Planner> {
  return withFileLock(plannerPath(root), async () => {
    const db = openDb(root);
    await db.read();
    if (db.data === null) throw new ThroughlineError('there is no planner file to update', { file: PLANNER_FILE });
    const draft = structuredClone(db.data);
    const next = validatePlanner(change(draft) ?? draft, PLANNER_FILE);
    db.data = next;
    await db.write();
    return next;
  });
}

/** Writes a new planner file; refuses to replace an existing one unless `force`. */
export async function createPlanner(root: string, planner: PlannerInput, opts: { force?: boolean } = {}): Promise<Planner> {
  const valid = validatePlanner(planner, PLANNER_FILE);
  await mkdir(join(root, 'content'), { recursive: true });
  const exists = await access(plannerPath(root)).then(() => true, () => false);
  if (exists && !opts.force)
    throw new ThroughlineError('a planner file already exists and was left as it is', {
      file: PLANNER_FILE,
      hint: 'pass --force to replace it',
    });
  if (!exists) {
    const db = openDb(root);
    db.data = valid;
    await db.write();
    return valid;
  }
  return updatePlanner(root, () => valid);
}
