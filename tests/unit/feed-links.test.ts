import { describe, expect, test } from 'vitest';
import { absoluteFeedLinks } from '../../src/pages/_lib/feed-links.ts';

const site = new URL('https://meilin.example/');
const page = 'https://meilin.example/posts/2026/loaf/';

describe('addresses in a post carried by a feed', () => {
  test('root-relative ones take the site origin, path-relative ones the post address', () => {
    const html = '<p><a href="/about/">about</a> <a href="../crust/">crust</a> <a href="notes/x.html?a=1&amp;b=2">notes</a> <img src="pic.png" alt=""></p>';
    expect(absoluteFeedLinks(html, site, page)).toBe(
      '<p><a href="https://meilin.example/about/">about</a> <a href="https://meilin.example/posts/2026/crust/">crust</a> <a href="https://meilin.example/posts/2026/loaf/notes/x.html?a=1&amp;b=2">notes</a> <img src="https://meilin.example/posts/2026/loaf/pic.png" alt=""></p>',
    );
  });

  test('absolute addresses, other schemes and in-page fragments stay as written', () => {
    const html = '<a href="https://x.example/a">a</a><a href="mailto:me@x.example">m</a><a href="//cdn.example/x.png">c</a><a href="#user-content-fn-1">1</a><a href="">e</a>';
    expect(absoluteFeedLinks(html, site, page)).toBe(html);
  });

  test('without a site address nothing changes', () => {
    expect(absoluteFeedLinks('<a href="../crust/">crust</a>', undefined, '/posts/2026/loaf/')).toBe('<a href="../crust/">crust</a>');
  });
});
