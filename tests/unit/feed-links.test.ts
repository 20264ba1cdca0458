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

  test('absolute addresses and other schemes stay as written', () => {
    const html = '<a href="https://x.example/a">a</a><a href="mailto:me@x.example">m</a><a href="//cdn.example/x.png">c</a><a href="">e</a>';
    expect(absoluteFeedLinks(html, site, page)).toBe(html);
  });

  test("in-page fragments (footnotes and their back links, headings) point at the post's page with the fragment: a reader shows the entry on no page of the post's", () => {
    const html = '<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup><li id="user-content-fn-1">x <a href="#user-content-fnref-1">↩</a></li><a href="#%E5%AE%89%E8%A3%85">安装</a>';
    expect(absoluteFeedLinks(html, site, page)).toBe(
      '<sup><a href="https://meilin.example/posts/2026/loaf/#user-content-fn-1" id="user-content-fnref-1">1</a></sup><li id="user-content-fn-1">x <a href="https://meilin.example/posts/2026/loaf/#user-content-fnref-1">↩</a></li><a href="https://meilin.example/posts/2026/loaf/#%E5%AE%89%E8%A3%85">安装</a>',
    );
  });

  test("a code sample's text that looks like an attribute stays as the post shows it", () => {
    const html = '<pre><code>&lt;a href="#top"&gt;up&lt;/a&gt; &lt;img src="pic.png"&gt;</code></pre><p>x <a title="a > b" href="#fn">1</a></p>';
    expect(absoluteFeedLinks(html, site, page)).toBe(
      '<pre><code>&lt;a href="#top"&gt;up&lt;/a&gt; &lt;img src="pic.png"&gt;</code></pre><p>x <a title="a > b" href="https://meilin.example/posts/2026/loaf/#fn">1</a></p>',
    );
  });

  test('without a site address nothing changes', () => {
    expect(absoluteFeedLinks('<a href="../crust/">crust</a>', undefined, '/posts/2026/loaf/')).toBe('<a href="../crust/">crust</a>');
  });
});
