import { mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compileChinese, lexiconOf, parseChinese, type CompiledChinese } from '../../src/core/theme/chinese.ts';
import { encodeCompiled } from '../../src/store/theme-lexicon-file.ts';
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

/** The header of a cache file: "TLZH", its length (uint32 LE), then JSON. */
function headerOf(file: Buffer): { length: number; json: Record<string, unknown>; sections: Record<string, { type: string; offset: number; bytes: number }> } {
  const length = file.readUInt32LE(4);
  const json = JSON.parse(file.toString('utf8', 8, 8 + length)) as Record<string, unknown>;
  return { length, json, sections: json.sections as never };
}

/** Writes `bytes` into `file` at `offset`, in place. */
function patch(file: string, offset: number, bytes: Buffer) {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

/** Rewrites the header of `file` in place with `edit` applied (padded with spaces to its length). */
function editHeader(file: string, edit: (json: Record<string, any>) => void) {
  const { length, json } = headerOf(readFileSync(file));
  // A shorter id of the write leaves room for longer numbers.
  json.id = 'x';
  edit(json);
  const text = JSON.stringify(json);
  expect(text.length).toBeLessThanOrEqual(length);
  patch(file, 8, Buffer.from(text.padEnd(length, ' ')));
}

const behaviour = (lexicon: ReturnType<typeof lexiconOf>) => ({
  segments: ['研究生命', '研究生', '未知饺子'].map((run) => lexicon.segment(run)),
  surprise: ['研究', '饺子', '未知'].map((w) => lexicon.surprise(w)),
  bridge: ['饺子', '研究', '生命'].map((w) => lexicon.bridge(w)),
  sample: lexicon.sample(20, 7919),
});


/**
 * A project whose Chinese data was compiled once into the cache: its cache file, the reads of
 * the data files counted from here on, and the behaviour the compiled lexicon must keep.
 */
function compiledOnce() {
  const { root, data, cache } = setup();
  const reads: string[] = [];
  const options = { memoDir: join(root, 'memo'), read: (path: string) => (reads.push(path), readFileSync(path, 'utf8')), now: Date.now() + 10_000 };
  const expected = behaviour(parseChinese({ words: WORDS, bridge: BRIDGE }));
  loadCompiled(data, cache, options);
  const [name] = readdirSync(cache);
  return { data, cache, reads, options, expected, file: join(cache, name!) };
}
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
    const v8 = serialize(compileChinese({ words: WORDS, bridge: BRIDGE }));
    for (const junk of [Buffer.from('not a v8 buffer'), Buffer.alloc(0), Buffer.from(JSON.stringify({ format: 'zh-lexicon-1' })), v8]) {
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
    const file = join(cache, name!);
    const { sections } = headerOf(readFileSync(file));
    // A table with no free slot.
    patch(file, sections.keyParent!.offset, Buffer.alloc(sections.keyParent!.bytes));
    expect(behaviour(lexiconOf(loadCompiled(data, cache)))).toEqual(expected);
    const shifted = compileChinese({ words: WORDS, bridge: BRIDGE });
    shifted.bridgeStarts.fill(3);
    expect(() => behaviour(lexiconOf(shifted))).not.toThrow();
    // Offsets of the bridge's words and lines that point anywhere give no entry or a wrong one, never a throw.
    for (const section of ['bridgeWordBytes', 'bridgeLineBytes']) {
      loadCompiled(data, cache);
      const at = headerOf(readFileSync(file)).sections[section]!;
      patch(file, at.offset, Buffer.alloc(at.bytes, 0xff));
      expect(() => behaviour(lexiconOf(loadCompiled(data, cache)))).not.toThrow();
      rmSync(file);
    }
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

  it('falls back to compiling on a truncated file, a bad header or a section past the end, and writes a good file in its place', () => {
    const { data, cache, reads, options, expected, file } = compiledOnce();
    const damages: [string, () => void][] = [
      ['truncated', () => truncateSync(file, readFileSync(file).length - 9)],
      ['cut inside the header', () => truncateSync(file, 20)],
      ['a foreign magic', () => patch(file, 0, Buffer.from('ZZZZ'))],
      ['a header length past the end', () => patch(file, 4, Buffer.from([0xff, 0xff, 0, 0]))],
      ['a header that is not JSON', () => patch(file, 8, Buffer.from('{"format'.replace('{', '[')))],
      ['another format', () => editHeader(file, (h) => (h.format = 'zh-lexicon-2/raw-0'))],
      ['a section past the end', () => editHeader(file, (h) => (h.sections.bridge.bytes = h.size))],
      ['a misaligned section', () => editHeader(file, (h) => (h.sections.logp.offset += 4))],
      ['a section of the wrong type', () => editHeader(file, (h) => (h.sections.keyCode.type = 'i32'))],
      ['a missing section', () => editHeader(file, (h) => delete h.sections.forms)],
    ];
    for (const [what, damage] of damages) {
      damage();
      reads.length = 0;
      expect(behaviour(lexiconOf(loadCompiled(data, cache, options))), what).toEqual(expected);
      expect(reads.length, what).toBe(2);
      // The file written in its place serves the next process alone.
      reads.length = 0;
      expect(behaviour(lexiconOf(loadCompiled(data, cache, options))), what).toEqual(expected);
      expect(reads, what).toEqual([]);
    }
  });

  it('reads a section on its first use, and compiles the data again if the file is gone or rewritten by then', () => {
    const { data, cache, reads, options, expected, file } = compiledOnce();
    // Deleted.
    reads.length = 0;
    let lexicon = lexiconOf(loadCompiled(data, cache, options));
    rmSync(file);
    expect(behaviour(lexicon)).toEqual(expected);
    expect(reads.length).toBe(2);
    // Rewritten (another write of the same name: its sections are not mixed with the first one's).
    loadCompiled(data, cache, options);
    reads.length = 0;
    lexicon = lexiconOf(loadCompiled(data, cache, options));
    expect(lexicon.segment('研究生命')).toEqual(['研究', '生命']);
    writeFileSync(file, Buffer.concat(encodeCompiled(compileChinese({ words: WORDS, bridge: BRIDGE }))));
    expect(behaviour(lexicon)).toEqual(expected);
    expect(reads.length).toBe(2);
    // Read while the file is intact: from the file alone.
    reads.length = 0;
    expect(behaviour(lexiconOf(loadCompiled(data, cache, options)))).toEqual(expected);
    expect(reads).toEqual([]);
  });

  it('reads the bridge word by word as its strings give it, with ASCII words (UTF-8) and characters beyond the BMP', () => {
    const bridge = 'abc\tx\tx:1\n𠀀字\tastral\tastral:1\nb\ty\ty:1\n饺子\tdumpling\tdumpl:1\nabc\tlater\tlater:1\n𠀀\tz\tz:1';
    for (const text of [bridge, bridge.replace(/[^\x00-\x7f]+/g, 'q')]) {
      const { data, cache } = setup(WORDS, text);
      loadCompiled(data, cache);
      const loaded = loadCompiled(data, cache);
      const compiled = compileChinese({ words: WORDS, bridge: text });
      const words = compiled.bridgeWords.split('\t');
      expect(loaded.bridgeIndex!.count).toBe(words.length);
      words.forEach((word, i) => {
        expect(loaded.bridgeIndex!.word(i)).toBe(word);
        const end = text.indexOf('\n', compiled.bridgeStarts[i]);
        expect(loaded.bridgeIndex!.line(i)).toBe(text.slice(compiled.bridgeStarts[i], end < 0 ? undefined : end));
      });
      const lookups = ['abc', 'b', '𠀀字', '𠀀', '饺子', 'q', 'qq', 'none'];
      expect(lookups.map((w) => lexiconOf(loaded).bridge(w))).toEqual(lookups.map((w) => lexiconOf(compiled).bridge(w)));
      expect(lexiconOf(loaded).bridge('abc')?.gloss).toBe('later');
    }
  });

  it('gives the same lexicon from the file as compiled from the install\'s data, bit for bit', () => {
    const dir = fileURLToPath(new URL('../../src/store/theme-data/', import.meta.url));
    const text = (name: string) => readFileSync(join(dir, name), 'utf8');
    const compiled = compileChinese({ words: text('zh-words.txt'), bridge: text('zh-en-bridge.txt'), functionWords: text('zh-function-words.txt'), forms: text('zh-en-forms.txt') });
    const { cache } = setup();
    loadCompiled(dir, cache, { memoDir: join(cache, 'memo') });
    const loaded = loadCompiled(dir, cache, { memoDir: join(cache, 'memo') });
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    for (const key of ['keyParent', 'keyCode', 'value'] as const) expect(bytes(loaded.trie[key]).equals(bytes(compiled.trie[key])), key).toBe(true);
    for (const key of ['logp', 'cumulative', 'bridgeStarts'] as const) expect(bytes(loaded[key]).equals(bytes(compiled[key])), key).toBe(true);
    for (const key of ['words', 'bridge', 'bridgeWords', 'functionWords', 'forms'] as const) expect(loaded[key] === compiled[key], key).toBe(true);
    // The bridge read word by word from its bytes, against its strings.
    const index = loaded.bridgeIndex!;
    const words = compiled.bridgeWords.split('\t');
    expect(index.count).toBe(words.length);
    for (let i = 0; i < words.length; i++) {
      const end = compiled.bridge.indexOf('\n', compiled.bridgeStarts[i]);
      if (index.word(i) !== words[i] || index.line(i) !== compiled.bridge.slice(compiled.bridgeStarts[i], end < 0 ? undefined : end)) expect.fail(`bridge word ${i}`);
    }
    const paragraphs = [
      '我们研究生命科学的发展历史和未来的方向，也讨论了人工智能在医学诊断中的应用。',
      '他在北京大学读研究生的时候，每天早上都去食堂吃饺子和包子。',
      '這篇文章介紹了台灣的傳統美食，以及夜市裡的小吃文化。',
      '经济增长放缓，央行宣布降息，股市应声上涨，投资者信心有所恢复。',
    ];
    const use = (lexicon: ReturnType<typeof lexiconOf>) => {
      const segments = paragraphs.map((p) => lexicon.segment(p));
      const words = [...new Set(segments.flat())];
      return {
        segments,
        surprise: words.map((w) => lexicon.surprise(w)),
        bridge: words.map((w) => lexicon.bridge(w)),
        functionWords: words.map((w) => lexicon.isFunctionWord(w)),
        sample: lexicon.sample(500, 7919),
        glossedAs: ['research', 'econom', 'dumpl'].map((stem) => lexicon.glossedAs(stem, 0.3)),
        englishForm: ['servic', 'econom', 'research', 'zzzz'].map((stem) => lexicon.englishForm(stem)),
      };
    };
    const expected = use(lexiconOf(compiled));
    expect(expected.bridge.filter(Boolean).length).toBeGreaterThan(10);
    expect(use(lexiconOf(loaded))).toEqual(expected);
  });
});
