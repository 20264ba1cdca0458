/**
 * A Chinese word glossed by an agent noun (天文学家 "astronomer", 哲学家 "philosopher", 摄影师
 * "photographer") met neither its subject's Chinese word (天文 "astronomy") nor an English brand's
 * "astronomy": Porter's stemmer reads "astronomy" as astronomi and "astronomer" as astronom. Seen
 * in the sixth real-material trial (tests/eval/RESULTS.md): short space-news posts from a Chinese
 * weekly about magnetars and exploding stars, whose only astronomy word was 天文学家, scored
 * 0.00-0.03 on a space brand on day one. The bridge now gives such a stem's weight half to the
 * agent noun's stem and half to its subject's (agent-nouns.ts withSubjects).
 */
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { chineseLexicon, MIN_GLOSS_WEIGHT } from '../../src/core/theme/chinese.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { bridgedStems } from '../../src/core/theme/post-terms.ts';
import { normalizeWord } from '../../src/core/theme/tokenize.ts';
import { subjectOfAgent, withSubjects } from '../../src/core/theme/agent-nouns.ts';
import '../../src/store/theme-lexicon.ts';

const stemsOf = (word: string) => new Map(bridgedStems(word));

describe('the bridge of a word glossed by an agent noun', () => {
  it('reaches both the agent noun and its subject, half each', () => {
    for (const [word, agent, subject] of [
      ['天文学家', 'astronomer', 'astronomy'],
      ['哲学家', 'philosopher', 'philosophy'],
      ['地理学家', 'geographer', 'geography'],
      ['书法家', 'calligrapher', 'calligraphy'],
    ] as const) {
      const stems = stemsOf(word);
      expect(stems.get(normalizeWord(subject)!), word).toBeCloseTo(0.5, 6);
      expect(stems.get(normalizeWord(agent)!), word).toBeCloseTo(0.5, 6);
    }
  });

  it('meets the subject word\'s Chinese through the shared stem (天文学家 and 天文 both bridge to astronomy)', () => {
    const subject = normalizeWord('astronomy')!;
    expect(stemsOf('天文').has(subject)).toBe(true);
    expect(stemsOf('天文学家').has(subject)).toBe(true);
    // Read back from the English side (expand.ts glossedAs): the subject stem lists the agent's word.
    expect(chineseLexicon()!.glossedAs(subject, 0.25).map(([w]) => w)).toContain('天文学家');
  });

  it('keeps the weights of a line summing to 1 and leaves lines without such a noun as they are', () => {
    const photographer = withSubjects('photographer', [['photograph', 0.67], ['cameraman', 0.33]], MIN_GLOSS_WEIGHT);
    expect(photographer.reduce((s, [, w]) => s + w, 0)).toBeCloseTo(1, 6);
    expect(new Map(photographer).get('photographi')).toBeCloseTo(0.335, 6);
    const plain = [['star', 1]] as const;
    expect(withSubjects('star', plain, MIN_GLOSS_WEIGHT)).toBe(plain);
    // Words that only look alike are no such agent noun: logger, bloggers, economist (-ist), the
    // adjective astronomical, the chemist's monomer, a misnomer.
    expect(['logger', 'bloggers', 'economist', 'astronomical', 'monomers', 'misnomer'].map(subjectOfAgent)).toEqual(Array(6).fill(undefined));
  });

  it('leaves a name glossed "philosopher" among other words whole: halved, its share would no longer count', () => {
    // 柏拉图 "Plato, Greek philosopher": philosoph 0.33, whose half is under MIN_GLOSS_WEIGHT.
    expect(stemsOf('柏拉图').get(normalizeWord('philosopher')!)).toBeCloseTo(0.33, 6);
    expect(stemsOf('柏拉图').has(normalizeWord('philosophy')!)).toBe(false);
  });
});

describe('a short Chinese draft whose astronomy word is 天文学家', () => {
  const draft = '天文学家在银河系边缘发现了一颗磁星，它的磁场比地球强一千万亿倍，每隔几秒就发出一次强烈的射电脉冲。';
  const brand = (language: 'en' | 'zh', label: string, keywords: string[]) =>
    BrandSchema.parse({
      name: 'Sky', label, audience: label, strengths: [], timezone: 'Asia/Shanghai', language,
      pillars: [{ id: 'sky', name: keywords[0], description: label, keywords }],
    });

  it('reads on theme on day one for an English brand of astronomy', () => {
    const model = buildThemeModel({ brand: brand('en', 'Space and astronomy news in a few hundred words', ['astronomy', 'telescope', 'comet']), evidence: [] });
    const r = scoreTheme(model, { body: draft });
    expect(r.terms.some((t) => t.startsWith('天文学家'))).toBe(true);
    expect(r.onTheme).toBe(true);
  });

  it('reads on theme on day one for a Chinese brand of 天文', () => {
    const model = buildThemeModel({ brand: brand('zh', '用几百字讲清楚一条天文新闻', ['天文', '望远镜', '彗星']), evidence: [] });
    const r = scoreTheme(model, { body: draft });
    expect(r.terms.some((t) => t.startsWith('天文学家'))).toBe(true);
    expect(r.onTheme).toBe(true);
  });
});
