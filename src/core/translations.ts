/**
 * Translations of a post: posts that share a `translationKey` (Hugo's front matter name for the
 * same idea, gohugo.io/content-management/multilingual/#translation-by-content-directory) are
 * the same post in other languages. Pure: the portfolio passes its published posts only, so a
 * draft translation is never linked.
 */
import { appendTo } from './map-lists.ts';

/** Each item's translations (the other items with its key), in the order given; items without a key have none. */
export function translationsOf<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<T, T[]> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) appendTo(byKey, key, item);
  }
  return new Map(items.map((item) => {
    const key = keyOf(item);
    return [item, key === undefined ? [] : byKey.get(key)!.filter((other) => other !== item)];
  }));
}

/**
 * `items` with one version of each post: of the items sharing a key, the first in `lang` (a
 * list's own language), else the first; an item in that version's own language stays too (two
 * posts of one language are not translations of each other: a duplicate that kept the key), and
 * so does every item without a key, each in its place. A list (home, archive, a pillar or a tag)
 * shows a post once, its other languages linked beside it, rather than twice in a row.
 */
export function oneVersionEach<T, L>(items: readonly T[], keyOf: (item: T) => string | undefined, langOf: (item: T) => L, lang: L): T[] {
  const chosen = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const now = chosen.get(key);
    if (now === undefined || (langOf(now) !== lang && langOf(item) === lang)) chosen.set(key, item);
  }
  return items.filter((item) => {
    const key = keyOf(item);
    return key === undefined || chosen.get(key) === item || langOf(chosen.get(key)!) === langOf(item);
  });
}
