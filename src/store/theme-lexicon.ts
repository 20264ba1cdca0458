/**
 * Hands the Chinese data of theme scoring (src/store/theme-data/: jieba word counts, MIT, and
 * a CC-CEDICT-derived bridge, CC BY-SA 4.0) to src/core/theme. The files are read only when
 * the first Han text is tokenised; importing this module costs nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideChineseData } from '../core/theme/chinese.ts';

// Next to this module in the source tree; from a bundle (an Astro build) the project root.
const CANDIDATES = [fileURLToPath(new URL('./theme-data/', import.meta.url)), join(process.cwd(), 'src/store/theme-data/')];

/** Registers the data files (once on import: every entry point that reads posts imports it). */
export function registerChineseData(dirs: string[] = CANDIDATES): void {
  provideChineseData(() => {
    const dir = dirs.find((d) => existsSync(join(d, 'zh-words.txt')));
    if (!dir) throw new Error(`[theme] Chinese word data not found in ${dirs.join(' or ')}: reinstall Throughline`);
    return { words: readFileSync(join(dir, 'zh-words.txt'), 'utf8'), bridge: readFileSync(join(dir, 'zh-en-bridge.txt'), 'utf8') };
  });
}

registerChineseData();
