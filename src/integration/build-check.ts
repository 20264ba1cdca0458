/**
 * Before a build: bad input stops it (file and field, the same verdict as `check`); flags are
 * printed as warnings. The error is Astro's user-facing kind without a stack trace: the message
 * names the file, and a trace of Throughline's own code would only bury it.
 */
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { buildCheckReport } from '../core/check.ts';
import { ThroughlineError } from '../core/errors.ts';
import { pick } from '../core/i18n/text.ts';
import { localeLanguage } from '../core/language.ts';
import { loadProject } from '../store/project.ts';
import { openTermCache } from '../store/theme-term-cache.ts';

/**
 * Messages follow the locale, as the CLI's do (LC_ALL, LC_MESSAGES, LANG). With `cacheDir`
 * (the build passes <Astro cacheDir>/throughline), posts' theme terms are cached there by
 * content hash, so a rebuild reads only the posts whose text changed.
 */
export async function runBuildCheck(root: string, logger: AstroIntegrationLogger, env: Record<string, string | undefined> = process.env, cacheDir?: string): Promise<void> {
  const lang = localeLanguage(env);
  try {
    const now = Date.now();
    const { planner, posts } = await loadProject(root, { buildAt: now });
    const terms = cacheDir === undefined ? undefined : openTermCache(root, cacheDir);
    const report = buildCheckReport({ planner, posts, now, lang, termsOf: terms?.termsOf });
    terms?.save();
    for (const flag of report.flags.filter((f) => f.severity !== 'info' || f.kind === 'waiting')) {
      const line = `${'file' in flag ? flag.file : `${lang === 'zh' ? '渠道' : 'channel'} ${flag.channel}`}: ${flag.kind}: ${flag.message}`;
      if (flag.severity === 'info') logger.info(line);
      else logger.warn(line);
    }
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    const where = [error.file, error.field].filter(Boolean).join(': ');
    const hint = error.text.hint === undefined ? undefined : pick(error.text.hint, lang);
    const refused = new AstroError(`${where ? `${where}: ` : ''}${error.messageIn(lang)}`, hint);
    refused.name = 'Throughline';
    refused.stack = '';
    throw refused;
  }
}
