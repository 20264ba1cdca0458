/**
 * The search page's Pagefind `processResult`, as JavaScript source (the page inlines it in its
 * one script, so it must stand alone: no import, no helper a bundler could add).
 *
 * It takes a result's data (`{ excerpt, sub_results: [{ title, excerpt, anchor }] }`, Pagefind
 * UI 1.x) and returns it with:
 * - a trailing 。 taken off each sub-result's title: the index ends a Chinese or Japanese
 *   heading with 。 (withSentenceEnds in src/integration/search-index.ts) so that excerpts read
 *   as sentences, and Pagefind takes a heading's indexed text as the sub-result's title, so the
 *   result list read "↳ 我保留了什么。" where an English one reads "↳ What I kept";
 * - no space after a full-width stop or comma (。！？；：，、) in the excerpts: Pagefind joins two
 *   blocks with a space ("我保留了什么。 在各个标签页"), which such punctuation never takes (W3C
 *   clreq: it carries its own space).
 * - no full-width stop or comma at the start of an excerpt: Pagefind cuts an excerpt at a word,
 *   and a Chinese page's words are its characters (withCharacterBreaks), so one began "、香蕉和".
 * - a result found by its title alone shows its excerpt (the opening of its body): the title is
 *   searched as the result's title, not as text (the post page's <h1> is data-pagefind-ignore,
 *   so no excerpt repeats it), and such a result has no sub-result; Pagefind UI shows a
 *   result's excerpt only beside a sub-result for the page itself, which it is given.
 * English text has none of these characters: a result with sub-results is returned as it is.
 */
export const TIDY_RESULT = `function (r) {
  var gap = /([\\u3002\\uff01\\uff1f\\uff1b\\uff1a\\uff0c\\u3001])(?:\\s|&nbsp;)+/g;
  var lead = /^[\\u3002\\uff01\\uff1f\\uff1b\\uff1a\\uff0c\\u3001]+/;
  if (!(r.sub_results || []).length && r.excerpt) r.sub_results = [{ title: (r.meta && r.meta.title) || '', url: (r.meta && r.meta.url) || r.url, excerpt: r.excerpt, locations: [] }];
  if (typeof r.excerpt === 'string') r.excerpt = r.excerpt.replace(gap, '$1').replace(lead, '');
  (r.sub_results || []).forEach(function (s) {
    if (typeof s.title === 'string') s.title = s.title.replace(/\\u3002$/, '');
    if (typeof s.excerpt === 'string') s.excerpt = s.excerpt.replace(gap, '$1').replace(lead, '');
  });
  return r;
}`;
