/**
 * Text of planner.json -> a validated Planner, with migrations from older versions. Pure: the
 * store and the studio's form handling both go through here.
 */
import { ThroughlineError, issuesToErrors } from './errors.ts';
import { PLANNER_VERSION, PlannerSchema, type Planner } from './schema/planner.ts';

/** Each entry turns a file of version N into version N + 1. Version 1 is the first. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

export function migratePlanner(raw: unknown, file: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ThroughlineError('expected a JSON object with "version", "brand", "channels" and "breaks"', { file });
  let data = raw as Record<string, unknown>;
  const version = data.version;
  if (typeof version === 'number' && version > PLANNER_VERSION)
    throw new ThroughlineError(`this file is version ${version}, newer than this Throughline (version ${PLANNER_VERSION})`, {
      file,
      field: 'version',
      hint: 'update Throughline (npm install) before editing this file',
    });
  for (let v = typeof version === 'number' ? version : PLANNER_VERSION; v < PLANNER_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) break;
    data = step(data);
  }
  return data;
}

/** Validates planner data; throws the first problem, listing the others in the hint. */
export function validatePlanner(raw: unknown, file: string): Planner {
  const result = PlannerSchema.safeParse(migratePlanner(raw, file));
  if (result.success) return result.data;
  const [first, ...rest] = issuesToErrors(file, result.error.issues);
  if (rest.length > 0) {
    const others = rest.map((e) => `${e.field ?? '(top level)'}: ${e.message}`).join('; ');
    throw new ThroughlineError(first!.message, { file, field: first!.field, hint: `also: ${others}` });
  }
  throw first!;
}

export function parsePlannerText(text: string, file: string): Planner {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ThroughlineError(`is not valid JSON (${(error as Error).message})`, {
      file,
      hint: 'fix the JSON syntax; the file was left as it is',
    });
  }
  return validatePlanner(raw, file);
}
