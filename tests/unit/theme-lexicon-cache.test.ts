import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileChinese, lexiconOf, parseChinese, type CompiledChinese } from '../../src/core/theme/chinese.ts';
import { loadCompiled } from '../../src/store/theme-lexicon.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const WORDS = '100:研究 生命\n50:研究生\n10:命\n5:生 饺子';
const BRIDGE = '饺子\tdumpling\tdumpl:0.67 pot:0.33\n研究\tresearch\tresearch:1\n';

function setup(words = WORDS, bridge = BRIDGE) {
  const root = mkdtempSync(join(tmpdir(), 'throughline-lexicon-'));
  roots.push(root);
  const data = join(root, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'zh-words.txt'), words);
  writeFileSync(join(data, 'zh-en-bridge.txt'), bridge);
  return { root, data, cache: join(root, 'cache') };
}

const behaviour = (lexicon: ReturnType<typeof lexiconOf>) => ({
  segments: ['研究生命', '研究生', '未知饺子'].map((run) => lexicon.segment(run)),
  surprise: ['研究', '饺子', '未知'].map((w) => lexicon.surprise(w)),
  bridge: ['饺子', '研究', '生命'].map((w) => lexicon.bridge(w)),
  sample: lexicon.sample(20, 7919),
});

describe('the compiled Chinese lexicon cache', () => {
  it('behaves exactly as the lexicon parsed from the text, from the cache file too', () => {
    const { data, cache } = setup();
    const expected = behaviour(parseChinese({ words: WORDS, bridge: BRIDGE }));
    expect(behaviour(lexiconOf(loadCompiled(data, cache)))).toEqual(expected);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(behaviour(lexiconOf(loadCompiled(data, cache)))).toEqual(expected);
  });

  it('compiles again when a data file changes, and never serves the old data', () => {
    const { data, cache } = setup();
    loadCompiled(data, cache);
    writeFileSync(join(data, 'zh-en-bridge.txt'), '饺子\tpotsticker\tpotstick:1\n');
    expect(lexiconOf(loadCompiled(data, cache)).bridge('饺子')?.gloss).toBe('potsticker');
    writeFileSync(join(data, 'zh-words.txt'), '100:研究生命');
    expect(lexiconOf(loadCompiled(data, cache)).segment('研究生命')).toEqual(['研究生命']);
    // Only the compiled form of the current data stays.
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('ignores a corrupt or foreign cache file and writes a good one in its place', () => {
    const { data, cache } = setup();
    loadCompiled(data, cache);
    const [name] = readdirSync(cache);
    const expected = behaviour(parseChinese({ words: WORDS, bridge: BRIDGE }));
    for (const junk of [Buffer.from('not a v8 buffer'), Buffer.alloc(0), Buffer.from(JSON.stringify({ format: 'zh-lexicon-1' }))]) {
      writeFileSync(join(cache, name!), junk);
      expect(behaviour(lexiconOf(loadCompiled(data, cache)))).toEqual(expected);
      expect(behaviour(lexiconOf(loadCompiled(data, cache)))).toEqual(expected);
    }
  });

  it('rebuilds from a cache file whose arrays were damaged, and never hangs or throws on one', () => {
    const { data, cache } = setup();
    loadCompiled(data, cache);
    const [name] = readdirSync(cache);
    const expected = behaviour(parseChinese({ words: WORDS, bridge: BRIDGE }));
    const full = deserialize(readFileSync(join(cache, name!))) as CompiledChinese;
    full.trie.keyParent.fill(0);
    writeFileSync(join(cache, name!), serialize(full));
    expect(behaviour(lexiconOf(loadCompiled(data, cache)))).toEqual(expected);
    const shifted = deserialize(readFileSync(join(cache, name!))) as CompiledChinese;
    shifted.bridgeStarts.fill(3);
    expect(() => behaviour(lexiconOf(shifted))).not.toThrow();
  });

  it('still gives the lexicon when the cache folder cannot be written', () => {
    const { root, data } = setup();
    // A file where the folder should be: no write can succeed there, not even as root.
    writeFileSync(join(root, 'blocked'), '');
    expect(lexiconOf(loadCompiled(data, join(root, 'blocked', 'cache'))).segment('研究生命')).toEqual(['研究', '生命']);
  });

  it('reads the data files once: a later process that finds their compiled form reads neither, unless one changed', () => {
    const { root, data, cache } = setup();
    const memoDir = join(root, 'memo');
    const reads: string[] = [];
    const read = (path: string) => (reads.push(path), readFileSync(path, 'utf8'));
    // A clock 10 s ahead: the files just written count as settled (a file changed in the last 3 s is never memoised).
    const later = { memoDir, read, now: Date.now() + 10_000 };
    const expected = behaviour(parseChinese({ words: WORDS, bridge: BRIDGE }));
    expect(behaviour(lexiconOf(loadCompiled(data, cache, later)))).toEqual(expected);
    expect(reads.length).toBe(2);
    reads.length = 0;
    expect(behaviour(lexiconOf(loadCompiled(data, cache, later)))).toEqual(expected);
    expect(reads).toEqual([]);
    writeFileSync(join(data, 'zh-en-bridge.txt'), '饺子\tpotsticker\tpotstick:1\n');
    expect(lexiconOf(loadCompiled(data, cache, later)).bridge('饺子')?.gloss).toBe('potsticker');
    expect(reads.length).toBe(2);
  });

  it('compiles an empty bridge', () => {
    expect(lexiconOf(compileChinese({ words: WORDS, bridge: '' })).bridge('饺子')).toBeUndefined();
  });
});
