/**
 * How common a term is in general language: -ln(probability), from the generated
 * background tables. Rare terms (not listed) get the floor of their language.
 */
import { BACKGROUND_EN, BACKGROUND_ZH } from './background.ts';

const LN10 = Math.log(10);
const HAN = /^\p{Script=Han}/u;
let cache: Map<string, number> | null = null;

function parse(): Map<string, number> {
  const map = new Map<string, number>();
  for (const { table } of [BACKGROUND_EN, BACKGROUND_ZH]) {
    for (const line of table.split('\n')) {
      const colon = line.indexOf(':');
      const surprise = (Number(line.slice(0, colon)) / 10) * LN10;
      for (const term of line.slice(colon + 1).split(' ')) if (!map.has(term)) map.set(term, surprise);
    }
  }
  return map;
}

/** -ln p(term) in general language: about 5 for everyday words, 15 for rare ones. */
export function backgroundSurprise(term: string): number {
  cache ??= parse();
  return cache.get(term) ?? ((HAN.test(term) ? BACKGROUND_ZH.floor : BACKGROUND_EN.floor) / 10) * LN10;
}
