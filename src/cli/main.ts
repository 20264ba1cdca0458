#!/usr/bin/env node
/**
 * `npm run --silent throughline -- <command>`: the common options (--root, --now), dispatch,
 * and the one place that turns errors into messages and exit codes (shared/interfaces.md §3).
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ThroughlineError } from '../core/errors.ts';
import { pick, type Text } from '../core/i18n/text.ts';
import { chineseForm, localeLanguage, localeMessages, type Lang, type MessageLocale } from '../core/language.ts';
import { enableCliCompileCache } from './compile-cache.ts';
import { COMMAND_TABLE, parseOptionsOf, synopsisOf, usageText, type CommandName } from './command-table.ts';
import { parseNowOption } from './now-option.ts';
import { nearestWord } from '../core/near-words.ts';
import { EXIT, type CliContext, type Command } from './context.ts';
import { shownFile } from './shown-path.ts';
import type { TraditionalOutput } from './traditional.ts';

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  check: () => import('./commands/check.ts'),
  plan: () => import('./commands/plan.ts'),
  export: () => import('./commands/export.ts'),
  import: () => import('./commands/import.ts'),
  init: () => import('./commands/init.ts'),
  sample: () => import('./commands/sample.ts'),
};

/** The usage text in each language, written from the table the parsers read (command-table.ts). */
export const USAGE: Text = { en: usageText('en'), zh: usageText('zh') };

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const HINTS: Record<string, string> = { '--root': '--root path/to/site', '--now': '--now 2026-11-23T09:00 (UTC)', '--lang': '--lang zh-Hant' };

/**
 * Takes --root, --now and --lang out of argv (anywhere), leaving the command's own arguments.
 * `lang` starts as the locale's language; `locale` is the one --lang names (undefined without
 * it: main then reads the environment's). main reports an error about these options in
 * requestedLocale(argv), the --lang given anywhere, else the locale's.
 */
export function splitCommonOptions(argv: string[], env: Record<string, string | undefined> = process.env): { root: string; now: number; lang: Lang; locale?: MessageLocale; rest: string[] } {
  let root = PROJECT_ROOT;
  let now = Date.now();
  let lang = localeLanguage(env);
  let locale: MessageLocale | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(name in HINTS)) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new ThroughlineError(NEEDS_A_VALUE, { field: name, hint: HINTS[name] });
    if (name === '--root') root = resolve(process.cwd(), value);
    else if (name === '--now') now = parseNowOption(value);
    else lang = langOf((locale = parseLang(value)));
  }
  return { root, now, lang, ...(locale && { locale }), rest };
}

/**
 * The locale of messages before the options are read: the last valid `--lang X` or
 * `--lang=X` in `argv`, else the environment's (localeMessages, without the brand's script). So an
 * error in another common option (`--now 2026-02-30`), wherever it stands, is in the language
 * asked for; an invalid `--lang` is skipped here and refused by splitCommonOptions in the locale's language.
 */
export function requestedLocale(argv: string[], env: Record<string, string | undefined> = process.env): MessageLocale {
  let locale = localeMessages(env);
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    const named = value === undefined ? undefined : localeNamed(value);
    if (named) locale = named;
  });
  return locale;
}

/** The language a locale's messages are written in: `zh` for both scripts (the 繁體 text is converted from it). */
function langOf(locale: MessageLocale): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

/**
 * A --lang value's locale: `en`, `zh` (Simplified), `zh-Hant` (Traditional, Taiwan's wording);
 * any Chinese tag by its script (chineseForm: `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant` are `zh-Hant`,
 * `zh-CN`, `zh-SG`, `zh-Hans` and `zh` alone `zh`), in any case and with `_` for `-` (zh_TW).
 */
function localeNamed(value: string): MessageLocale | undefined {
  if (/^en(?:[-_.]|$)/i.test(value)) return 'en';
  const form = chineseForm(value);
  if (!form) return undefined;
  return form.script === 'Hant' ? 'zh-Hant' : 'zh';
}

function parseLang(value: string): MessageLocale {
  const locale = localeNamed(value);
  if (locale) return locale;
  throw new ThroughlineError({ en: `"${value}" is not a language`, zh: `"${value}" 不是支持的语言` }, { field: '--lang', hint: '--lang en | --lang zh | --lang zh-Hant' });
}

/** Commands whose stdout is text for a person (without --json): a 繁體 run converts it; any other stdout (JSON, a calendar, file paths) is printed as it is. */
const HUMAN_STDOUT = new Set(['check', 'plan', 'sample']);

/**
 * The 繁體 writers for `locale` (cli/traditional.ts: the converter loads on first use), or none for
 * `en` and `zh`. The locale is read from the environment alone unless --lang names one; a `zh`
 * locale naming no script (`zh.UTF-8`) follows the brand's script, as the studio does.
 */
async function localeFor(common: { root: string; locale?: MessageLocale }, env: Record<string, string | undefined>): Promise<MessageLocale> {
  if (common.locale) return common.locale;
  const plain = localeMessages(env);
  if (plain === 'en' || plain === localeMessages(env, true)) return plain;
  const { readBrandTraditional } = await import('../studio/shared/brand-script.ts');
  return localeMessages(env, await readBrandTraditional(common.root));
}

/** `env` (default process.env) gives the locale and NO_COLOR/DEBUG; tests pass their own. */
export async function main(argv: string[], io: Pick<CliContext, 'stdout' | 'stderr' | 'isTTY' | 'stdin'>, env: Record<string, string | undefined> = process.env): Promise<number> {
  // An error in --root or --now is reported in the --lang given anywhere in argv.
  let locale = requestedLocale(argv, env);
  let lang = langOf(locale);
  let command: CommandName | undefined;
  // A project file an error names (relative to --root), as the user can open it from here.
  let shown: ((file: string) => string) | undefined;
  // 繁體: the writers that convert, once the locale is known.
  let traditional: TraditionalOutput | undefined;
  const say = async () => (locale === 'zh-Hant' ? (traditional ??= await (await import('./traditional.ts')).traditionalOutput()) : undefined);
  try {
    const common = splitCommonOptions(argv, env);
    locale = await localeFor(common, env);
    lang = langOf(locale);
    const out = await say();
    const stderr = out ? out.convert(io.stderr) : io.stderr;
    const stdout = out ? out.convert(io.stdout) : io.stdout;
    shown = (file) => shownFile(common.root, file, common.rest);
    const [name, ...args] = common.rest;
    const usage = pick(USAGE, lang);
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      (name ? stdout : stderr)(`${usage}\n`);
      return name ? EXIT.ok : EXIT.badInput;
    }
    const load = COMMANDS[name];
    if (!load) {
      const meant = meantCommand(name);
      const said = lang === 'zh' ? `未知的命令 "${name}"${meant ? `（是不是 ${meant}？）` : ''}` : `unknown command "${name}"${meant ? ` (did you mean ${meant}?)` : ''}`;
      stderr(`throughline: ${said}\n\n${usage}\n`);
      return EXIT.badInput;
    }
    // `check --help` as every CLI reads it: the usage, not "Unknown option '--help'" and exit 2.
    if (args.includes('--help') || args.includes('-h')) {
      stdout(`${usage}\n`);
      return EXIT.ok;
    }
    const color = io.isTTY && !env.NO_COLOR;
    command = name as CommandName;
    const { run } = await load();
    // The machine's output (--json, a calendar, the files written) is never converted: a script reads the same bytes in every locale.
    const human = HUMAN_STDOUT.has(name) && !args.includes('--json');
    // stdin read on first use (init's questions): Node builds the stream on first access (~8 ms).
    const ctx = { stdout: human ? stdout : io.stdout, stderr, isTTY: io.isTTY, get stdin() { return io.stdin; }, root: common.root, now: common.now, lang, color, shown, ...(out && { keep: out.keep, keepQuoted: out.keepQuoted }) };
    return await run(withNegativeValues(name, args), ctx);
  } catch (error) {
    const out = await say();
    return reportFailure(command && isParseArgsError(error) ? parseArgsError(command, error) : error, out ? { stderr: out.convert(io.stderr) } : io, lang, env, shown);
  }
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && Boolean((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'));
}

/**
 * A command's option error (node:util parseArgs: an unknown option, a value missing) as one
 * message and a hint with that command's synopsis, like any other bad input: not the whole
 * usage after a blank line. A missing value is said as a common option's is (`--weeks: needs a value`).
 */
function parseArgsError(command: CommandName, error: Error): ThroughlineError {
  const usage = { en: `throughline ${synopsisOf(command)} (throughline --help lists every command)`, zh: `throughline ${synopsisOf(command)}（throughline --help 列出所有命令）` };
  const missing = /^Option '(--[\w-]+)[^']*' argument missing/.exec(error.message);
  if (missing) return new ThroughlineError(NEEDS_A_VALUE, { field: missing[1], hint: usage });
  // Node adds advice for a positional argument that starts with "-" to an unknown option of a
  // command that takes positionals (import, export): a typed --dryrun is a typo, not that.
  const unknown = /^Unknown option '(-[^']*)'/.exec(error.message);
  if (unknown) {
    const meant = meantOption(command, unknown[1]!);
    return new ThroughlineError(
      { en: `Unknown option '${unknown[1]}'${meant ? ` (did you mean ${meant}?)` : ''}`, zh: `未知的选项 ${unknown[1]}${meant ? `（是不是 ${meant}？）` : ''}` },
      { hint: usage },
    );
  }
  return new ThroughlineError({ en: error.message, zh: parseArgsZh(error.message) }, { hint: usage });
}

/** The options every command takes (splitCommonOptions), and --help. */
const COMMON_OPTIONS = [...Object.keys(HINTS).map((o) => o.slice(2)), 'help'];

/**
 * The option of `command` (or a common one: --root, --now, --lang, --help) that `typed` most
 * likely meant: the same letters without `-`, `_` and case (`--dryrun`, `--Dry_Run` for
 * `--dry-run`), a start of it of 3 letters or more (`--chan`), else the one a typo away
 * (core/near-words.ts: `--jsn`, `--weaks`, `--rot`, `--dyr-run`).
 */
function meantOption(command: CommandName | undefined, typed: string): string | undefined {
  const bare = (text: string) => text.replace(/^-+/, '').replace(/[-_]/g, '').toLowerCase();
  const wanted = bare(typed);
  const names = [...(command ? Object.keys(parseOptionsOf(command)) : []), ...COMMON_OPTIONS];
  const found =
    names.find((n) => bare(n) === wanted) ??
    (wanted.length >= 3 ? names.find((n) => bare(n).startsWith(wanted)) : undefined) ??
    names.find((n) => bare(n) === nearestWord(wanted, names.map(bare)));
  return found && `--${found}`;
}

/** The command `typed` most likely meant (`chek`, `improt`), or for an option typed before any command, that option (`--rot`). */
function meantCommand(typed: string): string | undefined {
  if (typed.startsWith('-')) return meantOption(undefined, typed);
  return nearestWord(typed.toLowerCase(), [...Object.keys(COMMANDS), 'help']);
}

const NEEDS_A_VALUE = { en: 'needs a value', zh: '需要一个值' };

/**
 * `plan --weeks -1` as `plan --weeks=-1`: parseArgs takes a value starting with "-" for an
 * option ("argument is ambiguous"), so the command's own check never saw it and said what a
 * number of weeks is. Only a value that reads as a negative number is joined.
 */
function withNegativeValues(name: string, args: string[]): string[] {
  const options: Record<string, { type: string }> = (COMMAND_TABLE as Record<string, { options: Record<string, { type: string }> }>)[name]?.options ?? {};
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return [...out, ...args.slice(i)];
    const next = args[i + 1];
    if (arg.startsWith('--') && options[arg.slice(2)]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function reportFailure(error: unknown, io: Pick<CliContext, 'stderr'>, lang: Lang, env: Record<string, string | undefined>, shown?: (file: string) => string): number {
  if (error instanceof ThroughlineError) {
    io.stderr(`throughline: ${error.format(lang, shown)}\n`);
    return EXIT.badInput;
  }
  // A bug, not bad input: one readable line; the stack only when asked for.
  const detail = env.DEBUG?.includes('throughline') && error instanceof Error ? `\n${error.stack}` : '';
  const reason = error instanceof Error ? error.message : String(error);
  io.stderr(
    lang === 'zh'
      ? `throughline: 意外的失败：${reason}${detail}\n  建议：用 DEBUG=throughline 再运行一次查看详情，并报告这个问题\n`
      : `throughline: unexpected failure: ${reason}${detail}\n  hint: run again with DEBUG=throughline for details, and report it\n`,
  );
  return EXIT.badInput;
}

/** node:util parseArgs errors ("Unknown option '--x'. ...") in Chinese, naming the option. */
function parseArgsZh(message: string): string {
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (/^Unknown option/.test(message)) return `未知的选项 ${option ?? ''}`.trim();
  if (/argument missing/.test(message)) return `选项 ${option ?? ''} 需要一个值`;
  if (/Unexpected argument/.test(message)) return `多余的参数 ${option ?? /'([^']*)'/.exec(message)?.[1] ?? ''}`.trim();
  if (/does not take an argument/.test(message)) return `选项 ${option ?? ''} 不接受值`;
  if (/argument is ambiguous/.test(message)) return `选项 ${option ?? ''} 的值以 "-" 开头：请写成 ${option ?? '--选项'}=值`;
  return `命令行参数有误（${message}）`;
}

/**
 * The folder the user typed the command in. `npm run throughline` runs the CLI from the package
 * root and says where it was typed in INIT_CWD (docs.npmjs.com/cli/commands/npm-run-script): a
 * relative path the user gave (--out cal.ics, --root ../blog, import ./feed.xml, init --from)
 * is theirs, not the package root's. Only for our own script (npm_lifecycle_event), run from
 * this install's root, so a process that a test or another script starts keeps its own cwd.
 */
export function typedFrom(env: Record<string, string | undefined>, cwd: string): string {
  const from = env.INIT_CWD;
  return from && isAbsolute(from) && env.npm_lifecycle_event === 'throughline' && resolve(cwd) === PROJECT_ROOT ? from : cwd;
}

/** Runs the command line of this process (argv, stdio) and sets its exit code: main.ts and throughline.mjs. */
export async function runProcess(): Promise<void> {
  const from = typedFrom(process.env, process.cwd());
  if (from !== process.cwd()) {
    try {
      process.chdir(from);
    } catch {
      // A folder gone since it was typed: paths are then read from the package root, as before.
    }
  }
  // A reader that stops early (`check --json | head`) closes the pipe: what it did not read is
  // dropped, and the exit code stays the command's (1 is for error flags, 2 for bad input), never
  // an unhandled EPIPE with its stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    get stdin() {
      return process.stdin;
    },
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Before any command's modules load.
  enableCliCompileCache();
  await runProcess();
}
