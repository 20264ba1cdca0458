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
 * - no excerpt repeating the title shown above it: the post page's <h1> is indexed (Pagefind
 *   searches a page's text only, never its `meta.title`: with the <h1> left out, a post was not
 *   found by a word only its title has, 全攻略 for "Spacemacs全攻略"), so a page's text starts
 *   with its title, and an excerpt cut from the start of it (or from inside the title) starts
 *   with it, whole or in part. That part is taken off: the excerpt's text is found in the
 *   result's `content` (breaks and spaces aside), and what of it lies within the title there is
 *   dropped, with the marks on it; an excerpt that is all title is left empty.
 * - a result with no sub-result shows its excerpt: Pagefind UI shows a result's excerpt only
 *   beside a sub-result for the page itself, which it is given.
 * English text has none of these characters: a result with sub-results and no title in its
 * excerpts is returned as it is.
 */
export const TIDY_RESULT = `function (r) {
  var gap = /([\\u3002\\uff01\\uff1f\\uff1b\\uff1a\\uff0c\\u3001])(?:\\s|&nbsp;)+/g;
  var lead = /^[\\u3002\\uff01\\uff1f\\uff1b\\uff1a\\uff0c\\u3001]+/;
  var named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  var squash = function (t) { return String(t).replace(/[\\s\\u200b\\u2060]+/g, ''); };
  var entity = /^&(?:#(\\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/i;
  var decode = function (m) { var c = m[1] ? +m[1] : m[2] ? parseInt(m[2], 16) : -1; return c < 0 ? named[m[3].toLowerCase()] : c > 0x10ffff ? m[0] : String.fromCodePoint(c); };
  // The excerpt's text (tags out, entities read), squashed as the content is.
  var plain = function (e) { var out = '', i = 0; while (i < e.length) { if (e[i] === '<') { var c = e.indexOf('>', i); if (c < 0) break; i = c + 1; continue; } var m = entity.exec(e.slice(i, i + 12)); if (m) { out += decode(m); i += m[0].length; } else out += e[i++]; } return squash(out); };
  var content = squash(r.content || ''), title = squash((r.meta && r.meta.title) || '');
  var dropTitle = function (e) {
    if (typeof e !== 'string' || !title || content.indexOf(title) !== 0) return e;
    var text = plain(e), at = text ? content.indexOf(text) : -1;
    if (at < 0 || at >= title.length) return e;
    var n = title.length - at, i = 0, open = false;
    while (i < e.length && n > 0) {
      if (e[i] === '<') { var c = e.indexOf('>', i); if (c < 0) return e; var tag = e.slice(i, c + 1); if (/^<mark>$/i.test(tag)) open = true; else if (/^<\\/mark>$/i.test(tag)) open = false; i = c + 1; continue; }
      var m = entity.exec(e.slice(i, i + 12));
      var ch = m ? decode(m) : e[i];
      i += m ? m[0].length : 1;
      if (!/[\\s\\u200b\\u2060]/.test(ch)) n -= ch.length;
    }
    var rest = e.slice(i).replace(/^(?:\\s|<\\/mark>)+/, function (m) { if (/mark/.test(m)) open = false; return ''; });
    return rest && open ? '<mark>' + rest : rest;
  };
  r.excerpt = dropTitle(r.excerpt);
  (r.sub_results || []).forEach(function (s) { s.excerpt = dropTitle(s.excerpt); });
  if (!(r.sub_results || []).length && r.excerpt) r.sub_results = [{ title: (r.meta && r.meta.title) || '', url: (r.meta && r.meta.url) || r.url, excerpt: r.excerpt, locations: [] }];
  if (typeof r.excerpt === 'string') r.excerpt = r.excerpt.replace(gap, '$1').replace(lead, '');
  (r.sub_results || []).forEach(function (s) {
    if (typeof s.title === 'string') s.title = s.title.replace(/\\u3002$/, '');
    if (typeof s.excerpt === 'string') s.excerpt = s.excerpt.replace(gap, '$1').replace(lead, '');
  });
  return r;
}`;
