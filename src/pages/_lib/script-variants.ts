/**
 * Simplified and Traditional Chinese as one script for search: which characters a reader may
 * type for a character a page writes (冻 for 凍, 面 for 麵, 发 for 發 and 髮, and back).
 *
 * The pairs are OpenCC's (opencc-js 1.4, MIT and Apache-2.0: STCharacters, TSCharacters and the
 * Taiwan and Hong Kong variant tables), read both ways: opencc-js keeps one Traditional form a
 * Simplified character (发 → 發), and its Traditional → Simplified table names the others
 * (髮 → 发), so 发 reaches 發 and 髮, 面 reaches 麵, 干 reaches 乾 and 幹. One step only: 乾
 * (dry) reaches 干, never 幹 (to do), which only share a Simplified form.
 *
 * Why at query time, from a table of the site's own characters: the index keeps each page's
 * text as written (its excerpts and marks show it), the search page expands a query into the
 * spellings the site has (RANKED_SEARCH in search-term.ts) and loads this table only for a
 * query with a Han character. Folding the index instead would have shown folded text in every
 * excerpt, and one-to-many characters cannot be unfolded.
 */
import { requireNear } from '../../core/lazy-require.ts';

const DICTS = ['STCharacters', 'TSCharacters', 'TWVariants', 'HKVariants'];
let PAIRS: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * Each character of the tables to every character it converts to or from, itself left out. Read
 * on first need (core/lazy-require.ts), not on import: every build imports the search page's
 * endpoint, and a site without a Han character never needs the tables (~0.1 s to read).
 */
function pairs(): ReadonlyMap<string, ReadonlySet<string>> {
  return (PAIRS ??= readPairs());
}

function readPairs(): ReadonlyMap<string, ReadonlySet<string>> {
  const pairs = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!pairs.has(a)) pairs.set(a, new Set());
    pairs.get(a)!.add(b);
  };
  for (const name of DICTS) {
    const dict = requireNear<{ default: string }>(import.meta.url, `opencc-js/dict/${name}`, `opencc-js/dict/${name}`).default;
    for (const line of dict.split('|')) {
      const [from, ...to] = line.split(' ');
      // Characters only: a table's phrases are no characters' pairs.
      if (!from || [...from].length !== 1) continue;
      for (const t of to) if ([...t].length === 1) (link(from, t), link(t, from));
    }
  }
  return pairs;
}

/** The other spellings of one character (`发` → ['發', '髮']), in no set order; [] for one with none. */
export function scriptVariantsOf(char: string): string[] {
  return [...(pairs().get(char) ?? [])];
}

const HAN = /\p{Script=Han}/gu;

/**
 * The search page's table for a site whose posts write `text`: for every character a reader may
 * type whose other spellings include a character of `text`, that character followed by those
 * spellings found in `text`, groups apart by spaces (`冻凍 面麵 发發髮`: the first character of
 * a group is the one typed). Only what the site writes is shipped: a few KB for a blog, against
 * ~60 KB for every pair.
 */
export function scriptVariantTable(text: string): string {
  const written = new Set(text.match(HAN) ?? []);
  if (written.size === 0) return '';
  const groups: string[] = [];
  for (const [typed, others] of pairs()) {
    const found = [...others].filter((c) => written.has(c)).sort();
    if (found.length > 0) groups.push(typed + found.join(''));
  }
  return groups.sort().join(' ');
}
