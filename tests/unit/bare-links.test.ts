/**
 * A link whose text is its own address is marked (src/pages/_lib/bare-links.ts), so that the
 * print stylesheet does not print its address a second time after it.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { bareLinks, isOwnAddress } from '../../src/pages/_lib/bare-links.ts';

// As astro.config.mjs runs it: after the sanitizer.
const render = async (source: string) => (await (await createSatteriMarkdownProcessor({ hastPlugins: [sanitizeHtml, bareLinks] })).render(source)).code.trim();

describe('bareLinks', () => {
  test.each([
    ['an autolink', '<https://bakers.example/starter>'],
    ['a bare address GFM links', 'See https://bakers.example/starter here.'],
    ['a link written with its address as text, without the scheme', '[bakers.example/starter](https://bakers.example/starter)'],
    ['a link to a Chinese path, its text unescaped', '[https://e.com/红烧肉](https://e.com/%E7%BA%A2%E7%83%A7%E8%82%89)'],
  ])('marks %s', async (_, body) => {
    expect(await render(body)).toMatch(/<a [^>]*class="bare-link"/);
  });

  test.each([
    ['a link with words', '[the bakery guild](https://bakers.example/starter)'],
    ['a link to another page of the same site', '[bakers.example](https://bakers.example/starter)'],
    ['a site path', '[/posts/a/](/posts/a/)'],
  ])('leaves %s as it is', async (_, body) => {
    expect(await render(body)).not.toContain('bare-link');
  });
});

describe('isOwnAddress', () => {
  test.each([
    ['https://e.com/', 'https://e.com', true],
    ['E.com', 'https://e.com/', true],
    ['http://e.com/a', 'https://e.com/a', true],
    ['e.com/b', 'https://e.com/a', false],
    ['  ', 'https://e.com/', false],
  ])('isOwnAddress(%j, %j) is %s', (text, href, expected) => {
    expect(isOwnAddress(text, href)).toBe(expected);
  });
});
