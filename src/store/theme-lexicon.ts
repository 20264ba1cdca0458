/**
 * Hands the Chinese data of theme scoring (src/store/theme-data/: jieba word counts, MIT, and
 * a CC-CEDICT-derived bridge, CC BY-SA 4.0) to src/core/theme. The files are read only when
 * the first Han text is tokenised; importing this module costs nothing else. Parsing them
 * (a trie of 350,000 words, an index of the bridge) is kept compiled under
 * node_modules/.cache/throughline/ (or THROUGHLINE_CACHE_DIR), in a file named by a hash of both
 * data files and the compiled format: changed data is compiled again, and a missing, corrupt or
 * unwritable cache file only means compiling again, never a failed check.
 */
import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { writeCacheFile } from './cache-files.ts';
import { COMPILED_FORMAT, compileChinese, provideChineseData, type CompiledChinese } from '../core/theme/chinese.ts';

// Next to this module in the source tree; from a bundle (an Astro build) the project root.
const CANDIDATES = [fileURLToPath(new URL('./theme-data/', import.meta.url)), join(process.cwd(), 'src/store/theme-data/')];

/** Registers the data files (once on import: every entry point that reads posts imports it). */
export function registerChineseData(dirs: string[] = CANDIDATES, cacheDir?: string): void {
  provideChineseData(() => {
    const dir = dirs.find((d) => existsSync(join(d, 'zh-words.txt')));
    if (!dir) throw new Error(`[theme] Chinese word data not found in ${dirs.join(' or ')}: reinstall Throughline`);
    // The data folder is <install>/src/store/theme-data/.
    return loadCompiled(dir, cacheDir ?? (process.env.THROUGHLINE_CACHE_DIR || join(dir, '../../../node_modules/.cache/throughline')));
  });
}

/** The compiled data: from the cache when it holds these exact files, else compiled and cached. */
export function loadCompiled(dataDir: string, cacheDir: string): CompiledChinese {
  const words = readFileSync(join(dataDir, 'zh-words.txt'));
  const bridge = readFileSync(join(dataDir, 'zh-en-bridge.txt'));
  // Optional: without them every word may be shown as evidence, and a gloss is the dictionary's first.
  const functionPath = join(dataDir, 'zh-function-words.txt');
  const functionWords = existsSync(functionPath) ? readFileSync(functionPath) : Buffer.alloc(0);
  const formsPath = join(dataDir, 'zh-en-forms.txt');
  const forms = existsSync(formsPath) ? readFileSync(formsPath) : Buffer.alloc(0);
  const key = hash('sha1', Buffer.concat([Buffer.from(`${COMPILED_FORMAT}\0`), words, Buffer.from('\0'), bridge, Buffer.from('\0'), functionWords, Buffer.from('\0'), forms]), 'base64url');
  const file = join(cacheDir, `${COMPILED_FORMAT}-${key}.bin`);
  const cached = readCompiled(file);
  if (cached) return cached;
  const compiled = compileChinese({ words: words.toString('utf8'), bridge: bridge.toString('utf8'), functionWords: functionWords.toString('utf8'), forms: forms.toString('utf8') });
  // A read-only install still checks; it compiles the data again next time.
  writeCacheFile(file, serialize(compiled), 'zh-lexicon-');
  return compiled;
}

function readCompiled(file: string): CompiledChinese | null {
  try {
    const data = deserialize(readFileSync(file)) as CompiledChinese;
    const { trie } = data ?? {};
    const ok =
      data.format === COMPILED_FORMAT &&
      trie?.keyParent instanceof Int32Array && trie.keyCode instanceof Uint16Array && trie.value instanceof Int32Array &&
      trie.keyParent.length === trie.value.length && trie.keyParent.length === trie.keyCode.length && (trie.keyParent.length & (trie.keyParent.length - 1)) === 0 &&
      data.logp instanceof Float64Array && data.cumulative instanceof Float64Array && data.bridgeStarts instanceof Uint32Array &&
      typeof data.words === 'string' && typeof data.bridge === 'string' && typeof data.bridgeWords === 'string' &&
      typeof data.functionWords === 'string' && typeof data.forms === 'string' &&
      // A table with no free slot would make a look-up probe for ever.
      trie.keyParent.indexOf(-1) >= 0;
    return ok ? data : null;
  } catch {
    return null;
  }
}

registerChineseData();
