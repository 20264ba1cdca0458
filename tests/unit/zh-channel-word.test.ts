/**
 * The Simplified messages name a channel 渠道 (the studio's and the CLI's word since the first
 * Chinese dictionary); 频道 crept into the import's time-zone notes ("按“blog”频道的时区"), so one
 * note said 渠道 and the next 频道. Traditional output writes 頻道 through core/i18n/traditional.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const CODE = /\.(?:ts|mts|mjs|astro)$/;
// The Simplified-to-Taiwan word list names 渠道 -> 頻道; the theme's data files are dictionaries.
const EXEMPT = new Set(['core/i18n/traditional.ts']);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (CODE.test(entry.name)) yield path;
  }
}

test('no Simplified message calls a channel 频道', () => {
  const found = [...files(SRC)].filter((file) => !EXEMPT.has(relative(SRC, file)) && readFileSync(file, 'utf8').includes('频道')).map((file) => relative(SRC, file));
  expect(found).toEqual([]);
});
