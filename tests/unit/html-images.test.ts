import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { htmlImages, srcsetCandidates } from '../../src/pages/_lib/html-images.ts';
import { localImageFile, localImageUrls } from '../../src/pages/_lib/local-image-urls.ts';

const md = async (source: string) => (await markdownToHtml(source, { hastPlugins: [sanitizeHtml, htmlImages] })).html;

describe('srcset beside a post (html-images.ts)', () => {
  // The site serves a post's own images only through src (Astro imports them); a relative srcset
  // candidate is asked for at /posts/<slug>/big.png, which the site lacks, and the browser shows a
  // broken image instead of the src.
  test("an <img>'s srcset candidates beside the post are left out, so the served src shows", async () => {
    const html = await md('<img src="small.png" srcset="small.png 1x, big.png 2x" sizes="(max-width: 600px) 100vw" alt="s">');
    expect(html).toContain('<img src="small.png" alt="s">');
    expect(html).not.toMatch(/srcset|sizes|big\.png/i);
  });

  test('an <img> without alt keeps the decorative alt="" Astro needs', async () => {
    expect(await md('<img src="a.png" srcset="a@2x.png 2x">')).toContain('<img src="a.png" alt="">');
  });

  test('a <picture> source whose srcset is all beside the post is removed; the <img> fallback stays', async () => {
    const html = await md('<picture>\n<source srcset="pic.webp" type="image/webp">\n<source media="(min-width: 800px)" srcset="wide 图.png">\n<img src="pic.png" alt="pic">\n</picture>');
    expect(html).not.toMatch(/<source|pic\.webp|wide/);
    expect(html).toContain('<img src="pic.png" alt="pic">');
  });

  test('candidates with a site path or a URL stay, in order, with their descriptors', async () => {
    const html = await md('<picture><source srcset="/img/a.webp 1x, a@2x.webp 2x, https://cdn.example.com/a@3x.webp 3x" type="image/webp"><img src="/img/a.png" srcset="/img/a.png, a-wide.png 800w" alt="a"></picture>');
    expect(html).toContain('<source srcset="/img/a.webp 1x, https://cdn.example.com/a@3x.webp 3x" type="image/webp">');
    expect(html).toContain('<img src="/img/a.png" srcset="/img/a.png" alt="a" loading="lazy" decoding="async">');
  });

  test('a video source with a src is kept', async () => {
    expect(await md('<video controls><source src="v.mp4" srcset="x.png" type="video/mp4"></video>')).toContain('<source src="v.mp4" type="video/mp4">');
  });

  test('srcset values are read as HTML reads them: commas in URLs, no space after a comma, descriptors in parentheses', () => {
    expect(srcsetCandidates('a.png 1x,b.png 2x')).toEqual([{ text: 'a.png 1x', url: 'a.png' }, { text: 'b.png 2x', url: 'b.png' }]);
    expect(srcsetCandidates(' https://x.example/a,b.png 2x , c.png,, d.png')).toEqual([
      { text: 'https://x.example/a,b.png 2x', url: 'https://x.example/a,b.png' },
      { text: 'c.png', url: 'c.png' },
      { text: 'd.png', url: 'd.png' },
    ]);
  });
});

describe('a local image address with a query or fragment (local-image-urls.ts)', () => {
  // Hugo themes write ![](pic.png#center) as a CSS hook; GitHub copies give ?raw=true. check
  // reads them as pic.png; Astro looked for "pic.png#center" and left an <img> with no src.
  const mdWith = async (source: string) => (await markdownToHtml(source, { mdastPlugins: [localImageUrls], hastPlugins: [sanitizeHtml, htmlImages] })).html;

  test('a Markdown image, a reference definition and an HTML <img> name the file before ? or #', async () => {
    const html = await mdWith('![c](pic.png#center)\n\n![r](q.png?raw=true)\n\n![d][ref]\n\n[ref]: ./截图%201.png#small\n\n<img src="h.png?v=2#x" width="300">');
    expect(html).toContain('<img src="pic.png" alt="c">');
    expect(html).toContain('<img src="q.png" alt="r">');
    expect(html).toContain('<img src="./%E6%88%AA%E5%9B%BE%201.png" alt="d">');
    expect(html).toMatch(/<img src="h\.png" width="300"( alt="")?>/);
  });

  test('site paths and URLs keep their query and fragment', async () => {
    const html = await mdWith('![a](/img/a.png?v=1)\n\n![b](https://cdn.example.com/b.png#x)\n\n<img src="/img/c.png#center">');
    for (const kept of ['src="/img/a.png?v=1"', 'src="https://cdn.example.com/b.png#x"', 'src="/img/c.png#center"']) expect(html).toContain(kept);
  });

  test('localImageFile', () => {
    expect(['pic.png#center', 'a/b.png?x=1#y', 'pic.png', '#top', '/a.png#x', 'https://x.example/a.png?q'].map(localImageFile)).toEqual(['pic.png', 'a/b.png', 'pic.png', '#top', '/a.png#x', 'https://x.example/a.png?q']);
  });
});

describe('a reference-style image beside the post (html-images.ts)', () => {
  // Astro collects local images from inline Markdown images only; `![r][img]` became an <img> with
  // a relative src that the site does not serve (a broken image on the built page).
  const collected = async (source: string) => {
    const astro = { localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>(), frontmatter: {}, headings: [] };
    const { html } = await markdownToHtml(source, { hastPlugins: [sanitizeHtml, htmlImages], data: { astro } });
    return { html, paths: [...astro.localImagePaths] };
  };
  test.each([
    ['full', 'See ![r][img] here.\n\n[img]: r.png "t"\n'],
    ['collapsed', 'See ![img][] here.\n\n[img]: <r.png>\n'],
    ['shortcut, defined first', '[Img]: ./r.png\n\nSee ![img] here.\n'],
  ])('a %s reference image is served from beside the post', async (_kind, source) => {
    expect((await collected(source)).paths.map((p) => p.replace(/^\.\//, ''))).toEqual(['r.png']);
  });

  test('a reference to a site path or a URL is not collected', async () => {
    expect((await collected('![a][a] ![b][b]\n\n[a]: /images/a.png\n[b]: https://example.com/b.png\n')).paths).toEqual([]);
  });
});

describe('images from elsewhere load as the reader scrolls', () => {
  // A moved Hexo post (0wQ/blog "Lazy load test") shows 27 photos from a CDN, ![](https://…): the
  // post's own images are served by Astro with loading="lazy", but these, and a /path under
  // public/, were plain <img>, so a phone fetched all 27 before the reader saw the second.
  test('a Markdown or HTML image with a URL or a site path gets loading="lazy" and decoding="async"', async () => {
    const html = await md('![a](https://cdn.example.com/a.jpg)\n\n<img src="/images/b.png" alt="b">\n\n![c](//cdn.example.com/c.jpg)\n');
    expect(html).toContain('<img src="https://cdn.example.com/a.jpg" alt="a" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="/images/b.png" alt="b" loading="lazy" decoding="async">');
    expect(html).toContain('<img src="//cdn.example.com/c.jpg" alt="c" loading="lazy" decoding="async">');
  });

  test("an image's own loading stays, and an image beside the post is left to Astro, which makes it lazy itself", async () => {
    expect(await md('<img src="https://x.example/a.png" alt="a" loading="eager">')).toContain('<img src="https://x.example/a.png" alt="a" loading="eager">');
    expect(await md('![d](d.png)')).not.toContain('loading=');
  });
});
