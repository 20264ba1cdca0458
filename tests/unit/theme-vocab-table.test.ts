/**
 * The term cache's vocabulary table (src/store/theme-vocab-table.ts): what it holds for each word
 * is what scoring works out from the word itself (src/core/theme/vocab-facts.ts), also after the
 * term file was appended to and the table extended from its older slots.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { readTermsOf } from '../../src/core/check.ts';
import { buildThemeModel } from '../../src/core/theme/model.ts';
import { scoreTheme } from '../../src/core/theme/score.ts';
import { internOf, sequenceNumbers, shareSequence } from '../../src/core/theme/term-counter.ts';
import { slotTermId, termId, termOf } from '../../src/core/theme/vector.ts';
import { workOutFacts, type VocabFacts } from '../../src/core/theme/vocab-facts.ts';
import { openTermCache, termCacheFile, unpackStored } from '../../src/store/theme-term-cache.ts';
import { readVocabFacts, vocabTableFile } from '../../src/store/theme-vocab-table.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));
const tempRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'throughline-vocab-'));
  roots.push(root);
  return root;
};
const post = (title: string, body: string) => ({ id: 'x', file: 'x.md', data: { title, status: 'draft' }, body }) as unknown as Post;

/** Each slot's facts with stems resolved to words, NaN weights as null: comparable with toEqual. */
function plain(f: VocabFacts): unknown[] {
  return f.vocab.map((word, i) => {
    const c = f.stemCount[i];
    const stems = c < 0 ? null : Array.from({ length: c }, (_, k) => [f.vocab[f.stemSlot[f.stemFrom[i] + k]], f.stemWeight[f.stemFrom[i] + k]]);
    const form = f.form[i] < 0 ? f.form[i] : [f.vocab[f.form[i] >> 1], f.form[i] & 1];
    return [word, Number.isNaN(f.weight[i]) ? null : f.weight[i], form, stems];
  });
}

describe('the vocabulary table', () => {
  it('holds the facts worked out from each word, also after the term file grew by an append', () => {
    const root = tempRoot();
    const file = termCacheFile(root);
    const read = () => {
      const { vocab } = unpackStored(readFileSync(file));
      return { vocab, ...readVocabFacts(vocabTableFile(file), vocab, vocab.split('\0')) };
    };
    const base = post('冬至饺子', '猪肉馅里加姜水和生抽，面皮要擀得中间厚边上薄。Braised noodles with soy sauce.');
    const a = openTermCache(root);
    a.termsOf(base);
    a.save();
    const first = read();
    expect(first.covered).toBe(first.facts.vocab.length);
    expect(plain(first.facts)).toEqual(plain(workOutFacts(first.facts.vocab, null)));

    // More fresh posts than the side file holds: appended to the main file, whose first slots stay.
    const words = ['红烧肉', '冰糖', '葱油', '面条', '小葱', '香味', '老抽', '五花肉', '焯水', '汤汁', 'scallion', 'photograph'];
    const b = openTermCache(root);
    b.keyOf(base);
    for (let i = 0; i < 70; i++) b.termsOf(post(`菜谱${i}`, `${words[i % words.length]}和${words[(i * 7 + 3) % words.length]}，第${i}道菜 zorb${i}`));
    b.save();
    const second = read();
    expect(second.vocab.startsWith(first.vocab)).toBe(true);
    expect(second.facts.vocab.length).toBeGreaterThan(first.facts.vocab.length);
    expect(second.covered).toBe(second.facts.vocab.length);
    const again = plain(workOutFacts(second.facts.vocab, null));
    expect(plain(second.facts)).toEqual(again);
    // Bridged stems and never-shown forms are among them.
    expect(again.some((f) => Array.isArray((f as unknown[])[3]) && ((f as unknown[])[3] as unknown[]).length > 0)).toBe(true);
    expect(again.some((f) => (f as unknown[])[2] === -1)).toBe(true);
  });
});

describe('term ids through vocabulary slots', () => {
  it('give a word one id whichever way it is met first: by slot, by string, or by the slot of another vocabulary', () => {
    // Words no other test of this process has numbered.
    const words = ['zq1饺子', 'zq2生抽', 'zq3noodle', 'zq4冬至', 'zq5ginger'];
    const a = workOutFacts(words, null);
    const b = workOutFacts([...words].reverse(), null);
    expect(a.unique).toBe(true);
    const bySlot = slotTermId(words, 0, a);
    expect(termId(words[0]!)).toBe(bySlot); // by string after its slot
    const second = slotTermId(words, 1, a);
    expect(slotTermId(b.vocab, 3, b)).toBe(second); // the same word in another vocabulary
    const byString = termId(words[2]!);
    expect(slotTermId(words, 2, a)).toBe(byString); // by slot after its string
    const third = slotTermId(words, 3, a);
    expect(termId(words[3]!)).toBe(third);
    expect(slotTermId(b.vocab, 0, b)).toBe(slotTermId(words, 4, a));
    expect([0, 1, 2, 3, 4].map((i) => termOf(slotTermId(words, i, a)))).toEqual(words);
    expect(new Set([0, 1, 2, 3, 4].map((i) => slotTermId(words, i, a))).size).toBe(5);
  });
});

describe('intern numbers through vocabulary slots', () => {
  it('give a word one number whether it is counted first from a cached post or by string', () => {
    const words = ['zr1饺子', 'zr2面条', 'zr3生抽'];
    const shared = (vocab: string[]) => {
      const sequence = [...vocab];
      const slots = Int32Array.of(0, 1, 2);
      shareSequence(sequence, { vocab, slots, countSlots: slots, countValues: Float64Array.of(1, 1, 1), interned: new Int32Array(3).fill(-1), facts: workOutFacts(vocab, null) });
      return sequenceNumbers(sequence);
    };
    const first = shared(words);
    // Another vocabulary holding the same words, in another order.
    const reversed = shared([...words].reverse());
    expect([...reversed].reverse()).toEqual([...first]);
    expect(internOf(words[1]!)).toBe(first[1]); // by string after its slot
    expect(words.map(internOf)).toEqual([...first]);
    expect(new Set(first).size).toBe(3);
  });
});

describe('many vocabularies in one process (the studio opens a term cache per check)', () => {
  it('score cached drafts as fresh reads, also once older vocabularies are forgotten', () => {
    const brand = BrandSchema.parse({
      name: 'x', label: 'Home cooking', timezone: 'UTC',
      pillars: [{ id: 'a', name: 'Dumplings and noodles', description: 'Dumplings, noodles, soy sauce, ginger and pork at home.', keywords: ['soy sauce'] }],
    });
    const model = buildThemeModel({ brand, evidence: ['Pork dumplings with ginger and soy sauce.', '手擀面条配生抽。'].map((body) => ({ body })) });
    const seen = (r: ReturnType<typeof scoreTheme>) => [r.score, r.terms, r.offTerms];
    // More projects than the process keeps vocabularies of, each with words the others lack.
    for (let i = 0; i < 7; i++) {
      const root = tempRoot();
      const drafts = [post(`饺子${i}`, `猪肉馅里加姜水和生抽，第${i}次煮饺子，股票市场今天下跌。`), post(`Noodles ${i}`, `Noodles with soy sauce, batch zq${i}, then the stock market.`)];
      const first = openTermCache(root);
      for (const p of drafts) first.termsOf(p);
      first.save();
      const cached = openTermCache(root);
      for (const p of drafts) expect(seen(scoreTheme(model, { terms: cached.termsOf(p) }))).toEqual(seen(scoreTheme(model, { terms: readTermsOf(p) })));
    }
  });
});
