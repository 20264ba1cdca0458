/**
 * Measures off-theme detection on real prose (the corpus in tests/fixtures/theme-corpus/, one
 * brands/<id>.json per brand: brand text, published posts, on- and off-theme drafts, each
 * draft in split "dev" (tuned on) or "test" (reported)). Per brand: AUC of the score, the
 * off-theme flag's precision, recall and F1 (off-theme drafts are the positive class), and the
 * share of on-theme drafts flagged; per kind, the means; a day-one row (no published posts),
 * a growth row (0, 2 and 6 published posts) and a row with only one pillar's posts published
 * (onePillarStart), with how many brands flag more on-theme drafts so than on day one.
 * Run: npm run eval:theme [-- --split dev|test] [--corpus DIR] [--max N]
 * (THEME_CORPUS=DIR works too; exits 1 when the split misses a target).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrandSchema, type Brand } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme, type ThemeResult } from '../../src/core/theme/index.ts';
import '../../src/store/theme-lexicon.ts';

export type Kind = 'en' | 'zh' | 'en-brand-zh-posts' | 'zh-brand-en-posts';
interface Doc { id: string; title: string; text: string; split?: 'dev' | 'test' }
export interface CorpusBrand { id: string; kind: Kind; mixedPillars?: boolean; brand: Brand; published: Doc[]; onTheme: Doc[]; offTheme: Doc[] }

export interface BrandEval {
  brand: string; kind: Kind; published: number; auc: number; precision: number; recall: number; f1: number;
  /** Share of on-theme drafts flagged off-theme. */
  flaggedOn: number;
}

export const DEFAULT_CORPUS = fileURLToPath(new URL('../fixtures/theme-corpus/', import.meta.url));
export const GROWTH = [0, 2, 6] as const;
/** The targets of issue 15, on the test split. */
export const TARGETS = {
  en: { auc: 0.85, flaggedOn: 0.25 },
  zh: { auc: 0.99, f1: 0.95 },
  bilingual: { auc: 0.97, f1: 0.92, flaggedOn: 0.2 },
  dayOne: { flaggedOn: 0.35 },
};

/** Every brand of the corpus directory (the env THEME_CORPUS, else tests/fixtures/theme-corpus). */
export function loadCorpus(dir = process.env.THEME_CORPUS || DEFAULT_CORPUS): CorpusBrand[] {
  const brands = join(resolve(dir), 'brands');
  return readdirSync(brands)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(brands, f), 'utf8'));
      return { ...raw, brand: BrandSchema.parse(raw.brand) } as CorpusBrand;
    });
}

/** AUC: the chance that a random on-theme draft outscores a random off-theme one. */
export function computeAuc(on: number[], off: number[]): number {
  let wins = 0;
  for (const a of on) for (const b of off) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (on.length * off.length);
}

/** F1 of the off-theme flag, off-theme drafts being the positive class. */
export function computeF1(flaggedOff: number, flaggedOn: number, totalOff: number) {
  const precision = flaggedOff + flaggedOn === 0 ? 0 : flaggedOff / (flaggedOff + flaggedOn);
  const recall = flaggedOff / totalOff;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** How short drafts are cut for the short row: about one X post, or one Weibo post. */
export const SHORT = { words: 25, chars: 70 } as const;

/**
 * The start of a draft as a short post: its first SHORT.chars characters when it is mostly
 * Chinese, else its first SHORT.words words (whitespace folded). Real short posts are not cut
 * from articles, but the cut keeps real prose while it tests what length does to a score.
 */
export function shortDraft(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const han = (folded.match(/\p{Script=Han}/gu) ?? []).length;
  const words = folded.split(' ');
  return han > words.length ? [...folded].slice(0, SHORT.chars).join('') : words.slice(0, SHORT.words).join(' ');
}

/** Chinese sentences put into English drafts for the mixed-language row (ASIDE_SENTENCES to a draft). */
export const ASIDE_SENTENCES = 2;
const ASIDE_BRAND = 'zh-guwen-reading';

/**
 * Chinese sentences (12-60 characters, mostly Han) from the published posts of the main
 * corpus's brand on classical Chinese reading, a subject none of its English brands writes
 * about: appended to an English draft, they test that Chinese in it is read for what it says
 * (here: nothing on theme) and does not merely dilute the draft.
 */
export function chineseAsides(corpus = loadCorpus(DEFAULT_CORPUS)): string[] {
  const source = corpus.find((c) => c.id === ASIDE_BRAND);
  if (!source) throw new Error(`theme corpus: ${ASIDE_BRAND} is missing (the mixed-language row's Chinese)`);
  return source.published
    .flatMap((d) => d.text.split(/(?<=[。！？])/u).map((s) => s.replace(/\s+/gu, '')))
    .filter((s) => s.length >= 12 && s.length <= 60 && (s.match(/\p{Script=Han}/gu) ?? []).length > s.length * 0.7);
}

/**
 * Scores one brand's drafts of a split with its first `published` posts as evidence; with
 * `short`, each draft is cut to a short post (shortDraft) and scored without its title; with
 * `asides`, ASIDE_SENTENCES of them (in turn) are appended to each draft as its last paragraph.
 */
export function evaluateBrand(c: CorpusBrand, options: { split: 'dev' | 'test'; published: number; max?: number; short?: boolean; asides?: readonly string[]; evidence?: readonly Doc[] }): BrandEval & { on: ThemeResult[]; off: ThemeResult[] } {
  const evidence = options.evidence ?? c.published.slice(0, options.published);
  const model = buildThemeModel({ brand: c.brand, evidence: evidence.map((d) => ({ title: d.title, body: d.text })) });
  const pick = (docs: Doc[], max?: number) => docs.filter((d) => d.split === options.split).slice(0, max);
  const { asides } = options;
  let turn = 0;
  const aside = () => (asides?.length ? `\n\n${Array.from({ length: ASIDE_SENTENCES }, () => asides[turn++ % asides.length]).join('')}\n` : '');
  const score = (d: Doc) => scoreTheme(model, options.short ? { body: shortDraft(d.text) } : { title: d.title, body: d.text + aside() });
  const on = pick(c.onTheme, options.max).map(score);
  const off = pick(c.offTheme, options.max && options.max * 2).map(score);
  const flaggedOn = on.filter((r) => !r.onTheme).length;
  return {
    brand: c.id, kind: c.kind, published: evidence.length,
    auc: computeAuc(on.map((r) => r.score), off.map((r) => r.score)),
    ...computeF1(off.filter((r) => !r.onTheme).length, flaggedOn, off.length),
    flaggedOn: flaggedOn / on.length, on, off,
  };
}

/**
 * The published posts of the brand's most published pillar (each post's pillar as a day-one
 * model reads it; ties to the pillar listed first), or none when no pillar has two: a real
 * blog's first posts are often all on one pillar (yihui.org's first English posts were all on
 * HTML), and the posts of its other pillars must not read worse than on day one for it.
 */
export function onePillarStart(c: CorpusBrand): Doc[] {
  const dayOne = buildThemeModel({ brand: c.brand, evidence: [] });
  const byPillar = new Map<string, Doc[]>(c.brand.pillars.map((p) => [p.id, []]));
  for (const d of c.published) {
    const pillar = scoreTheme(dayOne, { title: d.title, body: d.text }).pillar;
    if (pillar) byPillar.get(pillar)!.push(d);
  }
  const most = [...byPillar.values()].reduce((a, b) => (b.length > a.length ? b : a), []);
  return most.length >= 2 ? most : [];
}

export interface EvalReport {
  split: 'dev' | 'test';
  brands: BrandEval[];
  dayOne: BrandEval[];
  /** With the `short` option: every brand with its published posts, its drafts cut to short posts (shortDraft). */
  short?: BrandEval[];
  /** With the `mixedLanguage` option: the English brands, each draft with Chinese sentences appended (chineseAsides). */
  mixedLanguage?: BrandEval[];
  growth: { brand: string; kind: Kind; flaggedOn: number[] }[];
  /** Each brand whose published posts hold two or more of one pillar, with only those published (onePillarStart). */
  onePillar: BrandEval[];
  failures: string[];
  /** Brands below a target their kind's mean meets or misses (the gate holds the means). */
  warnings: string[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const group = (k: Kind) => (k === 'en' || k === 'zh' ? k : 'bilingual');

/** The whole evaluation of one split, with the targets it misses. */
export function runThemeEval(options: { split?: 'dev' | 'test'; corpus?: CorpusBrand[]; max?: number; short?: boolean; mixedLanguage?: boolean } = {}): EvalReport {
  const split = options.split ?? 'test';
  const corpus = options.corpus ?? loadCorpus();
  const strip = ({ on: _on, off: _off, ...row }: BrandEval & { on: unknown; off: unknown }): BrandEval => row;
  const growth = corpus.map((c) => ({
    brand: c.id, kind: c.kind,
    rows: GROWTH.map((published) => strip(evaluateBrand(c, { split, published, max: options.max }))),
  }));
  const brands = growth.map((g) => g.rows[GROWTH.length - 1]);
  const onePillar = corpus.flatMap((c) => {
    const evidence = onePillarStart(c);
    return evidence.length ? [strip(evaluateBrand(c, { split, published: evidence.length, max: options.max, evidence }))] : [];
  });
  const dayOne = growth.map((g) => g.rows[0]);
  const failures: string[] = [];
  const warnings: string[] = [];
  const of = (name: string) => brands.filter((b) => group(b.kind) === name);
  const check = (what: string, value: number, ok: boolean) => {
    if (!Number.isNaN(value) && !ok) failures.push(`${what} ${value.toFixed(3)}`);
  };
  // The issue's targets read "English mean AUC >= 0.85 with at most 25% flagged; Chinese AUC
  // >= 0.99 and F1 >= 0.95; bilingual ...": the Chinese and bilingual clauses continue the
  // sentence about means, so the gate holds each kind's means; each brand's misses are warnings.
  const kinds = [['English', 'en', TARGETS.en], ['Chinese', 'zh', TARGETS.zh], ['bilingual', 'bilingual', TARGETS.bilingual]] as const;
  for (const [label, name, target] of kinds) {
    const rows = of(name);
    const avg = (k: 'auc' | 'f1' | 'flaggedOn') => mean(rows.map((b) => b[k]));
    if ('auc' in target) check(`${label} mean AUC`, avg('auc'), avg('auc') >= target.auc);
    if ('f1' in target) check(`${label} mean F1`, avg('f1'), avg('f1') >= target.f1);
    if ('flaggedOn' in target) check(`${label} mean on-theme flagged`, avg('flaggedOn'), avg('flaggedOn') <= target.flaggedOn);
    for (const b of rows) {
      const warn = (what: string, value: number, ok: boolean) => ok || warnings.push(`${b.brand} ${what} ${value.toFixed(3)}`);
      if ('auc' in target) warn('AUC', b.auc, b.auc >= target.auc);
      if ('f1' in target) warn('F1', b.f1, b.f1 >= target.f1);
      if ('flaggedOn' in target) warn('on-theme flagged', b.flaggedOn, b.flaggedOn <= target.flaggedOn);
    }
  }
  const day = mean(dayOne.map((b) => b.flaggedOn));
  check('day one on-theme flagged', day, day <= TARGETS.dayOne.flaggedOn);
  for (const g of growth) {
    const [, two, six] = g.rows.map((r) => r.flaggedOn);
    check(`${g.brand} growth: on-theme flagged with 6 posts vs 2 (${two.toFixed(3)})`, six, six <= two);
  }
  const short = options.short && corpus.map((c) => strip(evaluateBrand(c, { split, published: GROWTH[GROWTH.length - 1], max: options.max, short: true })));
  const asides = options.mixedLanguage && corpus.some((c) => c.kind === 'en') ? chineseAsides() : undefined;
  const mixedLanguage = asides && corpus.filter((c) => c.kind === 'en').map((c) => strip(evaluateBrand(c, { split, published: GROWTH[GROWTH.length - 1], max: options.max, asides })));
  return { split, brands, dayOne, ...(short ? { short } : {}), ...(mixedLanguage ? { mixedLanguage } : {}), growth: growth.map((g) => ({ brand: g.brand, kind: g.kind, flaggedOn: g.rows.map((r) => r.flaggedOn) })), onePillar, failures, warnings };
}

function printReport(r: EvalReport): void {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
  const line = (name: string, b: Pick<BrandEval, 'auc' | 'precision' | 'recall' | 'f1' | 'flaggedOn'>) =>
    console.log(`${name.padEnd(34)} ${b.auc.toFixed(3)}  ${b.precision.toFixed(3)}  ${b.recall.toFixed(3)}  ${b.f1.toFixed(3)}  ${pct(b.flaggedOn)}`);
  console.log(`\nSplit "${r.split}", ${GROWTH[GROWTH.length - 1]} published posts per brand`);
  console.log(`${'brand'.padEnd(34)} AUC    prec.  recall F1     on flagged`);
  for (const b of r.brands) line(`${b.brand} (${b.kind})`, b);
  for (const name of ['en', 'zh', 'bilingual']) {
    const rows = r.brands.filter((b) => group(b.kind) === name);
    if (rows.length === 0) continue;
    const avg = (k: keyof BrandEval) => mean(rows.map((b) => b[k] as number));
    line(`mean ${name} (${rows.length} brands)`, { auc: avg('auc'), precision: avg('precision'), recall: avg('recall'), f1: avg('f1'), flaggedOn: avg('flaggedOn') });
  }
  const d = r.dayOne;
  const all = (rows: BrandEval[]) => ({ auc: mean(rows.map((b) => b.auc)), precision: mean(rows.map((b) => b.precision)), recall: mean(rows.map((b) => b.recall)), f1: mean(rows.map((b) => b.f1)), flaggedOn: mean(rows.map((b) => b.flaggedOn)) });
  line('day one (no posts), all brands', all(d));
  if (r.onePillar.length) {
    line(`one pillar's posts only (${r.onePillar.length} brands)`, all(r.onePillar));
    line('  the same brands on day one', all(d.filter((b) => r.onePillar.some((o) => o.brand === b.brand))));
  }
  for (const name of ['en', 'zh', 'bilingual']) {
    const rows = (r.short ?? []).filter((b) => group(b.kind) === name);
    if (rows.length) line(`short drafts, ${name}`, all(rows));
  }
  if (r.short) console.log(`(short drafts: the first ${SHORT.words} words or ${SHORT.chars} characters of each draft, no title; not a target of issue 15)`);
  if (r.mixedLanguage?.length) {
    line('English drafts + Chinese aside', all(r.mixedLanguage));
    console.log(`(each English draft with ${ASIDE_SENTENCES} Chinese sentences on another subject appended; compare with "mean en"; not a target of issue 15)`);
  }
  console.log(`\nGrowth: on-theme drafts flagged with ${GROWTH.join(' / ')} published posts; then with only the posts of one pillar published (their number)`);
  let [worseTwo, worseOne] = [0, 0];
  for (const g of r.growth) {
    const one = r.onePillar.find((b) => b.brand === g.brand);
    console.log(`${g.brand.padEnd(34)} ${g.flaggedOn.map(pct).join(' ')}${one ? `  ${pct(one.flaggedOn)} (${one.published})` : ''}`);
    if (g.flaggedOn[1] > g.flaggedOn[0]) worseTwo++;
    if (one && one.flaggedOn > g.flaggedOn[0]) worseOne++;
  }
  console.log(`(brands flagging more on-theme drafts than on day one: ${worseTwo} with 2 posts, ${worseOne} with one pillar's posts; not a target of issue 15)`);
  if (r.warnings.length) console.log(`\nBrands below a target (warnings, ${r.split}):\n  ${r.warnings.join('\n  ')}`);
  console.log(r.failures.length ? `\nBELOW TARGET (${r.split}):\n  ${r.failures.join('\n  ')}` : `\nAll targets met on "${r.split}".`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const corpus = loadCorpus(opt('--corpus'));
  const splits = opt('--split') ? [opt('--split') as 'dev' | 'test'] : (['dev', 'test'] as const);
  let failed = false;
  for (const split of splits) {
    const report = runThemeEval({ split, corpus, max: opt('--max') ? Number(opt('--max')) : undefined, short: true, mixedLanguage: true });
    printReport(report);
    if (split === 'test' && report.failures.length) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}
