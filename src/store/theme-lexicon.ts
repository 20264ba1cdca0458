/**
 * Hands the Chinese data of theme scoring (src/store/theme-data/: jieba word counts, MIT, and
 * a CC-CEDICT-derived bridge, CC BY-SA 4.0) to src/core/theme. The files are read only when
 * the first Han text is tokenised; importing this module costs nothing else. Parsing them
 * (a trie of 350,000 words, an index of the bridge) is kept compiled under
 * node_modules/.cache/throughline/ (or THROUGHLINE_CACHE_DIR), in a file named by a hash of the
 * data files and the compiled and file formats (theme-lexicon-file.ts): changed data is compiled
 * again, and a missing, corrupt or unwritable cache file only means compiling again, never a
 * failed check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileCodeKey, writeCacheFile, type CodePart } from './cache-files.ts';
import { encodeCompiled, FILE_FORMAT, rawFormatUsable, readCompiledFile } from './theme-lexicon-file.ts';
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

/** The data files, in the order they are hashed; the last two are optional. */
const FILES = ['zh-words.txt', 'zh-en-bridge.txt', 'zh-function-words.txt', 'zh-en-forms.txt'] as const;

/**
 * The compiled data: from the cache when it holds these exact files, else compiled and cached.
 * The files' hash is kept by their stamps (fileCodeKey: size, times, inode), so a process that
 * finds the compiled form reads only it, not the 6 MB of text it was compiled from as well;
 * and of the file only the trie and its probabilities at once, the rest on first use
 * (theme-lexicon-file.ts). A big-endian machine compiles the data in every process.
 * `options` (tests): the stamps' memo folder (default the install's cache folder), the clock
 * that tells a file changed within the last seconds (never memoised), the text reader.
 */
export function loadCompiled(dataDir: string, cacheDir: string, options: { memoDir?: string; now?: number; read?: (path: string) => string } = {}): CompiledChinese {
  const read = options.read ?? ((path: string) => readFileSync(path, 'utf8'));
  const paths = FILES.map((name) => join(dataDir, name));
  // Optional: without them every word may be shown as evidence, and a gloss is the dictionary's first.
  const parts = (): CodePart[] => [COMPILED_FORMAT, FILE_FORMAT, ...paths.map((path, i) => (i < 2 || existsSync(path) ? { file: path } : `${FILES[i]}: none`))];
  const key = rawFormatUsable() ? fileCodeKey(parts, options.memoDir, options.now) : null;
  const file = key === null ? null : join(cacheDir, `${COMPILED_FORMAT}-${FILE_FORMAT}-${key}.bin`);
  let compiled: CompiledChinese | undefined;
  const compile = () => {
    if (compiled) return compiled;
    const [words, bridge, functionWords, forms] = paths.map((path, i) => (i < 2 || existsSync(path) ? read(path) : ''));
    return (compiled = compileChinese({ words: words!, bridge: bridge!, functionWords: functionWords!, forms: forms! }));
  };
  // A section the file no longer gives when first used is taken from the data compiled again.
  const cached = file === null ? null : readCompiledFile(file, compile);
  if (cached) return cached;
  // A read-only install still checks; it compiles the data again next time.
  if (file !== null) writeCacheFile(file, encodeCompiled(compile()), 'zh-lexicon-');
  return compile();
}

registerChineseData();
