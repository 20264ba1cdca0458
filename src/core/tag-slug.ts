import { slugWords } from './slug-words.ts';

/**
 * The URL segment of a tag: its words joined by "-" (core/slug-words.ts, the rule of post ids
 * and pillar ids too): lower case, letters of any script kept ("Food photography" ->
 * food-photography, "家常菜" -> 家常菜), the symbols that make a name spelled out (C++ ->
 * c-plus-plus, C# -> c-sharp, R&D -> r-and-d), so that C, C++ and C# are three tags rather than
 * one page named after whichever came first; a leading "#" (#weeknight) is only a hashtag mark.
 */
export function tagSlug(tag: string): string {
  // Letters such as ß and ø stay: a tag's page is computed on every build, so folding them
  // (as new post and pillar ids do) would move pages already published and linked.
  return slugWords(tag, { foldLetters: false }).join('-') || 'tag';
}

/**
 * The one spelling shown for each tag (by its tagSlug) of `posts`, oldest first: tags that differ
 * only in case or accents (`AI` and `ai`, `Go`, `go` and `GO`) are one tag with one page
 * (`/tags/ai/`: a case-insensitive disk, macOS's or Windows's, holds one folder for both), and
 * every place names it alike: the spelling most posts write, and of spellings written by as
 * many, the one the oldest of those posts wrote first. Before, the newest post's spelling named
 * the page (`#GO` for one post in three) while each post's chip kept its own.
 */
export function tagNames(posts: readonly { tags: readonly string[] }[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const post of posts)
    for (const name of new Set(post.tags)) {
      const slug = tagSlug(name);
      const spellings = counts.get(slug) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      counts.set(slug, spellings);
    }
  // Map keeps insertion order: the first spelling seen wins a tie (reduce keeps the earlier on equal counts).
  return new Map([...counts].map(([slug, spellings]) => [slug, [...spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0]]));
}
