const c=()=>{const u=process.cpuUsage();return (u.user+u.system)/1000};
const root=process.argv[2];
const { enableCliCompileCache } = await import('../../src/cli/compile-cache.ts');
enableCliCompileCache(root);
const { loadProject } = await import('../../src/store/project.ts');
const { buildPlannerThemeModel } = await import('../../src/core/check.ts');
const { scoreTheme, flagTheme } = await import('../../src/core/theme/index.ts');
const { computePlannerChannelStats } = await import('../../src/core/channel-stats.ts');
const { openTermCache } = await import('../../src/store/theme-term-cache.ts');
const now = Date.parse('2026-12-31T00:00:00Z');
const { planner, posts } = await loadProject(root, { buildAt: now });
let t=c();
const cache = openTermCache(root);
const terms = new Map(posts.map(p => [p, cache.termsOf(p)]));
console.log('terms', (c()-t).toFixed(0)); t=c();
const model = buildPlannerThemeModel(planner, posts, (p) => terms.get(p)!);
console.log('model', (c()-t).toFixed(0)); t=c();
const lang = (process.argv[3] ?? 'en') as 'en'|'zh';
model.calibration[lang];
console.log('calibration', (c()-t).toFixed(0)); t=c();
const rs = posts.map(p => scoreTheme(model, { terms: terms.get(p)! }));
console.log('score', (c()-t).toFixed(0), rs.filter(r=>r.onTheme).length); t=c();
computePlannerChannelStats(planner, posts, now);
console.log('channels', (c()-t).toFixed(0)); t=c();
{
const { vectorOf } = await import('../../src/core/theme/model.ts');
const m2 = buildPlannerThemeModel(planner, posts, (p) => terms.get(p)!);
m2.calibration[lang];
let t=c();
for (const p of posts) vectorOf(terms.get(p)!, m2.phrases, m2.vectors);
console.log('vectors', (c()-t).toFixed(0)); t=c();
for (const s of m2.stages) { const st = s(); st.calibration[lang]; }
console.log('stages build', (c()-t).toFixed(0), m2.stages.length); t=c();
posts.map(p => scoreTheme(m2, { terms: terms.get(p)! }));
console.log('score2', (c()-t).toFixed(0)); t=c();
posts.map(p => scoreTheme(m2, { terms: terms.get(p)! }));
console.log('score3', (c()-t).toFixed(0)); t=c();
}
{
const m3 = buildPlannerThemeModel(planner, posts, (p) => terms.get(p)!);
posts.map(p => scoreTheme(m3, { terms: terms.get(p)! }));
m3.threshold = 0;
let t=c();
posts.map(p => scoreTheme(m3, { terms: terms.get(p)! }));
console.log('score no stages', (c()-t).toFixed(0)); t=c();
}
