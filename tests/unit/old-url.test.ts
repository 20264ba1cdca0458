/** The old address of a moved post (issue 18): given only where the source tells it. */
import { describe, expect, test } from 'vitest';
import { oldAddressOf, oldUrlOf } from '../../src/core/moved-posts/old-url.ts';

describe('oldUrlOf', () => {
  test.each([
    ['an AstroPaper post in a plain folder', { path: 'Guides/Setup Notes.md', raw: { pubDatetime: '2024-01-01' } }, '/posts/guides/setup-notes/'],
    ['an AstroPaper post in a folder whose name AstroPaper slugs otherwise', { path: 'My Guides/a.md', raw: { pubDatetime: '2024-01-01' } }, undefined],
    ['an AstroPaper post of a whole project imported (src/data/blog/ is not in its address)', { path: 'src/data/blog/2025/a.md', raw: { pubDatetime: '2025-03-01' } }, '/posts/2025/a/'],
    ['a Fuwari post of a whole project imported (src/content/posts/ is not in its address)', { path: 'src/content/posts/guide/index.md', raw: { published: new Date('2024-01-01') } }, '/posts/guide/'],
    ["an AstroPaper post's slug with folders: its last segment", { path: 'a.md', raw: { pubDatetime: '2024-01-01', slug: 'series/part-1' } }, '/posts/part-1/'],
    ['a Fuwari post with punctuation in its name', { path: "What's new, 2024.md", raw: { published: new Date('2024-01-01') } }, '/posts/whats-new-2024/'],
    ['a Fuwari post whose published is a flag (Jekyll), not a date', { path: 'a.md', raw: { published: true } }, undefined],
    ['a post of no known theme', { path: 'a.md', raw: { date: '2024-01-01' } }, undefined],
    ['a Hexo post with a placeholder not read here', { path: 'a.md', raw: {}, date: '2024-01-02', site: { generator: 'hexo', permalink: ':category/:title/' } }, undefined],
    ['a Hexo post without a date', { path: 'a.md', raw: {}, site: { generator: 'hexo' } }, undefined],
    ['a Hexo post with i_month and i_day', { path: 'a.md', raw: {}, date: '2024-01-02 10:00:00', site: { generator: 'hexo', permalink: ':year/:i_month/:i_day/:name.html' } }, '/2024/1/2/a.html'],
    ['a Jekyll post without categories', { path: '2024-01-02-a.md', raw: {}, date: '2024-01-02', jekyllName: 'a', site: { generator: 'jekyll' } }, '/2024/01/02/a.html'],
    ["a Jekyll post whose slug names it", { path: '2024-01-02-a.md', raw: { slug: 'b', categories: ['News'] }, date: '2024-01-02', jekyllName: 'a', site: { generator: 'jekyll', permalink: '/:categories/:title/' } }, '/news/b/'],
    ['a Hexo post whose file name has a space: percent-encoded, as Hexo serves it', { path: 'coding/spark/Spark AQE.md', raw: {}, date: '2022-04-01 10:00:00', site: { generator: 'hexo' } }, '/2022/04/01/coding/spark/Spark%20AQE/'],
    ['a Hexo post with a Chinese file name with a space and punctuation', { path: '微信、支付宝小程序 二码合一.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } }, '/2022/04/01/微信、支付宝小程序%20二码合一/'],
    ['a Hexo post with parentheses and a comma', { path: 'SeaTunnel源码解析-(一)API, web3.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } }, '/2022/04/01/SeaTunnel源码解析-(一)API,%20web3/'],
    ['a Hexo post whose name has a "#": no alias can serve it', { path: 'C# notes.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } }, undefined],
    ['a Jekyll post whose permalink is a full address', { path: 'a.md', raw: { permalink: 'https://old.example/a/' }, site: { generator: 'jekyll' } }, undefined],
  ] as const)('%s', (_name, post, url) => {
    expect(oldUrlOf(post as Parameters<typeof oldUrlOf>[0])).toBe(url);
  });

  test('an old address no alias can hold is told, not dropped in silence', () => {
    expect(oldAddressOf({ path: 'C# notes.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } })).toEqual({ unservable: '/2022/04/01/C%23%20notes/' });
    expect(oldAddressOf({ path: 'a.md', raw: {}, date: '2022-04-01', site: { generator: 'hexo' } })).toEqual({ url: '/2022/04/01/a/' });
    expect(oldAddressOf({ path: 'a.md', raw: { date: '2024-01-01' } })).toBeUndefined();
    // Jekyll slugs a name with a space (not done here): no address rather than a wrong one.
    expect(oldAddressOf({ path: '2024-01-02-a b.md', raw: {}, date: '2024-01-02', jekyllName: 'a b', site: { generator: 'jekyll' } })).toBeUndefined();
  });
});
