/**
 * `check [--json] [--fail-on info|warning|error]`: the report of shared/interfaces.md §3. Its text
 * writes times as people read them; the JSON keeps ISO 8601, in its messages too.
 */
import { parseArgs } from 'node:util';
import { parseOptionsOf } from '../command-table.ts';
import { buildCheckReportLazily, exitCodeFor, type Severity } from '../../core/check-report.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { type CliContext, shownIn } from '../context.ts';
import { fileFlagInputs } from '../../store/file-flags.ts';
import { loadProject } from '../../store/project.ts';
import { openThemeResults } from '../../store/theme-results-cache.ts';
import type { TermCache } from '../../store/theme-term-cache.ts';
import { openTermKeys } from '../../store/theme-term-keys.ts';
import { openSlotCache } from '../../store/slot-cache.ts';
import { openZoneOffsets } from '../../store/zone-offsets-cache.ts';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: parseOptionsOf('check'),
    strict: true,
    allowPositionals: false,
  });
  const failOn = values['fail-on'];
  if (!['warning', 'error', 'info'].includes(failOn))
    throw new ThroughlineError(
      { en: `"${failOn}" is not a severity`, zh: `"${failOn}" 不是有效的严重程度` },
      { field: '--fail-on', hint: { en: 'use --fail-on error (the default), warning or info', zh: '请用 --fail-on error（默认）、warning 或 info' } },
    );
  // Before any wall time is read: the zone offsets of earlier runs spare ICU (~45 ms).
  const zones = openZoneOffsets(ctx.root);
  const { planner, posts } = await loadProject(ctx.root, { buildAt: ctx.now });
  if (ctx.keep) (await import('../traditional.ts')).keepProjectWords(ctx.keep, planner, posts);
  const keys = openTermKeys();
  const results = openThemeResults(ctx.root);
  const slots = openSlotCache(ctx.root);
  const { missingSiteImages, unpublishedImports } = await fileFlagInputs(ctx.root, planner, posts, ctx.now);
  // The term cache (and the theme's scorer behind it) only when a post is to be scored: a check
  // in which nothing changed finds every result kept, and would neither read nor write it.
  let terms: TermCache | undefined;
  const loadTermsOf = async () => (terms = (await import('../../store/theme-term-cache.ts')).openTermCache(ctx.root, undefined, undefined, keys)).termsOf;
  const report = await buildCheckReportLazily({ planner, posts, now: ctx.now, lang: ctx.lang, loadTermsOf, themeCache: { keyOf: keys.keyOf, store: results }, slotCache: slots, missingSiteImages, unpublishedImports, readableTimes: !values.json });
  // The draft's own words an off-theme flag quotes stay as the draft writes them in 繁體 output, there only.
  if (ctx.keepQuoted) ctx.keepQuoted(report.flags.flatMap((f) => ('evidence' in f && f.evidence?.length ? [f.evidence.join('、')] : [])));
  terms?.save();
  results.save();
  slots.save();
  zones.save();
  // The text report's module (and string-width, ~50 ms to load) only when it is asked for.
  if (values.json) {
    // Indented for a person at a terminal, one line for a program (as gh does): 2,000 posts
    // make a 3 MB indented report against 2 MB, ~20 ms less to build and write. The newline on
    // its own: appended, it makes a rope that writing flattens into a copy of the whole report.
    ctx.stdout(JSON.stringify(report, null, ctx.isTTY ? 2 : undefined));
    ctx.stdout('\n');
  } else ctx.stdout((await import('../format-check.ts')).formatCheckText(report, planner, ctx.color, ctx.lang, (file) => shownIn(ctx, file)));
  return exitCodeFor(report.flags, failOn as Severity);
}
