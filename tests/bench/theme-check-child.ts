/**
 * One `check` in a fresh process, as the CLI runs it (src/cli/commands/check.ts: the scorer and term cache loaded only when a post is scored; compile cache included;
 * theme.bench.ts points THROUGHLINE_CACHE_DIR into ROOT so that a new ROOT has no cache): prints the CPU time of loading the modules, reading the
 * project and building the report (dictionary loading included), and of each phase.
 * Usage: node tests/bench/theme-check-child.ts ROOT
 */
export {};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = cpu();
const root = process.argv[2]!;
const { enableCliCompileCache } = await import('../../src/cli/compile-cache.ts');
enableCliCompileCache();
const { loadProject } = await import('../../src/store/project.ts');
const { buildCheckReportLazily } = await import('../../src/core/check-report.ts');
const { fileFlagInputs } = await import('../../src/store/file-flags.ts');
const { openThemeResults } = await import('../../src/store/theme-results-cache.ts');
const { openTermKeys } = await import('../../src/store/theme-term-keys.ts');
const { openSlotCache } = await import('../../src/store/slot-cache.ts');
const { openZoneOffsets } = await import('../../src/store/zone-offsets-cache.ts');
const t1 = cpu();
const now = Date.parse('2026-12-31T00:00:00Z');
const zones = openZoneOffsets(root);
const { planner, posts } = await loadProject(root, { buildAt: now });
const t2 = cpu();
// As src/cli/commands/check.ts builds it: the theme's scorer and the term cache load only when a
// post is to be scored (their loading then counts in `report`).
const keys = openTermKeys();
const results = openThemeResults(root);
const slots = openSlotCache(root);
const { missingSiteImages, unpublishedImports } = await fileFlagInputs(root, planner, posts, now);
let terms: { save(): void } | undefined;
const loadTermsOf = async () => {
  const cache = (await import('../../src/store/theme-term-cache.ts')).openTermCache(root, undefined, undefined, keys);
  terms = cache;
  return cache.termsOf;
};
await buildCheckReportLazily({ planner, posts, now, lang: 'en', loadTermsOf, themeCache: { keyOf: keys.keyOf, store: results }, slotCache: slots, missingSiteImages, unpublishedImports, readableTimes: false });
terms?.save();
results.save();
slots.save();
zones.save();
const t3 = cpu();
process.stdout.write(JSON.stringify({ cpuMs: t3 - t0, modules: t1 - t0, read: t2 - t1, report: t3 - t2 }));
