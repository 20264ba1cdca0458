/**
 * Before a build: bad input stops it (file and field, the same verdict as `check`); flags are
 * printed as warnings, computed beside the build in a worker thread (build-check-flags.ts).
 * The error is Astro's user-facing kind without a stack trace: the message names the file, and
 * a trace of Throughline's own code would only bury it.
 */
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { ThroughlineError } from '../core/errors.ts';
import { pick } from '../core/i18n/text.ts';
import { localeLanguage, type Lang } from '../core/language.ts';
import { loadProject } from '../store/project.ts';
import type { FlagInput, FlagLine } from './build-check-flags.ts';
import type { BuildPosts } from './build-posts.ts';

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
 * still being computed in a worker thread; `flagged` resolves once they are printed. `read` is
 * what was read (the planner, the posts and their files' text) and the build's moment.
 * `publicDir` is the config's, where `cover` paths must be (`<root>/public` unless given).
 */
export async function startBuildCheck(
  root: string,
  logger: AstroIntegrationLogger,
  env: Record<string, string | undefined> = process.env,
  cacheDir?: string,
  publicDir?: string,
): Promise<{ flagged: Promise<void>; read: BuildPosts & { now: number } }> {
  const lang = localeLanguage(env);
  const now = Date.now();
  const texts = new Map<string, string>();
  const { planner, posts } = await loadProject(root, { buildAt: now, cacheDir, publicDir, texts }).catch((error: unknown) => Promise.reject(asBuildError(error, lang)));
  const input: FlagInput = { root, planner, posts, now, lang, cacheDir };
  const flagged = computeFlags(input).then((lines) => {
    for (const { level, text } of lines) logger[level](text);
  });
  // Awaited by the caller at the end of the build; a build that fails first must not report this too.
  flagged.catch(() => undefined);
  return { flagged, read: { root, planner, posts, texts, now } };
}

/**
 * The flag lines, from a worker thread; in this thread when no worker can run (a Node without
 * TypeScript support in workers fails at its start, before any message).
 */
function computeFlags(input: FlagInput): Promise<FlagLine[]> {
  // Imported only then: the flags' module brings the theme model, which the build's own thread
  // (astro.config.mjs imports this file) does not otherwise load.
  const inThisThread = async () => (await import('./build-check-flags.ts')).flagLines(input);
  return new Promise<FlagLine[]>((resolve, reject) => {
    const worker = new Worker(new URL('./build-check-flags.ts', import.meta.url), { workerData: { throughlineFlags: input } });
    // A build that stops early does not wait for the flags.
    worker.unref();
    let answered = false;
    worker.once('message', (lines: FlagLine[]) => ((answered = true), resolve(lines)));
    worker.once('error', () => (answered ? undefined : ((answered = true), resolve(Promise.resolve().then(inThisThread)))));
    worker.once('exit', (code) => (answered ? undefined : reject(new Error(`[throughline] the build check's worker stopped (exit code ${code})`))));
  });
}

function asBuildError(error: unknown, lang: Lang): unknown {
  if (!(error instanceof ThroughlineError)) return error;
  const where = [error.file, error.field].filter(Boolean).join(': ');
  const hint = error.text.hint === undefined ? undefined : pick(error.text.hint, lang);
  const refused = new AstroError(`${where ? `${where}: ` : ''}${error.messageIn(lang)}`, hint);
  refused.name = 'Throughline';
  refused.stack = '';
  return refused;
}
