/**
 * Links with no text are left out of a post's page (src/pages/_lib/empty-links.ts): a heading's
 * copied theme anchor (`### [](#c-nunit)C＃NUnit`, Hexo's headerlink) and an empty `[](url)`.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { emptyLinks, mayHaveEmptyLinks } from '../../src/pages/_lib/empty-links.ts';

// As astro.config.mjs runs it: after the sanitizer, which makes a body's raw HTML elements.
const render = async (source: string) => (await (await createSatteriMarkdownProcessor({ hastPlugins: [sanitizeHtml, emptyLinks] })).render(source)).code.trim();

describe('emptyLinks', () => {
  test('leaves out a heading\'s copied anchor and an empty link, keeping the text around them', async () => {
    expect(await render('### [](#c-nunit)C＃NUnit')).toMatch(/^<h2[^>]*>C＃NUnit<\/h2>$/);
    expect(await render('See [ ](https://example.com) this.')).toBe('<p>See  this.</p>');
  });

  test('keeps a link with text, with an image, and an anchor without href', async () => {
    expect(await render('[text](https://e.com) and [![alt](a.png)](https://e.com)')).toMatch(/<a href="https:\/\/e.com">text<\/a> and <a href="https:\/\/e.com"><img /);
    expect(await render('Here <a id="target"></a> is a target')).toContain('<a id="target"></a>');
  });

  // The cheap test looked for `[` and white space before `](` only: each of these kept a link with nothing to click.
  test.each([
    ['an empty reference link', 'See [][ref] here.\n\n[ref]: https://e.com'],
    ['a reference link of a space', 'See [ ][ref] here.\n\n[ref]: https://e.com'],
    ['a link of a no-break space written as a reference', 'See [&nbsp;](https://e.com) here.'],
    ['a link of a numeric space reference', 'See [&#32;](https://e.com) here.'],
    ['a link of an HTML comment', 'See [<!-- x -->](https://e.com) here.'],
    ['an empty link in a blockquote, CRLF', '> See [][ref] here.\r\n\r\n[ref]: https://e.com\r\n'],
  ])('leaves out %s', async (_, body) => {
    expect(await render(body)).not.toContain('<a ');
  });

  test.each([['### [](#x)Title', true], ['[ ](u)', true], ['<a href="/x">x</a>', true], ['[text](u) only', false], ['Plain', false], ['<a id="t"></a>', false]])('mayHaveEmptyLinks(%j) is %s', (source, expected) => {
    expect(mayHaveEmptyLinks(source)).toBe(expected);
  });
});
