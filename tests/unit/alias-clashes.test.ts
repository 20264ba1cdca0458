/** Aliases that would take a file the build writes already are refused, naming both files (issue 18). */
import { describe, expect, test } from 'vitest';
import { findAliasClashes, ownSiteFiles, redirectFiles } from '../../src/core/redirects/clashes.ts';
import type { PostFrontmatter } from '../../src/core/schema/post.ts';

const post = (id: string, aliases?: string[]) => ({
  id,
  file: `content/posts/${id}.md`,
  data: { title: id, channel: 'blog', status: 'published', publishedAt: '2026-01-01', ...(aliases ? { aliases } : {}) } as PostFrontmatter,
});
const messages = (posts: ReturnType<typeof post>[]) => findAliasClashes(posts).map((e) => e.format('en'));

describe('findAliasClashes', () => {
  test('finds nothing among aliases that take no page', () => {
    expect(messages([post('2022/a', ['/posts/a/', '/2022/01/02/a.html']), post('2022/b', ['/posts/b/'])])).toEqual([]);
  });

  test("names both files when two posts give the same alias, however it ends and whatever its case", () => {
    expect(messages([post('2022/a', ['/posts/old/']), post('2022/b', ['/Posts/Old'])])).toEqual([
      expect.stringMatching(/^content\/posts\/2022\/b\.md: aliases: \/Posts\/Old is also an alias of content\/posts\/2022\/a\.md\n  hint: /),
    ]);
  });

  test("names both files when an alias is another post's page", () => {
    expect(messages([post('2022/a'), post('2022/b', ['/posts/2022/a/'])])).toEqual([expect.stringMatching(/^content\/posts\/2022\/b\.md: aliases: \/posts\/2022\/a\/ is the page of content\/posts\/2022\/a\.md/)]);
  });

  test("refuses an alias that is one of the site's own pages; one that is the post's own page is no redirect and no clash", () => {
    // AstroPaper's src/data/blog/2022/a.md lived at /posts/2022/a/, which is where import puts it.
    expect(messages([post('2022/a', ['/posts/2022/a/', '/Posts/2022/a', '/about/', '/', '/tags/x/'])])).toEqual([
      expect.stringMatching(/aliases: \/about\/ is the site's own \/about\/ page/),
      expect.stringMatching(/aliases: \/ is the site's own \/ page/),
      expect.stringMatching(/aliases: \/tags\/x\/ is the site's own \/tags\/ page/),
    ]);
  });

  test('reads one post giving one file twice (/old and /old/) as one redirect', () => {
    expect(messages([post('2022/a', ['/old', '/old/', '/old'])])).toEqual([]);
  });

  test('writes one redirect page per file, and none at the post\'s own page (it would replace the post)', () => {
    expect(redirectFiles('2022/a', ['/posts/a/', '/posts/a', '/posts/2022/a/', '/2022/01/02/a.html', '/POSTS/2022/A'])).toEqual(['posts/a/index.html', '2022/01/02/a.html']);
  });

  test('says it in Chinese too', () => {
    expect(findAliasClashes([post('2022/a', ['/x/']), post('2022/b', ['/x/'])])[0]!.format('zh')).toContain('/x/ 也是 content/posts/2022/a.md 的别名');
  });
});

describe('ownSiteFiles', () => {
  const brand = { pillars: [{ id: 'Bread' }] } as Parameters<typeof ownSiteFiles>[0]['brand'];
  const tagged = (id: string, tags: string[], aliases?: string[]) => ({ ...post(id, aliases), data: { ...post(id, aliases).data, tags } });
  const own = ownSiteFiles({ brand }, [tagged('2026/Ünï', ['Go'], ['/old/a/', '/tags/go/'])]);

  test("names each file the build writes for the site and its published posts, keyed as a case-insensitive file system compares them", () => {
    expect(Object.fromEntries([...own].map(([file, what]) => [file, what.en]))).toMatchObject({
      'rss.xml': "the site's own RSS feed",
      'zh/atom.xml': "the site's Atom feed of its posts in Chinese",
      'pillars/bread/feed.json': 'the JSON Feed feed of the pillar Bread',
      'sitemap.xml': "one of the site's own files",
      'about/index.html': "the site's own /about/ page",
      'tags/index.html': "the site's own /tags/ page",
      'pillars/bread/index.html': 'the page of the pillar Bread',
      'posts/2026/ünï/index.html': 'the page of content/posts/2026/Ünï.md',
      'old/a/index.html': 'an alias of content/posts/2026/Ünï.md',
    });
    expect(own.get('about/index.html')!.zh).toBe('网站自己的 /about/ 页面');
  });

  test("names a file two things take by the later: a post's alias over a tag's page", () => {
    expect(own.get('tags/go/index.html')!.en).toBe('an alias of content/posts/2026/Ünï.md');
    expect(ownSiteFiles({ brand }, [tagged('2026/b', ['Go'])]).get('tags/go/index.html')!.en).toBe('the page of the tag "Go"');
  });
});

// A copy (copyOf) has no page; the build writes a redirect at its address to its original's page
// (site-data.ts redirectAliases), so an alias there would be a second file at one path.
describe("findAliasClashes: a copy's address", () => {
  const copy = (id: string, of: string, aliases?: string[]) => ({ ...post(id, aliases), data: { ...post(id, aliases).data, channel: 'devto', copyOf: of } });

  test("refuses another post's alias at a copy's address, naming the copy and the original", () => {
    for (const posts of [[post('blog/x'), copy('devto/x', 'blog/x'), post('blog/y', ['/posts/devto/x/'])], [post('blog/y', ['/Posts/DevTo/x']), copy('devto/x', 'blog/x'), post('blog/x')]]) {
      const [error, ...rest] = findAliasClashes(posts);
      expect(rest).toEqual([]);
      expect(error!.format('en')).toMatch(/^content\/posts\/blog\/y\.md: aliases: \/\S+ is the address of the copy content\/posts\/devto\/x\.md \(copyOf\), which leads to the page of content\/posts\/blog\/x\.md\n  hint: remove the alias, or move the copy/);
      expect(error!.format('zh')).toContain('是副本 content/posts/devto/x.md（copyOf）的地址');
    }
  });

  test("lets the original list its copy's address among its aliases: one redirect to its own page", () => {
    expect(messages([post('blog/x', ['/posts/devto/x/']), copy('devto/x', 'blog/x')])).toEqual([]);
    expect(redirectFiles('blog/x', ['/posts/devto/x/', '/posts/devto/x/'])).toEqual(['posts/devto/x/index.html']);
  });

  test("names a copy's address in the site's files as the copy's, not as a page of its own", () => {
    const own = ownSiteFiles({ brand: { pillars: [] } } as never, [post('blog/x'), copy('devto/x', 'blog/x')]);
    expect(own.get('posts/devto/x/index.html')?.en).toBe("the address of the copy content/posts/devto/x.md (copyOf), which leads to its original's page");
  });

  test("holds a copy's own aliases as redirects to its original's page: another post's alias there is refused, the original's is one redirect", () => {
    const devto = copy('devto/x', 'blog/x', ['/old/x/']);
    expect(messages([post('blog/x', ['/old/x/']), devto])).toEqual([]);
    expect(messages([post('blog/x'), devto, post('blog/y', ['/old/x/'])])).toEqual([
      expect.stringMatching(/^content\/posts\/blog\/y\.md: aliases: \/old\/x\/ is also an alias of the copy content\/posts\/devto\/x\.md \(copyOf\), which leads to the page of content\/posts\/blog\/x\.md/),
    ]);
    expect(messages([post('blog/x'), post('blog/z'), copy('devto/x', 'blog/x', ['/posts/blog/z/'])])).toEqual([expect.stringMatching(/^content\/posts\/devto\/x\.md: aliases: \/posts\/blog\/z\/ is the page of content\/posts\/blog\/z\.md/)]);
  });
});

