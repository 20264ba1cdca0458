/**
 * The portfolio's `_redirects` (core/redirects/host-rules.ts): Netlify's and Cloudflare Pages'
 * format, one `source destination status` a line, the first rule of a source winning.
 */
import { describe, expect, it } from 'vitest';
import { HOST_RULES_LIMIT, hostRedirects } from '../../src/core/redirects/host-rules.ts';

const rules = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));

describe('hostRedirects', () => {
  it('writes a 301 per moved address, a folder with and without its last slash, a file as is', () => {
    const { text, rules: count } = hostRedirects({ moved: [{ from: '/posts/old/', to: '/posts/2026/new/' }, { from: '/2020/01/02/a.html', to: '/posts/2026/a/' }, { from: '/tag/go', to: '/tags/go/' }], feedFolders: [] });
    expect(rules(text)).toEqual([
      '/posts/old/ /posts/2026/new/ 301',
      '/posts/old /posts/2026/new/ 301',
      '/2020/01/02/a.html /posts/2026/a/ 301',
      '/tag/go /tags/go/ 301',
      '/tag/go/ /tags/go/ 301',
    ]);
    expect(count).toBe(5);
  });

  it('percent-encodes as a browser sends a path, once, whether the path was written encoded or not', () => {
    const { text } = hostRedirects({ moved: [{ from: '/tag/红烧/', to: '/tags/红烧/' }, { from: '/category/%E5%8F%91%E9%85%B5/', to: '/tags/%E5%8F%91%E9%85%B5/' }, { from: '/tag/红烧/', to: '/elsewhere/' }], feedFolders: [] });
    expect(rules(text)).toEqual([
      '/tag/%E7%BA%A2%E7%83%A7/ /tags/%E7%BA%A2%E7%83%A7/ 301',
      '/tag/%E7%BA%A2%E7%83%A7 /tags/%E7%BA%A2%E7%83%A7/ 301',
      '/category/%E5%8F%91%E9%85%B5/ /tags/%E5%8F%91%E9%85%B5/ 301',
      '/category/%E5%8F%91%E9%85%B5 /tags/%E5%8F%91%E9%85%B5/ 301',
    ]);
  });

  it('rewrites an old feed folder to the index.xml the build writes there (200), and leaves out a path a host reads as a pattern', () => {
    const { text } = hostRedirects({ moved: [{ from: '/p/:id/', to: '/posts/x/' }, { from: '/all/*', to: '/' }], feedFolders: ['/feed/', '/blog/rss'] });
    expect(rules(text)).toEqual(['/feed/ /feed/index.xml 200', '/feed /feed/index.xml 200', '/blog/rss /blog/rss/index.xml 200', '/blog/rss/ /blog/rss/index.xml 200']);
  });

  it("keeps the project's own public/_redirects first and whole, and counts its rules against Cloudflare's 2,000", () => {
    const own = '# mine\n/shop https://shop.example 302\n';
    const moved = Array.from({ length: HOST_RULES_LIMIT }, (_, i) => ({ from: `/old/${i}.html`, to: `/posts/${i}/` }));
    const { text, rules: count, dropped } = hostRedirects({ moved, feedFolders: [], own });
    expect(text.startsWith(own)).toBe(true);
    expect(rules(text)).toHaveLength(HOST_RULES_LIMIT);
    expect(count).toBe(HOST_RULES_LIMIT - 1);
    expect(dropped).toBe(1);
    expect(rules(text).at(-1)).toBe(`/old/${HOST_RULES_LIMIT - 2}.html /posts/${HOST_RULES_LIMIT - 2}/ 301`);
  });

  it('writes nothing with nothing to say, and the own file alone when there is no rule', () => {
    expect(hostRedirects({ moved: [], feedFolders: [] }).text).toBe('');
    expect(hostRedirects({ moved: [], feedFolders: [], own: '/a /b 301' }).text).toBe('/a /b 301\n');
  });
});
