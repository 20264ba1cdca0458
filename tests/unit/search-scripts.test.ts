/**
 * Search across Simplified and Traditional Chinese (scriptVariantsOf, scriptVariantTable and the
 * search page's expansion of a query into the site's spellings), Korean words Pagefind fell back
 * from, and marks that never cut an entity (RANKED_SEARCH's source, run as the page runs it).
 * tests/e2e/portfolio-search-scripts.test.ts runs them on a built site in a browser.
 */
import { describe, expect, it } from 'vitest';
import { scriptVariantTable, scriptVariantsOf } from '../../src/pages/_lib/script-variants.ts';
import { RANKED_SEARCH } from '../../src/pages/_lib/search-term.ts';
import { loadedBy } from '../support/loaded-by.ts';

interface Found { results: { id: string; score: number; data: () => Promise<any> }[] }
type Search = (term: string, options?: unknown) => Promise<Found>;
const ranked = new Function(`return ${RANKED_SEARCH}`)() as (search: Search, loadVariants?: () => Promise<string>) => Search;

/** A stand-in for pagefind.js's search: `answers` by term, each page's data as Pagefind gives it. */
function pagefindOf(answers: Record<string, [id: string, score: number][]>, data: Record<string, any>) {
  const asked: string[] = [];
  const search: Search = async (term) => {
    asked.push(term);
    return { results: (answers[term] ?? []).map(([id, score]) => ({ id, score, data: async () => structuredClone(data[id] ?? { excerpt: '' }) })) };
  };
  return { search, asked };
}

describe('scriptVariantsOf', () => {
  it.each([
    ['冻', ['凍']],
    ['凍', ['冻']],
    ['发', ['發', '髮']],
    ['髮', ['发']],
    ['面', ['麵']],
    ['麵', ['面']],
    ['干', ['乾', '幹']],
  ])('gives %s the spellings %j among its others', (char, spellings) => {
    expect(scriptVariantsOf(char)).toEqual(expect.arrayContaining(spellings));
  });

  it('goes one step only: 乾 (dry) and 幹 (to do) share 干 and are not each other\'s', () => {
    expect(scriptVariantsOf('乾')).not.toContain('幹');
    expect(scriptVariantsOf('幹')).not.toContain('乾');
    expect(scriptVariantsOf('包')).toEqual([]);
    expect(scriptVariantsOf('a')).toEqual([]);
  });
});

describe('scriptVariantTable', () => {
  it('names, for each character a reader may type, the spellings of it the site writes, and nothing else', () => {
    const groups = scriptVariantTable('下午泡了一壺凍頂烏龍，配上剛出爐的麵包。').split(' ');
    expect(groups).toEqual(expect.arrayContaining(['冻凍', '顶頂', '乌烏', '龙龍', '面麵']));
    // 包 is the same in both; 發 is not on the site.
    expect(groups.some((g) => g.startsWith('包') || g.includes('發'))).toBe(false);
    expect(scriptVariantTable('Only English here')).toBe('');
  });
});

describe('RANKED_SEARCH across Simplified and Traditional', () => {
  const TABLE = '冻凍 顶頂 乌烏 龙龍 面麵 麵面 凍冻 头頭 发發髮';
  const data = {
    tw: { meta: { title: '凍頂烏龍' }, excerpt: '泡了一壺<mark>凍</mark>\u200b<mark>頂</mark>\u200b烏\u200b龍，配麵\u200b包，又是凍\u200b頂\u200b烏\u200b龍' },
    cn: { meta: { title: '面包' }, excerpt: '烤<mark>面</mark>\u200b<mark>包</mark>，面\u200b包很香' },
    twBread: { meta: { title: '麵包' }, excerpt: '剛出爐的<mark>麵</mark>\u200b<mark>包</mark>' },
  };

  it('finds a Traditional page by a Simplified query and marks the words as the page writes them', async () => {
    const pagefind = pagefindOf({ '"凍 頂 烏 龍"': [['tw', 1]], '凍 頂 烏 龍': [['tw', 2]] }, data);
    const found = await ranked(pagefind.search, async () => TABLE)('"冻 顶 乌 龙"');
    expect(found.results.map((r) => r.id)).toEqual(['tw']);
    expect((await found.results[0]!.data()).excerpt).toBe('泡了一壺<mark>凍頂烏龍</mark>，配麵包，又是<mark>凍頂烏龍</mark>');
    // The query as typed first, then the spellings in one script.
    expect(pagefind.asked[0]).toBe('"冻 顶 乌 龙"');
    expect(pagefind.asked).toContain('"凍 頂 烏 龍"');
  });

  it('finds both pages of a one-to-many character, ranked by their characters\' score, each marked as written', async () => {
    const pagefind = pagefindOf({ '"面 包"': [['cn', 1]], '"麵 包"': [['twBread', 1]], '面 包': [['cn', 1.5]], '麵 包': [['twBread', 3]] }, data);
    const found = await ranked(pagefind.search, async () => TABLE)('"面 包"');
    expect(found.results.map((r) => r.id)).toEqual(['twBread', 'cn']);
    const [twBread, cn] = await Promise.all(found.results.map((r) => r.data()));
    expect(twBread.excerpt).toBe('剛出爐的<mark>麵包</mark>');
    expect(cn.excerpt).toBe('烤<mark>面包</mark>，<mark>面包</mark>很香');
  });

  it('finds a Simplified page by a Traditional query, and lists a page found by two spellings once', async () => {
    const pagefind = pagefindOf({ '"麵 包"': [['twBread', 1]], '"面 包"': [['cn', 1], ['twBread', 1]] }, data);
    const found = await ranked(pagefind.search, async () => TABLE)('"麵 包"');
    expect(found.results.map((r) => r.id).sort()).toEqual(['cn', 'twBread']);
  });

  it('tries at most 16 spellings, those in one script first', async () => {
    const pagefind = pagefindOf({}, {});
    await ranked(pagefind.search, async () => TABLE)('"冻 顶 乌 龙 头 发 面"');
    expect(pagefind.asked.length).toBe(16);
    expect(pagefind.asked.slice(0, 2)).toEqual(['"冻 顶 乌 龙 头 发 面"', '"凍 頂 烏 龍 頭 發 麵"']);
  });

  it('tries a long query as typed and all in the other script, however many combinations it has', async () => {
    const pagefind = pagefindOf({}, {});
    // Nine characters with another spelling each: 512 combinations.
    await ranked(pagefind.search, async () => TABLE)('"冻 顶 乌 龙 头 发 面 冻 顶"');
    expect(pagefind.asked.length).toBeLessThanOrEqual(16);
    expect(pagefind.asked.slice(0, 2)).toEqual(['"冻 顶 乌 龙 头 发 面 冻 顶"', '"凍 頂 烏 龍 頭 發 麵 凍 頂"']);
    expect(pagefind.asked).toContain('"凍 頂 烏 龍 頭 髮 麵 凍 頂"');
  });

  it('loads the table only for a query with a Han character, and once', async () => {
    let loads = 0;
    const pagefind = pagefindOf({ sourdough: [['a', 1]] }, { a: { excerpt: '<mark>sourdough</mark>' } });
    const search = ranked(pagefind.search, async () => (loads++, TABLE));
    await search('sourdough');
    await search('"カ レ ー"');
    expect(loads).toBe(0);
    await search('"面 包"');
    await search('"冻 顶"');
    expect(loads).toBe(1);
  });
});

describe('RANKED_SEARCH on a Korean word Pagefind fell back from', () => {
  // Pagefind searched 김치, the longest indexed word 김치볶음 and 김치를 begin with.
  const data = {
    rice: { excerpt: '맛있는 <mark>김치</mark> 볶음밥이 되었다' },
    stew: { excerpt: '<mark>김치찌개가</mark> 생각난다' },
  };

  it('finds the posts that write a compound\'s parts apart', async () => {
    const pagefind = pagefindOf({ 김치볶음: [['rice', 1]], '김치 볶음': [['rice', 2]] }, data);
    const found = await ranked(pagefind.search)('김치볶음');
    expect(found.results.map((r) => r.id)).toEqual(['rice']);
    expect(pagefind.asked).toEqual(['김치볶음', '김치 볶음']);
  });

  it('finds the noun in any form when a particle follows it', async () => {
    const pagefind = pagefindOf({ 김치를: [['rice', 1]], 김치: [['rice', 2], ['stew', 1]] }, data);
    expect((await ranked(pagefind.search)('김치를')).results.map((r) => r.id)).toEqual(['rice', 'stew']);
  });

  it('does not list the posts of a long word the query begins with that lack the rest of it', async () => {
    // Pagefind fell back to 김치볶음밥 for 김치볶음밥집: five syllables of six, which a letters count kept.
    const pagefind = pagefindOf({ 김치볶음밥집: [['rice', 1]], '김치볶음밥 집': [] }, { rice: { excerpt: '<mark>김치볶음밥</mark>을 만들었다' } });
    expect((await ranked(pagefind.search)('김치볶음밥집')).results).toEqual([]);
    expect(pagefind.asked).toEqual(['김치볶음밥집', '김치볶음밥 집']);
  });

  it('finds a noun typed with a particle that no post writes it with, and no post writes bare', async () => {
    // No indexed word begins with 중심을, nor is 중심 one: Pagefind found nothing.
    const pagefind = pagefindOf({ 중심: [['center', 1]] }, { center: { excerpt: '도시 <mark>중심으로</mark> 갔다' } });
    expect((await ranked(pagefind.search)('중심을')).results.map((r) => r.id)).toEqual(['center']);
    expect(pagefind.asked).toEqual(['중심을', '중심']);
  });

  it('keeps what Pagefind found for a word being typed', async () => {
    const pagefind = pagefindOf({ 김치: [['stew', 1]] }, data);
    expect((await ranked(pagefind.search)('김치')).results.map((r) => r.id)).toEqual(['stew']);
    expect(pagefind.asked).toEqual(['김치']);
  });
});

describe('RANKED_SEARCH marks and entities', () => {
  it('never marks part of an entity', async () => {
    const pagefind = pagefindOf({ '"lt; 变"': [['a', 1]], 'lt; 变': [['a', 1]], 'amp': [['b', 1]] }, {
      a: { excerpt: 'if a &lt;变 b then 变' },
      b: { excerpt: 'salt <mark>&amp;</mark> pepper, <mark>AT&amp;T;</mark> and <mark>&quot;amp&quot;</mark>' },
    });
    const search = ranked(pagefind.search);
    // The page's text is "<变": "lt;变" is not in it.
    expect((await (await search('"lt; 变"')).results[0]!.data()).excerpt).toBe('if a &lt;变 b then 变');
    expect((await (await search('amp')).results[0]!.data()).excerpt).toBe('salt <mark>&amp;</mark> pepper, <mark>AT&amp;T</mark>; and &quot;<mark>amp</mark>&quot;');
  });

  it('reads numeric entities, and leaves one that names no character as written', async () => {
    const pagefind = pagefindOf({ '"变 量"': [['a', 1]] }, { a: { excerpt: '&#60;<mark>变</mark>\u200b<mark>量</mark>&#x3e; &#99999999;' } });
    expect((await (await ranked(pagefind.search)('"变 量"')).results[0]!.data()).excerpt).toBe('&lt;<mark>变量</mark>&gt; &amp;#99999999;');
  });

  it('marks a phrase written beside an entity, and keeps the entity whole', async () => {
    const pagefind = pagefindOf({ '"变 量"': [['a', 1]] }, { a: { excerpt: 'a&lt;<mark>变</mark>\u200b<mark>量</mark>&gt;b' } });
    expect((await (await ranked(pagefind.search)('"变 量"')).results[0]!.data()).excerpt).toBe('a&lt;<mark>变量</mark>&gt;b');
  });
});

/**
 * Every build imports the search page's table endpoint; it read OpenCC's four tables (~0.1 s) on
 * import, for a site without a Han character too, whose table is empty.
 */
describe('OpenCC\'s tables, read by scriptVariantTable only for a site with a Han character', () => {
  const run = (text: string) =>
    loadedBy(`import { scriptVariantTable } from './src/pages/_lib/script-variants.ts'; process.stdout.write(scriptVariantTable(${JSON.stringify(text)}));`, '/opencc-js/');

  it('reads none for a site written in English', () => {
    expect(run('Weeknight noodles, tested at home')).toEqual([]);
    expect(scriptVariantTable('Weeknight noodles, tested at home')).toBe('');
  });

  it('reads them for a site with a Han character', () => {
    expect(run('面条').length).toBeGreaterThan(0);
  });
});
