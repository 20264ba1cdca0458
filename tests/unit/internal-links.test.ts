/**
 * Broken internal links in post bodies (src/core/internal-links.ts): which links of a post page
 * lead to no page of the built site, why, and the page the author probably meant. A real Astro
 * blog moved over (TheJiahao.github.io) linked `/zh-cn/posts/zsh-zim-setup`, its old address,
 * and neither the build nor check said so.
 */
import { describe, expect, it } from 'vitest';
import { brokenLinksReport, findBrokenLinks, linkKey, linkSite, pageLinksOf, type LinkSiteInput, type LinkedPost } from '../../src/core/internal-links.ts';

const posts: LinkedPost[] = [
  { path: '/posts/2024/zsh-zim-setup/', file: 'content/posts/2024/zsh-zim-setup/index.md', aliases: [], unpublished: null },
  { path: '/posts/2024/nushell-setup/', file: 'content/posts/2024/nushell-setup/index.mdx', aliases: ['/old/nushell.html'], unpublished: 'draft' },
  { path: '/posts/2026/红烧肉/', file: 'content/posts/2026/红烧肉.md', aliases: ['/2019/05/01/braise.html'], unpublished: null },
  { path: '/posts/2026/later/', file: 'content/posts/2026/later.md', aliases: [], unpublished: 'later' },
  { path: '/posts/2025/hello/', file: 'content/posts/2025/hello.md', aliases: [], unpublished: null },
  { path: '/posts/2026/hello/', file: 'content/posts/2026/hello.md', aliases: [], unpublished: null },
];

function site(over: Partial<LinkSiteInput> = {}) {
  const files = new Set(['images/loaf.jpg', 'docs/guide.pdf', '_astro/x.css']);
  return linkSite({
    site: 'https://you.example',
    pages: ['/', 'about/', 'posts/2024/zsh-zim-setup/', 'posts/2026/%E7%BA%A2%E7%83%A7%E8%82%89/', '/2019/05/01/braise.html', 'posts/2025/hello/', 'posts/2026/hello/', 'og.png', 'calendar.ics'],
    anchors: new Map([
      ['/posts/2024/zsh-zim-setup/', ['tl-Toc', 'install', '安装', 'soil-and-water']],
      ['/posts/2026/红烧肉/', ['步骤', 'user-content-fn-1', 'user-content-fn-%E8%AF%91%E8%80%85%E6%B3%A81']],
    ]),
    hasFile: (path) => files.has(path),
    posts,
    ...over,
  });
}

const broken = (page: string, links: string[], s = site()) => findBrokenLinks(page, links, s);

describe('linkKey', () => {
  it('reads /a, /a/ and /a/index.html as one page, percent-decoded, case kept', () => {
    expect(linkKey('/posts/a/')).toBe('posts/a');
    expect(linkKey('/posts/a')).toBe('posts/a');
    expect(linkKey('/posts/a/index.html')).toBe('posts/a');
    expect(linkKey('/')).toBe('');
    expect(linkKey('/index.html')).toBe('');
    expect(linkKey('/posts/%E7%BA%A2/')).toBe('posts/红');
    expect(linkKey('/Posts/A/')).toBe('Posts/A');
    expect(linkKey('/bad%zz/')).toBe('bad%zz');
  });
});

describe('findBrokenLinks', () => {
  const page = '/posts/2026/红烧肉/';

  it('passes site paths, relative paths and absolute addresses of this site that name a built page or file', () => {
    expect(broken(page, [
      '/posts/2024/zsh-zim-setup/',
      '/posts/2024/zsh-zim-setup',
      '/posts/2024/zsh-zim-setup/index.html',
      '../../2024/zsh-zim-setup/',
      '../hello/',
      '/posts/2026/%E7%BA%A2%E7%83%A7%E8%82%89/',
      'https://you.example/about/',
      '/images/loaf.jpg',
      '/images/loaf.jpg?v=2',
      '/docs/guide.pdf',
      '/',
      '/2019/05/01/braise.html',
      '/og.png',
    ])).toEqual([]);
  });

  it('leaves out other schemes, other hosts and the feeds (written only with SITE_URL)', () => {
    expect(broken(page, ['mailto:me@you.example', 'tel:+123', 'https://other.example/zh-cn/posts/x/', '//cdn.example/x.js', 'http://you.example.evil/x', '/rss.xml', '/pillars/a/atom.xml', '/feed.json', ''])).toEqual([]);
  });

  it('reports a path no page or file has, with the one post whose name its last part is', () => {
    expect(broken(page, ['/zh-cn/posts/zsh-zim-setup'])).toEqual([{ link: '/zh-cn/posts/zsh-zim-setup', reason: 'no-page', suggestion: '/posts/2024/zsh-zim-setup/' }]);
    // Any case, an .html ending, a Jekyll date before the name, the fragment kept.
    expect(broken(page, ['/blog/2020-01-02-Zsh-Zim-Setup.html#install'])[0]).toMatchObject({ reason: 'no-page', suggestion: '/posts/2024/zsh-zim-setup/#install' });
    // An alias's name counts as the post's.
    expect(broken('/posts/2025/hello/', ['/old/braise/'])[0]).toMatchObject({ reason: 'no-page', suggestion: '/posts/2026/红烧肉/' });
    // Two posts named hello: no guess.
    expect(broken(page, ['/zh-cn/posts/hello/'])).toEqual([{ link: '/zh-cn/posts/hello/', reason: 'no-page' }]);
    // The site's other pages count too, and the one whose path shares more of the link's folders wins
    // (a Hexo theme's tag page, trial: its post of the same name was suggested, the post linking it).
    const tagged = site({ pages: ['tags/getting-started/', 'posts/2018/Getting-Started/', 'posts/2026/%E7%BA%A2%E7%83%A7%E8%82%89/'], posts: [{ path: '/posts/2018/Getting-Started/', file: 'g.md', aliases: [], unpublished: null }] });
    expect(findBrokenLinks('/posts/2018/Getting-Started/', ['/hexo-theme-icarus/tags/Getting-Started/'], tagged)[0]).toMatchObject({ suggestion: '/tags/getting-started/' });
    expect(findBrokenLinks(page, ['/old/posts/getting-started.html'], tagged)[0]).toMatchObject({ suggestion: '/posts/2018/Getting-Started/' });
    // Never the page the link is on.
    expect(findBrokenLinks('/posts/2018/Getting-Started/', ['/old/getting-started/'], site({ pages: ['posts/2018/Getting-Started/'], posts: [{ path: '/posts/2018/Getting-Started/', file: 'g.md', aliases: [], unpublished: null }] }))).toEqual([{ link: '/old/getting-started/', reason: 'no-page' }]);
    expect(broken(page, ['/nothing/like/it/'])).toEqual([{ link: '/nothing/like/it/', reason: 'no-page' }]);
    // A relative link resolves against the page's own address.
    expect(broken(page, ['../../old-post/'])).toEqual([{ link: '../../old-post/', reason: 'no-page' }]);
    // An absolute address of this site.
    expect(broken(page, ['https://you.example/zh-cn/posts/zsh-zim-setup/'])[0]).toMatchObject({ reason: 'no-page', suggestion: '/posts/2024/zsh-zim-setup/' });
    // A file public/ lacks.
    expect(broken(page, ['/images/gone.jpg'])).toEqual([{ link: '/images/gone.jpg', reason: 'no-page' }]);
    // A web address written without its scheme is a relative link on the site (trial: ruanyf/weekly
    // linked [pptrconsole.com](pptrconsole.com)): the address it meant. A file name is not one.
    expect(broken(page, ['pptrconsole.com', 'www.example.org/a?b=1', 'astro.yufengbiji.com/posts/x/'])).toEqual([
      { link: 'pptrconsole.com', reason: 'no-page', suggestion: 'https://pptrconsole.com' },
      { link: 'www.example.org/a?b=1', reason: 'no-page', suggestion: 'https://www.example.org/a?b=1' },
      { link: 'astro.yufengbiji.com/posts/x/', reason: 'no-page', suggestion: 'https://astro.yufengbiji.com/posts/x/' },
    ]);
    expect(broken(page, ['notes.md', 'loaf.jpg', 'run.sh'])).toEqual([
      { link: 'notes.md', reason: 'no-page' },
      { link: 'loaf.jpg', reason: 'no-page' },
      { link: 'run.sh', reason: 'no-page' },
    ]);
  });

  it("reports a link to an unpublished post's page or alias as broken (drafts never reach dist/), naming the post", () => {
    const [draft] = broken(page, ['/posts/2024/nushell-setup/']);
    expect(draft).toMatchObject({ reason: 'unpublished', post: { file: 'content/posts/2024/nushell-setup/index.mdx' } });
    expect(broken(page, ['/old/nushell.html'])[0]).toMatchObject({ reason: 'unpublished' });
    expect(broken(page, ['../../2026/later/'])[0]).toMatchObject({ reason: 'unpublished', post: { unpublished: 'later' } });
    // Its old address elsewhere: the draft is what it meant.
    expect(broken(page, ['/zh-cn/posts/nushell-setup/'])[0]).toMatchObject({ reason: 'no-page', meant: { file: 'content/posts/2024/nushell-setup/index.mdx' } });
  });

  // A real blog's footnotes [^译者注1]: GFM writes their ids percent-encoded, as browsers find them; the build called all 8 broken.
  it('finds a footnote whose label is Chinese by its percent-encoded id, however the link writes it, as browsers do', () => {
    const fn = 'user-content-fn-%E8%AF%91%E8%80%85%E6%B3%A81';
    expect(broken(page, [`#${fn}`, '#user-content-fn-译者注1', `/posts/2026/%E7%BA%A2%E7%83%A7%E8%82%89/#${fn}`])).toEqual([]);
    expect(broken('/posts/2025/hello/', [`/posts/2026/红烧肉/#${fn}`])).toEqual([]);
    expect(broken(page, ['#user-content-fn-译者注2'])).toEqual([{ link: '#user-content-fn-译者注2', reason: 'no-anchor' }]);
  });

  // Only a page of the same last name, or a place written in another case or as its heading, was
  // suggested: a letter dropped, changed or two swapped (setpu, #instal) got nothing.
  it('suggests the page or place a typo away, never a page or place of another number, nor a guess for other words', () => {
    expect(broken(page, ['/posts/2024/zsh-zim-setpu/'])).toEqual([{ link: '/posts/2024/zsh-zim-setpu/', reason: 'no-page', suggestion: '/posts/2024/zsh-zim-setup/' }]);
    expect(broken(page, ['/zh-cn/posts/zsh-zm-setup#install'])[0]).toMatchObject({ reason: 'no-page', suggestion: '/posts/2024/zsh-zim-setup/#install' });
    expect(broken(page, ['/posts/2024/zsh-zim-setup/#instal', '/posts/2024/zsh-zim-setup/#soil-and-watr', '/posts/2024/zsh-zim-setup/#Isntall'])).toEqual([
      { link: '/posts/2024/zsh-zim-setup/#instal', reason: 'no-anchor', suggestion: '/posts/2024/zsh-zim-setup/#install' },
      { link: '/posts/2024/zsh-zim-setup/#soil-and-watr', reason: 'no-anchor', suggestion: '/posts/2024/zsh-zim-setup/#soil-and-water' },
      { link: '/posts/2024/zsh-zim-setup/#Isntall', reason: 'no-anchor', suggestion: '/posts/2024/zsh-zim-setup/#install' },
    ]);
    expect(broken(page, ['#user-content-fn-2', '#missing', '/posts/2024/unrelated-post/'])).toEqual([
      { link: '#user-content-fn-2', reason: 'no-anchor' },
      { link: '#missing', reason: 'no-anchor' },
      { link: '/posts/2024/unrelated-post/', reason: 'no-page' },
    ]);
    const steps = site({ pages: ['/', 'posts/step-1/', 'posts/step-2/'], posts: [] });
    expect(broken('/', ['/posts/step-3/', '/posts/stpe-2/'], steps)).toEqual([
      { link: '/posts/step-3/', reason: 'no-page' },
      { link: '/posts/stpe-2/', reason: 'no-page', suggestion: '/posts/step-2/' },
    ]);
  });

  it('checks a #fragment against the ids of a post page, in the page itself too', () => {
    expect(broken(page, ['#步骤', '#%E6%AD%A5%E9%AA%A4', '#user-content-fn-1', '#', '#top', '/posts/2024/zsh-zim-setup/#install', '/about/#anything'])).toEqual([]);
    expect(broken(page, ['#missing'])).toEqual([{ link: '#missing', reason: 'no-anchor' }]);
    expect(broken(page, ['/posts/2024/zsh-zim-setup/#Soil and Water'])).toEqual([{ link: '/posts/2024/zsh-zim-setup/#Soil and Water', reason: 'no-anchor', suggestion: '/posts/2024/zsh-zim-setup/#soil-and-water' }]);
    expect(broken(page, ['/posts/2024/zsh-zim-setup/#INSTALL'])[0]).toMatchObject({ reason: 'no-anchor', suggestion: '/posts/2024/zsh-zim-setup/#install' });
  });

  it("takes the site's base path into account", () => {
    const based = site({ base: '/blog' });
    expect(findBrokenLinks(page, ['/blog/posts/2024/zsh-zim-setup/', '../../2024/zsh-zim-setup/', 'https://you.example/blog/about/', '/blog/'], based)).toEqual([]);
    expect(findBrokenLinks(page, ['/posts/2024/zsh-zim-setup/'], based)).toEqual([{ link: '/posts/2024/zsh-zim-setup/', reason: 'outside-base', suggestion: '/blog/posts/2024/zsh-zim-setup/' }]);
    // Suggestions are links to write: under the base.
    expect(findBrokenLinks(page, ['/blog/zh-cn/posts/zsh-zim-setup'], based)[0]).toMatchObject({ reason: 'no-page', suggestion: '/blog/posts/2024/zsh-zim-setup/' });
    expect(findBrokenLinks(page, ['/blog/posts/2024/zsh-zim-setup/#INSTALL'], based)[0]).toMatchObject({ reason: 'no-anchor', suggestion: '/blog/posts/2024/zsh-zim-setup/#install' });
  });

  it('without SITE_URL, an absolute address is another site', () => {
    expect(findBrokenLinks(page, ['https://you.example/zh-cn/posts/x/'], site({ site: undefined }))).toEqual([]);
    expect(findBrokenLinks(page, ['/zh-cn/posts/x/'], site({ site: undefined }))).toHaveLength(1);
  });
});

describe('pageLinksOf', () => {
  const html = [
    '<html lang="en"><body><header><a href="/about/">About</a></header><main>',
    '<article class="post" data-pagefind-body><header><h1>T</h1><a href="/tags/x/">#x</a></header>',
    '<nav class="toc"><h2 id="tl-Toc">Contents</h2><a href="#a">A</a></nav>',
    '<div class="article-body"><h2 id="a">A</h2><p><a href="/zh-cn/posts/x?a=1&amp;b=2">x</a> <abbr title="t">T</abbr>',
    '<a\nclass="c" href="../y/">y</a><a href="/zh-cn/posts/x?a=1&amp;b=2">again</a><a name="old-anchor"></a><a id="fnref-1" href="#fn-1">1</a><a href="#gone">?</a>',
    '<meta name="not-an-anchor"><aside>no link</aside><code>&lt;div id="in-code"&gt;</code><a href="/z/">text that says href="/not-a-link/"</a></p><p id="fn-1">note</p></div></article>',
    '<nav class="post-nav"><a href="/posts/next/">Next</a></nav></main><footer><a href="/rss.xml">RSS</a></footer></body></html>',
  ].join('');

  it("reads the body's links only (not the menus, tags, contents or previous/next), decoded, each once; the article's ids; a link to a place of the page that has it is settled", () => {
    const found = pageLinksOf(html)!;
    expect(found.links).toEqual(['/zh-cn/posts/x?a=1&b=2', '../y/', '#gone', '/z/']);
    expect(found.ids.sort()).toEqual(['a', 'fn-1', 'fnref-1', 'old-anchor', 'tl-Toc']);
    // Only this site's links, when asked.
    expect(pageLinksOf(html, (href) => href.startsWith('/'))!.links).toEqual(['/zh-cn/posts/x?a=1&b=2', '/z/']);
  });

  it('gives null for a page without a post body', () => {
    expect(pageLinksOf('<html><body><a href="/x/">x</a></body></html>')).toBeNull();
  });
});

describe('brokenLinksReport', () => {
  const s = site();
  const report = [
    { file: 'content/posts/2026/红烧肉.md', broken: findBrokenLinks('/posts/2026/红烧肉/', ['/zh-cn/posts/zsh-zim-setup', '/posts/2024/nushell-setup/', '#missing'], s) },
    { file: 'content/posts/2025/hello.md', broken: findBrokenLinks('/posts/2025/hello/', ['/zh-cn/posts/nushell-setup/'], s) },
    { file: 'content/posts/2026/hello.md', broken: [] },
  ];

  it('is one block: the counts and what to do, then each post file and its broken links with the page each probably meant', () => {
    expect(brokenLinksReport(report, 'en')).toBe([
      "broken-link: 4 links in the body of 2 posts lead nowhere: 3 to no page or file of the built site (readers get a 404), 1 to a place in the post's own page that isn't there (likely pasted from another site with the text): fix each link (a suggested address follows →), or add the old address to the aliases of the post it meant. To fail the build on them: \"portfolio\": { \"brokenLinks\": \"error\" } in content/planner.json",
      '  content/posts/2026/红烧肉.md (3 links)',
      '    /zh-cn/posts/zsh-zim-setup → no such page or file; probably /posts/2024/zsh-zim-setup/',
      '    /posts/2024/nushell-setup/ → the page of content/posts/2024/nushell-setup/index.mdx, which is not on the site (a draft): the link leads nowhere until it is published',
      "    #missing → a place in this page that isn't there (no heading or id by that name: likely pasted from another site with the text)",
      '  content/posts/2025/hello.md (1 link)',
      '    /zh-cn/posts/nushell-setup/ → no such page; probably content/posts/2024/nushell-setup/index.mdx, which is not on the site (a draft)',
    ].join('\n'));
  });

  it('promises a suggested address only when a line gives one (a missing anchor has none)', () => {
    const anchors = [{ file: 'content/posts/2026/红烧肉.md', broken: findBrokenLinks('/posts/2026/红烧肉/', ['#why_need_react', '#missing'], s) }];
    for (const lang of ['en', 'zh'] as const) {
      const text = brokenLinksReport(anchors, lang);
      expect(text).not.toMatch(/probably|可能是/);
      expect(text).not.toMatch(/suggested|建议/);
    }
    expect(brokenLinksReport(anchors, 'en').split('\n')[0]).toContain(': fix each link, or add the old address');
  });

  it('speaks Chinese, and says when the build fails on them', () => {
    const zh = brokenLinksReport(report, 'zh', true);
    expect(zh.split('\n')[0]).toBe('broken-link：2 篇文章的正文里有 4 个链接打不开：3 个指向构建出的网站上不存在的页面或文件（读者点开是 404），1 个指向本页中并不存在的位置（多半是连同文字从别的网站粘贴过来的）：改正每个链接（建议的地址在 → 后面），或者把旧地址写进它所指文章的 aliases。构建因此失败（content/planner.json 中 "portfolio": { "brokenLinks": "error" }）');
    expect(zh).toContain('  content/posts/2026/红烧肉.md（3 个）\n    /zh-cn/posts/zsh-zim-setup → 没有这个页面或文件；可能是 /posts/2024/zsh-zim-setup/');
    expect(zh).toContain('    #missing → 本页中并不存在的位置（没有这个标题或 id：多半是连同文字从别的网站粘贴过来的）');
    expect(zh).toContain('    /posts/2024/nushell-setup/ → 是 content/posts/2024/nushell-setup/index.mdx 的页面，它还没有上线（草稿）：发布它之前，这个链接打不开');
    // Made an error by the environment for one build: it says so.
    expect(brokenLinksReport(report, 'en', 'env').split('\n')[0]).toMatch(/\. The build fails on them \(THROUGHLINE_BROKEN_LINKS=error\)$/);
    expect(brokenLinksReport(report, 'zh', 'env').split('\n')[0]).toMatch(/。构建因此失败（环境变量 THROUGHLINE_BROKEN_LINKS=error）$/);
    expect(brokenLinksReport(report, 'en', true).split('\n')[0]).toMatch(/\. The build fails on them \("portfolio": \{ "brokenLinks": "error" \} in content\/planner\.json\)$/);
  });

  it('shows a link as its author wrote it: percent-encoding, which the Markdown renderer adds, read', () => {
    const encoded = brokenLinksReport([{ file: 'a.md', broken: findBrokenLinks('/posts/a/', ['/posts/2024/zsh-zim-setup/#%E6%B2%A1%E6%9C%89', '/%E6%97%A7/%zz'], s) }], 'zh');
    expect(encoded).toContain('    /posts/2024/zsh-zim-setup/#没有 → 页面存在，但没有这个锚点（标题或 id）');
    expect(encoded).toContain('    /%E6%97%A7/%zz → 没有这个页面或文件');
  });

  it("collapses a post's links to missing places of its own page into one line, and suggests a place of the page as #id", () => {
    const pasted = findBrokenLinks('/posts/2024/zsh-zim-setup/', ['#t0', '#t1', '#Tutorial-Joins', '#u8282_1', '#INSTALL'], s);
    expect(pasted.at(-1)).toEqual({ link: '#INSTALL', reason: 'no-anchor', suggestion: '#install' });
    const en = brokenLinksReport([{ file: 'content/posts/2024/zsh-zim-setup/index.md', broken: pasted }], 'en').split('\n');
    expect(en[0]).toContain("5 links in the body of 1 post lead nowhere: 0 to no page or file of the built site (readers get a 404), 5 to a place in the post's own page that isn't there");
    expect(en.slice(1)).toEqual([
      '  content/posts/2024/zsh-zim-setup/index.md (5 links)',
      "    #INSTALL → a place in this page that isn't there (no heading or id by that name: likely pasted from another site with the text); probably #install",
      "    #t0, #t1, #Tutorial-Joins and 1 more → each a place in this page that isn't there (no heading or id by that name: likely pasted from another site with the text)",
    ]);
    const zh = brokenLinksReport([{ file: 'a.md', broken: pasted }], 'zh').split('\n');
    expect(zh.at(-1)).toBe('    #t0、#t1、#Tutorial-Joins 等 4 个 → 都是本页中并不存在的位置（没有这个标题或 id：多半是连同文字从别的网站粘贴过来的）');
  });

  it('lists the first 10 posts whose broken links are all missing places of their own pages and counts the rest; a post with a link to another page is always listed', () => {
    const pastedOnly = Array.from({ length: 14 }, (_, i) => ({ file: `content/posts/p${i}.md`, broken: findBrokenLinks('/posts/2024/zsh-zim-setup/', ['#t0', '#t1'], s) }));
    const between = { file: 'content/posts/last.md', broken: findBrokenLinks('/posts/2024/zsh-zim-setup/', ['#t0', '/zh-cn/posts/nushell-setup/'], s) };
    for (const lang of ['en', 'zh'] as const) {
      const lines = brokenLinksReport([...pastedOnly, between], lang).split('\n');
      const files = lines.filter((l) => /^ {2}content\//.test(l)).map((l) => l.trim().split(/[ （]/)[0]);
      expect(files).toEqual([...pastedOnly.slice(0, 10).map((p) => p.file), between.file]);
      expect(lines.join('\n')).toContain('/zh-cn/posts/nushell-setup/ → ');
      expect(lines.at(-1)).toBe(lang === 'en'
        ? "  and 4 more posts with 8 links to places in their own pages that aren't there (not listed)"
        : '  另有 4 篇文章，共 8 个链接指向本页中并不存在的位置（未逐一列出）');
      // The heading still counts every link and post.
      expect(lines[0]).toMatch(lang === 'en' ? /^broken-link: 30 links in the body of 15 posts lead nowhere: 1 to no page/ : /^broken-link：15 篇文章的正文里有 30 个链接打不开：1 个/);
    }
  });

  it('is empty when no link is broken', () => {
    expect(brokenLinksReport([{ file: 'a.md', broken: [] }], 'en')).toBe('');
    expect(brokenLinksReport([{ file: 'a.md', broken: findBrokenLinks('/posts/a/', ['/about/'], s) }], 'en', true)).toBe('');
  });
});
