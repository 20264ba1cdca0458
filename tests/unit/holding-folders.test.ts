import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { freeHoldingTarget, holdingFolderOf, outOfHoldingFolder } from '../../src/core/holding-folders.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';

describe('outOfHoldingFolder', () => {
  test.each([
    ['ideas/冬至饺子', 'wechat', 'wechat/冬至饺子'],
    ['drafts/winter-soup', 'blog', 'blog/winter-soup'],
    ['drafts/wechat/dongzhi-jiaozi', 'wechat', 'wechat/dongzhi-jiaozi'],
    ['drafts/wechat/dongzhi-jiaozi', 'blog', 'blog/wechat/dongzhi-jiaozi'],
    ['drafts/wechatx/a', 'wechat', 'wechat/wechatx/a'],
    ['ideas/2026/a', '知乎', '知乎/2026/a'],
  ])('moves %s on channel %s to %s', (id, channel, to) => {
    expect(outOfHoldingFolder(id, channel)).toBe(to);
  });

  test('gives nothing for an id in no holding folder, an empty rest or no channel', () => {
    expect(outOfHoldingFolder('2026/a', 'blog')).toBeNull();
    expect(outOfHoldingFolder('draftsy/a', 'blog')).toBeNull();
    expect(outOfHoldingFolder('drafts/', 'blog')).toBeNull();
    expect(outOfHoldingFolder('drafts/a', '')).toBeNull();
    expect(holdingFolderOf('drafts/a')).toBe('drafts/');
    expect(holdingFolderOf('ideas/a')).toBe('ideas/');
  });
});

describe('freeHoldingTarget', () => {
  test('numbers a taken target -2, -3… as New draft and quick capture number a taken name, case and Unicode form alike', () => {
    expect(freeHoldingTarget('drafts/winter-soup', 'blog', new Set())).toBe('blog/winter-soup');
    expect(freeHoldingTarget('drafts/winter-soup', 'blog', new Set(['blog/winter-soup']))).toBe('blog/winter-soup-2');
    expect(freeHoldingTarget('ideas/a', 'blog', new Set(['blog/a', 'blog/a-2']))).toBe('blog/a-3');
    // Taken ids are idKey values (NFC, lower case): Blog/Soup.mdx is blog/soup on macOS.
    expect(freeHoldingTarget('ideas/Soup', 'blog', new Set(['blog/soup']))).toBe('blog/Soup-2');
    expect(freeHoldingTarget('2026/a', 'blog', new Set(['blog/a']))).toBeNull();
  });
});

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'food', name: 'Food' }] },
  channels: [{ id: 'wechat', name: 'WeChat', platform: 'wechat', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
  breaks: [],
});

function addressFlags(id: string, status: string, lang: 'en' | 'zh' = 'en') {
  const dated = status === 'published' ? 'publishedAt: 2024-05-01\n' : '';
  const post = parsePostText(`---\ntitle: T\nchannel: wechat\nstatus: ${status}\n${dated}---\n\nDumplings.\n`, id, `content/posts/${id}.md`);
  return buildCheckReport({ planner, posts: [post], now: Date.parse('2024-07-01T00:00:00Z'), lang }).flags.filter((f) => f.kind === 'draft-address');
}

describe('check: a published post under drafts/ or ideas/', () => {
  test('warns, naming the address and the rename to its channel folder, in English and Chinese', () => {
    expect(addressFlags('drafts/wechat/dongzhi-jiaozi', 'published')).toEqual([{
      kind: 'draft-address',
      severity: 'warning',
      post: 'drafts/wechat/dongzhi-jiaozi',
      file: 'content/posts/drafts/wechat/dongzhi-jiaozi.md',
      message: 'is published from drafts/: its public address /posts/drafts/wechat/dongzhi-jiaozi/ says "drafts" for good (a post\'s id is its address)',
      hint: "rename it to wechat/dongzhi-jiaozi (the studio editor's Manage this post → Rename / move, or move the file); if its link is already out, list /posts/drafts/wechat/dongzhi-jiaozi/ in its aliases so the old address keeps working",
      suggested: 'wechat/dongzhi-jiaozi',
    }]);
    const [zh] = addressFlags('ideas/冬至', 'published', 'zh');
    expect(zh?.message).toBe('已发布，但还在 ideas/ 文件夹里：公开地址 /posts/ideas/冬至/ 会一直带着“ideas”（文章的 ID 就是它的公开地址）');
    expect(zh?.hint).toContain('重命名为 wechat/冬至');
  });

  test('suggests a free id when the one in the channel folder is taken by another post', () => {
    const post = (id: string, status: string) => parsePostText(`---\ntitle: T\nchannel: wechat\nstatus: ${status}\n${status === 'published' ? 'publishedAt: 2024-05-01\n' : ''}---\n\nDumplings.\n`, id, `content/posts/${id}.md`);
    const posts = [post('drafts/jiaozi', 'published'), post('wechat/jiaozi', 'draft')];
    const [flag] = buildCheckReport({ planner, posts, now: Date.parse('2024-07-01T00:00:00Z'), lang: 'en' }).flags.filter((f) => f.kind === 'draft-address');
    expect(flag).toMatchObject({ suggested: 'wechat/jiaozi-2' });
    expect((flag as { hint: string }).hint).toContain('rename it to wechat/jiaozi-2 ');
  });

  test('suggests two posts of one name (drafts/a, ideas/a) two free ids, not the same one', () => {
    const post = (id: string) => parsePostText('---\ntitle: T\nchannel: wechat\nstatus: published\npublishedAt: 2024-05-01\n---\n\nDumplings.\n', id, `content/posts/${id}.md`);
    const flags = buildCheckReport({ planner, posts: [post('drafts/jiaozi'), post('ideas/jiaozi')], now: Date.parse('2024-07-01T00:00:00Z'), lang: 'en' }).flags.filter((f) => f.kind === 'draft-address');
    expect(flags.map((f) => (f as { suggested: string }).suggested)).toEqual(['wechat/jiaozi', 'wechat/jiaozi-2']);
  });

  test('suggests past a folder post at that address (wechat/jiaozi/index is /posts/wechat/jiaozi/)', () => {
    const post = (id: string, status: string) => parsePostText(`---\ntitle: T\nchannel: wechat\nstatus: ${status}\n${status === 'published' ? 'publishedAt: 2024-05-01\n' : ''}---\n\nDumplings.\n`, id, `content/posts/${id}.md`);
    const [flag] = buildCheckReport({ planner, posts: [post('drafts/jiaozi', 'published'), post('wechat/jiaozi/index', 'draft')], now: Date.parse('2024-07-01T00:00:00Z'), lang: 'en' }).flags.filter((f) => f.kind === 'draft-address');
    expect(flag).toMatchObject({ suggested: 'wechat/jiaozi-2' });
  });

  test('names a page bundle by the address it is published at (drafts/x/index is /posts/drafts/x/), for the alias to keep', () => {
    const [flag] = addressFlags('drafts/dongzhi/index', 'published');
    expect(flag?.message).toContain('its public address /posts/drafts/dongzhi/ says');
    expect(flag?.hint).toContain('list /posts/drafts/dongzhi/ in its aliases');
    expect(flag?.suggested).toBe('wechat/dongzhi/index');
  });

  test('says nothing of a draft there or of a published post elsewhere', () => {
    expect(addressFlags('drafts/a', 'draft')).toEqual([]);
    expect(addressFlags('ideas/a', 'scheduled')).toEqual([]);
    expect(addressFlags('wechat/a', 'published')).toEqual([]);
  });
});
