import { describe, expect, test } from 'vitest';
import { countTermUsage, proposeLabels, toAgentNoun, toThirdPersonVerb } from '../../src/core/label.ts';

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
  ])('turns %s into %s', (strength, verb) => expect(toThirdPersonVerb(strength)).toBe(verb));
});

describe('proposeLabels', () => {
  test('combines two strengths into "the cook who photographs"', () => {
    expect(proposeLabels(['cooking', 'photography'])).toContain('the cook who photographs');
  });

  test('colours a label with the first impression', () => {
    expect(proposeLabels(['cooking', 'photography'], ['warm'])).toContain('the warm cook who photographs');
  });

  test('proposes Chinese labels for Chinese strengths', () => {
    expect(proposeLabels(['做饭', '摄影'])).toContain('会摄影的做饭人');
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

  test('counts Chinese terms without word spaces', () => {
    expect(countTermUsage(['红烧', '菜谱'], texts)).toEqual([
      { term: '红烧', posts: 1, mentions: 2 },
      { term: '菜谱', posts: 1, mentions: 1 },
    ]);
  });
});
