/**
 * Translations of a post: posts that share a `translationKey` (Hugo's front matter name for the
 * same idea, gohugo.io/content-management/multilingual/#translation-by-content-directory) are
 * the same post in other languages. Pure: the portfolio passes its published posts only, so a
 * draft translation is never linked.
 */

/** Each item's translations (the other items with its key), in the order given; items without a key have none. */
export function translationsOf<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<T, T[]> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return new Map(items.map((item) => {
    const key = keyOf(item);
    return [item, key === undefined ? [] : byKey.get(key)!.filter((other) => other !== item)];
  }));
}
