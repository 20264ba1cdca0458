/**
 * `init [--force] [--empty] [--from FILE]`: sets up content/planner.json. Interactive on a terminal
 * (name, strengths, impressions, a label chosen from proposals, audience, time zone, 1-7
 * pillars, a first channel); `--from FILE` reads the same answers (or a whole planner) from
 * JSON for scripts and CI. An existing planner is replaced only with `--force`; `--empty` starts
 * an empty project instead: once the answers are in, the current posts and planner are moved
 * aside into content/.sample-DATE/ (nothing is deleted).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import * as p from '@clack/prompts';
import { CADENCE_PRESETS } from '../../core/cadence.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { type InitAnswers, buildPlannerFromAnswers, resolveCadence } from '../../core/init-answers.ts';
import { proposeLabels } from '../../core/label.ts';
import { LocalDateSchema, PLATFORMS, type PlannerInput } from '../../core/schema/planner.ts';
import { isValidTimeZone } from '../../core/zoned-time.ts';
import { PLANNER_FILE, createPlanner, plannerPath } from '../../store/planner-store.ts';
import { moveProjectAside } from '../../store/sample-aside.ts';
import type { CliContext } from '../context.ts';

const OWN = '__own__';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false }, empty: { type: 'boolean', default: false }, from: { type: 'string' } }, strict: true });
  const defaultZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!values.force && !values.empty && (await readFile(plannerPath(ctx.root)).then(() => true, () => false)))
    throw new ThroughlineError('a planner file already exists and was left as it is', { file: PLANNER_FILE, hint: 'pass --force to replace it' });
  let planner: PlannerInput;
  if (values.from) planner = await readAnswersFile(values.from, ctx.now, defaultZone);
  else {
    const answers = await askAnswers(ctx, defaultZone);
    if (!answers) return 2;
    planner = buildPlannerFromAnswers(answers, { now: ctx.now, defaultZone, file: 'init answers' });
  }
  const aside = values.empty ? await moveProjectAside(ctx.root, ctx.now) : null;
  if (aside) ctx.stderr(`moved the sample posts and planner aside to ${aside}/\n`);
  await createPlanner(ctx.root, planner, { force: values.force });
  ctx.stdout(`${PLANNER_FILE}\n`);
  ctx.stderr(`wrote ${PLANNER_FILE}: "${planner.brand.label}", ${planner.brand.pillars.length} pillars, channel "${planner.channels?.[0]?.id}"\n`);
  return 0;
}

/** A whole planner file (with "version") is taken as it is; anything else is init answers. */
async function readAnswersFile(file: string, now: number, defaultZone: string): Promise<PlannerInput> {
  const text = await readFile(resolve(process.cwd(), file), 'utf8').catch(() => {
    throw new ThroughlineError('there is no such file', { file, field: '--from' });
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ThroughlineError(`is not valid JSON (${(error as Error).message})`, { file });
  }
  if (raw && typeof raw === 'object' && 'version' in raw && 'brand' in raw) return raw as PlannerInput;
  return buildPlannerFromAnswers(raw, { now, defaultZone, file });
}

class Cancelled extends Error {}

function answer<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

const list = (text: string) => text.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
const required = (what: string) => (value: string) => (value.trim() ? undefined : `${what} is needed`);
const optional = (test: (value: string) => boolean, expected: string) => (value: string) => (!value || test(value) ? undefined : expected);
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
const isDate = (value: string) => LocalDateSchema.safeParse(value).success;

type Io = { input: Readable; output: Writable; signal: AbortSignal };
type Ask = (message: string, opts?: { placeholder?: string; fallback?: string; check?: (value: string) => string | undefined }) => Promise<string>;

/** One text question; `fallback` makes it optional (empty input gives the fallback). */
function asker(io: Io): Ask {
  return async (message, { placeholder, fallback, check } = {}) =>
    answer(await p.text({ ...io, message, placeholder, defaultValue: fallback, validate: check && ((v) => check(v ?? '')) }));
}

/** The interactive questions, on ctx.stdin and stderr; null when the user cancels. */
export async function askAnswers(ctx: CliContext, defaultZone: string): Promise<InitAnswers | null> {
  // Input that ends (a closed pipe, /dev/null) cancels the open question instead of hanging.
  const ended = new AbortController();
  const onEnd = () => ended.abort();
  ctx.stdin.once('end', onEnd);
  const io: Io = { input: ctx.stdin as Readable, output: stderrStream(ctx), signal: ended.signal };
  const ask = asker(io);
  try {
    p.intro('Throughline: set up your brand', io);
    const name = await ask('Your name (or brand name)', { check: required('a name') });
    const strengths = list(await ask('Your strengths, comma-separated', { placeholder: 'cooking, food photography', check: required('a strength') }));
    const impressions = list(await ask('What do others say of you? (optional, comma-separated)', { placeholder: 'warm, precise', fallback: '' }));
    const label = await askLabel(io, ask, strengths, impressions);
    const audience = await ask('Who is your audience?', { placeholder: 'Busy home cooks who want dishes that look good', fallback: '' });
    const timezone = await ask('Your time zone', { placeholder: defaultZone, fallback: defaultZone, check: optional(isValidTimeZone, 'an IANA zone, e.g. Asia/Shanghai') });
    const pillars = await askPillars(io, ask);
    const channel = await askChannel(io, ask);
    p.outro(`Writing ${PLANNER_FILE}`, io);
    return { name, strengths, impressions, label, audience, timezone, pillars, channel };
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    p.cancel('Setup cancelled; nothing was written.', io);
    if (ended.signal.aborted)
      ctx.stderr('throughline: init: the input ended before every question was answered; in scripts, use init --from FILE.json\n');
    return null;
  } finally {
    ctx.stdin.off('end', onEnd);
  }
}

async function askLabel(io: Io, ask: Ask, strengths: string[], impressions: string[]): Promise<string> {
  const lang = /\p{Script=Han}/u.test(strengths.join('')) ? 'zh' : 'en';
  const options = [...proposeLabels(strengths, impressions, lang).map((l) => ({ value: l, label: l })), { value: OWN, label: 'Write my own' }];
  const choice = answer(await p.select({ ...io, message: 'Pick a positioning label', options }));
  return choice === OWN ? ask('Your label', { check: required('a label') }) : choice;
}

async function askPillars(io: Io, ask: Ask): Promise<InitAnswers['pillars']> {
  const pillars: InitAnswers['pillars'] = [];
  do {
    const n = pillars.length + 1;
    const name = await ask(`Pillar ${n}: name (a content theme)`, { placeholder: 'Recipes', check: required('a name') });
    const description = await ask(`Pillar ${n}: one-line description`, { fallback: '' });
    const keywords = list(await ask(`Pillar ${n}: keywords, comma-separated`, { placeholder: 'recipe, braise, noodles', fallback: '' }));
    pillars.push({ name, description, keywords });
  } while (pillars.length < 7 && answer(await p.confirm({ ...io, message: `Add another pillar? (${pillars.length} of up to 7)`, initialValue: false })));
  return pillars;
}

async function askChannel(io: Io, ask: Ask): Promise<InitAnswers['channel']> {
  const platform = answer(await p.select({ ...io, message: 'Your first channel', options: PLATFORMS.map((value) => ({ value, label: value })) }));
  const presets = [...CADENCE_PRESETS.map((c) => ({ value: c.id, label: c.label.en })), { value: OWN, label: 'My own RRULE' }];
  const preset = answer(await p.select({ ...io, message: 'How often do you publish there?', options: presets }));
  const cadence = preset === OWN ? await ask('RRULE', { placeholder: 'FREQ=WEEKLY;BYDAY=TU,FR', check: cadenceProblem }) : preset;
  const start = await ask('First date (YYYY-MM-DD, empty = tomorrow)', { fallback: '', check: optional(isDate, 'a real date as YYYY-MM-DD, e.g. 2026-12-01') });
  const time = await ask('Time of day (HH:MM)', { placeholder: '09:00', fallback: '09:00', check: optional(isTime, 'a time as HH:MM, e.g. 09:00') });
  return { platform, cadence, time, ...(start ? { start } : {}) };
}

function cadenceProblem(rule: string): string | undefined {
  try {
    resolveCadence(rule);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Prompts draw on stderr so that stdout carries only the result. */
function stderrStream(ctx: CliContext): Writable {
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      ctx.stderr(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { columns: process.stderr.columns || 80, rows: process.stderr.rows || 24 });
}
