import { describe, expect, test } from 'vitest';
import { splitList } from '../../src/core/split-list.ts';

// The Brand page's strengths, impressions and pillar keywords, and init's answers to the same
// questions: a Chinese input method types ；.
describe('splitList', () => {
  test.each([
    ['需求，优先级、PRD', ['需求', '优先级', 'PRD']],
    ['职场；沟通；跳槽', ['职场', '沟通', '跳槽']],
    ['braise; noodles;soy sauce', ['braise', 'noodles', 'soy sauce']],
    ['产品设计\n数据分析\n', ['产品设计', '数据分析']],
    ['R language, A/B 测试', ['R language', 'A/B 测试']],
    [' ；, 、 ', []],
  ])('splits %j into its items', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });
});
