/** renameImageUrls: only an image's own address changes, in Markdown, MDX and HTML; every other byte stays. */
import { describe, expect, test } from 'vitest';
import { markdownToMdast } from 'satteri';
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

describe('renameImageUrls with an address the source escapes', () => {
  const names = new Map([['../../a/e_x.png', 'e_x.png'], ['../../a/a&b.png', 'a&b.png'], ['../../a/x).png', 'x).png'], ['../../a/<y>.png', '<y>.png']]);
  test('renames one written with backslash escapes or character references, as the parser reads it', () => {
    const body = '![e](../../a/e\\_x.png) ![amp](../../a/a&amp;b.png "t")\n\n![r][e]\n\n<img src="../../a/a&#38;b.png">\n\n[e]: ../../a/e&#95;x.png\n';
    expect(renameImageUrls(body, false, names)).toBe('![e](e_x.png) ![amp](a&b.png "t")\n\n![r][e]\n\n<img src="a&b.png">\n\n[e]: e_x.png\n');
  });

  test('writes the new address so that the destination reads it back', () => {
    const body = '![p](../../a/x\\).png) ![q](<../../a/\\<y\\>.png>)\n';
    const out = renameImageUrls(body, false, names);
    expect(out).toBe('![p](x\\).png) ![q](<\\<y\\>.png>)\n');
    const urls: string[] = [];
    const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
      if (n.type === 'image') urls.push(n.url!);
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(markdownToMdast(out, {}) as never);
    expect(urls).toEqual(['x).png', '<y>.png']);
  });
});
