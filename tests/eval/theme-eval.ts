/**
 * Measures off-theme detection on labelled prose (tests/fixtures/theme-eval/): for each brand,
 * its first posts are published evidence, then held-out drafts of its own subject (on theme)
 * and of other subjects (off theme) are scored. Reports the AUC of the score (on-theme drafts
 * should score higher) and the F1 of the off-theme flag, with and without published history.
 * Run: npm run eval:theme
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';

const FIXTURES = new URL('../fixtures/theme-eval/', import.meta.url);

interface Subject { id: string; lang: 'en' | 'zh'; docs: string[] }
interface BrandCase { subject: string; brand: unknown }
interface Config { published: number; onTheme: number; offTheme: number; brands: BrandCase[] }

export interface BrandEval { brand: string; subject: string; published: number; auc: number; f1: number; precision: number; recall: number }

const BAR = { auc: 0.9, f1: 0.8 };

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as T;
}

/** A subject's documents, rotated by `by` so that another split can be measured. */
function loadSubject(id: string, by: number): Subject {
  const subject = load<Subject>(`${id}.json`);
  const k = by % subject.docs.length;
  return { ...subject, docs: [...subject.docs.slice(k), ...subject.docs.slice(0, k)] };
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

/** Evaluates every brand (or those whose subject is listed), with `published` evidence posts. */
export function runThemeEval(options: { subjects?: string[]; published?: number; scale?: number; rotate?: number } = {}): BrandEval[] {
  const config = load<Config>('brands.json');
  const published = options.published ?? config.published;
  const scale = options.scale ?? 1;
  const cases = config.brands.filter((c) => !options.subjects || options.subjects.includes(c.subject));
  return cases.map((c) => {
    const rotate = options.rotate ?? 0;
    const own = loadSubject(c.subject, rotate);
    const brand = BrandSchema.parse(c.brand);
    const others = config.brands
      .map((b) => b.subject)
      .concat(['en-plants', 'en-body', 'en-games', 'en-hamradio', 'zh-proverbs'])
      .filter((id, i, all) => id !== c.subject && all.indexOf(id) === i)
      .map((id) => loadSubject(id, rotate))
      .filter((s) => s.lang === own.lang);
    const evidence = own.docs.slice(0, published).map((body, i) => ({ body, pillar: brand.pillars[i % brand.pillars.length].id }));
    const model = buildThemeModel({ brand, evidence });
    const onDocs = own.docs.slice(config.published, config.published + Math.round(config.onTheme * scale));
    const perOther = Math.ceil((config.offTheme * scale) / others.length);
    const offDocs = others.flatMap((s) => s.docs.slice(config.published, config.published + perOther));
    const on = onDocs.map((body) => scoreTheme(model, { body }));
    const off = offDocs.map((body) => scoreTheme(model, { body }));
    const auc = computeAuc(on.map((r) => r.score), off.map((r) => r.score));
    const f1 = computeF1(off.filter((r) => !r.onTheme).length, on.filter((r) => !r.onTheme).length, off.length);
    return { brand: brand.name, subject: c.subject, published, auc, ...f1 };
  });
}

function printTable(title: string, rows: BrandEval[]): void {
  console.log(`\n${title}`);
  console.log('subject       brand      AUC    F1     precision recall  bar');
  for (const r of rows) {
    const ok = r.auc >= BAR.auc && r.f1 >= BAR.f1 ? 'ok' : 'BELOW';
    console.log(
      `${r.subject.padEnd(13)} ${r.brand.padEnd(10)} ${r.auc.toFixed(3)}  ${r.f1.toFixed(3)}  ${r.precision.toFixed(3)}     ${r.recall.toFixed(3)}   ${ok}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const main = runThemeEval();
  printTable(`With ${main[0].published} published posts per brand (the bar: AUC >= ${BAR.auc}, F1 >= ${BAR.f1})`, main);
  printTable('Day one: brand text only, no published posts (for information)', runThemeEval({ published: 0 }));
  printTable('Two published posts (for information)', runThemeEval({ published: 2 }));
  for (const rotate of [20, 40]) printTable(`Another split: documents rotated by ${rotate} (for information)`, runThemeEval({ rotate }));
  process.exitCode = main.every((r) => r.auc >= BAR.auc && r.f1 >= BAR.f1) ? 0 : 1;
}
