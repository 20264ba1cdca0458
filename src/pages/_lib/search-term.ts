/**
 * How the portfolio's search matches Chinese and Japanese: by characters, on both sides.
 *
 * The build indexes every Han, hiragana and katakana character as a word of its own
 * (withCharacterBreaks in src/integration/search-index.ts), and the search page hands Pagefind
 * each query broken the same way (CHARACTER_TERM, Pagefind UI's `processTerm`): a query of one
 * piece (菜市场, float变量, "Go 语言") becomes an exact phrase of its characters, so a result
 * contains it as written, the substring search readers of Chinese expect. Pagefind scores every
 * exact match the same (pagefind_web's exact_term: page_score 1.0) and marks only its first
 * place, so the search page's Pagefind module (searchModule) orders them by how much of the
 * phrase's characters each page has and marks every place the phrase is written. A query in
 * Simplified also finds Traditional pages and the reverse (script-variants.ts).
 */

/** The characters written without spaces between words, as a regular-expression class body (`u` flag). */
export const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005\\u3006\\u30fc';

/**
 * The search page's Pagefind UI `processTerm`, as JavaScript source that stands alone (the page
 * inlines it). A query with no Chinese or Japanese character is returned as typed. Otherwise
 * each such character is set apart by spaces, and a query typed as one piece (no space) or
 * already in quotes (straight or “curly”, as a Chinese keyboard types them) is wrapped in quotes:
 * Pagefind runs an exact phrase search only when the whole query is quoted (pagefind_web_js
 * search: `/^\s*".+"\s*$/`), and then matches the characters in a row. Pieces typed apart
 * (机器人 学习), or quoted apart ("机器人" "学习"), are each quoted as a phrase of their own
 * (`"机 器 人" "学 习"`): Pagefind has one phrase a query (it read `机 器 人 " " 学 习` as one),
 * so the search page's module searches them together unquoted and keeps the pages that each
 * phrase, searched alone, finds (RANKED_SEARCH), as a page must have every English word typed
 * apart; a piece with no Chinese or Japanese is left bare, unless it was quoted ("soy sauce" 菜谱:
 * a phrase, as Pagefind reads a quoted English query; before, its quotes were dropped and a page
 * with soy and sauce anywhere was found). A quote left open is dropped.
 * Pagefind's UI shows the query as typed ("找到 3 个与“菜市场”相关的结果"), not this.
 */
export const CHARACTER_TERM = `function (term) {
  var unspaced = /[${UNSPACED}]/gu;
  if (!unspaced.test(term)) return term;
  var t = term.trim().replace(/[\u201c\u201d]/g, '"');
  var quoted = /^"[^"]+"$/.test(t);
  var inner = t.replace(/"/g, ' ').trim();
  var spaced = function (p) { return p.replace(unspaced, ' $& ').replace(/\\s+/g, ' ').trim(); };
  if (quoted || !/\\s/.test(inner)) return '"' + spaced(inner) + '"';
  var one = /[${UNSPACED}]/u;
  var parts = t.match(/"[^"]*"|[^\\s"]+/g) || [];
  return parts.map(function (p) { var q = p.replace(/"/g, ' ').trim(); return q && (one.test(q) || p.charAt(0) === '"') ? '"' + spaced(q) + '"' : spaced(q); }).filter(Boolean).join(' ');
}`;

/**
 * JavaScript source of a function that takes Pagefind's `search` (pagefind.js's export:
 * `(term, options) => Promise<{ results: { id, score, data() }[] }>`) and `loadVariants`
 * (`() => Promise<string>`, scriptVariantTable's string: `冻凍 面麵 …`), and returns the search
 * page's own, which:
 * - for a query with a Han character, searches it in every spelling the site writes across
 *   Simplified and Traditional (冻顶乌龙 also as 凍頂烏龍, 面包 also as 麵包; the table is loaded
 *   on the first such query), and lists each page found once, ranked by its best score as the
 *   spelling it writes would rank it; the query as typed is searched first, then the spellings
 *   in one script, then those mixing both, at most 16 (a phrase of n characters each with one
 *   other spelling has 2^n: past 256 combinations, only those with every character changed
 *   follow the query as typed). Expanding the query, not folding the index, keeps every excerpt the
 *   page's own text, and lets a one-to-many character (发 → 發, 髮) find each; the marks below
 *   match each character in any of its spellings, so they fall on the word as the page writes it;
 * - for a phrase of Chinese or Japanese characters (CHARACTER_TERM's `"菜 市 场"`), orders the
 *   exact matches, which Pagefind scores all the same, by the score Pagefind gives the page for
 *   the phrase's characters searched apart (its BM25 over them: a page that writes 菜市场 often
 *   comes before one that writes it once). On 200 posts of a real Chinese blog and 200 words in
 *   them, NDCG@5 0.84 against 0.62 in Pagefind's order (0.84 before characters were indexed,
 *   with 16% of the first five results not containing the word);
 * - makes each result's data read as the page does: the breaks the index puts between
 *   characters (withCharacterBreaks: a zero-width space, or a word joiner and a space) taken out
 *   of its title, excerpt and sub-results, which Pagefind leaves in them, and the phrase marked
 *   wherever the excerpt writes it, as one mark (Pagefind marks the first place only, a mark a
 *   character: <mark>菜</mark>​<mark>市</mark>​<mark>场</mark>); of a phrase's sub-results (the
 *   page's sections under headings), only those whose excerpt writes the phrase: Pagefind lists
 *   every section holding any one of its characters.
 * - for a query of one word that no post has, answers no results rather than the pages of a
 *   short word the query begins with: Pagefind then searches the longest indexed word the query
 *   starts with (pagefind_web's find_word_extensions; Pagefind #315, #793: it helps while a word
 *   is typed, "installa" finds "installation"), so "sourdough" listed every post with "so" and
 *   "docker" every post with "doc". The first result's marks tell: when each is a word of at
 *   most three letters, or under a third of the query, that the query begins with, there is none,
 *   unless the query is that word inflected (runs, uses, running: Pagefind's stemmer matched it).
 *   A Korean (Hangul) query is not counted in letters: a syllable is a word's part, and Pagefind
 *   (no stemmer, no segmenter for `ko`: it splits at spaces) fell back from 김치볶음 to 김치 on a
 *   post writing "김치 볶음밥", which the letters count refused, and 중심을 found nothing where
 *   posts write 중심으로. Such a query, when Pagefind found nothing or fell back, is searched
 *   without the particle ending it (김치를, 중심을: the noun in any form, 김치가, 중심으로), else
 *   as the word Pagefind fell back to and the rest, apart (김치 볶음: the posts with both).
 * Any other query gets Pagefind's results as they are, with the breaks taken out and the
 * punctuation a marked word is written with left outside its mark ("<mark>sauce</mark>,").
 * No mark starts or ends inside an entity: a phrase is found in the excerpt's text, with
 * `&lt;` read as `<` (a query "lt;变" marked "&<mark>lt;变</mark>"), and the `;` ending an
 * entity is never taken for punctuation ("<mark>&amp</mark>;").
 */
export const RANKED_SEARCH = `function (pagefindSearch, loadVariants) {
  var unspaced = /[${UNSPACED}]/u;
  var han = /\\p{Script=Han}/u;
  var hangul = /\\p{Script=Hangul}/u;
  // A Korean word of two syllables or more and the particle (josa) after it: 김치를 is 김치 as an object.
  var particle = /^(\\p{Script=Hangul}{2,}?)(?:에서|에게|까지|부터|보다|처럼|하고|이나|이랑|으로|이야|이다|입니다|이|가|을|를|은|는|의|에|께|와|과|도|로|만|나|랑|야|요)$/u;
  var breaks = /\\u200b|\\u2060(<\\/mark>)? ?/g;
  var escape = function (s) { return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'); };
  // An excerpt is HTML: the phrase is found in its text, entities read as what they stand for,
  // so that no mark starts or ends inside one ("&<mark>lt;变</mark>").
  var named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\\u00a0' };
  var decode = function (s) { return s.replace(/&(?:#(\\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, function (m, d, x, n) { var c = d ? +d : x ? parseInt(x, 16) : -1; return c < 0 ? named[n.toLowerCase()] : c > 0x10ffff ? m : String.fromCodePoint(c); }); };
  var encode = function (s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); };
  var markAll = function (s, phrase) {
    var plain = decode(s.replace(/<\\/?mark>/g, '')), out = '', at = 0;
    plain.replace(phrase, function (m, i) { out += encode(plain.slice(at, i)) + '<mark>' + encode(m) + '</mark>'; at = i + m.length; return m; });
    return out + encode(plain.slice(at));
  };
  var text = function (s, phrase) {
    if (typeof s !== 'string') return s;
    s = s.replace(breaks, '$1').replace(/<\\/mark><mark>/g, '');
    if (phrase) return markAll(s, phrase);
    // Pagefind marks a word with the punctuation it is written with ("<mark>sauce,</mark>"); a
    // semicolon that ends an entity (&amp;) is part of it.
    return s.replace(/<mark>((?:[(\\[“‘"'（「『《]|&quot;|&#39;|&#x27;)+)/gi, '$1<mark>').replace(/((?:[.,:!?)\\]”’"'，。；：！？、）」』》]|&quot;|&#39;|&#x27;|(?<!&#?[a-z0-9]+);)+)<\\/mark>/gi, '</mark>$1').replace(/<mark><\\/mark>/g, '');
  };
  // The site's Simplified/Traditional table (src/pages/_lib/script-variants.ts), loaded once, on
  // the first query with a Han character: a character typed to the site's other spellings of it.
  var table = null;
  var variants = function () {
    table = table || Promise.resolve(loadVariants ? loadVariants() : '').then(function (s) {
      var m = new Map();
      String(s || '').split(' ').forEach(function (g) { var cs = Array.from(g); if (cs.length > 1) m.set(cs[0], cs.slice(1)); });
      return m;
    }, function () { return new Map(); });
    return table;
  };
  // The query as typed, then its other spellings (冻顶 → 凍頂), those in one script before those
  // mixing both (a page is written in one), at most 16: each is one more search of the index.
  var spellings = function (t, m) {
    var chars = Array.from(t), at = [];
    chars.forEach(function (c, i) { if (m.has(c)) at.push(i); });
    // Every combination while there are at most 256 (k: 0 as typed, else that other spelling);
    // past that (a long query), as typed and those with every character changed.
    var all = at.reduce(function (n, i) { return n * (m.get(chars[i]).length + 1); }, 1) <= 256;
    var combos = [[]];
    at.forEach(function (i) {
      var next = [];
      combos.forEach(function (combo) { for (var k = all ? 0 : 1; k <= m.get(chars[i]).length && next.length < (all ? 256 : 15); k++) next.push(combo.concat([k])); });
      combos = next;
    });
    if (!all) combos.unshift(at.map(function () { return 0; }));
    var mixed = function (combo) { var changed = combo.filter(function (k) { return k > 0; }).length; return Math.min(changed, at.length - changed); };
    return combos.map(function (combo) { return { combo: combo, mixed: mixed(combo) }; }).sort(function (a, b) { return a.mixed - b.mixed; }).slice(0, 16).map(function (c) {
      var out = chars.slice();
      at.forEach(function (i, j) { if (c.combo[j] > 0) out[i] = m.get(chars[i])[c.combo[j] - 1]; });
      return out.join('');
    });
  };
  // Punctuation typed with the phrase (菜市场！) is no word of the index: it marks what it found.
  var piecesOf = function (t) {
    var pieces = /^".+"$/.test(t) && unspaced.test(t) ? t.slice(1, -1).split(' ').filter(function (p) { return /[\\p{L}\\p{N}]/u.test(p); }) : null;
    return pieces && pieces.length ? pieces : null;
  };
  // The words Pagefind marked in its first result's excerpt, lower-cased, without trailing punctuation.
  var marksOf = async function (found) {
    if (!found.results.length) return [];
    var first = await found.results[0].data();
    return (String(first.excerpt).match(/<mark>[^<]*<\\/mark>/g) || []).map(function (m) { return m.slice(6, -7).toLowerCase().replace(/[^\\p{L}\\p{N}]+$/u, ''); });
  };
  // A Korean word's results: Pagefind's, unless it found nothing or fell back to a word the query
  // begins with (its marks all shorter starts of it: 김치 for 김치볶음), which a letters count
  // cannot tell, as a Hangul syllable is a word's part. Then a particle ending the query is taken
  // off (김치를, 중심을: the noun in any form, 김치가, 중심으로), else the query is a compound its
  // post spaces (김치 볶음밥): the word Pagefind fell back to and the rest, both on the page.
  var hangulResults = async function (word, found, options, depth) {
    var marks = await marksOf(found);
    var prefix = function (m) { return m.length > 0 && m.length < word.length && word.indexOf(m) === 0; };
    var fell = marks.length > 0 && marks.every(prefix);
    if (found.results.length && !fell) return found.results;
    var stem = depth < 2 ? particle.exec(word) : null;
    if (stem) {
      var results = await hangulResults(stem[1], await pagefindSearch(stem[1], options), options, depth + 1);
      if (results.length) return results;
    }
    return fell ? (await pagefindSearch(marks[0] + ' ' + word.slice(marks[0].length), options)).results : [];
  };
  return async function search(term, options) {
    var t = typeof term === 'string' ? term.trim() : '';
    // Phrases apart (CHARACTER_TERM's "机 器 人" "学 习"): searched together without their
    // quotes, then each alone (below).
    var groups = t.match(/"[^"]*"/g) || [];
    var apartPhrases = groups.length > 0 && !/^"[^"]*"$/.test(t);
    var q = apartPhrases ? t.replace(/"/g, ' ').replace(/\\s+/g, ' ').trim() : t;
    var pieces = apartPhrases ? null : piecesOf(t);
    var m = han.test(t) ? await variants() : new Map();
    var forms = m.size ? spellings(q, m) : [q];
    var founds = forms.length > 1 ? await Promise.all(forms.map(function (f) { return pagefindSearch(f, options); })) : [await pagefindSearch(apartPhrases ? q : term, options)];
    var found = founds[0];
    if (!found || !found.results || founds.some(function (f) { return !f || !f.results; })) return found;
    if (!pieces && /^[^\\s"]+$/.test(t) && hangul.test(t) && !unspaced.test(t)) {
      found.results = await hangulResults(t.toLowerCase(), found, options, 0);
      found.unfilteredResultCount = found.results.length;
    } else if (!pieces && /^[^\\s"]+$/.test(t) && !unspaced.test(t) && found.results.length > 0) {
      var word = t.toLowerCase();
      var marks = await marksOf(found);
      // A mark the query is an inflection of (run for runs, use for uses, run for running) is
      // Pagefind's stemmed match of the query, not a fallback.
      var inflected = function (m) { return new RegExp('^' + escape(m) + '(?:' + escape(m.slice(-1)) + ')?(?:s|es|d|ed|ing)$').test(word); };
      var shorter = function (m) { return m.length > 0 && m.length < word.length && word.indexOf(m) === 0 && (m.length <= 3 || m.length * 3 < word.length) && !inflected(m); };
      if (marks.length > 0 && marks.every(shorter)) { found.results = []; found.unfilteredResultCount = 0; return found; }
    }
    // Every spelling's results once each, each page with its best score.
    var merged = new Map();
    founds.forEach(function (f) { f.results.forEach(function (r) { var had = merged.get(r.id); if (had) had.score = Math.max(had.score, r.score); else merged.set(r.id, r); }); });
    if (founds.length > 1) { found.results = Array.from(merged.values()).sort(function (a, b) { return b.score - a.score; }); found.unfilteredResultCount = found.results.length; }
    // Searched together, phrases apart find every page holding all of their characters anywhere
    // (冬天 and 发酵 for "天然酵母" "手机"): a page stays only when each phrase, searched alone
    // (an exact phrase, in any of its spellings), finds it.
    if (apartPhrases && found.results.length > 0) {
      var sets = await Promise.all(groups.map(async function (g) {
        var gs = m.size ? spellings(g, m) : [g];
        var fs = await Promise.all(gs.map(function (x) { return pagefindSearch(x, options); }));
        var ids = new Set();
        fs.forEach(function (f) { ((f && f.results) || []).forEach(function (r) { ids.add(r.id); }); });
        return ids;
      }));
      found.results = found.results.filter(function (r) { return sets.every(function (ids) { return ids.has(r.id); }); });
      found.unfilteredResultCount = found.results.length;
    }
    if (pieces && found.results.length > 1) {
      var score = new Map();
      var aparts = await Promise.all(forms.filter(function (f, i) { return founds[i].results.length > 0; }).map(function (f) { return pagefindSearch(piecesOf(f).join(' '), options); }));
      aparts.forEach(function (apart) { apart.results.forEach(function (r) { score.set(r.id, Math.max(score.get(r.id) || 0, r.score)); }); });
      // Array.prototype.sort is stable: pages of equal score keep Pagefind's order.
      found.results.sort(function (a, b) { return (score.get(b.id) || 0) - (score.get(a.id) || 0); });
    }
    // Each character as any of its spellings: the excerpt shows the page's own.
    var phraseSource = function (ps) { return ps.map(function (p) { return Array.from(p).map(function (c) { return m.has(c) ? '[' + escape(c + m.get(c).join('')) + ']' : escape(c); }).join(''); }).join('\\\\s*'); };
    var sources = apartPhrases ? groups.map(piecesOf).filter(Boolean).map(phraseSource) : pieces ? [phraseSource(pieces)] : [];
    var phrase = sources.length ? new RegExp(sources.join('|'), 'giu') : null;
    found.results.forEach(function (r) {
      var data = r.data;
      r.data = async function () {
        var d = await data.apply(this, arguments);
        if (d.meta) d.meta.title = text(d.meta.title, null);
        d.excerpt = text(d.excerpt, phrase);
        (d.sub_results || []).forEach(function (s) { s.title = text(s.title, null); s.excerpt = text(s.excerpt, phrase); });
        // Pagefind lists a section under a phrase's page when any one character of the phrase is
        // in it (天 of 冬天 for 天然酵母): only the sections whose excerpt writes the phrase stay.
        if (phrase && d.sub_results) d.sub_results = d.sub_results.filter(function (s) { return s.excerpt.indexOf('<mark>') >= 0; });
        return d;
      };
    });
    return found;
  };
}`;

/** Where the search page's Pagefind module is served (Pagefind UI's `bundlePath`: it imports `<bundlePath>pagefind.js`). */
export const SEARCH_MODULE_DIR = '/search/';

/** Where the site's Simplified/Traditional table is served (src/pages/search/script-variants.js.ts): a module whose default export is scriptVariantTable's string. */
export const SCRIPT_VARIANTS_MODULE = '/search/script-variants.js';

/**
 * The search page's Pagefind module (served at /search/pagefind.js, SEARCH_MODULE_DIR): every
 * export of the site's pagefind.js, with `search` replaced by RANKED_SEARCH's, which imports
 * `variants` (SCRIPT_VARIANTS_MODULE) on the first query with a Han character. Pagefind UI loads
 * it as it would pagefind.js; Pagefind finds its index from pagefind.js's own address.
 */
export function searchModule(bundle = '/pagefind/pagefind.js', variants = SCRIPT_VARIANTS_MODULE): string {
  return `import { search as pagefindSearch } from ${JSON.stringify(bundle)};
export * from ${JSON.stringify(bundle)};
export const search = (${RANKED_SEARCH})(pagefindSearch, function () { return import(${JSON.stringify(variants)}).then(function (m) { return m.default; }); });
`;
}
