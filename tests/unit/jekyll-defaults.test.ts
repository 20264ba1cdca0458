/** Jekyll's `defaults:` (lib/jekyll/frontmatter_defaults.rb, jekyllrb.com/docs/configuration/front-matter-defaults/). */
import { describe, expect, test } from 'vitest';
import { jekyllDefaultsFor, jekyllDefaultsOf } from '../../src/core/jekyll-defaults.ts';

const config = {
  defaults: [
    { scope: { path: '', type: 'posts' }, values: { layout: 'post', permalink: '/blog/:title/', tags: ['notes'], comments: true } },
    { scope: { path: '_posts/travel' }, values: { tags: ['travel'] } },
    { scope: { path: '' }, values: { layout: 'default' } },
    { scope: { path: 'tag*' }, values: { layout: 'tagpage' } },
    { scope: { path: 'x' } },
    'not a set',
  ],
};

describe('jekyllDefaultsFor', () => {
  const defaults = jekyllDefaultsOf(config);

  test('reads the scopes that set a value changing an address or a term', () => {
    expect(defaults).toHaveLength(4);
    expect(defaults[0]).toEqual({ path: '', type: 'posts', values: { layout: 'post', permalink: '/blog/:title/', tags: ['notes'] } });
  });

  test.each([
    ['a post gets its type\'s values over the all-site ones', '_posts/2024-01-02-a.md', 'posts', { layout: 'post', permalink: '/blog/:title/', tags: ['notes'] }],
    ['a post in a folder of its scope gets that folder\'s tags, the longer path winning', '_posts/travel/2024-01-02-b.md', 'posts', { layout: 'post', permalink: '/blog/:title/', tags: ['travel'] }],
    ['a page gets the all-site layout', 'about.md', 'pages', { layout: 'default' }],
    ['a glob scope matches within one name', 'tags/x.md', 'pages', { layout: 'tagpage' }],
    ['a name only starting like the scope\'s is not in it', '_posts_old/2024-01-02-a.md', 'pages', { layout: 'default' }],
  ])('%s', (_, path, type, expected) => {
    expect(jekyllDefaultsFor(defaults, path, type)).toEqual(expected);
  });

  test('reads the singular types Jekyll still reads (post, page) as their plurals', () => {
    const old = jekyllDefaultsOf({ defaults: [{ scope: { path: '', type: 'post' }, values: { permalink: '/p/:title/' } }, { scope: { path: 'contacts/*.html', type: 'page' }, values: { layout: 'tagpage' } }] });
    expect(jekyllDefaultsFor(old, '_posts/2024-01-02-a.md', 'posts')).toEqual({ permalink: '/p/:title/' });
    expect(jekyllDefaultsFor(old, 'contacts/bar.html', 'pages')).toEqual({ layout: 'tagpage' });
    expect(jekyllDefaultsFor(old, 'contacts/bar.md', 'pages')).toEqual({});
  });

  test('reads published: false, by path and by type, a more specific scope over a broader one', () => {
    const d = jekyllDefaultsOf({ defaults: [{ scope: { path: '_posts/archive' }, values: { published: false, author: 'x' } }, { scope: { path: '_posts/archive/kept' }, values: { published: true } }, { scope: { type: 'pages' }, values: { published: false } }] });
    expect(jekyllDefaultsFor(d, '_posts/archive/2019-01-01-a.md', 'posts')).toEqual({ published: false });
    expect(jekyllDefaultsFor(d, '_posts/archive/kept/2019-01-01-a.md', 'posts')).toEqual({ published: true });
    expect(jekyllDefaultsFor(d, '_posts/2019-01-01-a.md', 'posts')).toEqual({});
    expect(jekyllDefaultsFor(d, 'tag/go.md', 'pages')).toEqual({ published: false });
  });

  test('a config without defaults gives none', () => {
    expect(jekyllDefaultsFor(jekyllDefaultsOf({}), '_posts/a.md', 'posts')).toEqual({});
  });
});
