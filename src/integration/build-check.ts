/** Before a build: bad input stops it (file and field); flags are printed as warnings. */
import type { AstroIntegrationLogger } from 'astro';
import { buildCheckReport } from '../core/check.ts';
import { ThroughlineError } from '../core/errors.ts';
import { localeLanguage } from '../core/language.ts';
import { loadProject } from '../store/project.ts';

/** Messages follow the locale, as the CLI's do (LC_ALL, LC_MESSAGES, LANG). */
export async function runBuildCheck(root: string, logger: AstroIntegrationLogger, env: Record<string, string | undefined> = process.env): Promise<void> {
  const lang = localeLanguage(env);
  try {
    const { planner, posts } = await loadProject(root);
    const report = buildCheckReport({ planner, posts, now: Date.now(), lang });
    for (const flag of report.flags.filter((f) => f.severity !== 'info'))
      logger.warn(`${'file' in flag ? flag.file : `${lang === 'zh' ? '渠道' : 'channel'} ${flag.channel}`}: ${flag.kind}: ${flag.message}`);
  } catch (error) {
    if (error instanceof ThroughlineError) throw new Error(`[throughline] ${error.format(lang)}`);
    throw error;
  }
}
