import { describe, expect, test } from 'vitest';
import { guessPillar } from '../../src/core/moved-posts/pillar-guess.ts';

const brand = [
  { id: '前端工程', name: '前端工程', keywords: ['前端', 'CSS'] },
  { id: 'ml', name: 'Machine learning', keywords: ['Reinforcement Learning', '深度学习'] },
];

describe('guessPillar', () => {
  test.each([
    ['reinforcement-learning', 'ml'],
    ['Reinforcement_Learning', 'ml'],
    ['ML', 'ml'],
    ['machine learning', 'ml'],
    ['deep reinforcement learning', 'ml'],
    ['深度学习', 'ml'],
    ['前端', '前端工程'],
    ['前端开发', '前端工程'],
    ['css-grid', '前端工程'],
    ['long-read', undefined],
    ['学', undefined],
    ['🍜', undefined],
  ])('%s -> %s', (tag, pillar) => {
    expect(guessPillar(tag, brand)).toBe(pillar);
  });

  test('prefers the pillar that names the tag exactly over an earlier one whose words hold it', () => {
    expect(guessPillar('learning', [{ id: 'a', keywords: ['deep learning'] }, { id: 'b', keywords: ['Learning'] }])).toBe('b');
  });
});
