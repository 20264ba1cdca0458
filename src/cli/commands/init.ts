/**
 * `init [--force] [--empty] [--from FILE]`: sets up content/planner.json. Interactive on a terminal
 * (name, strengths, impressions, a label chosen from proposals, audience, time zone, 1-7
 * pillars, a first channel); `--from FILE` reads the same answers (or a whole planner) from
 * JSON for scripts and CI. An existing planner is replaced only with `--force`; `--empty` starts
 * an empty project instead: once the answers are in, the current posts and planner are moved
 * aside into content/.sample-DATE/ (the bundled sample) or content/.previous-DATE/ (a project of
 * one's own), nothing deleted. Once written, the pillar keywords that `check` would flag as
 * keyword-not-counted are printed on stderr as check prints them; they change neither the file
 * nor the exit code.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { parseOptionsOf } from '../command-table.ts';
import * as p from '@clack/prompts';
import { CADENCE_PRESETS } from '../../core/cadence.ts';
import { decodeUtf8 } from '../../core/text-encoding.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { countOf, pick } from '../../core/i18n/text.ts';
import { hasHan, type Lang } from '../../core/language.ts';
import { parseJsonFileText } from '../../core/planner-file.ts';
import { type InitAnswers, buildPlannerFromAnswers, resolveCadence } from '../../core/init-answers.ts';
import { proposeLabels } from '../../core/label.ts';
import { PLATFORM_NAMES } from '../../core/platform-names.ts';
import { LocalDateSchema, PLATFORMS, type PlannerInput } from '../../core/schema/planner.ts';
import { canonicalZone, isPlannerZone } from '../../core/time-zones.ts';
import { PLANNER_FILE, createPlanner, plannerPath, readPlanner } from '../../store/planner-store.ts';
import { listPosts } from '../../store/posts.ts';
import { findReferenceErrors } from '../../core/check.ts';
import { flagKeywords } from '../../core/theme/keyword-flags.ts';
import { flagNoSubjectPillar } from '../../core/theme/form-flags.ts';
import { keepPlannerAside, moveProjectAside } from '../../store/sample-aside.ts';
import type { CliContext } from '../context.ts';
import { formatFlagsText } from '../format-check.ts';
import { INIT_TEXT, fillText } from '../init-text.ts';
import { shownPath } from '../shown-path.ts';
import { splitList } from '../../core/split-list.ts';

const OWN = '__own__';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args, options: parseOptionsOf('init'), strict: true });
  const defaultZone = canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  // Named as the user can open it from where they typed the command, not relative to --root.
  const plannerFile = shownPath(ctx.root, PLANNER_FILE);
  if (!values.force && !values.empty && (await readFile(plannerPath(ctx.root)).then(() => true, () => false)))
    throw new ThroughlineError(
      { en: 'a planner file already exists and was left as it is', zh: '计划文件已经存在，保持原样未改动' },
      { file: plannerFile, hint: { en: 'pass --force to replace it', zh: '加上 --force 以替换它' } },
    );
  let planner: PlannerInput;
  if (values.from) planner = await readAnswersFile(values.from, ctx.now, defaultZone);
  else {
    // Piped input is not answers (README): read as keystrokes, "Alice\ncooking" went into one
    // field, drawn with raw escape codes, and failed only at the end of the input.
    if (ctx.stdin === process.stdin && !process.stdin.isTTY)
      throw new ThroughlineError(
        { en: 'the questions need a terminal: piped or redirected input is not read as answers', zh: '这些问题需要在终端里回答：管道或重定向的输入不会被当作回答' },
        { field: 'stdin', hint: { en: 'write the answers to a JSON file and run init --from FILE.json (see "Set up a new brand" in README.md)', zh: '请把回答写进一个 JSON 文件，然后运行 init --from FILE.json（见 README.md 的“Set up a new brand”）' } },
      );
    const answers = await askAnswers(ctx, defaultZone, plannerFile);
    if (!answers) return 2;
    planner = buildPlannerFromAnswers(answers, { now: ctx.now, defaultZone, file: ctx.lang === 'zh' ? 'init 的回答' : 'init answers' });
  }
  // As the studio's "Start over": only the bundled sample ("sample": true) goes to .sample-DATE;
  // a project of one's own goes to .previous-DATE and the message says it was yours.
  const isSample = values.empty ? await plannerIsSample(ctx.root) : false;
  const aside = values.empty ? await moveProjectAside(ctx.root, ctx.now, isSample ? 'sample' : 'previous') : null;
  if (aside)
    ctx.stderr(
      isSample
        ? pick({ en: `moved the sample posts and planner aside to ${shownPath(ctx.root, aside)}/`, zh: `已把示例文章和计划文件移到 ${shownPath(ctx.root, aside)}/` }, ctx.lang) + '\n'
        : pick({ en: `moved your previous posts and planner aside to ${shownPath(ctx.root, aside)}/`, zh: `已把你之前的文章和计划文件移到 ${shownPath(ctx.root, aside)}/` }, ctx.lang) + '\n',
    );
  // --force alone replaces the planner: a copy of the one replaced is kept (README), removed
  // again when the replacement is refused (an existing planner that fails validation).
  const kept = values.force && !aside ? await keepPlannerAside(ctx.root, ctx.now) : null;
  const written = await createPlanner(ctx.root, planner, { force: values.force }).catch(async (error: unknown) => {
    await kept?.discard();
    throw error;
  });
  if (ctx.keep) (await import('../traditional.ts')).keepProjectWords(ctx.keep, written);
  if (kept) {
    const copy = shownPath(ctx.root, `${kept.folder}/planner.json`);
    ctx.stderr(pick({ en: `kept a copy of the planner it replaced: ${copy}`, zh: `已把被替换的计划文件另存为 ${copy}` }, ctx.lang) + '\n');
  }
  ctx.stdout(`${plannerFile}\n`);
  ctx.stderr(`${writtenSummary(planner, ctx.lang, plannerFile)}\n`);
  // The keywords check would flag as never counting (or counting in part), said while the answers are fresh; notes only, exit 0.
  const notes = [...flagKeywords(written, ctx.lang), ...flagNoSubjectPillar(written.brand.pillars, ctx.lang)];
  if (notes.length > 0) ctx.stderr(formatFlagsText(notes, ctx.lang, (file) => shownPath(ctx.root, file)));
  if (!aside) await warnOrphanPosts(ctx);
  return 0;
}

/** Whether content/planner.json is the bundled sample's (`"sample": true`); unreadable = not the sample. */
async function plannerIsSample(root: string): Promise<boolean> {
  try {
    const text = (await readFile(plannerPath(root), 'utf8')).replace(/^\uFEFF/, '');
    return (JSON.parse(text) as { sample?: unknown } | null)?.sample === true;
  } catch {
    return false;
  }
}

/**
 * After `--force` over a project with posts: the posts that name a channel or pillar the new
 * planner lacks would make `check` and the build refuse the project, so say so now and name the
 * way out (`--empty` moves them aside).
 */
async function warnOrphanPosts(ctx: CliContext): Promise<void> {
  const { posts } = await listPosts(ctx.root);
  const orphans = new Set(findReferenceErrors(await readPlanner(ctx.root), posts).map((e) => e.file));
  if (orphans.size === 0) return;
  const n = orphans.size;
  ctx.stderr(
    ctx.lang === 'zh'
      ? `注意：content/posts 中有 ${n} 个文章文件引用了新计划里没有的渠道或支柱，check 和构建会拒绝它们。若它们是示例文章，请改用 init --empty（会把它们移到一旁）；否则请修改它们的 channel 或 pillar。\n`
      : `note: ${n} post ${n === 1 ? 'file names' : 'files name'} a channel or pillar the new planner lacks, so check and the build will refuse ${n === 1 ? 'it' : 'them'}. If they are the sample's, run init --empty instead (it moves them aside); otherwise change their channel or pillar.\n`,
  );
}

/** `wrote content/planner.json: "label", 1 pillar, channel "blog"`, in `lang`; `file` is the planner's path as shown (cli/shown-path.ts). */
export function writtenSummary(planner: PlannerInput, lang: Lang, file = PLANNER_FILE): string {
  const pillars = pick(countOf(planner.brand.pillars.length, ['pillar', 'pillars'], '个支柱'), lang);
  const channel = planner.channels?.[0]?.id;
  const label = planner.brand.label;
  if (lang === 'zh') return `已写入 ${file}："${label}"，${pillars}${channel ? `，渠道 "${channel}"` : ''}`;
  return `wrote ${file}: "${label}", ${pillars}${channel ? `, channel "${channel}"` : ''}`;
}

/** A whole planner file (with "version") is taken as it is; anything else is init answers. */
async function readAnswersFile(file: string, now: number, defaultZone: string): Promise<PlannerInput> {
  const bytes = await readFile(resolve(process.cwd(), file)).catch(() => {
    throw new ThroughlineError({ en: 'there is no such file', zh: '没有这个文件' }, { file, field: '--from' });
  });
  const raw = parseJsonFileText(decodeUtf8(bytes, file), file);
  if (raw && typeof raw === 'object' && 'version' in raw && 'brand' in raw) return raw as PlannerInput;
  return buildPlannerFromAnswers(raw, { now, defaultZone, file });
}

class Cancelled extends Error {}

function answer<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

const required = (message: string) => (value: string) => (value.trim() ? undefined : message);
const optional = (test: (value: string) => boolean, expected: string) => (value: string) => (!value || test(value) ? undefined : expected);
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
const isDate = (value: string) => LocalDateSchema.safeParse(value).success;

type Io = { input: Readable; output: Writable; signal: AbortSignal; say: (key: keyof typeof INIT_TEXT, values?: Record<string, string | number>) => string; lang: Lang };
type Ask = (message: string, opts?: { placeholder?: string; fallback?: string; check?: (value: string) => string | undefined }) => Promise<string>;

/** One text question; `fallback` makes it optional (empty input gives the fallback). */
function asker(io: Io): Ask {
  return async (message, { placeholder, fallback, check } = {}) =>
    answer(await p.text({ ...clack(io), message, placeholder, defaultValue: fallback, validate: check && ((v) => check(v ?? '')) }));
}

/** The options clack's prompts take from Io. */
function clack(io: Io): { input: Readable; output: Writable; signal: AbortSignal } {
  return { input: io.input, output: io.output, signal: io.signal };
}

/** The interactive questions, on ctx.stdin and stderr; null when the user cancels. */
export async function askAnswers(ctx: CliContext, defaultZone: string, plannerFile = PLANNER_FILE): Promise<InitAnswers | null> {
  // Input that ends (a closed pipe, /dev/null) cancels the open question instead of hanging.
  const ended = new AbortController();
  const onEnd = () => ended.abort();
  ctx.stdin.once('end', onEnd);
  const say = (key: keyof typeof INIT_TEXT, values: Record<string, string | number> = {}) => fillText(INIT_TEXT[key][ctx.lang], values);
  const io: Io = { input: ctx.stdin as Readable, output: stderrStream(ctx), signal: ended.signal, say, lang: ctx.lang };
  const ask = asker(io);
  try {
    p.intro(say('intro'), clack(io));
    const name = await ask(say('name'), { check: required(say('nameNeeded')) });
    const strengths = splitList(await ask(say('strengths'), { placeholder: say('strengthsExample'), check: required(say('strengthNeeded')) }));
    const impressions = splitList(await ask(say('impressions'), { placeholder: say('impressionsExample'), fallback: '' }));
    const label = await askLabel(io, ask, strengths, impressions);
    const audience = await ask(say('audience'), { placeholder: say('audienceExample'), fallback: '' });
    const timezone = await ask(say('zone'), { placeholder: defaultZone, fallback: defaultZone, check: optional(isPlannerZone, say('zoneInvalid')) });
    const pillars = await askPillars(io, ask);
    const channel = await askChannel(io, ask);
    p.outro(say('writing', { file: plannerFile }), clack(io));
    return { name, strengths, impressions, label, audience, timezone, pillars, channel };
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    p.cancel(say('cancelled'), clack(io));
    if (ended.signal.aborted) ctx.stderr(`throughline: ${say('inputEnded')}\n`);
    return null;
  } finally {
    ctx.stdin.off('end', onEnd);
  }
}

async function askLabel(io: Io, ask: Ask, strengths: string[], impressions: string[]): Promise<string> {
  const lang = hasHan(strengths.join('')) ? 'zh' : 'en';
  const options = [...proposeLabels(strengths, impressions, lang).map((l) => ({ value: l, label: l })), { value: OWN, label: io.say('ownLabel') }];
  const choice = answer(await p.select({ ...clack(io), ...selectText(io, 'label'), options }));
  return choice === OWN ? ask(io.say('labelPrompt'), { check: required(io.say('labelNeeded')) }) : choice;
}

async function askPillars(io: Io, ask: Ask): Promise<InitAnswers['pillars']> {
  const pillars: InitAnswers['pillars'] = [];
  do {
    const n = pillars.length + 1;
    const name = await ask(io.say('pillarName', { n }), { placeholder: io.say('pillarExample'), check: required(io.say('pillarNameNeeded')) });
    const description = await ask(io.say('pillarDescription', { n }), { fallback: '' });
    const keywords = splitList(await ask(io.say('pillarKeywords', { n }), { placeholder: io.say('keywordsExample'), fallback: '' }));
    pillars.push({ name, description, keywords });
  } while (pillars.length < 7 && answer(await p.confirm({ ...clack(io), message: io.say('morePillars', { n: pillars.length }), initialValue: false, ...yesNo(io.lang) })));
  return pillars;
}

async function askChannel(io: Io, ask: Ask): Promise<InitAnswers['channel']> {
  const options = PLATFORMS.map((value) => ({ value, label: PLATFORM_NAMES[value][io.lang] === value ? value : `${PLATFORM_NAMES[value][io.lang]} (${value})` }));
  const platform = answer(await p.select({ ...clack(io), ...selectText(io, 'channel'), options }));
  const presets = [...CADENCE_PRESETS.map((c) => ({ value: c.id, label: c.label[io.lang] })), { value: OWN, label: io.say('ownRule') }];
  const preset = answer(await p.select({ ...clack(io), ...selectText(io, 'cadence'), options: presets }));
  const cadence = preset === OWN ? await ask('RRULE', { placeholder: 'FREQ=WEEKLY;BYDAY=TU,FR', check: (rule) => cadenceProblem(rule, io.lang) }) : preset;
  const start = await ask(io.say('start'), { fallback: '', check: optional(isDate, io.say('dateInvalid')) });
  const time = await ask(io.say('time'), { placeholder: '09:00', fallback: '09:00', check: optional(isTime, io.say('timeInvalid')) });
  return { platform, cadence, time, ...(start ? { start } : {}) };
}

/** A select's question; clack's key instructions are English, so Chinese carries its own. */
function selectText(io: Io, key: keyof typeof INIT_TEXT): { message: string; showInstructions: boolean } {
  return io.lang === 'zh' ? { message: `${io.say(key)}（↑/↓ 选择，回车确认）`, showInstructions: false } : { message: io.say(key), showInstructions: true };
}

/** clack's confirm labels (its defaults are "Yes"/"No"). */
function yesNo(lang: Lang): { active: string; inactive: string } {
  return lang === 'zh' ? { active: '是', inactive: '否' } : { active: 'Yes', inactive: 'No' };
}

function cadenceProblem(rule: string, lang: Lang): string | undefined {
  try {
    resolveCadence(rule);
    return undefined;
  } catch (error) {
    return error instanceof ThroughlineError ? error.messageIn(lang) : (error as Error).message;
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
