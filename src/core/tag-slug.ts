import { slugWords } from './slug-words.ts';

/**
 * The URL segment of a tag: its words joined by "-" (core/slug-words.ts, the rule of post ids
 * and pillar ids too): lower case, letters of any script kept ("Food photography" ->
 * food-photography, "家常菜" -> 家常菜), the symbols that make a name spelled out (C++ ->
 * c-plus-plus, C# -> c-sharp, R&D -> r-and-d), so that C, C++ and C# are three tags rather than
 * one page named after whichever came first; a leading "#" (#weeknight) is only a hashtag mark.
 */
export function tagSlug(tag: string): string {
  return slugWords(tag).join('-') || 'tag';
}
