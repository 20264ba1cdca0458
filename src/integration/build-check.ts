/**
 * Before a build: bad input stops it (file and field, the same verdict as `check`); flags are
 * printed as warnings, computed beside the build in a child process (build-check-flags.ts).
 * The error is Astro's user-facing kind without a stack trace: the message names the file, and
 * a trace of Throughline's own code would only bury it.
 */
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { ThroughlineError } from '../core/errors.ts';
import { pick } from '../core/i18n/text.ts';
import { localeLanguage, localeMessages, type Lang, type MessageLocale } from '../core/language.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import { isBrandTraditional } from '../studio/shared/brand-script.ts';
import { loadProject } from '../store/project.ts';
import { findMissingSiteImages } from '../store/body-images.ts';
import { isOnPortfolio } from '../core/portfolio.ts';
import { join } from 'node:path';
import type { FlagInput, FlagLine } from './build-check-flags.ts';
import { shownFile } from '../cli/shown-path.ts';
import type { BuildPosts } from './build-posts.ts';
import { forkHelper, type HelperProcess } from './helper-process.ts';

/**
 * Messages follow the locale, as the CLI's do (LC_ALL, LC_MESSAGES, LANG). With `cacheDir`
 * (the build passes <Astro cacheDir>/throughline), posts' theme terms are cached there by
 * content hash, so a rebuild reads only the posts whose text changed. Resolves once the flags
 * are printed too.
 */
export async function runBuildCheck(root: string, logger: AstroIntegrationLogger, env: Record<string, string | undefined> = process.env, cacheDir?: string): Promise<void> {
  const { flagged } = await startBuildCheck(root, logger, env, cacheDir);
  await flagged;
}

/**
 * The build check in two steps: resolves once the input is read and valid (rejects with file
 * and field otherwise: the build must stop before Astro loads any content), while the flags are
 * still being computed in a child process; `flagged` resolves once they are printed (awaiting it
 * keeps the process alive for them; until then a build that stops early does not wait). `read` is
 * what was read (the planner, the posts and their files' text) and the build's moment.
 * `publicDir` is the config's, where `cover` paths must be (`<root>/public` unless given).
 */
export async function startBuildCheck(
  root: string,
  logger: AstroIntegrationLogger,
  env: Record<string, string | undefined> = process.env,
  cacheDir?: string,
  publicDir?: string,
): Promise<{ flagged: PromiseLike<void>; read: BuildPosts & { now: number }; say: (text: string, keep?: readonly string[]) => string }> {
  const lang = localeLanguage(env);
  const now = Date.now();
  const texts = new Map<string, string>();
  // `npm run build -- --root DIR` (cli/build.mjs) says where it was typed: the files are named from there.
  const typedFrom = env.THROUGHLINE_TYPED_FROM;
  const shown = typedFrom ? (file: string) => shownFile(root, file, [], typedFrom) : undefined;
  const { planner, posts } = await loadProject(root, { buildAt: now, cacheDir, publicDir, texts }).catch(async (error: unknown) => {
    // The planner did not load, so the brand's script cannot decide a bare `zh` locale: the locale alone does.
    const say = await buildSay(localeMessages(env));
    return Promise.reject(asBuildError(error, lang, shown, say));
  });
  const say = await buildSay(localeMessages(env, isBrandTraditional(planner.brand)), { planner, posts });
  // A body image whose site path public/ lacks does not stop the build (a host may serve it from
  // elsewhere), but the page shows it broken: warned of, as `check` does.
  const onPortfolio = posts.filter((p) => isOnPortfolio(p, planner, now));
  const missingSiteImages = await findMissingSiteImages(publicDir ?? join(root, 'public'), onPortfolio);
  const input: FlagInput = { root, planner, posts, now, lang, cacheDir, missingSiteImages, typedFrom };
  const { lines, hold } = computeFlags(input);
  const printed = lines.then((found) => {
    for (const { level, text, keep } of found) logger[level](say(text, keep));
  });
  // Awaited by the caller at the end of the build; a build that fails first must not report this too.
  printed.catch(() => undefined);
  const flagged: PromiseLike<void> = { then: (onPrinted, onFailed) => (hold(), printed.then(onPrinted, onFailed)) };
  return { flagged, read: { root, planner, posts, texts, now }, say };
}

/**
 * What the build says in `locale`, from Simplified Chinese text: in `zh-Hant` the CLI's 繁體 (the
 * studio's uiText: Taiwan's words, 「」), keeping the project's own words (titles, names, keywords,
 * the label, as `check --lang zh-Hant` keeps them) and quoted values and paths as written; any other locale as
 * it is. The converter's module is imported only for `zh-Hant` (OpenCC then loads on the first
 * text converted), as `npm start` and `npm run build` refusals and the CLI do. `keep`: what one line
 * quotes of the draft's own words (a flag's evidence), kept as written inside its curly quotes.
 */
export async function buildSay(locale: MessageLocale, project?: { planner: Planner; posts: readonly Post[] }): Promise<(text: string, keep?: readonly string[]) => string> {
  if (locale !== 'zh-Hant') return (text) => text;
  const { ownWords, uiText } = await import('../studio/shared/traditional.ts');
  const own = project ? [...ownWords(project.planner, project.posts), project.planner.brand.name] : [];
  return (text, keep = []) => uiText(locale, text, own, keep);
}

/**
 * The flag lines, from a child process of the same Node; in this thread when it cannot give them
 * (a Node that cannot load TypeScript, a crash before it answered).
 *
 * In a process, not a worker thread (helper-process.ts): the flags parse Markdown with Sätteri's
 * native addon, whose crash there costs only the answer. The child does not keep this process
 * alive until `hold()` is called.
 */
function computeFlags(input: FlagInput): { lines: Promise<FlagLine[]>; hold(): void } {
  // Imported only then: the flags' module brings the theme model, which the build's own thread
  // (astro.config.mjs imports this file) does not otherwise load.
  const inThisThread = async () => (await import('./build-check-flags.ts')).flagLines(input);
  let helper: HelperProcess | undefined;
  const lines = new Promise<FlagLine[]>((resolve) => {
    let answered = false;
    const answer = (lines: FlagLine[] | undefined) => {
      if (answered) return;
      answered = true;
      resolve(lines ?? Promise.resolve().then(inThisThread));
    };
    try {
      helper = forkHelper(new URL('./build-check-flags.ts', import.meta.url));
    } catch {
      return answer(undefined);
    }
    const { child } = helper;
    child.once('message', (lines: FlagLine[]) => answer(lines));
    child.once('error', () => answer(undefined));
    child.once('exit', () => answer(undefined));
    child.send({ throughlineFlags: input }, (error) => error && answer(undefined));
  });
  return { lines, hold: () => void helper?.hold() };
}

/** A ThroughlineError as the build's refusal, in `lang` (through `say`: 繁體, buildSay); `shown` names its files as the user can open them (cli/shown-path.ts). */
function asBuildError(error: unknown, lang: Lang, shown: (file: string) => string = (file) => file, say: (text: string) => string = (text) => text): unknown {
  if (!(error instanceof ThroughlineError)) return error;
  const where = [error.file === undefined ? undefined : shown(error.file), error.field].filter(Boolean).join(': ');
  const hint = error.text.hint === undefined ? undefined : say(pick(error.text.hint, lang));
  return refusal(`${where ? `${where}: ` : ''}${say(error.messageIn(lang, shown))}`, hint);
}

/**
 * A refusal as the build shows it: Astro's user-facing error (`message`, and `hint` under it),
 * named Throughline, without a stack trace (the message names the file; a trace of Throughline's
 * own code would only bury it).
 */
export function refusal(message: string, hint?: string): AstroError {
  const error = new AstroError(message, hint);
  error.name = 'Throughline';
  error.stack = '';
  return error;
}
