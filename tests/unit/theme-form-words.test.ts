/**
 * A pillar named with a word that names the kind of post (接案心得 "freelancing lessons", "Notes
 * on freelancing", 接案笔记) made every draft saying that everyday word read on theme: a trial
 * user's 日本旅遊心得 ("travel notes from Japan") was never flagged. Such words count little in
 * the brand text (model.ts FORM_SHARE) and do not cross the bridge (background-lookup.ts
 * crossesBridge); the subject words keep their weight.
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { backgroundSurprise, crossesBridge, termWeight } from '../../src/core/theme/background-lookup.ts';
import { isFormWord } from '../../src/core/theme/form-words.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { termId } from '../../src/core/theme/vector.ts';
import { bridgedStems } from '../../src/core/theme/post-terms.ts';
import { tokenize } from '../../src/core/theme/tokenize.ts';
import '../../src/store/theme-lexicon.ts';

type Pillar = [name: string, description: string, keywords: string[]];
const brandOf = (label: string, language: 'en' | 'zh', pillars: Pillar[]) =>
  BrandSchema.parse({
    name: 'A freelancer', label, audience: label, strengths: [], timezone: 'Asia/Taipei', language,
    pillars: pillars.map(([name, description, keywords], i) => ({ id: `p${i}`, name, description, keywords })),
  });

const cases = [
  {
    lang: 'English',
    brand: brandOf('Freelance designer', 'en', [['Notes on freelancing', 'Quotes, contracts and clients', ['freelancing', 'contract']], ['Tips for brand design', 'Logos and identity', ['logo', 'typeface']]]),
    off: ['Travel notes from Kyoto', 'Five days in Kyoto, some notes. Go to Kiyomizu temple early in the morning to avoid the crowds. The bamboo grove in Arashiyama is lovely, and the train gets you there. More notes and tips: carry cash at Nishiki market, and buy a bus pass.'],
    on: ['Notes on quoting a freelance job', 'The first time I freelanced I had no idea how to quote. Now I ask the client what they need, write the contract clearly, cap the revisions in the contract and take a deposit before I start.'],
  },
  {
    lang: 'Simplified Chinese',
    brand: brandOf('自由设计师', 'zh', [['接案笔记', '报价、合同与客户沟通', ['接案', '报价', '合同']], ['设计日常', '标志与品牌设计', ['标志设计', '字体']]]),
    off: ['日本旅游笔记', '这次去京都玩了五天，笔记如下：清水寺一定要早上去，人比较少。岚山的竹林很美，坐电车就能到。晚上在锦市场吃了很多小吃，一定要带现金。'],
    on: ['接案报价笔记', '第一次接案时不知道怎么报价，后来学会先问清楚客户需求，把合同写清楚，修改次数写进合同，定金收一半再开工。'],
  },
  {
    lang: 'Traditional Chinese',
    brand: brandOf('台灣自由接案設計師', 'zh', [['接案心得', '接案報價、合約與客戶溝通', ['接案', '報價', '合約']], ['品牌設計', '標誌與識別設計', ['標誌設計', '字體']]]),
    off: ['日本旅遊心得', '這次去京都玩了五天，心得是清水寺一定要早上去，人比較少。嵐山的竹林很美，搭電車就能到。晚上在錦市場吃了很多小吃，心得就是一定要帶現金。'],
    on: ['接案報價的心得', '第一次接案時不知道怎麼報價，後來學會先問清楚客戶需求，把合約寫清楚，修改次數寫進合約，訂金收一半再開工。'],
  },
] as const;

describe('a pillar named with a word for a kind of post', () => {
  for (const { lang, brand, off, on } of cases) {
    const model = buildThemeModel({ brand, evidence: [] });

    it(`flags an off-theme ${lang} draft that shares only that word with the brand`, () => {
      // Before, these read 0.65 (notes, tips), 0.85 (笔记) and 0.81 (心得): on theme.
      const r = scoreTheme(model, { title: off[0], body: off[1] });
      expect(r.onTheme).toBe(false);
      expect(r.score).toBeLessThan(0.25);
    });

    it(`keeps an on-theme ${lang} draft on its subject words`, () => {
      const r = scoreTheme(model, { title: on[0], body: on[1] });
      expect(r.onTheme).toBe(true);
      expect(r.score).toBeGreaterThan(0.9);
    });
  }
});

describe('a word for a kind of post in the brand text', () => {
  /** The weight from general-language frequency alone (background-lookup.ts's idf). */
  const byFrequency = (term: string) => Math.max(0, Math.min(backgroundSurprise(term), 14) - 6);
  /** The day-one centroid's value of `form` over that of `subject`, both written as often in a brand named `name`. */
  function ratio(name: string, language: 'en' | 'zh', form: string, subject: string): number {
    const model = buildThemeModel({ brand: brandOf(name, language, [[name, '', []]]), evidence: [] });
    return model.centroid[termId(form)] / model.centroid[termId(subject)];
  }

  it('counts for a small share of a subject word that general language finds as common', () => {
    // By frequency alone 心得 and "lesson" weigh about as much as 接案 and "contract".
    expect(byFrequency('心得')).toBeGreaterThan(byFrequency('接案') * 0.8);
    expect(byFrequency('lesson')).toBeCloseTo(byFrequency('contract'), 1);
    for (const [name, language, form, subject] of [['接案心得', 'zh', '心得', '接案'], ['報價筆記', 'zh', '笔记', '报价'], ['Contract lessons', 'en', 'lesson', 'contract'], ['Freelancing notes', 'en', 'note', 'freelanc']] as const) {
      expect(isFormWord(form), form).toBe(true);
      expect(isFormWord(subject), subject).toBe(false);
      const r = ratio(name, language, form, subject);
      expect(r, name).toBeGreaterThan(0);
      expect(r, name).toBeLessThan(0.25);
    }
  });

  it('leaves a draft\'s own words at their weight by frequency', () => {
    for (const term of ['lesson', 'note', 'contract', 'freelanc']) expect(termWeight(term), term).toBe(byFrequency(term));
  });

  it('reads Traditional characters and English plurals as the word listed', () => {
    for (const written of ['筆記', '心得', '經驗', 'Notes', 'tips', 'Lessons']) {
      const terms = tokenize(written).map((t) => t.term);
      expect(terms.length, written).toBe(1);
      expect(isFormWord(terms[0]), written).toBe(true);
    }
  });

  it('does not let a Chinese one cross the bridge to its English glosses', () => {
    expect(crossesBridge('笔记')).toBe(false);
    expect(bridgedStems('笔记')).toEqual([]);
    expect(crossesBridge('报价')).toBe(true);
  });
});
