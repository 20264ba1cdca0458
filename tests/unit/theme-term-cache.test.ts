import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { readTermsOf } from '../../src/core/check.ts';
import { buildThemeModel, vectorOf } from '../../src/core/theme/model.ts';
import { scoreTheme } from '../../src/core/theme/score.ts';
import { termCount, termsLanguage } from '../../src/core/theme/post-terms.ts';
import { matchPhrases, readPhrases } from '../../src/core/theme/phrases.ts';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { termOf } from '../../src/core/theme/vector.ts';
import { openTermCache, packStored, termCacheFile, unpackStored } from '../../src/store/theme-term-cache.ts';
import { vocabTableFile } from '../../src/store/theme-vocab-table.ts';
import { LazyCounts } from '../../src/store/lazy-counts.ts';

const roots: string[] = [];
const tempRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'throughline-terms-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const post = (title: string, body: string) => ({ id: 'x', file: 'x.md', data: { title, status: 'draft' }, body }) as unknown as Post;
const file = (root: string) => termCacheFile(root);

describe('the theme term cache', () => {
  it('gives back the same terms from the cache file in a later run, Chinese and bridged stems included', () => {
    const root = tempRoot();
    const p = post('冬至饺子', '猪肉馅里加姜水和生抽，soy sauce and ginger.');
    const first = openTermCache(root);
    const fresh = first.termsOf(p);
    first.save();
    expect(existsSync(file(root))).toBe(true);
    const again = openTermCache(root).termsOf(p);
    expect(again).not.toBe(fresh);
    // Exact values in the same order: the vector, and so the score, is the fresh read's bit for bit.
    const later = openTermCache(root).termsOf(p);
    expect(later.counts.size).toBe(fresh.counts.size);
    for (const [term, n] of fresh.counts) expect(later.counts.get(term)).toBe(n);
    expect(later.counts.has('no such term')).toBe(false);
    expect([...again.counts]).toEqual([...fresh.counts]);
    expect(new Map(again.counts)).toEqual(fresh.counts);
    expect(new Map(again.surfaces)).toEqual(new Map(fresh.surfaces));
    expect(again.sequence).toEqual(fresh.sequence);
    expect(again.han).toBe(fresh.han);
    expect(fresh.joins).toBeDefined();
    expect([...again.joins!]).toEqual([...fresh.joins!]);
  });

  it('keys a post by its title and body apart: equal pairs share a key, and a NUL moved from the title to the body makes another', () => {
    const cache = openTermCache(tempRoot());
    expect(cache.keyOf(post('Braise', 'Soy sauce.'))).toBe(cache.keyOf(post('Braise', 'Soy sauce.')));
    expect(cache.keyOf(post('Braise', 'Soy sauce.'))).not.toBe(cache.keyOf(post('Braise', 'Soy sauce!')));
    expect(cache.keyOf(post('Braise', 'Soy sauce.'))).not.toBe(cache.keyOf(post('Braise!', 'Soy sauce.')));
    // Joined as title, NUL, body these two read the same text; they are different posts.
    expect(cache.keyOf(post('a\0b', 'c'))).not.toBe(cache.keyOf(post('a', 'b\0c')));
  });

  it('keeps which words were written as a phrase, through the main file, the side file and a rewrite', () => {
    const root = tempRoot();
    const phrases = readPhrases(['soy sauce']);
    // 33+ terms, so that the joins take more than one 32-bit word.
    const long = `${'braised noodles '.repeat(20)}soy sauce. Sauce of soy; soy, then sauce. Soy sauce again.`;
    const posts = Array.from({ length: 30 }, (_, i) => post(`Post ${i}`, `${long} batch ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}`));
    const first = openTermCache(root);
    for (const p of posts) first.termsOf(p);
    first.save();
    const edited = post('Post 0', `${long} edited with chili oil.`);
    const second = openTermCache(root);
    for (const p of posts.slice(1)) second.keyOf(p);
    second.termsOf(edited);
    second.save();
    const third = openTermCache(root);
    for (const p of [edited, posts[1]!, posts[29]!]) {
      const cached = third.termsOf(p);
      expect(cached.joins).toBeDefined();
      expect(matchPhrases(cached.sequence, phrases, cached.joins).get('soi sauc')).toBe(2);
      expect([...cached.joins!]).toEqual([...readTermsOf(p).joins!]);
    }
  });

  it("builds a cached post's words in reading order on first use, once, and knows their number before", () => {
    const root = tempRoot();
    const p = post('冬至饺子', '猪肉馅里加姜水和生抽，soy sauce and ginger.');
    const first = openTermCache(root);
    const fresh = first.termsOf(p);
    first.save();
    const cached = openTermCache(root).termsOf(p);
    expect(termCount(cached)).toBe(fresh.sequence.length);
    expect(termsLanguage(cached)).toBe(termsLanguage(fresh));
    // One array every time: its intern numbers are kept per array (term-counter.ts).
    expect(cached.sequence).toBe(cached.sequence);
    expect(cached.sequence).toEqual(fresh.sequence);
    expect(termCount(fresh)).toBe(fresh.sequence.length);
    // Numbered through the cache's slots, the evidence vector is the fresh read's.
    const brand = BrandSchema.parse({ name: 'x', label: 'Home cooking', timezone: 'UTC', pillars: [{ id: 'f', name: '饺子', description: 'dumplings', keywords: ['soy sauce'] }] });
    const [a, b] = [buildThemeModel({ brand, evidence: [{ terms: fresh }] }), buildThemeModel({ brand, evidence: [{ terms: cached }] })];
    expect(b.centroid).toEqual(a.centroid);
  });

  it('reads a post again once its text changed, and forgets texts no run uses any more', () => {
    const root = tempRoot();
    const a = openTermCache(root);
    a.termsOf(post('Noodles', 'Hand-pulled noodles.'));
    a.save();
    const b = openTermCache(root);
    const changed = b.termsOf(post('Noodles', 'Hand-pulled noodles with chili oil.'));
    expect(changed.counts).toEqual(readTermsOf(post('Noodles', 'Hand-pulled noodles with chili oil.')).counts);
    b.save();
    expect(unpackStored(readFileSync(file(root))).keys).toHaveLength(1);
  });

  it('keeps, without reading them, the entries of posts a run only keyed, and serves them from the file next time', () => {
    const root = tempRoot();
    const posts = Array.from({ length: 5 }, (_, i) => post(`Post ${i}`, `Braised noodles number ${i}, soy sauce and ginger. 第${i}篇：生抽和姜。`));
    const first = openTermCache(root);
    for (const p of posts) first.termsOf(p);
    first.save();
    // A check whose results were cached keys every post but reads one (the edited one) only.
    const edited = post('Post 0', 'Braised noodles, edited: chili oil and black vinegar.');
    const second = openTermCache(root);
    for (const p of posts.slice(1)) second.keyOf(p);
    second.termsOf(edited);
    second.save();
    expect(unpackStored(readFileSync(file(root))).keys).toHaveLength(5);
    const third = openTermCache(root);
    for (const p of [...posts.slice(1), edited]) {
      const cached = third.termsOf(p);
      // From the file (its maps fill themselves lazily), not read again, and equal to a fresh read.
      expect(cached.counts).toBeInstanceOf(LazyCounts);
      const fresh = readTermsOf(p);
      expect([...cached.counts]).toEqual([...fresh.counts]);
      expect([...cached.surfaces]).toEqual([...fresh.surfaces]);
      expect(cached.sequence).toEqual(fresh.sequence);
    }
  });

  it('puts a few posts read afresh in a side file, leaving the main file as it was, and serves both', () => {
    const root = tempRoot();
    const posts = Array.from({ length: 40 }, (_, i) => post(`Post ${i}`, `Braised noodles, soy sauce and ginger, batch ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}.`));
    const first = openTermCache(root);
    for (const p of posts) first.termsOf(p);
    first.save();
    const main = readFileSync(file(root));
    const edited = post('Post 0', 'Braised noodles, edited: chili oil and black vinegar.');
    const second = openTermCache(root);
    for (const p of posts.slice(1)) second.keyOf(p);
    second.termsOf(edited);
    second.save();
    expect(readFileSync(file(root)).equals(main)).toBe(true);
    const side = file(root).replace(/\.bin$/, '.add.bin');
    expect(unpackStored(readFileSync(side)).keys).toHaveLength(1);
    const third = openTermCache(root);
    for (const p of [edited, posts[1]!]) {
      expect(third.termsOf(p).counts).toBeInstanceOf(LazyCounts);
      expect([...third.termsOf(p).counts]).toEqual([...readTermsOf(p).counts]);
    }
  });

  it('keeps the words as read (stream), so a keyword cut around a stop character (手冲, "Lord of the Rings") is found in a cached post', () => {
    const root = tempRoot();
    const p = post('手冲', '周末做了一杯手冲咖啡，又重读了 The Lord of the Rings。');
    const first = openTermCache(root);
    const fresh = first.termsOf(p);
    first.save();
    const again = openTermCache(root).termsOf(p);
    expect(again.stream).toBe(fresh.stream);
    const phrases = readPhrases(['手冲', '手冲咖啡', 'Lord of the Rings']);
    const found = matchPhrases(again.sequence, phrases, again.joins, again.stream);
    expect(Object.fromEntries(found)).toEqual({ '手 冲': 1, '手 冲 咖啡': 1, 'lord of the ring': 1 });
  });

  it('builds a cached post\'s stream only when it is read (a brand without phrase keywords never needs it)', () => {
    const root = tempRoot();
    const p = post('Noodles', 'Braised noodles with soy sauce, and a cup of pour-over coffee.');
    const first = openTermCache(root);
    const fresh = first.termsOf(p);
    first.save();
    const again = openTermCache(root).termsOf(p);
    // An accessor, not a value: 2,000 streams built on reading cost a check ~0.3 s it did not need.
    const own = Object.getOwnPropertyDescriptor(again, 'stream');
    expect(own?.get).toBeTypeOf('function');
    expect(own && 'value' in own).toBe(false);
    expect(again.stream).toBe(fresh.stream);
    expect({ ...again }.stream).toBe(fresh.stream);
  });

  it('merges the side file into the main one once it outgrows it, and drops the words of posts no longer cached', () => {
    const root = tempRoot();
    const base = post('Base', 'Braised noodles with soy sauce.');
    const a = openTermCache(root);
    a.termsOf(base);
    a.save();
    const words = () => unpackStored(readFileSync(file(root))).vocab.split('\0').length;
    const letters = (n: number) => Array.from({ length: 3 }, (_, k) => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(n / 26 ** k) % 26]).join('');
    // Two batches of 70 posts of unseen words each; the second batch replaces the first.
    let batch: Post[] = [];
    for (const offset of [0, 70]) {
      const c = openTermCache(root);
      c.keyOf(base);
      batch = Array.from({ length: 70 }, (_, i) => post('Edit', `zorb${letters(offset + i)}`));
      for (const p of batch) c.termsOf(p);
      c.save();
    }
    expect(existsSync(file(root).replace(/\.bin$/, '.add.bin'))).toBe(false);
    // "edit" and the base's words, the second batch's 70, none of the first batch's.
    expect(words()).toBeLessThan(10 + 70 + 20);
    const d = openTermCache(root);
    for (const p of [base, ...batch.slice(0, 5)]) {
      expect(d.termsOf(p).counts).toBeInstanceOf(LazyCounts);
      expect([...d.termsOf(p).counts]).toEqual([...readTermsOf(p).counts]);
    }
  });

  it('removes the files of older cache formats when it writes its own', () => {
    const root = tempRoot();
    const dir = join(root, 'node_modules/.cache/throughline');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'theme-terms-4.json'), '{}');
    writeFileSync(join(dir, 'zh-lexicon-1-x.bin'), '');
    writeFileSync(join(dir, 'theme-vocab-1-older-code.bin'), '');
    const cache = openTermCache(root);
    cache.termsOf(post('Soup', 'Winter soup.'));
    cache.save();
    // The vocabulary table of this code replaces that of older code.
    // Beside the file, its index of keys (theme-term-cache.ts keysFile).
    expect(readdirSync(dir).sort()).toEqual([basename(file(root)), basename(file(root)).replace(/\.bin$/, '.keys.bin'), basename(vocabTableFile(file(root))!), 'zh-lexicon-1-x.bin'].sort());
  });

  it('still checks when the cache cannot be written (node_modules is a file)', () => {
    const root = tempRoot();
    writeFileSync(join(root, 'node_modules'), '');
    const cache = openTermCache(root);
    const p = post('Soup', 'Winter soup.');
    expect([...cache.termsOf(p).counts]).toEqual([...readTermsOf(p).counts]);
    expect(() => cache.save()).not.toThrow();
  });

  it('treats an unreadable cache file as empty', () => {
    const root = tempRoot();
    openTermCache(root).save();
    const dir = join(root, 'node_modules/.cache/throughline');
    mkdirSync(dir, { recursive: true });
    writeFileSync(file(root), '{ not json');
    expect(openTermCache(root).termsOf(post('Soup', 'Winter soup.')).counts.size).toBeGreaterThan(0);
  });

  it('reads its arrays as views of the file\'s bytes, and a file of another byte order or with a wrong length as an empty cache', () => {
    const root = tempRoot();
    const p = post('冬至饺子', '猪肉馅里加姜水和生抽，soy sauce and ginger.');
    const first = openTermCache(root);
    first.termsOf(p);
    first.save();
    const whole = readFileSync(file(root));
    const stored = unpackStored(whole);
    // No copy (v8.deserialize copied every typed array): the views share the bytes read.
    expect(stored.ints.buffer).toBe(whole.buffer);
    expect(stored.values.buffer).toBe(whole.buffer);
    expect(unpackStored(Buffer.concat(packStored(stored)))).toEqual(stored);
    const swapped = Buffer.from(whole);
    swapped.writeUInt32BE(swapped.readUInt32LE(0), 0);
    const longer = Buffer.concat([whole, Buffer.alloc(8)]);
    for (const bytes of [swapped, longer]) {
      expect(() => unpackStored(bytes)).toThrow();
      writeFileSync(file(root), bytes);
      const fresh = openTermCache(root);
      expect([...fresh.termsOf(p).counts]).toEqual([...readTermsOf(p).counts]);
      fresh.save();
      expect(readFileSync(file(root)).equals(whole)).toBe(true);
    }
  });

  it('reads posts again when the cache file is cut short or its entries point outside the vocabulary, and then rebuilds it', () => {
    const root = tempRoot();
    const p = post('冬至饺子', '猪肉馅里加姜水和生抽，soy sauce and ginger.');
    const first = openTermCache(root);
    first.termsOf(p);
    first.save();
    const whole = readFileSync(file(root));
    writeFileSync(file(root), whole.subarray(0, whole.length >> 1));
    const cut = openTermCache(root);
    expect([...cut.termsOf(p).counts]).toEqual([...readTermsOf(p).counts]);
    cut.save();
    expect(readFileSync(file(root)).equals(whole)).toBe(true);
    const stored = unpackStored(Buffer.from(whole));
    stored.ints.fill(1 << 30, 4);
    writeFileSync(file(root), Buffer.concat(packStored(stored)));
    expect([...openTermCache(root).termsOf(p).counts]).toEqual([...readTermsOf(p).counts]);
  });

  it('gives a cached post the same theme vector as a fresh read, also after the file is rewritten with new posts', () => {
    const root = tempRoot();
    const zh = post('冬至饺子', '猪肉馅里加姜水和生抽，包好以后分三次加冷水煮。soy sauce and ginger.');
    const en = post('Noodles', 'Hand-pulled noodles with chili oil and black vinegar.');
    const first = openTermCache(root);
    first.termsOf(zh);
    first.save();
    const second = openTermCache(root);
    second.termsOf(zh);
    second.termsOf(en);
    second.save();
    const weights = (v: ReturnType<typeof vectorOf>) => new Map(Array.from(v.ids, (id, i) => [termOf(id), v.w[i]]));
    const third = openTermCache(root);
    for (const p of [zh, en]) expect(weights(vectorOf(third.termsOf(p), []))).toEqual(weights(vectorOf(readTermsOf(p), [])));
  });

  it('gives a cached draft the same evidence and off-theme words as a fresh read, bridged Chinese words with their glosses included', () => {
    const root = tempRoot();
    const brand = BrandSchema.parse({
      name: 'x', label: 'Home cooking', timezone: 'UTC',
      pillars: [{ id: 'a', name: 'Dumplings and noodles', description: 'Dumplings, noodles, soy sauce, ginger and pork at home.', keywords: ['soy sauce'] }],
    });
    const model = buildThemeModel({ brand, evidence: ['Pork dumplings with ginger and soy sauce.', 'Hand-pulled noodles in a hot wok.'].map((body) => ({ body })) });
    const drafts = [
      post('冬至饺子', '猪肉馅里加姜水和生抽，包好以后分三次加冷水煮。饺子蘸醋吃。'),
      post('饺子和面条', '饺子皮要薄，面条要筋道。生抽和姜是关键，股票市场今天下跌。'),
      post('Dumplings', 'Pork dumplings with soy sauce, then a walk to the stock market.'),
    ];
    const first = openTermCache(root);
    for (const p of drafts) first.termsOf(p);
    first.save();
    const cached = openTermCache(root);
    const evidence = (r: ReturnType<typeof scoreTheme>) => ({ terms: r.terms, offTerms: r.offTerms });
    // Twice over, so the second pass reads the forms the first one numbered.
    for (const _ of [1, 2])
      for (const p of drafts) expect(evidence(scoreTheme(model, { terms: cached.termsOf(p) }))).toEqual(evidence(scoreTheme(model, { terms: readTermsOf(p) })));
    const zh = scoreTheme(model, { terms: cached.termsOf(drafts[0]) });
    expect(zh.terms.some((t) => t.includes(' ('))).toBe(true);
    expect(zh.offTerms.length).toBeGreaterThan(0);
  });

  it('keys a post by its file type too: the same text reads as other terms in a .md and an .mdx post', () => {
    const root = tempRoot();
    const body = 'Braised pork with ginger.\n\n    const secretKey = loadVault();';
    const md = post('Pork', body);
    const mdx = { ...md, file: 'x.mdx' } as Post;
    const cache = openTermCache(root, undefined, 'code-a');
    expect(cache.keyOf(md)).not.toBe(cache.keyOf(mdx));
    expect(cache.termsOf(md).counts).toEqual(readTermsOf(post('Pork', 'Braised pork with ginger.')).counts);
    expect(cache.termsOf(mdx).sequence.length).toBeGreaterThan(cache.termsOf(md).sequence.length);
    expect(cache.termsOf(mdx).counts).toEqual(readTermsOf(mdx).counts);
  });

  it('reads every post afresh under other theme code (an edited stripper or tokeniser), whether or not TERMS_FORMAT was bumped', () => {
    const root = tempRoot();
    const p = post('冬至饺子', '猪肉馅里加姜水和生抽。');
    const keysInFile = () => unpackStored(readFileSync(file(root))).keys;
    const before = openTermCache(root, undefined, 'code-a');
    before.termsOf(p);
    before.save();
    const keyA = openTermCache(root, undefined, 'code-a').keyOf(p);
    expect(keysInFile()).toEqual([keyA]);
    const after = openTermCache(root, undefined, 'code-b');
    const keyB = after.keyOf(p);
    expect(keyB).not.toBe(keyA);
    expect(after.termsOf(p).counts).toEqual(readTermsOf(p).counts);
    after.save();
    // Read afresh under the new code, and the old code's entry, used by no run now, dropped.
    expect(keysInFile()).toEqual([keyB]);
    // The code key of this install is the default.
    expect(openTermCache(root).keyOf(p)).not.toBe(openTermCache(root, undefined, null).keyOf(p));
  });
});
