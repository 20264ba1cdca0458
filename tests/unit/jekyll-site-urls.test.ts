import { describe, expect, test } from 'vitest';
import { expandSiteUrls } from '../../src/core/moved-posts/jekyll-site-urls.ts';
import { planMove } from '../../src/core/moved-posts/plan.ts';

describe('expandSiteUrls', () => {
  const site = { address: 'https://x.github.io', root: '/blog' };
  test.each([
    ['{{ site.baseurl }}/a.html', '/blog/a.html'],
    ['{{site.url}}{{ site.baseurl }}/a.html', 'https://x.github.io/blog/a.html'],
    ['{{- site.url -}}/a.html', 'https://x.github.io/a.html'],
    ['{{ "/a.html" | relative_url }}', '/blog/a.html'],
    ["{{ 'a.html' | absolute_url }}", 'https://x.github.io/blog/a.html'],
    ['{{ "https://other.dev/a" | relative_url }}', 'https://other.dev/a'],
  ])('writes [x](%s) as [x](%s), the address Jekyll made of it', (liquid, url) => {
    expect(expandSiteUrls(`[x](${liquid})\n`, site).body).toBe(`[x](${url})\n`);
  });

  test('an unset url or baseurl is nothing, as Jekyll renders it', () => {
    expect(expandSiteUrls('[x]({{ site.url }}{{ site.baseurl }}/a/)\n', {}).body).toBe('[x](/a/)\n');
  });

  test("leaves code, an HTML image (the image import reads it) and a site variable before a link tag (that tag's) as written", () => {
    const body = '`{{ site.baseurl }}/a`\n\n```\n{{ site.baseurl }}/b\n```\n\n<img src="{{ site.url }}/j.png">\n[p]({{ site.baseurl }}{% post_url 2017-01-01-a %}) [q]({{ site.url }}{{ site.baseurl }}{% link _posts/2017-01-01-a.md %})\n';
    expect(expandSiteUrls(body, { root: '/blog' })).toEqual({ body, written: [], images: [] });
  });

  // lil-log wrote every image as ![a]({{ '/assets/images/x.png' | relative_url }}): spaces in the
  // address, so Markdown read no image and the page showed the Liquid.
  test("writes a Markdown image's expression as the path from the site's root, which the image import copies from the old site", () => {
    const { body, images } = expandSiteUrls("![a]({{ '/assets/x.png' | relative_url }}) ![b]({{ site.url }}{{ site.baseurl }}/y.png)\n", site);
    expect(body).toBe('![a](/assets/x.png) ![b](/y.png)\n');
    expect(images).toEqual(["{{ '/assets/x.png' | relative_url }} -> /assets/x.png", '{{ site.url }}{{ site.baseurl }}/y.png -> /y.png']);
  });
});

describe("planMove: Jekyll's site-address Liquid in links to other posts", () => {
  const root = '/site';
  const j = (name: string, body: string) => ({ path: `${root}/_posts/${name}`, text: `---\ntitle: ${name}\n---\n${body}\n` });
  const site = { generator: 'jekyll' as const, permalink: 'date', root: '/blog' };
  const opts = { channel: 'blog', status: 'published' as const, folder: `${root}/_posts`, siteRoot: root, site } as Parameters<typeof planMove>[2];

  test("a baseurl before post_url, and a baseurl path to a post's old address, both become the post's page here", () => {
    const plan = planMove([j('2018-01-01-a.md', 'A.'), j('2018-01-02-b.md', '[p]({{ site.baseurl }}{% post_url 2018-01-01-a %}#x) [q]({{ site.baseurl }}/2018/01/01/a.html)')], [], opts);
    const b = plan.moves.find((m) => m.from.endsWith('b.md'))!;
    expect(b.text).toContain('[p](/posts/2018/a/#x) [q](/posts/2018/a/)');
    expect(b.notes.map((n) => n.en)).toContain("its Jekyll site address ({{ site.baseurl }}/2018/01/01/a.html -> /blog/2018/01/01/a.html) is now the old site's address, which the site would show as text otherwise");
  });

  test('a Markdown link to a path from the root that is a moved post\'s old address names its page', () => {
    const plan = planMove([j('2018-01-01-a.md', 'A.'), j('2018-01-02-b.md', '[q](/blog/2018/01/01/a.html#y) [r](/blog/elsewhere/)')], [], opts);
    expect(plan.moves.find((m) => m.from.endsWith('b.md'))!.text).toContain('[q](/posts/2018/a/#y) [r](/blog/elsewhere/)');
  });
});
