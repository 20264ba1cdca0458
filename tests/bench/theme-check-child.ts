/**
 * One `check` in a fresh process, as the CLI runs it (compile cache and term cache included;
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
const { buildCheckReport } = await import('../../src/core/check.ts');
const { openTermCache } = await import('../../src/store/theme-term-cache.ts');
const { openThemeResults } = await import('../../src/store/theme-results-cache.ts');
const { openSlotCache } = await import('../../src/store/slot-cache.ts');
const t1 = cpu();
const now = Date.parse('2026-12-31T00:00:00Z');
const { planner, posts } = await loadProject(root, { buildAt: now });
const t2 = cpu();
const terms = openTermCache(root);
const results = openThemeResults(root);
const slots = openSlotCache(root);
buildCheckReport({ planner, posts, now, termsOf: terms.termsOf, themeCache: { keyOf: terms.keyOf, store: results }, slotCache: slots });
terms.save();
results.save();
slots.save();
const t3 = cpu();
process.stdout.write(JSON.stringify({ cpuMs: t3 - t0, modules: t1 - t0, read: t2 - t1, report: t3 - t2 }));
