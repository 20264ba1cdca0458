/**
 * Chinese and Japanese search by characters: the build breaks the indexed text between every two
 * Han/kana characters (withCharacterBreaks) and the search page breaks the query the same way
 * (CHARACTER_TERM), quoting a query of one piece so that Pagefind matches it as written
 * (tests/e2e/portfolio-search-languages.test.ts runs both in a browser).
 */
import { describe, expect, it } from 'vitest';
import { searchText, withCharacterBreaks } from '../../src/integration/search-index.ts';
import { CHARACTER_TERM, RANKED_SEARCH, searchModule } from '../../src/pages/_lib/search-term.ts';

// The page inlines the function's source: test that very source.
const term = new Function(`return ${CHARACTER_TERM}`)() as (t: string) => string;
const Z = '\u200B';

const W = '\u2060 ';

describe('withCharacterBreaks', () => {
  it('breaks a Chinese or Japanese page\'s text between every two characters with a zero-width space, and nothing else', () => {
    const zh = (body: string) => `<html lang="zh-CN"><article data-pagefind-body>${body}</article></html>`;
    expect(withCharacterBreaks(zh('<p class="菜市场">去菜市场买 Go语言 books</p>'))).toBe(zh(`<p class="菜市场">去${Z}菜${Z}市${Z}场${Z}买 Go语${Z}言 books</p>`));
    // Punctuation, digits and Korean (written with spaces) are left as they are.
    expect(withCharacterBreaks(zh('<p>面粉。鸡蛋，2个 한국어 문장</p>'))).toBe(zh(`<p>面${Z}粉。鸡${Z}蛋，2个 한국어 문장</p>`));
    expect(withCharacterBreaks('<html lang="ja"><p>カレーを々食べ</p></html>')).toBe(`<html lang="ja"><p>カ${Z}レ${Z}ー${Z}を${Z}々${Z}食${Z}べ</p></html>`);
  });

  it('breaks the Chinese of another language\'s page with a word joiner and a space, which that index splits at', () => {
    expect(withCharacterBreaks('<html lang="en"><p>I wrote 菜市场 and カレー.</p></html>')).toBe(`<html lang="en"><p>I wrote 菜${W}市${W}场 and カ${W}レ${W}ー.</p></html>`);
    // That index keeps a letter or digit against a character in its word (iPhone手机): 手机 found nothing.
    expect(withCharacterBreaks('<html lang="en"><p>an iPhone手机 at the 4S店</p></html>')).toBe(`<html lang="en"><p>an iPhone${W}手${W}机 at the 4S${W}店</p></html>`);
    const en = '<html lang="en"><article data-pagefind-body><h1 data-pagefind-meta="title">Bread</h1><p>Flour &amp; water</p></article></html>';
    expect(withCharacterBreaks(en)).toBe(en);
  });

  it('comes after the sentence ends, which see whole text', () => {
    expect(searchText('<html lang="zh-CN"><h2>电源的设计</h2><p>需求</p></html>')).toBe(`<html lang="zh-CN"><h2>电${Z}源${Z}的${Z}设${Z}计。</h2><p>需${Z}求。</p></html>`);
  });
});

describe('CHARACTER_TERM (the search page\'s processTerm)', () => {
  it('quotes a query of one piece as a phrase of its characters', () => {
    expect(term('菜市场')).toBe('"菜 市 场"');
    expect(term(' Go语言 ')).toBe('"Go 语 言"');
    expect(term('"机器 学习"')).toBe('"机 器 学 习"');
    expect(term('カレー')).toBe('"カ レ ー"');
  });

  it('quotes each piece typed apart as its own phrase (a piece with no Chinese bare), and leaves a query with no Chinese or Japanese as typed', () => {
    expect(term('菜 市场')).toBe('"菜" "市 场"');
    expect(term('iPhone 手机')).toBe('iPhone "手 机"');
    expect(term('sourdough starter')).toBe('sourdough starter');
    expect(term('"sourdough starter"')).toBe('"sourdough starter"');
    expect(term('한국어')).toBe('한국어');
  });

  it('reads phrases quoted apart as phrases apart, curly quotes as quotes, and drops a quote left open', () => {
    // Pagefind has one phrase a query (it read '"菜 市 场 " " 面 粉"' as one and found nothing):
    // RANKED_SEARCH searches each apart.
    expect(term('"菜市场" "面粉"')).toBe('"菜 市 场" "面 粉"');
    expect(term('"菜市场" 面粉')).toBe('"菜 市 场" "面 粉"');
    expect(term('“菜市场”')).toBe('"菜 市 场"');
    expect(term('"菜市场')).toBe('"菜 市 场"');
    expect(term('菜市场"')).toBe('"菜 市 场"');
  });

  it('keeps an English phrase quoted beside Chinese a phrase (its quotes were dropped: soy and sauce anywhere matched)', () => {
    expect(term('"soy sauce" 菜谱')).toBe('"soy sauce" "菜 谱"');
    expect(term('红烧肉 “soy  sauce”')).toBe('"红 烧 肉" "soy sauce"');
    // Unquoted, English words stay words, each on the page anywhere.
    expect(term('soy sauce 菜谱')).toBe('soy sauce "菜 谱"');
  });
});

interface Found { results: { id: string; score: number; data: () => Promise<any> }[] }
type Search = (term: string, options?: unknown) => Promise<Found>;
const ranked = new Function(`return ${RANKED_SEARCH}`)() as (search: Search) => Search;

/** A stand-in for pagefind.js's search: `answers` by term, each page's data as Pagefind gives it. */
function pagefindOf(answers: Record<string, [id: string, score: number][]>, data: Record<string, any>) {
  const asked: string[] = [];
  const search: Search = async (term) => {
    asked.push(term);
    return { results: (answers[term] ?? []).map(([id, score]) => ({ id, score, data: async () => structuredClone(data[id]) })) };
  };
  return { search, asked };
}

describe('RANKED_SEARCH (the search page\'s Pagefind search)', () => {
  const data = {
    once: { meta: { title: `买${Z}菜` }, excerpt: `周${Z}末${Z}去<mark>菜</mark>${Z}<mark>市</mark>${Z}<mark>场</mark>${Z}，后${Z}来${Z}又${Z}去${Z}菜${Z}市${Z}场`, sub_results: [{ title: `菜${Z}市${Z}场。`, excerpt: `去<mark>菜</mark>${Z}<mark>市</mark>${Z}<mark>场</mark>` }] },
    often: { meta: { title: 'Markets' }, excerpt: `I went to <mark>菜\u2060</mark> <mark>市\u2060</mark> <mark>场</mark> and 菜\u2060 市\u2060 场 again` },
  };

  it('orders exact phrase matches by their characters\' score and marks every place the phrase is written', async () => {
    const pagefind = pagefindOf({ '"菜 市 场"': [['once', 1], ['often', 1]], '菜 市 场': [['often', 3.2], ['x', 2], ['once', 1.5]] }, data);
    const found = await ranked(pagefind.search)('"菜 市 场"');
    expect(pagefind.asked).toEqual(['"菜 市 场"', '菜 市 场']);
    expect(found.results.map((r) => r.id)).toEqual(['often', 'once']);
    const [often, once] = await Promise.all(found.results.map((r) => r.data()));
    expect(often.excerpt).toBe('I went to <mark>菜市场</mark> and <mark>菜市场</mark> again');
    expect(once.meta.title).toBe('买菜');
    expect(once.excerpt).toBe('周末去<mark>菜市场</mark>，后来又去<mark>菜市场</mark>');
    expect(once.sub_results[0]).toEqual({ title: '菜市场。', excerpt: '去<mark>菜市场</mark>' });
  });

  it("lists under a phrase's page only the sections that write the phrase, not those holding one of its characters", async () => {
    const page = {
      meta: { title: '面包' },
      excerpt: `用<mark>天</mark>${Z}<mark>然</mark>${Z}<mark>酵</mark>${Z}<mark>母</mark>做`,
      sub_results: [
        { title: '面包', excerpt: `用<mark>天</mark>${Z}<mark>然</mark>${Z}<mark>酵</mark>${Z}<mark>母</mark>做` },
        { title: '冬天的水温', url: '/p/#w', excerpt: `冬<mark>天</mark>${Z}的${Z}水${Z}温` },
        { title: '2026-09-10', url: '/p/#d', excerpt: `发<mark>酵</mark>${Z}时${Z}间` },
      ],
    };
    const pagefind = pagefindOf({ '"天 然 酵 母"': [['p', 1]] }, { p: page });
    const [p] = await Promise.all((await ranked(pagefind.search)('"天 然 酵 母"')).results.map((r) => r.data()));
    expect(p.sub_results).toEqual([{ title: '面包', excerpt: '用<mark>天然酵母</mark>做' }]);
    // A query of words (no phrase) keeps Pagefind's sections.
    const words = pagefindOf({ bread: [['p', 1]] }, { p: { excerpt: '<mark>bread</mark>', sub_results: [{ title: 'a', excerpt: '<mark>bread</mark>' }, { title: 'b', excerpt: 'crumb' }] } });
    const [w] = await Promise.all((await ranked(words.search)('bread')).results.map((r) => r.data()));
    expect(w.sub_results).toHaveLength(2);
  });

  it('lists for phrases quoted apart only the pages that write each, not those Pagefind matched by a character', async () => {
    // Searched together unquoted, they find every page with all six characters anywhere.
    const pagefind = pagefindOf({ '天 然 酵 母 手 机': [['yeast', 2], ['bread', 1]], '"天 然 酵 母"': [['yeast', 1]], '"手 机"': [['yeast', 1], ['phone', 1]] }, { yeast: { excerpt: `<mark>天</mark>${W}<mark>然</mark>${W}<mark>酵</mark>${W}<mark>母</mark> on my iPhone<mark>手</mark>${W}<mark>机</mark>` }, bread: { excerpt: 'y' } });
    const found = await ranked(pagefind.search)('"天 然 酵 母" "手 机"');
    expect(found.results.map((r) => r.id)).toEqual(['yeast']);
    expect(pagefind.asked).toEqual(['天 然 酵 母 手 机', '"天 然 酵 母"', '"手 机"']);
    const [yeast] = await Promise.all(found.results.map((r) => r.data()));
    expect(yeast.excerpt).toBe('<mark>天然酵母</mark> on my iPhone<mark>手机</mark>');
  });

  it('lists for an English phrase quoted beside Chinese only the pages that write the phrase', async () => {
    const pagefind = pagefindOf({ 'soy sauce 菜 谱': [['both', 2], ['apart', 1]], '"soy sauce"': [['both', 1], ['other', 1]], '"菜 谱"': [['both', 1], ['apart', 1]] }, { both: { excerpt: '<mark>soy</mark> <mark>sauce</mark> 菜谱' }, apart: { excerpt: 'soy milk, hot sauce' } });
    const found = await ranked(pagefind.search)('"soy sauce" "菜 谱"');
    expect(found.results.map((r) => r.id)).toEqual(['both']);
    expect(pagefind.asked).toEqual(['soy sauce 菜 谱', '"soy sauce"', '"菜 谱"']);
  });

  it('marks a phrase mixing scripts whatever its case and spacing', async () => {
    const pagefind = pagefindOf({ '"go 语 言"': [['p', 1]] }, { p: { excerpt: `用 <mark>Go</mark> <mark>语</mark>${Z}<mark>言</mark>写，Go语${Z}言很快` } });
    const [p] = await Promise.all((await ranked(pagefind.search)('"go 语 言"')).results.map((r) => r.data()));
    expect(p.excerpt).toBe('用 <mark>Go 语言</mark>写，<mark>Go语言</mark>很快');
    expect(pagefind.asked).toEqual(['"go 语 言"']);
  });

  it('marks the phrase without the punctuation typed with it', async () => {
    const pagefind = pagefindOf({ '"菜 市 场 ！"': [['once', 1]], '菜 市 场 ！': [['once', 1]] }, data);
    const [once] = await Promise.all((await ranked(pagefind.search)('"菜 市 场 ！"')).results.map((r) => r.data()));
    expect(once.excerpt).toBe('周末去<mark>菜市场</mark>，后来又去<mark>菜市场</mark>');
  });

  it('leaves other queries in Pagefind\'s order and marks, with the breaks taken out', async () => {
    const pagefind = pagefindOf({ sourdough: [['a', 2], ['b', 5]], '菜 市 场': [['once', 1]] }, { a: { excerpt: '<mark>Sourdough</mark> and <mark>sourdough</mark>' }, b: { excerpt: 'x' }, ...data });
    const found = await ranked(pagefind.search)('sourdough');
    expect(found.results.map((r) => r.id)).toEqual(['a', 'b']);
    expect((await found.results[0]!.data()).excerpt).toBe('<mark>Sourdough</mark> and <mark>sourdough</mark>');
    const apart = await ranked(pagefind.search)('菜 市 场');
    expect((await apart.results[0]!.data()).excerpt).toBe('周末去<mark>菜市场</mark>，后来又去菜市场');
    expect(pagefind.asked).toEqual(['sourdough', '菜 市 场']);
  });
});

describe('RANKED_SEARCH marks', () => {
  it('leave the punctuation a marked word is written with outside the mark', async () => {
    const pagefind = pagefindOf({ sauce: [['a', 2]] }, { a: { excerpt: 'soy <mark>sauce,</mark> then (<mark>“sauce”</mark>) and <mark>sauce.</mark> <mark>...</mark>', sub_results: [{ title: 'x', excerpt: 'the <mark>sauce;</mark>' }] } });
    const [a] = await Promise.all((await ranked(pagefind.search)('sauce')).results.map((r) => r.data()));
    expect(a.excerpt).toBe('soy <mark>sauce</mark>, then (“<mark>sauce</mark>”) and <mark>sauce</mark>. ...');
    expect(a.sub_results[0].excerpt).toBe('the <mark>sauce</mark>;');
  });
});

describe('RANKED_SEARCH on a word no post has', () => {
  const search = (excerpts: Record<string, string>, term: string) => {
    const pagefind = pagefindOf({ [term]: Object.keys(excerpts).map((id, i) => [id, 2 - i / 10]) }, Object.fromEntries(Object.entries(excerpts).map(([id, excerpt]) => [id, { excerpt }])));
    return ranked(pagefind.search)(term).then((found) => found.results.map((r) => r.id));
  };

  it('answers nothing when Pagefind fell back to a short word the query begins with', async () => {
    // Pagefind searches the longest indexed word a missing word starts with: "so" for sourdough.
    expect(await search({ a: 'turn off the lights <mark>so</mark> that', b: 'keep stirring <mark>So</mark> the sugar' }, 'sourdough')).toEqual([]);
    expect(await search({ a: 'a <mark>doc</mark> about it' }, 'Docker')).toEqual([]);
  });

  it('keeps what a word being typed, a longer form or a real match finds', async () => {
    expect(await search({ a: 'the <mark>installation</mark> guide' }, 'installa')).toEqual(['a']);
    expect(await search({ a: 'my <mark>sourdough</mark> starter' }, 'sourdoughs')).toEqual(['a']);
    expect(await search({ a: 'the <mark>bread</mark> I bake' }, 'breadmaking')).toEqual(['a']);
    // Pagefind's stemmer: runs, uses and running are run, use and run.
    expect(await search({ a: 'I <mark>run</mark> at six' }, 'runs')).toEqual(['a']);
    expect(await search({ a: 'I <mark>use</mark> a timer' }, 'uses')).toEqual(['a']);
    expect(await search({ a: 'I <mark>run</mark> at six' }, 'running')).toEqual(['a']);
    expect(await search({ a: 'an <mark>at</mark> sign' }, 'atoms')).toEqual([]);
    expect(await search({ a: 'on <mark>Go.</mark>', b: 'x' }, 'go')).toEqual(['a', 'b']);
    // Two words: each is Pagefind's to match as it does.
    expect(await search({ a: 'turn <mark>so</mark> and <mark>bread</mark>' }, 'sourdough bread')).toEqual(['a']);
  });
});

describe('searchModule', () => {
  it('re-exports the bundle with its own search', () => {
    const source = searchModule('/pagefind/pagefind.js');
    expect(source).toContain('export * from "/pagefind/pagefind.js";');
    expect(source).toMatch(/^import \{ search as pagefindSearch \} from "\/pagefind\/pagefind\.js";/);
    expect(source).toContain('export const search = (function (pagefindSearch, loadVariants)');
    // The Simplified/Traditional table is imported only when a query asks for it.
    expect(source).toContain('import("/search/script-variants.js")');
    expect(source).not.toMatch(/^import .*script-variants/m);
  });
});
