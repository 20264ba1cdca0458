/** Before a build: bad input stops it (file and field); flags are printed as warnings. */
import type { AstroIntegrationLogger } from 'astro';
import { buildCheckReport } from '../core/check.ts';
import { ThroughlineError } from '../core/errors.ts';
import { loadProject } from '../store/project.ts';

export async function runBuildCheck(root: string, logger: AstroIntegrationLogger): Promise<void> {
  try {
    const now = Date.now();
    const { planner, posts } = await loadProject(root, { buildAt: now });
    const report = buildCheckReport({ planner, posts, now });
    for (const flag of report.flags.filter((f) => f.severity !== 'info' || f.kind === 'waiting')) {
      const line = `${'file' in flag ? flag.file : `channel ${flag.channel}`}: ${flag.kind}: ${flag.message}`;
      if (flag.severity === 'info') logger.info(line);
      else logger.warn(line);
    }
  } catch (error) {
    if (error instanceof ThroughlineError) throw new Error(`[throughline] ${error.format()}`);
    throw error;
  }
}
