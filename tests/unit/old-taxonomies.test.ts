/**
 * core/old-taxonomies: the tag and category page addresses of the site a blog moved from, as each
 * generator names them (an AstroPaper blog's /tags/reinforcement-learning/, WordPress's
 * /tag/<slug>/ and /category/<slug>/, Hexo's and Hugo's /categories/<x>/ answered 404 after the
 * move), what import keeps of them in `portfolio.taxonomyAliases`, the redirect pages the build
 * writes, and the addresses check and the build refuse.
 */
import { describe, expect, test } from 'vitest';
import { readWordPressExport } from '../../src/core/feed/wordpress.ts';
import { taxonomyRedirects, type TaxonomyAlias } from '../../src/core/old-taxonomies/address.ts';
import { findTaxonomyAliasClashes } from '../../src/core/old-taxonomies/clashes.ts';
import { astroPaperTerms, hexoTerms, hugoTerms, kebabCase, oldListsOf, oldTermsOf, wordpressTerms } from '../../src/core/old-taxonomies/generators.ts';
import { keptTaxonomiesNote, taxonomiesToKeep } from '../../src/core/old-taxonomies/keep.ts';
import { validatePlanner } from '../../src/core/planner-file.ts';
import type { PostFrontmatter } from '../../src/core/schema/post.ts';
import { withPages } from '../../src/core/old-taxonomies/pages.ts';
import type { OldTerm } from '../../src/core/old-taxonomies/generators.ts';
import { errorOf } from './throughline-error.ts';

/** Terms without how their site paged them, where a test is about their paths. */
const unpaged = (terms: OldTerm[]) => terms.map(({ paging: _, ...t }) => t);

describe('astroPaperTerms', () => {
  test("gives each tag's page at /tags/<lodash kebabCase>/, as AstroPaper's slugifyStr names it", () => {
    expect(astroPaperTerms({ tags: ['ReinforcementLearning', 'Node.js', '机器学习'] })).toEqual([
      { path: '/tags/reinforcement-learning/', tag: 'ReinforcementLearning', kind: 'tag' },
      { path: '/tags/node-js/', tag: 'Node.js', kind: 'tag' },
      { path: '/tags/机器学习/', tag: '机器学习', kind: 'tag' },
    ]);
  });

  // Compared with lodash.kebabcase 4.1.1 itself on these names.
  test.each([
    ['HTMLParser', 'html-parser'], ['ES2015', 'es-2015'], ['C++', 'c'], ['Café Crème', 'cafe-creme'], ["don't stop", 'dont-stop'],
    ['__FOO_BAR__', 'foo-bar'], ['iOS', 'i-os'], ['GPT-4o', 'gpt-4-o'], ['Привет Мир', 'привет-мир'], ['机器学习 Basics', '机器学习-basics'],
  ])('kebabCase(%j) is %j', (name, slug) => {
    expect(kebabCase(name)).toBe(slug);
  });
});

describe('hugoTerms', () => {
  test('gives /tags/<term>/ and /categories/<term>/, urlized and lower-cased as Hugo does', () => {
    expect(hugoTerms({ tags: ['Machine Learning', 'C++'], categories: 'Notes' }, {})).toEqual([
      { path: '/tags/machine-learning/', tag: 'Machine Learning', kind: 'tag' },
      { path: '/tags/c++/', tag: 'C++', kind: 'tag' },
      { path: '/categories/notes/', tag: 'Notes', kind: 'category' },
    ]);
  });

  test("reads the config's taxonomies and disableKinds, the language's folder, disablePathToLower and uglyURLs", () => {
    expect(hugoTerms({ tags: ['Go'], categories: ['Web'] }, { taxonomies: { tag: 'tags' } })).toEqual([{ path: '/tags/go/', tag: 'Go', kind: 'tag' }]);
    expect(hugoTerms({ tags: ['Go'] }, { disableKinds: ['term'] })).toEqual([]);
    expect(hugoTerms({ tags: ['Go'] }, { disableKinds: ['taxonomy'] })).toHaveLength(1);
    expect(hugoTerms({ tags: ['Go'] }, {}, { prefix: 'zh-cn', keepCase: true, ugly: true })).toEqual([{ path: '/zh-cn/tags/Go.html', tag: 'Go', kind: 'tag' }]);
  });
});

describe('hexoTerms', () => {
  test('keeps the name\'s case by default, slugizes it, and gives each level of nested categories a page', () => {
    expect(unpaged(hexoTerms({ tags: ['JavaScript', 'Vue 3'], categories: [['Java', 'Spring Boot'], ['Linux']] }))).toEqual([
      { path: '/tags/JavaScript/', tag: 'JavaScript', kind: 'tag' },
      { path: '/tags/Vue-3/', tag: 'Vue 3', kind: 'tag' },
      { path: '/categories/Java/', tag: 'Java', kind: 'category' },
      { path: '/categories/Java/Spring-Boot/', tag: 'Spring Boot', kind: 'category' },
      { path: '/categories/Linux/', tag: 'Linux', kind: 'category' },
    ]);
    // A flat list is one chain, parent first (Hexo: `categories: [Java, Spring]` is Java > Spring).
    expect(hexoTerms({ categories: ['Java', 'Spring'] }).map((t) => t.path)).toEqual(['/categories/Java/', '/categories/Java/Spring/']);
  });

  test('reads tag_dir, category_dir, tag_map, category_map and filename_case', () => {
    expect(unpaged(hexoTerms({ tags: ['前端'], category: '随笔' }, { tagDir: 'tag', categoryDir: '/cat/', tagMap: { 前端: 'frontend' }, categoryMap: { 随笔: 'Essays' }, filenameCase: 1 }))).toEqual([
      { path: '/tag/frontend/', tag: '前端', kind: 'tag' },
      { path: '/cat/essays/', tag: '随笔', kind: 'category' },
    ]);
  });
});

describe('wordpressTerms and the export', () => {
  test("gives /tag/<nicename>/ and /category/<parents>/<nicename>/ under the blog's path, and no page for Uncategorized", () => {
    const terms = [
      { domain: 'post_tag', name: 'Kubernetes', nicename: 'kubernetes' },
      { domain: 'category', name: 'Spring', nicename: 'spring' },
      { domain: 'category', name: 'Uncategorized', nicename: 'uncategorized' },
    ] as const;
    expect(unpaged(wordpressTerms(terms, '/blog', new Map([['spring', 'java']])))).toEqual([
      { path: '/blog/tag/kubernetes/', tag: 'Kubernetes', kind: 'tag' },
      { path: '/blog/category/java/spring/', tag: 'Spring', kind: 'category' },
    ]);
  });

  test("reads each post's terms from its <category nicename> and the parents from <wp:category>", () => {
    const xml = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<wp:base_blog_url>https://mei.example/</wp:base_blog_url>
<wp:category><wp:category_nicename>java</wp:category_nicename><wp:category_parent></wp:category_parent></wp:category>
<wp:category><wp:category_nicename>spring</wp:category_nicename><wp:category_parent>java</wp:category_parent></wp:category>
<item><title>A</title><link>https://mei.example/a/</link><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_date>2024-01-02 10:00:00</wp:post_date>
<category domain="category" nicename="spring"><![CDATA[Spring]]></category><category domain="post_tag" nicename="%e5%ae%b6%e5%b8%b8%e8%8f%9c"><![CDATA[家常菜]]></category><content:encoded>x</content:encoded></item>
</channel></rss>`;
    expect(unpaged(readWordPressExport(xml, 'export.xml').entries[0]!.oldTerms!)).toEqual([
      { path: '/category/java/spring/', tag: 'Spring', kind: 'category' },
      { path: '/tag/%e5%ae%b6%e5%b8%b8%e8%8f%9c/', tag: '家常菜', kind: 'tag' },
      // The blog's home listed it too: its later pages (/page/2/) lead to the archive.
      { path: '/', tag: '', kind: 'home' },
    ]);
  });
});

describe('oldTermsOf', () => {
  test("reads an AstroPaper post of an Astro site, a Hugo language folder's prefix, and nothing of a Jekyll site without jekyll-archives or tag pages", () => {
    expect(unpaged(oldTermsOf({ pubDatetime: '2024-01-01', tags: ['DeepLearning'] }, { generator: 'astro', routes: {} }, 'a.md'))).toEqual([{ path: '/tags/deep-learning/', tag: 'DeepLearning', kind: 'tag' }]);
    expect(oldTermsOf({ tags: ['Go'] }, { generator: 'hugo', languageDirs: { en: '', zh: 'zh-cn' } }, 'zh/posts/a.md')[0]!.path).toBe('/zh-cn/tags/go/');
    expect(oldTermsOf({ tags: ['Go'], categories: ['Web'] }, { generator: 'jekyll' }, 'a.md')).toEqual([]);
    // An AstroPaper posts folder copied out of its project; a plain folder's tags had no pages known.
    expect(oldTermsOf({ pubDatetime: '2024-01-01', tags: ['DeepLearning'] }, undefined, 'a.md')).toHaveLength(1);
    expect(oldTermsOf({ date: '2024-01-01', tags: ['DeepLearning'] }, undefined, 'a.md')).toEqual([]);
  });
});

describe('withPages: the later pages of a paged tag or category list', () => {
  // `posts` posts of one site, each with the terms `terms` gives it (oldTermsOf, as import reads a folder).
  const site = (posts: number, terms: (i: number) => OldTerm[]) => withPages(Array.from({ length: posts }, (_, i) => terms(i)).flat()).map((t) => t.path);

  test('gives Hexo\'s /tags/<slug>/page/N/ for as many pages as 10 a page makes, and none for a tag that fits one page', () => {
    const paths = site(23, (i) => oldTermsOf({ tags: i < 3 ? ['Rust', 'Go'] : ['Rust'] }, { generator: 'hexo' }, `p${i}.md`));
    expect(paths.filter((p) => p.includes('/page/'))).toEqual(['/tags/Rust/page/2/', '/tags/Rust/page/3/']);
  });

  test("reads Hexo's per_page, tag_generator.per_page, category_generator.per_page, pagination_dir and root", () => {
    const hexo = { generator: 'hexo' as const, root: '/blog', hexoTaxonomies: { tagPerPage: 2, categoryPerPage: 0, paginationDir: 'p' } };
    const paths = site(5, (i) => oldTermsOf({ tags: ['Go'], categories: ['Notes'] }, hexo, `p${i}.md`));
    // 5 posts, 2 a page: 3 pages of the tag; the category's per_page 0 is one page however long.
    expect(paths.filter((p) => p.includes('/p/'))).toEqual(['/blog/tags/Go/p/2/', '/blog/tags/Go/p/3/']);
    expect(paths).toContain('/blog/categories/Notes/');
  });

  test("puts the root of a Hugo site whose baseURL has a path and of an AstroPaper site with a base before its tag pages and their later pages", () => {
    const hugo = site(11, (i) => oldTermsOf({ tags: ['Go'], categories: ['Web'] }, { generator: 'hugo', root: '/project' }, `p${i}.md`));
    expect([...new Set(hugo)]).toEqual(['/project/tags/go/', '/project/categories/web/', '/project/tags/go/page/1/', '/project/tags/go/page/2/', '/project/categories/web/page/1/', '/project/categories/web/page/2/']);
    const paper = site(5, (i) => oldTermsOf({ tags: ['Go'], pubDatetime: '2024-01-01' }, { generator: 'astro', routes: {}, root: '/blog', perPage: 4 }, `p${i}.md`));
    expect([...new Set(paper)]).toEqual(['/blog/tags/go/', '/blog/tags/go/2/']);
  });

  test('counts a Hexo parent category\'s posts with its child\'s, as the post is filed in both', () => {
    const paths = site(11, (i) => oldTermsOf({ categories: i % 2 ? ['Java', 'Spring'] : ['Java'] }, { generator: 'hexo' }, `p${i}.md`));
    expect(paths.filter((p) => p.includes('/page/'))).toEqual(['/categories/Java/page/2/']);
  });

  // Checked against a real Hugo blog's deployed pages (darjun.github.io: categories/tech/page/1/ to 6/).
  test("gives Hugo's /tags/<term>/page/N/ by pagerSize and pagination path, page 1's redirect too unless disableAliases, none with uglyURLs", () => {
    expect(site(11, (i) => oldTermsOf({ tags: ['Go'] }, { generator: 'hugo' }, `p${i}.md`)).filter((p) => p.includes('/page/'))).toEqual(['/tags/go/page/1/', '/tags/go/page/2/']);
    expect(site(7, (i) => oldTermsOf({ categories: ['Web'] }, { generator: 'hugo', languagePrefix: 'zh-cn', hugoPaging: { perPage: 3, dir: 'seite' } }, `p${i}.md`)).slice(7)).toEqual(['/zh-cn/categories/web/seite/1/', '/zh-cn/categories/web/seite/2/', '/zh-cn/categories/web/seite/3/']);
    expect(site(3, (i) => oldTermsOf({ tags: ['Go'] }, { generator: 'hugo', hugoPaging: { noFirst: true } }, `p${i}.md`)).slice(3)).toEqual([]);
    expect(site(30, (i) => oldTermsOf({ tags: ['Go'] }, { generator: 'hugo', ugly: true }, `p${i}.md`))).toEqual(Array(30).fill('/tags/go.html'));
  });

  test("gives AstroPaper's /tags/<tag>/N/ by its postPerPage, 4 when not read, and WordPress's /tag/<slug>/page/N/ by 10", () => {
    expect(site(9, (i) => oldTermsOf({ pubDatetime: '2024-01-01', tags: ['DeepLearning'] }, undefined, `p${i}.md`)).slice(9)).toEqual(['/tags/deep-learning/2/', '/tags/deep-learning/3/']);
    expect(site(9, (i) => oldTermsOf({ pubDatetime: '2024-01-01', tags: ['DeepLearning'] }, { generator: 'astro', routes: {}, perPage: 8 }, `p${i}.md`)).slice(9)).toEqual(['/tags/deep-learning/2/']);
    expect(site(21, () => wordpressTerms([{ domain: 'post_tag', name: 'Go', nicename: 'go' }], '/blog')).slice(21)).toEqual(['/blog/tag/go/page/2/', '/blog/tag/go/page/3/']);
  });

  test('counts a post once for a page however many of its names lead there', () => {
    expect(site(10, (i) => oldTermsOf({ tags: ['go', 'Go'] }, { generator: 'hugo' }, `p${i}.md`)).filter((p) => p.includes('/page/'))).toEqual(['/tags/go/page/1/']);
  });
});

describe('taxonomiesToKeep and keptTaxonomiesNote', () => {
  const term = (path: string, tag: string, kind: 'tag' | 'category' = 'tag') => ({ path, tag, kind });

  test('keeps addresses that differ from the page here, maps a --pillar-map name to its pillar, and leaves out the same page and a case-only one', () => {
    const kept = taxonomiesToKeep(
      [term('/tags/reinforcement-learning/', 'ReinforcementLearning'), term('/tags/go/', 'Go'), term('/tags/JavaScript/', 'JavaScript'), term('/category/recipes/', 'Recipes', 'category'), term('/tags/reinforcement-learning/', 'ReinforcementLearning')],
      [],
      new Map([['recipes', 'food']]),
    );
    expect(kept).toEqual({
      add: [{ path: '/tags/reinforcement-learning/', tag: 'ReinforcementLearning' }, { path: '/category/recipes/', pillar: 'food' }],
      same: 1,
      caseOnly: ['/tags/JavaScript/'],
    });
    expect(keptTaxonomiesNote(kept, false)).toEqual({
      en: "the old site's tag and category pages: 2 addresses are kept: the build writes a page at each that leads to its tag's or pillar's page here (portfolio.taxonomyAliases in content/planner.json); 1 is the same address here already; 1 differs from the page here in case only (/tags/JavaScript/): a case-insensitive disk holds one file for both, so no page is written there; a host that reads case answers them 404 unless you add a redirect rule there",
      zh: '旧网站的标签和分类页面：保留了 2 个地址：构建会在每个地址写一个页面，转到这里对应的标签或支柱页面（content/planner.json 的 portfolio.taxonomyAliases）；1 个与这里的地址本来就相同；1 个与这里的页面只有大小写不同（/tags/JavaScript/）：不区分大小写的磁盘上两者是同一个文件，因此那里不写页面；区分大小写的主机会对它们返回 404，除非你在主机上加一条跳转规则',
    });
  });

  test("leaves out a --pillar-map name's old page that is its tag's page here, in any case, leads its later pages to that tag's page and its other pages to the pillar", () => {
    const kept = taxonomiesToKeep([term('/tags/java/', 'Java'), term('/tags/Linux/', 'Linux'), term('/tags/java/2/', 'Java'), term('/categories/java/', 'Java', 'category')], [], new Map([['java', 'jvm'], ['linux', 'jvm']]));
    expect(kept).toEqual({ add: [{ path: '/tags/java/2/', tag: 'Java' }, { path: '/categories/java/', pillar: 'jvm' }], same: 1, caseOnly: ['/tags/Linux/'] });
  });

  test('adds nothing planner.json holds already, says what a dry run would do, and nothing when the old site had no such page', () => {
    expect(taxonomiesToKeep([term('/tag/go/', 'Go')], [{ path: '/Tag/go', tag: 'Go' }]).add).toEqual([]);
    expect(keptTaxonomiesNote(taxonomiesToKeep([term('/tag/go/', 'Go')]), true)!.en).toContain('1 address is kept: the build writes a page at each that leads to its tag\'s or pillar\'s page here (portfolio.taxonomyAliases in content/planner.json, not written in a dry run)');
    expect(keptTaxonomiesNote(taxonomiesToKeep([]), false)).toBeUndefined();
  });
});

describe('taxonomyRedirects', () => {
  test("leads to the tag's page as tagSlug names it, or the pillar's; none for a tag no published post has, nor over the tag's own page", () => {
    const aliases: TaxonomyAlias[] = [
      { path: '/tags/reinforcement-learning/', tag: 'ReinforcementLearning' },
      { path: '/category/recipes/', pillar: 'food' },
      { path: '/tag/draft-only/', tag: 'Draft only' },
      { path: '/tags/JavaScript/', tag: 'JavaScript' },
      { path: '/Tags/Reinforcement-Learning', tag: 'ReinforcementLearning' },
    ];
    expect(taxonomyRedirects(aliases, new Set(['reinforcementlearning', 'javascript']))).toEqual([
      { file: 'tags/reinforcement-learning/index.html', to: '/tags/reinforcementlearning/', name: 'ReinforcementLearning' },
      { file: 'category/recipes/index.html', to: '/pillars/food/', name: 'food' },
    ]);
  });
});

describe('old lists of every tag or category', () => {
  test("gives Hugo's /categories/ and /tags/ of a post's taxonomies, under its language and root; none with uglyURLs or disableKinds taxonomy", () => {
    const lists = (raw: Record<string, unknown>, site: Parameters<typeof oldListsOf>[1]) => oldListsOf(raw, site, 'a.md').map((t) => t.path);
    expect(lists({ tags: ['Go'], categories: ['Web'] }, { generator: 'hugo' })).toEqual(['/tags/', '/categories/']);
    expect(lists({ categories: ['Web'] }, { generator: 'hugo', languagePrefix: 'zh-cn', root: '/project' })).toEqual(['/project/zh-cn/categories/']);
    expect(lists({ tags: ['Go'] }, { generator: 'hugo', ugly: true })).toEqual([]);
    expect(lists({ tags: ['Go'] }, { generator: 'hugo', hugoTaxonomies: { disableKinds: ['taxonomy'] } })).toEqual([]);
    expect(lists({}, { generator: 'hugo' })).toEqual([]);
  });

  test("gives Hexo's lists its site served, under root", () => {
    const terms = oldListsOf({ tags: ['Go'] }, { generator: 'hexo', root: '/blog', hexoTaxonomies: { lists: ['/labels/', '/categories/'] } }, 'a.md');
    expect(terms).toEqual([{ path: '/blog/labels/', tag: '', kind: 'list' }, { path: '/blog/categories/', tag: '', kind: 'list' }]);
  });

  test('keeps a list as list: "tags" (never a pillar), none for /tags/, which is the list here, and leads it to /tags/', () => {
    const kept = taxonomiesToKeep([{ path: '/categories/', tag: '', kind: 'list' }, { path: '/tags/', tag: '', kind: 'list' }, { path: '/blog/tags/', tag: '', kind: 'list' }], [], new Map([['', 'food']]));
    expect(kept).toEqual({ add: [{ path: '/categories/', list: 'tags' }, { path: '/blog/tags/', list: 'tags' }], same: 1, caseOnly: [] });
    expect(keptTaxonomiesNote(kept, false)!.en).toContain('2 addresses are kept: the build writes a page at each that leads to its tag\'s or pillar\'s page here (portfolio.taxonomyAliases in content/planner.json); 2 of them listed every tag or category: they lead to the list of tags (/tags/); 1 is the same address here already');
    expect(keptTaxonomiesNote(kept, false)!.zh).toContain('；其中 2 个列出了全部标签或分类：转到标签列表（/tags/）；');
    // Written whatever tags the posts have: the list of tags is always built.
    expect(taxonomyRedirects(kept.add, new Set())).toEqual([
      { file: 'categories/index.html', to: '/tags/', name: 'tags' },
      { file: 'blog/tags/index.html', to: '/tags/', name: 'tags' },
    ]);
  });
});

describe('portfolio.taxonomyAliases in planner.json', () => {
  const planner = (taxonomyAliases: unknown) => ({ version: 1, brand: { name: 'Mei', label: '', timezone: 'Asia/Shanghai', pillars: [{ id: 'bread', name: 'Bread' }] }, portfolio: { taxonomyAliases } });
  const valid = (taxonomyAliases: TaxonomyAlias[]) => validatePlanner(planner(taxonomyAliases), 'content/planner.json');
  const post = (id: string, tags: string[], aliases?: string[]) => ({ id, file: `content/posts/${id}.md`, data: { title: id, channel: 'blog', status: 'published', publishedAt: '2026-01-01', tags, ...(aliases ? { aliases } : {}) } as PostFrontmatter });

  test('takes a path with a tag or a pillar, and refuses neither, both, or a path that is no site path, in English and Chinese', () => {
    expect(valid([{ path: '/tag/go/', tag: 'Go' }, { path: '/category/bread/', pillar: 'bread' }]).portfolio?.taxonomyAliases).toHaveLength(2);
    const both = errorOf(() => validatePlanner(planner([{ path: '/tag/go/', tag: 'Go', pillar: 'bread' }]), 'content/planner.json'));
    expect(both.format('en')).toContain('portfolio.taxonomyAliases[0]: give either "tag" (a tag\'s name) or "pillar" (a pillar id)');
    expect(both.format('zh')).toContain('请写 "tag"（标签名）、"pillar"（支柱 id）或 "list"（"tags"、"posts" 或 "home"，旧的列表页面）三者之一');
    expect(errorOf(() => validatePlanner(planner([{ path: 'https://old.example/tag/go/', tag: 'Go' }]), 'content/planner.json')).format('en')).toContain('portfolio.taxonomyAliases[0].path: "https://old.example/tag/go/" is a full address');
  });

  test('takes an old list of every tag or category as list: "tags", alone, and refuses another value, in English and Chinese', () => {
    expect(valid([{ path: '/categories/', list: 'tags' }]).portfolio?.taxonomyAliases).toEqual([{ path: '/categories/', list: 'tags' }]);
    const withTag = errorOf(() => validatePlanner(planner([{ path: '/categories/', list: 'tags', tag: 'Go' }]), 'content/planner.json'));
    expect(withTag.format('en')).toContain('portfolio.taxonomyAliases[0]: give either "tag" (a tag\'s name) or "pillar" (a pillar id), or "list" ("tags", "posts" or "home") for an old list page');
    const other = errorOf(() => validatePlanner(planner([{ path: '/categories/', list: 'categories' }]), 'content/planner.json'));
    expect(other.format('en')).toContain('portfolio.taxonomyAliases[0].list: expected "tags" (a list of every tag or category, leading to /tags/), "posts" (a list of posts, leading to /archive/) or "home" (an old home page, leading to /)');
    expect(other.format('zh')).toContain('应为 "tags"（列出全部标签或分类的页面，转到 /tags/）、"posts"（文章列表，转到 /archive/）或 "home"（旧首页，转到 /）');
  });

  test("refuses a page the build writes (a site page, another tag's, a pillar's, a post's page or alias, an old feed address), one given twice and an unknown pillar, naming planner.json and the field", () => {
    const posts = [post('2026/a', ['Go', 'Rust'], ['/old/a/'])];
    const messages = (aliases: TaxonomyAlias[]) => findTaxonomyAliasClashes(valid(aliases), posts).map((e) => e.format('en').split('\n')[0]);
    expect(messages([{ path: '/about/', tag: 'Go' }, { path: '/tags/Rust/', tag: 'Go' }, { path: '/pillars/bread/', tag: 'Go' }, { path: '/posts/2026/a/', tag: 'Go' }, { path: '/old/a', tag: 'Go' }, { path: '/og/go/', tag: 'Go' }])).toEqual([
      "content/planner.json: portfolio.taxonomyAliases[0].path: /about/ is the site's own /about/ page: the build writes it already",
      'content/planner.json: portfolio.taxonomyAliases[1].path: /tags/Rust/ is the page of the tag "Rust": the build writes it already',
      'content/planner.json: portfolio.taxonomyAliases[2].path: /pillars/bread/ is the page of the pillar bread: the build writes it already',
      'content/planner.json: portfolio.taxonomyAliases[3].path: /posts/2026/a/ is the page of content/posts/2026/a.md: the build writes it already',
      'content/planner.json: portfolio.taxonomyAliases[4].path: /old/a is an alias of content/posts/2026/a.md: the build writes it already',
      'content/planner.json: portfolio.taxonomyAliases[5].path: /og/go/ is in /og/, whose files the site names itself: the build writes it already',
    ]);
    expect(messages([{ path: '/tag/go/', tag: 'Go' }, { path: '/Tag/Go', tag: 'Go' }, { path: '/category/x/', pillar: 'cakes' }, { path: '/tags/GO/', tag: 'Go' }])).toEqual([
      'content/planner.json: portfolio.taxonomyAliases[1].path: /Tag/Go is the same page as /tag/go/, given before it',
      'content/planner.json: portfolio.taxonomyAliases[2].pillar: there is no pillar "cakes"',
    ]);
    expect(findTaxonomyAliasClashes(valid([{ path: '/tags/Rust/', tag: 'Go' }]), posts)[0]!.format('zh')).toContain('/tags/Rust/ 是标签“Rust”的页面：构建已经会写这个文件');
  });
});
