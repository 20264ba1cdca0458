/**
 * The editor's Save that planned or published a draft and moved it out of drafts/ in the same step
 * said only "Post renamed." (内容已重命名。), the words of the Rename action: not that it was saved,
 * nor where it went.
 */
import { describe, expect, it } from 'vitest';
import { savedAndMovedText } from '../../../src/studio/drafts/idea-move.ts';

describe('savedAndMovedText', () => {
  it('says saved, from where and to where', () => {
    expect(savedAndMovedText('drafts/curry-crab', 'blog/curry-crab', 'en')).toBe('Saved, and moved out of drafts/: it is now blog/curry-crab.');
    expect(savedAndMovedText('ideas/咖喱炒蟹', '中文频道/咖喱炒蟹', 'zh')).toBe('已保存，并移出 ideas/：现在是 中文频道/咖喱炒蟹。');
  });

  it('names the whole old id when it was in no holding folder', () => {
    expect(savedAndMovedText('2026/soup', 'blog/soup', 'en')).toBe('Saved, and moved from 2026/soup: it is now blog/soup.');
  });
});
