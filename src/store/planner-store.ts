/**
 * `content/planner.json` through lowdb. Every read validates; every save takes a cross-process
 * lock, re-reads the file, applies the change and writes atomically through safe-write.ts
 * (symbolic links written through, modes kept, read-only files refused), so the studio and the
 * CLI can run side by side without losing a save. A form that was filled from an older version
 * of the file names that version's revision, and its save is refused rather than revert.
 */
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { ThroughlineError } from '../core/errors.ts';
import type { Planner, PlannerInput } from '../core/schema/planner.ts';
import { withFileLock } from './file-lock.ts';
import { readUserFile } from './read-file.ts';
import { revisionOf } from './revision.ts';
import { describeWriteError, writeTextFile } from './safe-write.ts';
import { isDeepStrictEqual } from 'node:util';

/**
 * planner-file.ts (the planner schema: zod) loaded when a planner must be validated, not at
 * start-up: a `check` whose planner text is in the validated-planner cache never loads zod.
 */
let plannerFile: Promise<typeof import('../core/planner-file.ts')> | undefined;
const loadPlannerFile = () => (plannerFile ??= import('../core/planner-file.ts'));

/** Planners already validated, by their exact text (store/planner-cache.ts). */
export interface ValidatedPlanners {
  get(text: string): Planner | undefined;
  set(text: string, planner: Planner): void;
}
import './theme-lexicon.ts';

export const PLANNER_FILE = 'content/planner.json';

export function plannerPath(root: string): string {
  return join(root, PLANNER_FILE);
}

/**
 * How a planner.json text is laid out, so that a save rewrites only what changed: its indent
 * (spaces or a tab), its line ending, and its keys as written (their order). Before, every save
 * wrote 2 spaces, LF and the schema's key order: one id added by "On theme after all" to a file
 * written with 4 spaces and CRLF changed every line of it.
 */
interface Layout { indent: string; eol: '\n' | '\r\n'; raw: unknown }

function layoutOf(text: string): Layout | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const indent = /^\{\r?\n([ \t]+)"/.exec(text.replace(/^\uFEFF/, ''))?.[1] ?? '  ';
  return { indent, eol: text.includes('\r\n') ? '\r\n' : '\n', raw };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `next` with its keys in the order `before` wrote them (new keys after); list items matched by id, else by place. */
function orderLike(next: unknown, before: unknown): unknown {
  if (Array.isArray(next) && Array.isArray(before)) {
    const byId = new Map(before.filter(isObject).filter((b) => typeof b.id === 'string').map((b) => [b.id as string, b]));
    return next.map((item, i) => orderLike(item, isObject(item) && typeof item.id === 'string' ? byId.get(item.id) : before[i]));
  }
  if (!isObject(next) || !isObject(before)) return next;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(before)) if (key in next) out[key] = orderLike(next[key], before[key]);
  for (const key of Object.keys(next)) if (!(key in out)) out[key] = next[key];
  return out;
}

/** lowdb's adapter for planner.json: validated reads that keep the text's revision, safe writes. */
class PlannerFile implements Adapter<Planner | null> {
  revision: string | null = null;
  /** The text last read: a write keeps its layout (worked out only then: a read-only check never parses it twice). */
  private lastText: string | null = null;
  readonly path: string;
  readonly validated: ValidatedPlanners | undefined;
  constructor(path: string, validated?: ValidatedPlanners) {
    this.path = path;
    this.validated = validated;
  }

  /** What the text last read reads as: a write edits that text from it to the new value. */
  private lastRead: Planner | null = null;

  async read(): Promise<Planner | null> {
    const text = await readUserFile(this.path, PLANNER_FILE, { missing: null });
    if (text === null) return null;
    this.revision = revisionOf(text);
    this.lastText = text;
    const known = this.validated?.get(text);
    if (known) return (this.lastRead = known);
    const planner = (await loadPlannerFile()).parsePlannerText(text, PLANNER_FILE);
    this.validated?.set(text, planner);
    return (this.lastRead = planner);
  }

  async write(data: Planner | null, opts: { exclusive?: boolean } = {}): Promise<void> {
    const layout = this.lastText === null ? null : layoutOf(this.lastText);
    // Without a byte order mark, edited or written whole: JSON has none (RFC 8259 §8.1), and
    // tools that read planner.json (JSON.parse, jq) stop at one.
    const edited = layout ? (await this.edited(data, layout))?.replace(/^\uFEFF/, '') : undefined;
    const text = edited ?? (layout ? `${JSON.stringify(orderLike(data, layout.raw), null, layout.indent)}\n`.replace(/\n/g, layout.eol) : `${JSON.stringify(data, null, 2)}\n`);
    await writeTextFile(this.path, text, PLANNER_FILE, opts);
    this.revision = revisionOf(text);
  }

  /**
   * The text last read with only what changed edited in (core/json-edit.ts), when it reads back
   * as exactly `data`; else undefined, and the file is written whole in its layout as before.
   */
  private async edited(data: Planner | null, layout: Layout): Promise<string | undefined> {
    if (this.lastText === null || this.lastRead === null || data === null) return undefined;
    try {
      // Loaded for a save only: `check` reads the planner on every run.
      const text = (await import('../core/json-edit.ts')).editJson(this.lastText, this.lastRead, data, layout);
      if (text === undefined) return undefined;
      // As JSON holds them: a key whose value is undefined (a form's empty colour) is no key.
      const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
      return isDeepStrictEqual(asJson((await loadPlannerFile()).parsePlannerText(text, PLANNER_FILE)), asJson(data)) ? text : undefined;
    } catch {
      return undefined;
    }
  }
}

function openDb(root: string, validated?: ValidatedPlanners): { db: Low<Planner | null>; file: PlannerFile } {
  const file = new PlannerFile(plannerPath(root), validated);
  return { db: new Low<Planner | null>(file, null), file };
}

/**
 * The validated planner; throws a ThroughlineError naming the file and JSON path. `validated`:
 * planners validated before, by text (a text it holds is not validated again).
 */
export async function readPlanner(root: string, opts: { validated?: ValidatedPlanners } = {}): Promise<Planner> {
  return (await readPlannerRevision(root, opts)).planner;
}

/** The planner with the revision of the text it was read from (pass it to updatePlanner). */
export async function readPlannerRevision(root: string, opts: { validated?: ValidatedPlanners } = {}): Promise<{ planner: Planner; revision: string }> {
  const { db, file } = openDb(root, opts.validated);
  await db.read();
  if (db.data === null)
    throw new ThroughlineError(
      { en: 'there is no planner file here', zh: '这里没有计划文件' },
      {
        file: PLANNER_FILE,
        hint: {
          en: `run "npm run throughline -- init" to create one, or pass --root with the folder that holds content/ (looked in ${root})`,
          zh: `运行 "npm run throughline -- init" 创建一个，或用 --root 指定存放 content/ 的文件夹（查找位置：${root}）`,
        },
      },
    );
  return { planner: db.data, revision: file.revision! };
}

/** Thrown by updatePlanner when the file is no longer the version the caller's form showed. */
export class StalePlannerError extends ThroughlineError {
  constructor() {
    super(
      {
        en: 'planner.json changed since this form was opened (in another tab, an editor or the CLI); your change was not saved',
        zh: '自打开这个表单以来，planner.json 已被修改（在另一个标签页、编辑器或命令行中）；你的修改没有保存',
      },
      {
        file: PLANNER_FILE,
        hint: {
          en: 'your input is kept below: reload to see the current version, then apply it again',
          zh: '你的输入保留在下面：请重新加载查看当前版本，再重新应用',
        },
      },
    );
  }
}

/**
 * Applies `change` to the planner on disk and saves it. The change sees the file as it is now
 * (re-read under the lock), and its result is validated before anything is written: a file
 * that fails validation is never overwritten. With `expectedRevision` (from
 * readPlannerRevision), a file that changed since is refused with a StalePlannerError.
 */
export async function updatePlanner(
  root: string,
  change: (planner: Planner) => Planner | void,
  opts: { expectedRevision?: string } = {},
): Promise<Planner> {
  return withFileLock(plannerPath(root), async () => {
    const { db, file } = openDb(root);
    await db.read();
    if (db.data === null) throw new ThroughlineError({ en: 'there is no planner file to update', zh: '没有可以更新的计划文件' }, { file: PLANNER_FILE });
    if (opts.expectedRevision && file.revision !== opts.expectedRevision) throw new StalePlannerError();
    const draft = structuredClone(db.data);
    const next = (await loadPlannerFile()).validatePlanner(change(draft) ?? draft, PLANNER_FILE);
    db.data = next;
    await db.write();
    return next;
  });
}

/** Writes a new planner file; refuses to replace an existing one unless `force`. */
export async function createPlanner(root: string, planner: PlannerInput, opts: { force?: boolean } = {}): Promise<Planner> {
  const valid = (await loadPlannerFile()).validatePlanner(planner, PLANNER_FILE);
  // --root naming a file (ENOTDIR), a read-only disk: said as a write of the planner, not "unexpected failure".
  await mkdir(join(root, 'content'), { recursive: true }).catch((error: unknown) => {
    throw describeWriteError(error, PLANNER_FILE);
  });
  const exists = await access(plannerPath(root)).then(() => true, () => false);
  if (exists && !opts.force)
    throw new ThroughlineError(
      { en: 'a planner file already exists and was left as it is', zh: '计划文件已经存在，保持原样未改动' },
      { file: PLANNER_FILE, hint: { en: 'pass --force to replace it', zh: '加上 --force 以替换它' } },
    );
  if (!exists) {
    await new PlannerFile(plannerPath(root)).write(valid, { exclusive: true });
    return valid;
  }
  return updatePlanner(root, () => valid);
}
