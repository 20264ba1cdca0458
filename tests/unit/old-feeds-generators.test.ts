/**
 * core/old-feeds/generators.ts and keep.ts: the feed addresses of the site a blog moved from, as
 * each generator reads its config (issue 18: a reader polling the old address gets a 404 and
 * stops, in silence), and what import keeps of them.
 */
import { describe, expect, test } from 'vitest';
import { hexoFeeds, hugoFeeds, jekyllFeeds, wordpressFeeds } from '../../src/core/old-feeds/generators.ts';
import { feedsToKeep, keptFeedsNote } from '../../src/core/old-feeds/keep.ts';

describe('hugoFeeds', () => {
  test('gives RSS at /index.xml, and at each imported section, when the config says nothing', () => {
    expect(hugoFeeds({})).toEqual([{ path: '/index.xml', format: 'rss' }]);
    expect(hugoFeeds({}, { sections: ['posts', 'Notes'] })).toEqual([
      { path: '/index.xml', format: 'rss' },
      { path: '/posts/index.xml', format: 'rss' },
      { path: '/notes/index.xml', format: 'rss' },
    ]);
  });

  test('reads outputs, disableKinds and the RSS baseName in any case', () => {
    expect(hugoFeeds({ outputs: { home: ['HTML', 'JSON'] } }, { sections: ['posts'] })).toEqual([{ path: '/posts/index.xml', format: 'rss' }]);
    expect(hugoFeeds({ Outputs: { Section: ['html'] } }, { sections: ['posts'] })).toEqual([{ path: '/index.xml', format: 'rss' }]);
    expect(hugoFeeds({ disableKinds: ['RSS', 'taxonomy'] }, { sections: ['posts'] })).toEqual([]);
    expect(hugoFeeds({ outputFormats: { RSS: { baseName: 'feed' } } })).toEqual([{ path: '/feed.xml', format: 'rss' }]);
  });

  test("puts a language's feeds under its folder and keeps the section's case with disablePathToLower", () => {
    expect(hugoFeeds({}, { sections: ['posts'], prefix: 'zh-cn' })).toEqual([
      { path: '/zh-cn/index.xml', format: 'rss' },
      { path: '/zh-cn/posts/index.xml', format: 'rss' },
    ]);
    expect(hugoFeeds({}, { sections: ['Posts'], keepCase: true })[1]).toEqual({ path: '/Posts/index.xml', format: 'rss' });
  });
});

describe('jekyllFeeds', () => {
  const none = { plugin: false, templates: [] };

  test('gives jekyll-feed Atom at /feed.xml when the config, the Gemfile or the minima theme loads it, and nothing else', () => {
    expect(jekyllFeeds({ plugins: ['jekyll-feed', 'jekyll-seo-tag'] }, none)).toEqual([{ path: '/feed.xml', format: 'atom', ids: 'jekyll-id' }]);
    expect(jekyllFeeds({ gems: ['jekyll-feed'] }, none)).toEqual([{ path: '/feed.xml', format: 'atom', ids: 'jekyll-id' }]);
    expect(jekyllFeeds({}, { plugin: true, templates: [] })).toEqual([{ path: '/feed.xml', format: 'atom', ids: 'jekyll-id' }]);
    expect(jekyllFeeds({ theme: 'minima' }, none)).toEqual([{ path: '/feed.xml', format: 'atom', ids: 'jekyll-id' }]);
    expect(jekyllFeeds({ plugins: ['jekyll-paginate'] }, none)).toEqual([]);
  });

  test("reads jekyll-feed's feed.path", () => {
    expect(jekyllFeeds({ plugins: ['jekyll-feed'], feed: { path: 'atom.xml' } }, none)).toEqual([{ path: '/atom.xml', format: 'atom', ids: 'jekyll-id' }]);
  });

  test("gives the site's own feed template at its path or permalink, RSS or Atom as it writes it", () => {
    const rss = '---\nlayout: null\n---\n<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>\n';
    const atom = '---\npermalink: /feed/atom/\n---\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>\n';
    expect(jekyllFeeds({}, { plugin: false, templates: [{ path: 'feed.xml', text: rss }, { path: 'atom.xml', text: atom }, { path: 'plain.xml', text: '<rss/>' }] })).toEqual([
      { path: '/feed.xml', format: 'rss' },
      { path: '/feed/atom/', format: 'atom' },
    ]);
  });

  // For the moved posts' guid: what each entry's <guid> or <id> holds.
  test("reads how a template names its entries: {{ post.id }} as jekyll-feed does, {{ post.url }} as the address", () => {
    const byId = '---\n---\n<feed xmlns="http://www.w3.org/2005/Atom">{% for post in site.posts %}<entry><id>{{ post.id | absolute_url }}</id></entry>{% endfor %}</feed>\n';
    const byUrl = '---\n---\n<rss version="2.0"><channel>{% for post in site.posts %}<item><guid isPermaLink="true">{{ site.url }}{{ post.url }}</guid></item>{% endfor %}</channel></rss>\n';
    expect(jekyllFeeds({}, { plugin: false, templates: [{ path: 'atom.xml', text: byId }, { path: 'rss.xml', text: byUrl }] })).toEqual([
      { path: '/atom.xml', format: 'atom', ids: 'jekyll-id' },
      { path: '/rss.xml', format: 'rss', ids: 'address' },
    ]);
  });
});

describe('hexoFeeds', () => {
  test('gives Atom at /atom.xml when hexo-generator-feed is installed and the config says nothing', () => {
    expect(hexoFeeds({}, { plugin: true })).toEqual([{ path: '/atom.xml', format: 'atom' }]);
    expect(hexoFeeds({}, { plugin: false })).toEqual([]);
    expect(hexoFeeds({ feed: { type: 'atom' } }, { plugin: false })).toEqual([]);
  });

  test('reads feed.type and feed.path, in order, with .xml added as the plugin adds it', () => {
    expect(hexoFeeds({ feed: { type: 'rss2' } }, { plugin: true })).toEqual([{ path: '/rss2.xml', format: 'rss' }]);
    expect(hexoFeeds({ feed: { type: ['atom', 'RSS2'], path: ['atom.xml', '/feed/rss'] } }, { plugin: true })).toEqual([
      { path: '/atom.xml', format: 'atom' },
      { path: '/feed/rss.xml', format: 'rss' },
    ]);
    expect(hexoFeeds({ feed: { enable: false } }, { plugin: true })).toEqual([]);
  });

  test("reads a feed: section as the plugin's when the site has no package.json to say", () => {
    expect(hexoFeeds({ feed: { type: 'rss2', path: 'rss.xml' } }, { plugin: undefined })).toEqual([{ path: '/rss.xml', format: 'rss' }]);
    expect(hexoFeeds({}, { plugin: undefined })).toEqual([]);
  });
});

describe('wordpressFeeds', () => {
  test("gives RSS at /feed/ and Atom at /feed/atom/ under the blog's own path", () => {
    expect(wordpressFeeds('https://meikitchen.example.com')).toEqual([
      { path: '/feed/', format: 'rss' },
      { path: '/feed/atom/', format: 'atom' },
    ]);
    expect(wordpressFeeds('https://example.com/blog/')[0]).toEqual({ path: '/blog/feed/', format: 'rss' });
    expect(wordpressFeeds(undefined)[1]).toEqual({ path: '/feed/atom/', format: 'atom' });
  });
});

describe('feedsToKeep and keptFeedsNote', () => {
  test("adds the old feeds the site does not serve, and counts its own /atom.xml as served", () => {
    const kept = feedsToKeep([{ path: '/atom.xml', format: 'atom' }, { path: '/rss2.xml', format: 'rss' }, { path: '/index.xml', format: 'rss' }], [{ path: '/index.xml' }]);
    expect(kept).toEqual({ add: [{ path: '/rss2.xml', format: 'rss' }], served: [{ path: '/atom.xml', format: 'atom' }] });
    expect(keptFeedsNote(kept, false)).toEqual({
      en: "the old site's feed addresses are kept, so its subscribers keep getting posts: /rss2.xml (RSS): the build writes the site's feed there too (portfolio.feedAliases in content/planner.json); /atom.xml (Atom): the site's own feed is there",
      zh: '旧网站的 feed 地址保留了，订阅者会继续收到文章：/rss2.xml (RSS)：构建也会在那里写出网站的 feed（content/planner.json 的 portfolio.feedAliases）；/atom.xml (Atom)：网站自己的 feed 就在那里',
    });
  });

  test('says nothing when the old site had no feed, and what a dry run would do', () => {
    expect(keptFeedsNote(feedsToKeep([]), false)).toBeUndefined();
    expect(keptFeedsNote(feedsToKeep([{ path: '/index.xml', format: 'rss' }]), true)!.en).toContain('/index.xml (RSS): the build writes the site\'s feed there too (portfolio.feedAliases in content/planner.json, not written in a dry run)');
  });
});
