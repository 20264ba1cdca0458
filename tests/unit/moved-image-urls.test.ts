/** renameImageUrls: only an image's own address changes, in Markdown, MDX and HTML; every other byte stays. */
import { describe, expect, test } from 'vitest';
import { renameImageUrls } from '../../src/core/moved-posts/image-urls.ts';

const renamed = new Map([['../../a/x.png', 'x.png']]);

describe('renameImageUrls', () => {
  test('renames Markdown images, reference definitions and HTML <img src> after Chinese text and emoji', () => {
    const body = '红烧肉 🍜 ![图](../../a/x.png "../../a/x.png")\n\n![r][ref] and <img alt="y" src=\'../../a/x.png\'>\n\n[ref]: <../../a/x.png>\n';
    expect(renameImageUrls(body, false, renamed)).toBe('红烧肉 🍜 ![图](x.png "../../a/x.png")\n\n![r][ref] and <img alt="y" src=\'x.png\'>\n\n[ref]: <x.png>\n');
  });

  test('leaves code, links and prose that mention the address as written', () => {
    const body = 'See `![x](../../a/x.png)` and [the file](../../a/x.png): ../../a/x.png\n\n    ![x](../../a/x.png)\n\n~~~\n<img src="../../a/x.png">\n~~~\n';
    expect(renameImageUrls(body, false, renamed)).toBe(body);
  });

  test('renames a JSX <img src> in MDX and keeps components and expressions', () => {
    const body = 'import C from "./c.astro"\n\n<C x={1}><img src="../../a/x.png" alt="x" /></C> {2 + 2}\n';
    expect(renameImageUrls(body, true, renamed)).toBe('import C from "./c.astro"\n\n<C x={1}><img src="x.png" alt="x" /></C> {2 + 2}\n');
  });

  test('leaves an MDX body that does not compile, and one with no renamed image, unchanged', () => {
    expect(renameImageUrls('<div>\n![x](../../a/x.png)', true, renamed)).toBe('<div>\n![x](../../a/x.png)');
    expect(renameImageUrls('![y](y.png)', false, renamed)).toBe('![y](y.png)');
  });
});
