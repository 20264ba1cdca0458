import { describe, expect, test } from 'vitest';
import { ideaMoveAfterSave, ideaMoveOffer, ideaMoveTarget, isPlannedOrPublished, planMoveTargets, takenPostIds } from '../../../../src/studio/drafts/idea-move.ts';
import { DRAFTS_TEXT } from '../../../../src/studio/drafts/strings.ts';
import { MANAGE_TEXT } from '../../../../src/studio/shared/manage-strings.ts';
import type { PostValues } from '../../../../src/studio/drafts/post-form.ts';

const values = (extra: Partial<PostValues>): PostValues =>
  ({ title: 't', channel: 'wechat', status: 'idea', pillar: '', plannedFor: '', publishedAt: '', url: '', body: '', ...extra }) as PostValues;
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe('moving a post out of ideas/ or drafts/', () => {
  test('targets the channel folder with the rest of the id kept', () => {
    expect(ideaMoveTarget('ideas/冬至饺子', 'wechat')).toBe('wechat/冬至饺子');
    expect(ideaMoveTarget('ideas/2026/a', '知乎')).toBe('知乎/2026/a');
    expect(ideaMoveTarget('2026/a', 'wechat')).toBeNull();
  });

  test('moves a post out of drafts/ as well, without doubling its channel folder', () => {
    expect(ideaMoveTarget('drafts/winter-soup', 'blog')).toBe('blog/winter-soup');
    expect(ideaMoveTarget('drafts/wechat/dongzhi-jiaozi', 'wechat')).toBe('wechat/dongzhi-jiaozi');
    expect(ideaMoveAfterSave('drafts/wechat/dongzhi-jiaozi', values({ status: 'published' }), form({ moveIdea: '1' }))).toBe('wechat/dongzhi-jiaozi');
    expect(ideaMoveAfterSave('drafts/a', values({ status: 'draft' }), form({ moveIdea: '1' }))).toBeNull();
    expect(ideaMoveAfterSave('drafts/a', values({ status: 'published' }), form({}))).toBeNull();
  });

  test('happens only when asked and when the save plans or publishes the post', () => {
    const ask = form({ moveIdea: '1' });
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'draft' }), ask)).toBeNull();
    expect(ideaMoveAfterSave('ideas/a', values({ plannedFor: '2026-12-05' }), ask)).toBe('wechat/a');
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'published' }), ask)).toBe('wechat/a');
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'scheduled' }), form({}))).toBeNull();
    expect(ideaMoveAfterSave('2026/a', values({ status: 'published' }), ask)).toBeNull();
  });

  test('takes a typed target, follows a channel changed in the same save, and refuses an invalid one', () => {
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'published' }), form({ moveIdea: '1', moveIdeaTo: '2026/a' }))).toBe('2026/a');
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'published', channel: 'blog' }), form({ moveIdea: '1' }))).toBe('blog/a');
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'published' }), form({ moveIdea: '1', moveIdeaTo: '../x' }))).toBeNull();
  });

  test('numbers a suggested target another post has (-2, -3…), and keeps a typed one as typed', () => {
    const taken = takenPostIds([{ id: 'wechat/a' }, { id: 'wechat/a-2' }, { id: 'ideas/a' }], [{ file: 'content/posts/blog/a.md' }]);
    const ask = form({ moveIdea: '1' });
    expect(ideaMoveTarget('ideas/a', 'wechat', taken)).toBe('wechat/a-3');
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'published' }), ask, taken)).toBe('wechat/a-3');
    // A file check refuses (a broken field) still holds its name.
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'published', channel: 'blog' }), ask, taken)).toBe('blog/a-2');
    expect(ideaMoveAfterSave('ideas/a', values({ status: 'published' }), form({ moveIdea: '1', moveIdeaTo: 'wechat/a' }), taken)).toBe('wechat/a');
    expect(planMoveTargets(['ideas/a', 'ideas/b', 'wechat/a'], ['wechat', 'blog', 'zhihu'], taken)).toEqual({ 'ideas/a': { wechat: 'wechat/a-3', blog: 'blog/a-2' } });
  });

  // A folder post numbered past a taken name went to `blog/soup/index-2`: a file in another post's folder, beside its images.
  test('numbers a folder post by its folder, never by its index file', () => {
    const taken = takenPostIds([{ id: 'blog/soup/index' }, { id: 'blog/tea' }, { id: 'drafts/soup/index' }, { id: 'drafts/tea/index' }], []);
    expect(ideaMoveTarget('drafts/soup/index', 'blog', taken)).toBe('blog/soup-2/index');
    expect(ideaMoveTarget('drafts/tea/index', 'blog', taken)).toBe('blog/tea-2/index');
    expect(ideaMoveTarget('drafts/soup/index', 'wechat', taken)).toBe('wechat/soup/index');
    // Typed as its address, it still lands as a folder, where the page after the save looks for it.
    expect(ideaMoveAfterSave('drafts/soup/index', values({ status: 'published' }), form({ moveIdea: '1', moveIdeaTo: 'wechat/soup' }))).toBe('wechat/soup/index');
  });

  test('counts a folder post (blog/soup/index) as holding its public address, so a move is numbered past it', () => {
    const taken = takenPostIds([{ id: 'blog/soup/index' }, { id: 'drafts/soup' }], []);
    expect(ideaMoveTarget('drafts/soup', 'blog', taken)).toBe('blog/soup-2');
  });

  test('shows the offer ticked unless published, and as the user sent it when the save comes back with an error', () => {
    expect(ideaMoveOffer('draft')).toEqual({ checked: true, to: '' });
    expect(ideaMoveOffer('published')).toEqual({ checked: false, to: '' });
    expect(ideaMoveOffer('draft', form({ title: 't' }))).toEqual({ checked: false, to: '' });
    expect(ideaMoveOffer('published', form({ moveIdea: '1', moveIdeaTo: 'blog/汤' }))).toEqual({ checked: true, to: 'blog/汤' });
  });
});

// A trial: a Chinese user saved a draft with a planned date and saw it moved out of drafts/,
// though the box said 保存为已排期或已发布时: 已排期 is the name of the status "scheduled".
describe('the editor\'s box "move it to its channel\'s folder"', () => {
  test('names the planned date, which moves a draft too, not only the statuses', () => {
    expect(isPlannedOrPublished({ status: 'draft', plannedFor: '2026-12-10' })).toBe(true);
    expect(MANAGE_TEXT['ideaMove.check']!.zh).toContain(DRAFTS_TEXT['drafts.planned']!.zh);
    expect(MANAGE_TEXT['ideaMove.check']!.zh).not.toContain(DRAFTS_TEXT['status.scheduled']!.zh);
  });
});
