import { describe, expect, test } from 'vitest';
import { planMove, setFrontmatterKeys } from '../../src/core/moved-posts/plan.ts';
import { repairedDate } from '../../src/core/moved-posts/dates.ts';
import { folderSummary } from '../../src/core/moved-posts/summary.ts';
import { siteZoneOf } from '../../src/core/moved-posts/site-zone.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { splitFrontmatter } from '../../src/core/post-file.ts';
import { checkPostId } from '../../src/store/post-paths.ts';

const opts = { channel: 'blog', status: 'published' as const };
const set = (text: string, keys: Record<string, string>) => setFrontmatterKeys(text, splitFrontmatter(text, 'x.md').yaml, keys);

describe('setFrontmatterKeys', () => {
  test('adds a key at the end of the block and keeps every other byte, CRLF and a BOM included', () => {
    expect(set('---\ntitle: A\n---\nbody\n', { channel: 'blog' })).toBe('---\ntitle: A\nchannel: blog\n---\nbody\n');
    expect(set('\uFEFF---\r\ntitle: A\r\ntags:\r\n  - x\r\n---\r\nbody\r\n', { channel: 'blog' })).toBe('\uFEFF---\r\ntitle: A\r\ntags:\r\n  - x\r\nchannel: blog\r\n---\r\nbody\r\n');
  });

  test('adds keys to an empty block (--- twice, as Jekyll writes it), CRLF kept', () => {
    expect(set('---\n---\nbody\n', { channel: 'blog', status: 'draft' })).toBe('---\nchannel: blog\nstatus: draft\n---\nbody\n');
    expect(set('\uFEFF---\r\n---\r\nbody\r\n', { channel: 'blog' })).toBe('\uFEFF---\r\nchannel: blog\r\n---\r\nbody\r\n');
  });

  test('replaces a key that is there, with the lines under it, and quotes a value YAML would misread', () => {
    expect(set('---\nchannel:\n  - old\n  - older\ntitle: A\n---\n', { channel: 'blog' })).toBe('---\nchannel: blog\ntitle: A\n---\n');
    expect(set('---\ntitle: A\nstatus: published\n---\n', { status: 'draft', channel: '2024' })).toBe('---\ntitle: A\nstatus: draft\nchannel: "2024"\n---\n');
  });
});

describe('planMove', () => {
  test('numbers a second file that would take the same id, with a note, and skips what cannot be read', () => {
    const post = '---\ntitle: Notes\ndate: 2024-01-02\n---\nText.\n';
    const plan = planMove(
      [
        { path: 'a/notes.md', text: post },
        { path: 'b/notes.md', text: post },
        { path: 'plain.md', text: '# No front matter\n' },
        { path: 'hugo.md', text: '+++\ntitle = "Hugo"\nText.\n' },
      ],
      [],
      opts,
    );
    expect(plan.moves.map((m) => m.id)).toEqual(['2024/notes', '2024/notes-2', 'drafts/plain']);
    expect(plan.moves[1]!.notes[0]!.en).toBe('another file of the folder, a/notes.md, is 2024/notes, so this one is 2024/notes-2');
    expect(plan.skipped.map((s) => [s.from, s.reason.en])).toEqual([['hugo.md', 'its TOML front matter (+++) has no closing +++ line']]);
  });

  test('a file named with 80 Chinese characters (240 bytes) gets a slug a file system can hold', () => {
    const name = '分布式系统'.repeat(16);
    const plan = planMove([{ path: `${name}.md`, text: '---\ntitle: Notes\ndate: 2024-01-02\n---\nText.\n' }], [], opts);
    const id = plan.moves[0]!.id;
    expect(new TextEncoder().encode(id.split('/')[1]!).length).toBeLessThanOrEqual(180);
    expect(checkPostId(id)).toBeNull();
  });

  test("reads Hugo's TOML front matter (+++) and writes it as YAML: dates as written, tables, lists, the aliases", () => {
    const toml = [
      '+++',
      'title = "Raft: a consensus"',
      'date = 2024-01-02T10:00:00+08:00',
      'lastmod = 2024-02-03',
      'draft = false',
      'tags = ["raft", "分布式"]',
      "description = '''one",
      "two'''",
      '[params]',
      'note = "x"',
      '+++',
      '',
      'Body text.',
      '',
    ].join('\n');
    const plan = planMove([{ path: 'posts/raft.md', text: toml }], [], opts);
    expect(plan.skipped).toEqual([]);
    const [move] = plan.moves;
    expect(move!.id).toBe('2024/raft');
    expect(move!.text.startsWith('---\n')).toBe(true);
    expect(move!.text).toContain('\n---\n\nBody text.\n');
    expect(move!.notes.map((n) => n.en)).toContain('its TOML front matter (+++) is now YAML (---)');
    const { data, body } = parsePostText(move!.text, move!.id, move!.from);
    expect(data).toMatchObject({ title: 'Raft: a consensus', status: 'published', channel: 'blog', tags: ['raft', '分布式'], description: 'one\ntwo' });
    expect(String(data.publishedAt)).toBe('2024-01-02T10:00:00+08:00');
    expect(body.trim()).toBe('Body text.');
  });

  // steveshogren/hugo-blog writes `Categories = ["Meta Game", "management"]` and `Tags = []`: Hugo reads keys in
  // any case; the import read none, so --pillar-map found no category and the site had no tags.
  test("reads Hugo's keys in any case (Categories, Tags, Title), written as its fields, with a note; a file giving both keeps both", () => {
    const text = ['+++', 'Title = "Go Home at 5:01"', 'Categories = ["Meta Game", "management"]', 'Tags = ["work"]', 'newdev = "yes"', 'date = "2013-12-14"', '+++', '', 'Body.', ''].join('\n');
    const plan = planMove([{ path: 'post/go-home.md', text }], [], { ...opts, pillarMap: new Map([['meta game', 'career']]) });
    const [move] = plan.moves;
    expect(move!.text).toContain('title: Go Home at 5:01\ncategories:\n  - Meta Game\n  - management\ntags:\n  - work\nnewdev: yes\n');
    const { data } = parsePostText(move!.text, move!.id, move!.from);
    expect(data).toMatchObject({ title: 'Go Home at 5:01', tags: ['work', 'Meta Game', 'management'], pillar: 'career' });
    expect(plan.warnings.map((n) => n.en)).toContain("1 post writes Hugo's keys in another case (Title -> title, Categories -> categories, Tags -> tags): written as its fields, as Hugo reads keys in any case");
    const both = planMove([{ path: 'post/b.md', text: ['+++', 'title = "B"', 'Title = "Other"', 'date = "2013-12-14"', '+++', '', 'Body.', ''].join('\n') }], [], opts);
    expect(both.moves[0]!.text).toContain('title: B\nTitle: Other\n');
  });

  // The same keys in a Hugo site's YAML front matter (`Categories:`) were left as written: no pillar, no tags.
  test("reads Hugo's keys in any case in YAML front matter of a Hugo site, every other byte kept; not for another generator's site", () => {
    const text = ['---', 'Title: "Go Home at 5:01"', 'Categories:', '  - Meta Game', "'Tags': [work]", 'newdev: yes', 'date: 2013-12-14', '---', '', 'Tags: not front matter.', ''].join('\n');
    const plan = planMove([{ path: 'post/go-home.md', text }], [], { ...opts, pillarMap: new Map([['meta game', 'career']]), site: { generator: 'hugo' } });
    const [move] = plan.moves;
    expect(move!.text).toContain('title: "Go Home at 5:01"\ncategories:\n  - Meta Game\n\'tags\': [work]\nnewdev: yes\n');
    expect(move!.text).toContain('\nTags: not front matter.\n');
    const { data } = parsePostText(move!.text, move!.id, move!.from);
    expect(data).toMatchObject({ title: 'Go Home at 5:01', tags: ['work', 'Meta Game'], pillar: 'career' });
    expect(plan.warnings.map((n) => n.en)).toContain("1 post writes Hugo's keys in another case (Title -> title, Categories -> categories, Tags -> tags): written as its fields, as Hugo reads keys in any case");
    const both = planMove([{ path: 'post/b.md', text: ['---', 'title: B', 'Title: Other', 'date: 2013-12-14', '---', '', 'Body.', ''].join('\n') }], [], { ...opts, site: { generator: 'hugo' } });
    expect(both.moves[0]!.text).toContain('title: B\nTitle: Other\n');
    const jekyll = planMove([{ path: '_posts/2013-12-14-c.md', text: ['---', 'title: C', 'Tags: [x]', '---', '', 'Body.', ''].join('\n') }], [], { ...opts, site: { generator: 'jekyll' } });
    expect(jekyll.moves[0]!.text).toContain('\nTags: [x]\n');
  });

  // Hugo lowercases addresses: Learn-To-Database.md under `posts = "/posts/:year/:filename/"` was at
  // /posts/2014/learn-to-database/, the post's new page but for case. The build writes no redirect
  // that one folder of a case-insensitive disk cannot hold beside the page, so on a host that reads
  // case (GitHub Pages) every old link answered 404.
  test("takes the case of an old address that is the post's new page but for case; another old address leaves the id as it was", () => {
    const site = { generator: 'hugo' as const, permalinks: { posts: '/posts/:year/:filename/' } };
    const text = '---\ntitle: Learn to database\ndate: 2014-03-01\n---\n\nSQL.\n';
    const plan = planMove([{ path: 'posts/Learn-To-Database.md', text }, { path: 'posts/Kept/index.md', text: text.replace('Learn to database', 'Kept') }], [], { ...opts, site });
    expect(plan.moves.map((m) => m.id).sort()).toEqual(['2014/kept', '2014/learn-to-database']);
    const learn = plan.moves.find((m) => m.from === 'posts/Learn-To-Database.md')!;
    expect(parsePostText(learn.text, learn.id, 'x.md').data.aliases).toEqual(['/posts/2014/learn-to-database/']);
    expect(learn.notes.map((n) => n.en)).toContain('its old address /posts/2014/learn-to-database/ is its new one in another case: named 2014/learn-to-database, as the old address writes it, so that old links find it on a host that reads case');
    // Another address (the section's default, no year): the post keeps its name, the old address is a redirect.
    const other = planMove([{ path: 'posts/Learn-To-Database.md', text }], [], { ...opts, site: { generator: 'hugo' } });
    expect(other.moves[0]!.id).toBe('2014/Learn-To-Database');
    expect(parsePostText(other.moves[0]!.text, other.moves[0]!.id, 'x.md').data.aliases).toEqual(['/posts/learn-to-database/']);
  });

  // flyingpot's AstroPaper blog copied `postSlug: selenium` into a later post: both came in with
  // aliases: [/posts/selenium/], and check and the build refused the project after the import.
  test('gives an old address two posts claim to the first post only, and says so on the other, naming the one that keeps it', () => {
    const astro = (title: string, extra: string) => `---\ntitle: ${title}\npubDatetime: 2022-06-01T10:00:00Z\n${extra}---\n\nText.\n`;
    const plan = planMove([
      { path: 'src/content/blog/a-draft.md', text: astro('Draft of it', 'postSlug: selenium\ndraft: true\n') },
      { path: 'src/content/blog/tokio-goroutine.md', text: astro('Tokio', 'postSlug: selenium\n') },
      { path: 'src/content/blog/selenium.md', text: astro('Selenium', 'postSlug: selenium\n') },
      { path: 'src/content/blog/writing-hugo.md', text: astro('Hugo', 'postSlug: hugo\naliases: [/Posts/Selenium, /old/hugo/]\n') },
    ], [], opts);
    const aliasesOf = (id: string) => parsePostText(plan.moves.find((m) => m.id === id)!.text, id, 'x.md').data.aliases;
    expect(aliasesOf('2022/selenium')).toEqual(['/posts/selenium/']);
    expect(aliasesOf('2022/tokio-goroutine')).toBeUndefined();
    // A draft, read after the published posts, never takes a published post's old address.
    expect(aliasesOf('2022/a-draft')).toBeUndefined();
    // A post already here (a friend's blog moved by an earlier run) keeps its alias.
    const again = planMove([{ path: 'src/data/blog/pin.md', text: astro('Pinned', '') }], ['2026/pin'], opts, new Map([['2026/pin', { title: '置顶', aliases: ['/posts/pin/'] }]]));
    expect(parsePostText(again.moves[0]!.text, 'x', 'x.md').data.aliases).toBeUndefined();
    expect(again.moves[0]!.notes.map((n) => n.en)).toContain('aliases: /posts/pin/ is also the old address of 2026/pin, which keeps it (one address leads to one page): not written; if old links meant this post, move the alias from that post to this one');
    expect(aliasesOf('2022/writing-hugo')).toEqual(['/old/hugo/', '/posts/hugo/']);
    const tokio = plan.moves.find((m) => m.id === '2022/tokio-goroutine')!;
    expect(tokio.notes.map((n) => n.en)).toContain('aliases: /posts/selenium/ is also the old address of 2022/selenium, which keeps it (one address leads to one page): not written; if old links meant this post, move the alias from that post to this one');
    expect(tokio.notes.map((n) => n.zh)).toContain('aliases：/posts/selenium/ 也是 2022/selenium 的旧地址，由它保留（一个地址只能通向一个页面）：未写入；如果旧链接指的是这篇，请把该别名从那篇移到这篇');
  });

  // Astro reads frontmatter with js-yaml: an unquoted time without an offset was UTC on the old
  // site, but a theme that names no zone showed its day as written (Fuwari: toISOString; the blog
  // template and AstroPaper without timezone: the build server's zone). Written as UTC, a Fuwari
  // post of 21:30 moved to the next day in Asia/Shanghai.
  test("leaves an Astro post's unquoted time without an offset as written when its theme names no zone, and says so once, naming the files", () => {
    const astro = (title: string, dates: string) => `---\ntitle: ${title}\n${dates}---\n\nText.\n`;
    const plan = planMove([
      { path: 'src/data/blog/late.md', text: astro('Late', 'pubDatetime: 2022-09-25T23:20:35\nmodDatetime: 2022-09-26 08:00:00 # fixed a typo\n') },
      { path: 'src/data/blog/quoted.md', text: astro('Quoted', 'pubDatetime: "2022-09-25 23:20:35"\n') },
      { path: 'src/data/blog/zoned.md', text: astro('Zoned', 'pubDatetime: 2022-09-25T23:20:35Z\n') },
      { path: 'src/data/blog/fuwari.md', text: astro('Fuwari', 'published: 2024-03-01 10:00:00\n') },
    ], [], { ...opts, channelZone: 'Asia/Shanghai' });
    const dataOf = (id: string) => parsePostText(plan.moves.find((m) => m.id === id)!.text, id, 'x.md').data as Record<string, unknown>;
    expect(dataOf('2022/late').pubDatetime).toBe('2022-09-25T23:20:35');
    expect(dataOf('2022/late').modDatetime).toBe('2022-09-26 08:00:00');
    expect(dataOf('2022/quoted').pubDatetime).toBe('2022-09-25 23:20:35');
    expect(dataOf('2022/zoned').pubDatetime).toBe('2022-09-25T23:20:35Z');
    expect(dataOf('2024/fuwari').published).toBe('2024-03-01 10:00:00');
    const said = plan.warnings.filter((w) => w.en.includes('without a UTC offset'));
    // The first example is Fuwari's (files are read in name order): its rule is named.
    expect(said.map((w) => w.en)).toEqual([
      "2 posts give times without a UTC offset (published: 2024-03-01 10:00:00): Astro read them as UTC (its YAML parser, js-yaml, reads such an unquoted time so) and Fuwari showed each post's day in UTC (toISOString), the day as written; they are read in the blog channel's time zone (Asia/Shanghai) as written, so each post keeps the day and time its old page showed; if they meant UTC, write Z after each time (published: 2024-03-01T10:00:00Z) in content/posts/2024/fuwari.md, content/posts/2022/late.md",
    ]);
    expect(said[0]!.zh).toContain('这些时间按“blog”渠道的时区（Asia/Shanghai）原样读取，因此每篇文章保留旧页面显示的日期和时间；如果它们指的是 UTC，请在 content/posts/2024/fuwari.md、content/posts/2022/late.md 中每个时间后面加上 Z（published: 2024-03-01T10:00:00Z）');
  });

  // AstroPaper shows each date in its config's `timezone:` (Datetime.astro: dayjs(...).tz(config.site.timezone)),
  // as kingstar718/astro-paper-blog's astro-paper.config.ts names Asia/Shanghai: those are the old site's days.
  test("suggests the zone an Astro theme showed its dates in to keep the old site's days, never UTC", () => {
    const astro = (title: string, dates: string) => `---\ntitle: ${title}\n${dates}---\n\nText.\n`;
    const site = { generator: 'astro' as const, routes: { blog: '/posts' }, timeZone: { zone: 'Asia/Shanghai', key: 'timezone', file: 'astro-paper.config.ts' } };
    const plan = planMove([{ path: 'late.md', text: astro('Late', 'pubDatetime: 2022-09-25T23:20:35\n') }], [], { ...opts, site, channelZone: 'America/New_York' });
    const said = plan.warnings.map((w) => w.en).filter((w) => w.includes('without a UTC offset'));
    expect(said).toEqual(["1 post gives a time without a UTC offset (pubDatetime: 2022-09-25T23:20:35): read in UTC, as Astro read them (its YAML parser, js-yaml, reads such an unquoted time as UTC); written with the offset, e.g. 2022-09-25T23:20:35+00:00; 1 of them falls on another day in the blog channel's time zone (America/New_York), where its pages, feeds, calendar and streaks place each post (pubDatetime: 2022-09-25T23:20:35 is 2022-09-26 there and 2022-09-25 here); to keep the old site's days, set the channel's timezone to Asia/Shanghai (the zone the old site showed its dates in: timezone: in astro-paper.config.ts) in content/planner.json (its slots then fall at their times in Asia/Shanghai)"]);
    expect(plan.warnings.map((w) => w.zh).find((w) => w.includes('UTC 偏移'))).toContain('设为 Asia/Shanghai（旧网站显示日期所用的时区：astro-paper.config.ts 中的 timezone:）');
  });

  // hollygrimm's AstroPaper blog: 16 posts came in without their old address and the import said nothing.
  test('says once for the folder how many published posts of a known old site get no old address, naming the first; not for drafts or a plain folder', () => {
    const astro = (title: string, extra = '') => `---\ntitle: ${title}\npubDatetime: 2022-06-01T10:00:00Z\n${extra}---\n\nText.\n`;
    const plan = planMove([
      { path: 'src/data/blog/My Notes/a.md', text: astro('A') },
      { path: 'src/data/blog/My Notes/b.md', text: astro('B') },
      { path: 'src/data/blog/My Notes/c.md', text: astro('C', 'draft: true\n') },
      { path: 'src/data/blog/d.md', text: astro('D') },
    ], [], opts);
    const said = plan.warnings.map((n) => n.en).filter((w) => w.includes('could not work out'));
    expect(said).toEqual(['2 posts get no alias of their old address, which import could not work out from the old site (the first: src/data/blog/My Notes/a.md): links to them on the old site will not find them; add their old paths to aliases: by hand to keep them working']);
    const plain = planMove([{ path: 'notes/a.md', text: '---\ntitle: A\ndate: 2022-06-01\n---\n\nText.\n' }], [], opts);
    expect(plain.warnings.map((n) => n.en).filter((w) => w.includes('could not work out'))).toEqual([]);
    // `published: true` is Jekyll's switch (and other generators'), not Fuwari's date: a plain folder still.
    const jekyllSwitch = planMove([{ path: 'notes/a.md', text: '---\ntitle: A\ndate: 2022-06-01\npublished: true\n---\n\nText.\n' }], [], opts);
    expect(jekyllSwitch.warnings.map((n) => n.en).filter((w) => w.includes('could not work out'))).toEqual([]);
  });

  // The old feed named each post by its address; the moved feed named it by the new one, so its
  // readers showed every post again as new (helper-176's trial).
  test("writes the id the old site's feed gave a published post (its absolute old address) as guid; not for a draft, or a site without an address", () => {
    const text = (extra = '') => `---\ntitle: 中文 post\ndate: 2014-03-01\n${extra}---\n\nSQL.\n`;
    const guidOf = (site: Parameters<typeof planMove>[2]['site'], t = text(), path = 'posts/中文-post.md') => parsePostText(planMove([{ path, text: t }], [], { ...opts, site }).moves[0]!.text, 'x', 'x.md').data.guid;
    expect(guidOf({ generator: 'hugo', address: 'https://blog.example/sub' })).toBe('https://blog.example/sub/posts/%E4%B8%AD%E6%96%87-post/');
    expect(guidOf({ generator: 'hugo', address: 'https://blog.example' }, text('guid: kept\n'))).toBe('kept');
    expect(guidOf({ generator: 'hugo', address: 'https://blog.example' }, text('draft: true\n'))).toBeUndefined();
    expect(guidOf({ generator: 'hugo' })).toBeUndefined();
    expect(guidOf({ generator: 'jekyll', address: 'https://blog.example' }, text(), '2014-03-01-a.md')).toBeUndefined();
  });

  // jekyll-feed names an entry {{ post.id | absolute_url }}: the address's folder and the post's slug, no .html.
  test("a Jekyll post's guid is what its site's feeds named it: jekyll-feed's post.id, or a template's address; none when they disagree", () => {
    const text = (extra = '') => `---\ntitle: A\n${extra}---\n\nText.\n`;
    const guidOf = (feeds: { path: string; format: 'rss' | 'atom'; ids?: 'address' | 'jekyll-id' }[], t = text(), permalink?: string) =>
      parsePostText(planMove([{ path: '_posts/2014-03-01-welcome.md', text: t }], [], { ...opts, site: { generator: 'jekyll', address: 'https://blog.example/sub', feeds, ...(permalink ? { permalink } : {}) } }).moves[0]!.text, 'x', 'x.md').data.guid;
    const plugin = { path: '/feed.xml', format: 'atom' as const, ids: 'jekyll-id' as const };
    expect(guidOf([plugin])).toBe('https://blog.example/sub/2014/03/01/welcome');
    expect(guidOf([plugin], text('slug: hello\n'))).toBe('https://blog.example/sub/2014/03/01/hello');
    expect(guidOf([plugin], text(), 'pretty')).toBe('https://blog.example/sub/2014/03/01/welcome');
    expect(guidOf([{ path: '/rss.xml', format: 'rss', ids: 'address' }])).toBe('https://blog.example/sub/2014/03/01/welcome.html');
    expect(guidOf([plugin, { path: '/rss.xml', format: 'rss', ids: 'address' }])).toBeUndefined();
    expect(guidOf([{ path: '/rss.xml', format: 'rss' }])).toBeUndefined();
  });

  // XuexGao/Fuwari's posts showed `::github{repo="afoim/cf-worker-aliyun-cdt-tracker"}` as text on the page.
  test("turns Fuwari's repository cards (::github{repo=…} on a line of their own) into links, outside code, with a note", () => {
    const text = ['---', 'title: Tools', 'published: 2024-05-01', '---', '', 'My worker:', '', '::github{repo="afoim/cf-worker-aliyun-cdt-tracker"}', '', "::github{repo='saicaca/fuwari'}", '', '```md', '::github{repo="a/b"}', '```', '', 'Inline ::github{repo="c/d"} stays.', ''].join('\n');
    const [move] = planMove([{ path: 'src/content/posts/tools.md', text }], [], opts).moves;
    const body = splitFrontmatter(move!.text, 'x.md').body;
    expect(body).toContain('\n[afoim/cf-worker-aliyun-cdt-tracker](https://github.com/afoim/cf-worker-aliyun-cdt-tracker)\n\n[saicaca/fuwari](https://github.com/saicaca/fuwari)\n');
    expect(body).toContain('```md\n::github{repo="a/b"}\n```');
    expect(body).toContain('Inline ::github{repo="c/d"} stays.');
    expect(move!.notes.map((n) => n.en)).toContain('2 Fuwari repository cards (::github{repo=…}) are now links to the repositories');
  });

  test("reads Pelican's metadata lines (Title:, Date:, Category:, Tags:) and writes them as YAML, named by the title as Pelican names it", () => {
    const text = ['Title: Weekly Notes 12', 'Number: 12', 'Date: 2024-3-6 9:05', 'Modified: 2024-03-07', 'Category: Weekly', 'Tags: rust, async', 'Summary: What moved', '    this week.', '', 'Hello and welcome.', '', 'Date: not metadata here.', ''].join('\n');
    const plan = planMove([{ path: 'content/2024-3-6-weekly.md', text }], [], opts);
    expect(plan.skipped).toEqual([]);
    const [move] = plan.moves;
    expect(move!.id).toBe('2024/weekly-notes-12');
    expect(move!.notes.map((n) => n.en)).toContain('its Pelican metadata (Title:, Date: … lines) is now YAML front matter (---)');
    expect(move!.notes.map((n) => n.en).join('\n')).not.toMatch(/no frontmatter|from its file name|no date/);
    const { data, body } = parsePostText(move!.text, move!.id, move!.from);
    expect(data).toMatchObject({ title: 'Weekly Notes 12', status: 'published', channel: 'blog', tags: ['rust', 'async', 'Weekly'], description: 'What moved this week.', number: '12' });
    expect(String(data.publishedAt)).toBe('2024-03-06T09:05');
    expect(String(data.updatedAt)).toBe('2024-03-07');
    expect(body).toBe('Hello and welcome.\n\nDate: not metadata here.\n');
    // Slug: wins over the title; a status: draft stays a draft.
    const slugged = planMove([{ path: 'a.md', text: 'title: A post\ndate: 2023-01-02\nslug: my-old-url\nstatus: draft\n\nx\n' }], [], opts);
    expect(slugged.moves[0]!.id).toBe('2023/my-old-url');
    expect(parsePostText(slugged.moves[0]!.text, 'x', 'a.md').data).toMatchObject({ title: 'A post', status: 'draft' });
  });

  test("a Pelican page (content/pages/: About, Privacy) is skipped as Hugo's list pages are, not imported as a dated post", () => {
    const files = [
      { path: 'site/content/pages/privacy.md', text: 'Title: Privacy\nDate: 2015-07-08\n\nWe keep nothing.\n' },
      { path: 'site/content/2015-07-08-issue.md', text: 'Title: Issue 1\nDate: 2015-07-08\n\nNews.\n' },
      { path: 'site/content/pages-of-history.md', text: 'Title: Pages of history\nDate: 2015-07-09\n\nOld.\n' },
    ];
    const plan = planMove(files, [], { ...opts, folder: 'site/content' });
    expect(plan.moves.map((m) => m.id)).toEqual(['2015/issue-1', '2015/pages-of-history']);
    expect(plan.skipped).toEqual([{ from: 'site/content/pages/privacy.md', reason: { en: 'a Pelican page (pages/), not an article', zh: 'Pelican 的页面（pages/），不是文章' } }]);
  });

  test('a Pelican date that is no date is refused naming the file\'s field; prose and YAML files are not read as Pelican', () => {
    const plan = planMove([{ path: 'bad.md', text: 'Title: A\nDate: March 3rd\n\nx\n' }], [], opts);
    expect(plan.moves).toEqual([]);
    expect(plan.skipped[0]!.reason.en).toBe('its Pelican metadata cannot be read: Date: "March 3rd" is not a date (write it as 2010-12-03 or 2010-12-03 10:20)');
    expect(plan.skipped[0]!.reason.zh).toContain('Date：“March 3rd”不是日期');
    const prose = planMove([{ path: 'note.md', text: 'Remember the milk.\nDate: tomorrow\n' }], [], opts);
    expect(prose.moves[0]!.notes.map((n) => n.en)).toContain('it had no frontmatter: one is added');
    const yaml = planMove([{ path: 'y.md', text: '---\ntitle: Y\ndate: 2024-01-02\n---\nTitle: in the body\n' }], [], opts);
    expect(yaml.moves[0]!.text).toContain('Title: in the body');
  });

  test("reads Hexo's front matter without its opening --- (a real Hugo blog's Hexo-era posts) as YAML: quoted dates, lists, named by the file", () => {
    const quoted = 'layout: "post"\ntitle: "Kubernetes drain"\ndate: "2016-02-17 18:57"\n---\n\nKubernetes v1.2 adds `kubectl drain`.\n';
    const listed = 'layout: post\ntitle: Software Engineering at Google\ndate: 2017-02-13 19:36:09\ntags: [Google]\n---\n\nGoogle的软件工程实践。\n\n---\n\nMore.\n';
    const plan = planMove([{ path: 'posts/2016-02-17-kubernetes-drain.md', text: quoted }, { path: 'posts/2017-02-13-Software-Engineering-at-Google.md', text: listed }], [], opts);
    expect(plan.skipped).toEqual([]);
    expect(plan.moves.map((m) => m.id)).toEqual(['2016/kubernetes-drain', '2017/Software-Engineering-at-Google']);
    const [drain, google] = plan.moves.map((m) => ({ ...parsePostText(m.text, m.id, m.from), notes: m.notes.map((n) => n.en) }));
    expect(drain!.data).toMatchObject({ title: 'Kubernetes drain', status: 'published' });
    expect(String(drain!.data.publishedAt)).toMatch(/^2016-02-17[T ]18:57/);
    expect(drain!.body.trim()).toBe('Kubernetes v1.2 adds `kubectl drain`.');
    expect(drain!.notes).toContain('its front matter had no opening --- line, as Hexo allows (Hugo and Jekyll show such lines as text): the line is added');
    expect(google!.data).toMatchObject({ title: 'Software Engineering at Google', tags: ['Google'] });
    expect(google!.body.trim()).toBe('Google的软件工程实践。\n\n---\n\nMore.');
    expect(google!.notes.join('\n')).not.toMatch(/Pelican/);
    // Prose over a thematic break, and a Pelican block (a blank line ends it), are not such a block.
    const prose = planMove([{ path: 'p.md', text: 'Note: read this first.\n---\nText.\n' }], [], opts);
    expect(prose.moves[0]!.notes.map((n) => n.en)).toContain('it had no frontmatter: one is added');
    const pelican = planMove([{ path: 'q.md', text: 'Title: Q\nDate: 2024-01-02\n\nBody.\n\n---\n\nMore.\n' }], [], opts);
    expect(pelican.moves[0]!.notes.map((n) => n.en)).toContain('its Pelican metadata (Title:, Date: … lines) is now YAML front matter (---)');
  });

  test("a Jekyll file name with a one-digit month or day (2020-11-4-notes.md), which Jekyll reads, gives the post its date and name", () => {
    const plan = planMove([{ path: '_posts/2020-11-4-notes.md', text: '---\ntitle: Notes\n---\nx\n' }], [], opts);
    const [move] = plan.moves;
    expect(move!.id).toBe('2020/notes');
    expect(parsePostText(move!.text, move!.id, move!.from).data).toMatchObject({ status: 'published', publishedAt: '2020-11-04' });
    expect(planMove([{ path: '_posts/2020-1-04-bare.md', text: 'x\n' }], [], opts).moves[0]!.text).toContain('title: Bare\n');
  });

  test('names the line and column of TOML front matter that is not TOML, in English and Chinese', () => {
    const plan = planMove([{ path: 'bad.md', text: '+++\ntitle = "A"\ndate = = 2024\n+++\nx\n' }], [], opts);
    expect(plan.moves).toEqual([]);
    expect(plan.skipped[0]!.reason.en).toMatch(/^its TOML front matter \(\+\+\+\) cannot be read: line 3, column \d+: /);
    expect(plan.skipped[0]!.reason.zh).toMatch(/^它的 TOML front matter（\+\+\+）无法读取：第 3 行第 \d+ 列：/);
  });

  test("an opening heading that repeats the post's title ({{ page.title }} over ===, as early Jekyll blogs wrote it, or the title itself) is left out, with a note: the page shows the title above the body", () => {
    const files = [
      { path: '_posts/2009-05-19-the-git-parable.md', text: '---\nlayout: post\ntitle: The Git Parable\n---\n\n{{ page.title }}\n================\n\n<p class="meta">19 May 2009</p>\n\nGit is simple.\n' },
      { path: '_posts/2010-01-02-b.md', text: '---\ntitle: "Optimize for Happiness"\n---\r\n# Optimize for Happiness #\r\n\r\nBody.\r\n' },
      { path: '_posts/2010-01-03-c.md', text: '---\ntitle: 冬至饺子\n---\n#  {{page.title | escape}}\n\n正文。\n' },
      // A heading of other words, and the title further down, stay.
      { path: '_posts/2010-01-04-d.md', text: '---\ntitle: D\n---\n# Intro\n\nD\n===\n' },
      { path: '_posts/2010-01-05-e.md', text: '---\ntitle: E\n---\nSome text first.\n\n# E\n' },
    ];
    const plan = planMove(files, [], opts);
    const [git, happy, zh, d, e] = plan.moves.map((m) => ({ ...parsePostText(m.text, m.id, m.from), notes: m.notes }));
    expect(git!.body).toBe('<p class="meta">19 May 2009</p>\n\nGit is simple.\n');
    expect(git!.notes.map((n) => n.en)).toContain('its first heading "{{ page.title }}" repeated the title: left out, as the post\'s page shows the title above the body');
    expect(happy!.body).toBe('Body.\r\n');
    expect(happy!.notes.map((n) => n.zh)).toContain('它的第一个标题“Optimize for Happiness”与 title 重复：已去掉，文章页面会在正文上方显示标题');
    expect(zh!.body).toBe('正文。\n');
    expect(d!.body).toBe('# Intro\n\nD\n===\n');
    expect(e!.body).toBe('Some text first.\n\n# E\n');
    expect([...d!.notes, ...e!.notes].map((n) => n.en).join('\n')).not.toMatch(/repeated the title/);
  });

  test("an Obsidian note's opening heading that is its file name (Obsidian's inline title, as the file name writes it) or the title after the file's date is left out too", () => {
    // A real AstroPaper blog written in Obsidian (mnaoumov.github.io, 179 posts) opens each post so;
    // its theme stripped the heading (remark-strip-first-heading), and every moved page showed the title twice.
    const post = (name: string, title: string, heading: string) => ({ path: `src/data/blog/${name}.md`, text: `---\ntitle: ${JSON.stringify(title)}\npubDatetime: ${name.slice(0, 10)}T10:00:00-06:00\n---\n\n# ${heading}\n\nBody.\n` });
    const files = [
      post('2015-01-10 Execution of external commands in PowerShell done right', 'Execution of external commands in PowerShell done right', '2015-01-10 Execution of external commands in PowerShell done right'),
      post('2012-09-20 PowerShell  XAML =_ GUI', 'PowerShell + XAML => GUI', '2012-09-20 PowerShell XAML =_ GUI'),
      post('2013-08-21 PowerShell scripts and _Pattern Main_', 'PowerShell scripts and "Pattern Main"', '2013-08-21 PowerShell scripts and "Pattern Main"'),
      // Another date before the title, or a heading of other words, stays.
      post('2016-02-02 Other', 'Other', '2015-01-01 Other'),
      post('2016-02-03 Intro', 'Getting started', 'Intro to it'),
    ];
    const bodies = planMove(files, [], opts).moves.map((m) => parsePostText(m.text, m.id, m.from).body);
    expect(bodies.slice(0, 3)).toEqual(['Body.\n', 'Body.\n', 'Body.\n']);
    expect(bodies.slice(3)).toEqual(['\n# 2015-01-01 Other\n\nBody.\n', '\n# Intro to it\n\nBody.\n']);
  });

  test('reads a file with no frontmatter (a notes export) as one with an empty block: its first heading is the title, and with no date it is a draft', () => {
    const plan = planMove([{ path: 'notes/standing-desk.md', text: '\uFEFF# Why I switched to a standing desk\n\nAfter ten years of back pain.\n' }], [], opts);
    expect(plan.skipped).toEqual([]);
    const [move] = plan.moves;
    expect(move!.text).toBe('---\ntitle: Why I switched to a standing desk\nchannel: blog\nstatus: draft\n---\nAfter ten years of back pain.\n');
    expect(parsePostText(move!.text, move!.id, move!.from).data).toMatchObject({ title: 'Why I switched to a standing desk', status: 'draft', channel: 'blog' });
    expect(move!.notes.map((n) => n.en)).toEqual([
      'it gives no date, so it is a draft',
      'it had no frontmatter: one is added',
      'title: "Why I switched to a standing desk", its first heading',
    ]);
    expect(move!.notes.map((n) => n.zh).join('\n')).toContain('title：“Why I switched to a standing desk”，取自它的第一个标题');
  });

  // A real Fuwari-style post with `draft: false` and no date came in with `status: draft` beside
  // it, and `check` at once warned alias-conflict on the file the import had just written.
  test('a post that says draft: false (or published: true) but gives no date: its own flag is made to say draft, so the file does not contradict itself', () => {
    const plan = planMove([
      { path: 'a.md', text: '---\ntitle: 无日期\ndraft: false\n---\n\n正文。\n' },
      { path: 'b.md', text: '---\ntitle: Jekyll\npublished: true\n---\n\nText.\n' },
      { path: 'c.md', text: '---\ntitle: Worded\ndraft: "no"\n---\n\nText.\n' },
    ], [], opts);
    const [a, b, c] = plan.moves;
    expect(a!.text).toBe('---\ntitle: 无日期\ndraft: true\nchannel: blog\n---\n\n正文。\n');
    expect(b!.text).toBe('---\ntitle: Jekyll\npublished: false\nchannel: blog\n---\n\nText.\n');
    expect(c!.text).toBe('---\ntitle: Worded\ndraft: yes\nchannel: blog\n---\n\nText.\n');
    for (const move of plan.moves) expect(parsePostText(move.text, move.id, move.from).data.status).toBe('draft');
    expect(a!.notes.map((n) => n.en)).toContain('it gives no date, so it is a draft: draft: false is now draft: true');
    expect(a!.notes.map((n) => n.zh)).toContain('它没有日期，因此作为草稿导入：draft: false 已改为 draft: true');
  });

  test('a file with no frontmatter whose body has a --- thematic break: the break stays in the body, not read as the end of a frontmatter block', () => {
    const text = '# Issue 7\n\nFirst part.\n\n---\n\nSecond part: after the rule.\n';
    const plan = planMove([{ path: 'docs/issue-7.md', text }], [], opts);
    expect(plan.skipped).toEqual([]);
    expect(plan.moves[0]!.text).toBe('---\ntitle: Issue 7\nchannel: blog\nstatus: draft\n---\nFirst part.\n\n---\n\nSecond part: after the rule.\n');
    // An empty block (--- twice) is a block of its own, whatever the body holds.
    expect(splitFrontmatter('---\n---\nA\n\n---\n\nB\n', 'x.md')).toEqual({ yaml: '', body: 'A\n\n---\n\nB\n' });
    expect(splitFrontmatter('---\r\n---\r\nA\r\n---\r\n', 'x.md')).toEqual({ yaml: '', body: 'A\r\n---\r\n' });
    expect(splitFrontmatter('---\ntitle: A\n---\nA\n---\n', 'x.md')).toEqual({ yaml: 'title: A', body: 'A\n---\n' });
  });

  test('with the commit that added a file (--git-dates), a post whose file gives no date is published on that date, its year naming its folder; a commit that added many files at once is named in the note', () => {
    const plan = planMove(
      [
        { path: 'docs/issue-9.md', text: '# Issue 9\n\nText.\n', committed: { date: '2024-05-17T08:12:00+08:00', commit: 'abc1234' } },
        { path: 'docs/issue-1.md', text: '# Issue 1\n', committed: { date: '2018-10-13T20:34:40+08:00', commit: 'def5678' } },
        { path: 'docs/issue-2.md', text: '# Issue 2\n', committed: { date: '2018-10-13T20:34:40+08:00', commit: 'def5678' } },
        { path: 'docs/dated.md', text: '---\ndate: 2020-01-03\n---\n# Dated\n', committed: { date: '2024-01-01T00:00:00Z', commit: 'abc9999' } },
        { path: 'docs/draft.md', text: '---\ndraft: true\n---\n# Draft\n', committed: { date: '2024-01-01T00:00:00Z', commit: 'abc9999' } },
      ],
      [],
      opts,
    );
    const byFrom = new Map(plan.moves.map((m) => [m.from, m]));
    expect(byFrom.get('docs/issue-9.md')!.id).toBe('2024/issue-9');
    expect(byFrom.get('docs/issue-9.md')!.text).toBe('---\ntitle: Issue 9\nchannel: blog\nstatus: published\ndate: 2024-05-17T08:12:00+08:00\n---\nText.\n');
    expect(byFrom.get('docs/issue-9.md')!.notes.map((n) => n.en)).toContain('date: 2024-05-17T08:12:00+08:00, from git: the commit that added its file (abc1234)');
    expect(byFrom.get('docs/issue-9.md')!.undated).toBeUndefined();
    expect(byFrom.get('docs/issue-1.md')!.id).toBe('2018/issue-1');
    expect(byFrom.get('docs/issue-1.md')!.notes.map((n) => n.en)).toContain('date: 2018-10-13T20:34:40+08:00, from git: commit def5678, which added 2 files at once');
    // The commit that added several files is named once for the folder, with its advice; one that
    // added two files and dated neither (a dated file, a draft) is not.
    expect(plan.warnings.map((w) => w.en)).toEqual(['--git-dates: commit def5678 added 2 files of the folder at once, and both take its date (2018-10-13T20:34:40+08:00): docs/issue-1.md, docs/issue-2.md; if that commit brought older posts in, set their dates by hand']);
    // A date the file gives wins; a draft stays an undated draft.
    expect(byFrom.get('docs/dated.md')!.id).toBe('2020/dated');
    expect(byFrom.get('docs/dated.md')!.text).not.toContain('2024-01-01');
    expect(byFrom.get('docs/draft.md')!.id).toBe('drafts/draft');
    expect(byFrom.get('docs/draft.md')!.text).not.toContain('2024-01-01');
    // Without it, a file with no date is a draft, marked so for the hint.
    expect(planMove([{ path: 'docs/issue-9.md', text: '# Issue 9\n' }], [], opts).moves[0]!.undated).toBe(true);
  });

  test('a re-run finds the post an earlier run made of a file with no title or date in its frontmatter (title from its heading or name, date from git), instead of numbering a copy', () => {
    const files = [
      { path: 'docs/issue-9.md', text: '# Issue 9\n\nText.\n' },
      { path: 'docs/my-notes.md', text: 'No heading.\n' },
      { path: 'docs/issue-10.md', text: '# Issue 10\n', committed: { date: '2024-05-24T08:00:00+08:00', commit: 'abc1234' } },
    ];
    const first = planMove(files, [], opts);
    const known = new Map(first.moves.map((m) => [m.id, { title: parsePostText(m.text, m.id, m.from).data.title, publishedAt: parsePostText(m.text, m.id, m.from).data.publishedAt }]));
    const again = planMove(files, known.keys(), opts, known);
    expect(again.moves.map((m) => m.id)).toEqual([]);
    expect(again.skipped.map((s) => s.id).sort()).toEqual(['2024/issue-10', 'drafts/issue-9', 'drafts/my-notes']);
    // Another post at that address (another title and date) still numbers the file.
    const other = planMove([files[0]!], ['drafts/issue-9'], opts, new Map([['drafts/issue-9', { title: 'Something else' }]]));
    expect(other.moves.map((m) => m.id)).toEqual(['drafts/issue-9-2']);
  });

  test('a link from one file of the folder to another names that post\'s page on the site (fragment kept); images, code, other links and the text stay as written', () => {
    const plan = planMove(
      [
        { path: 'docs/issue-24.md', text: '---\ndate: 2018-06-01\n---\n# Issue 24\n' },
        { path: 'docs/issue-2.md', text: '---\ndate: 2018-05-04\n---\n# Issue 2\n' },
        {
          path: 'docs/issue-54.md',
          text: '---\ndate: 2019-05-03\n---\n# Issue 54\n\nSee [issue 24](issue-24.md) and [two](./issue-2.md#news "Two").\n\n[![](http://example.com/a.jpg)](./issue-2.md)\n\n[ref]: ../docs/issue-24.md\n\n<a href="issue-2.md">html</a> `[x](issue-2.md)` [gone](issue-99.md) [web](https://example.com/issue-2.md)\n',
        },
      ],
      [],
      opts,
    );
    const move = plan.moves.find((m) => m.from === 'docs/issue-54.md')!;
    expect(move.text).toBe('---\ndate: 2019-05-03\ntitle: Issue 54\nchannel: blog\n---\nSee [issue 24](/posts/2018/issue-24/) and [two](/posts/2018/issue-2/#news "Two").\n\n[![](http://example.com/a.jpg)](/posts/2018/issue-2/)\n\n[ref]: /posts/2018/issue-24/\n\n<a href="/posts/2018/issue-2/">html</a> `[x](issue-2.md)` [gone](issue-99.md) [web](https://example.com/issue-2.md)\n');
    expect(move.notes.map((n) => n.en).join('\n')).toContain('its links to 5 other files of the folder now name their posts\' pages (issue-24.md -> /posts/2018/issue-24/');
    // A post an earlier run imported is linked the same way.
    const again = planMove([{ path: 'docs/issue-24.md', text: '---\ndate: 2018-06-01\n---\n# Issue 24\n' }, { path: 'docs/b.md', text: '---\ndate: 2019-01-01\n---\n[24](issue-24.md)\n' }], ['2018/issue-24'], opts, new Map([['2018/issue-24', { title: 'Issue 24' }]]));
    expect(again.moves[0]!.text).toContain('[24](/posts/2018/issue-24/)');
  });

  // baoduy/hbd.astro-paper: 5 links in 4 posts wrote /posts/ks-01-Install-k3s-on-pi-cluster, the file's case, where
  // AstroPaper served /posts/ks-01-install-k3s-on-pi-cluster/ (github-slugger); they stayed as written and led to no page.
  test("a link to a moved post's old address written in another case names the post's page, when one post's old address it is", () => {
    const astro = (title: string, body = 'Text.', extra = '') => `---\ntitle: ${title}\npubDatetime: 2023-09-25T02:00:00Z\n${extra}---\n\n${body}\n`;
    const plan = planMove([
      { path: 'src/data/blog/ks-01-Install-k3s-on-pi-cluster.md', text: astro('K3s') },
      { path: 'src/data/blog/ks-02-Install-nginx.md', text: astro('Nginx', 'In our [previous article](/posts/ks-01-Install-k3s-on-pi-cluster), and [its part](https://drunkcoding.net/posts/KS-01-install-k3s-on-pi-cluster/#setup).') },
      // Two posts whose old addresses differ in case only: a link in a third case is not guessed.
      { path: 'src/data/blog/a.md', text: astro('A', 'Text.', 'slug: Twin\n') },
      { path: 'src/data/blog/b.md', text: astro('B', 'Text.', 'slug: twin\n') },
      { path: 'src/data/blog/c.md', text: astro('C', '[t](/posts/TWIN/)') },
    ], [], { ...opts, site: { generator: 'astro', routes: {}, address: 'https://drunkcoding.net' } });
    const nginx = plan.moves.find((m) => m.from.endsWith('ks-02-Install-nginx.md'))!;
    expect(nginx.text).toContain('In our [previous article](/posts/2023/ks-01-Install-k3s-on-pi-cluster/), and [its part](/posts/2023/ks-01-Install-k3s-on-pi-cluster/#setup).');
    expect(plan.moves.find((m) => m.from.endsWith('c.md'))!.text).toContain('[t](/posts/TWIN/)');
  });

  test("an Obsidian vault's links from its root and by bare file name name the posts' pages; a link to a file found nowhere, or on the writer's computer, is named in a note (EN and 中文)", () => {
    const vault = '/home/mei/vault';
    const plan = planMove(
      [
        { path: `${vault}/Projects/Garden beds.md`, text: '---\ndate: 2024-03-01\n---\n# Garden beds\n' },
        { path: `${vault}/Daily/2024-03-02.md`, text: '---\ndate: 2024-03-02\n---\n# Compost\n' },
        {
          path: `${vault}/Daily/2024-03-03.md`,
          text: '---\ndate: 2024-03-03\n---\n# Seeds\n\nFrom the root: [beds](Projects/Garden%20beds.md#soil). Heading: [h](Projects/Garden%20beds.md#Soil%20and%20Water). By name: [beds](<Garden beds.md>). Beside it: [compost](2024-03-02.md). [gone](Projects/Gone.md) [pdf](file:///C:/Users/mei/plan.pdf)\n',
        },
      ],
      [],
      { ...opts, folder: vault },
    );
    const move = plan.moves.find((m) => m.from.endsWith('2024-03-03.md'))!;
    expect(move.text).toContain('From the root: [beds](/posts/2024/garden-beds/#soil). Heading: [h](/posts/2024/garden-beds/#soil-and-water). By name: [beds](</posts/2024/garden-beds/>). Beside it: [compost](/posts/2024/2024-03-02/). [gone](Projects/Gone.md) [pdf](file:///C:/Users/mei/plan.pdf)');
    const notes = move.notes.map((n) => n.en).join('\n');
    expect(notes).toContain('its links to Projects/Gone.md, file:///C:/Users/mei/plan.pdf name no file of the imported folder (or a file on your computer): on the site they lead nowhere');
    expect(move.notes.map((n) => n.zh).join('\n')).toContain('它指向 Projects/Gone.md, file:///C:/Users/mei/plan.pdf 的链接找不到导入文件夹里的对应文件（或指向你电脑上的文件）：在网站上会打不开');
    // A bare name two files share is not guessed.
    const two = planMove(
      [
        { path: `${vault}/A/note.md`, text: '---\ndate: 2024-01-01\n---\nA\n' },
        { path: `${vault}/B/note.md`, text: '---\ndate: 2024-01-02\n---\nB\n' },
        { path: `${vault}/C/c.md`, text: '---\ndate: 2024-01-03\n---\n[n](note.md)\n' },
      ],
      [],
      { ...opts, folder: vault },
    );
    expect(two.moves.find((m) => m.from.endsWith('c.md'))!.text).toContain('[n](note.md)');
  });

  test("a Hexo site's :abbrlink permalink gives each post that names its abbrlink an alias; one line for the folder says which posts get none and why (EN and 中文)", () => {
    const site = { generator: 'hexo' as const, permalink: 'posts/:abbrlink/' };
    const plan = planMove(
      [
        { path: 'a.md', text: '---\ntitle: A\ndate: 2024-01-02\nabbrlink: 9f3e2a1b\n---\nText.\n' },
        { path: 'b.md', text: '---\ntitle: B\ndate: 2024-01-03\n---\nText.\n' },
        { path: 'c.md', text: '---\ntitle: C\ndate: 2024-01-04\n---\nText.\n' },
      ],
      [],
      { ...opts, site },
    );
    expect(plan.moves.find((m) => m.from === 'a.md')!.text).toContain('aliases: [/posts/9f3e2a1b/]');
    expect(plan.moves.find((m) => m.from === 'b.md')!.text).not.toContain('aliases');
    expect(plan.warnings.map((w) => w.en)).toEqual([
      "2 posts get no alias of their old address: the old site's permalink uses :abbrlink, which their frontmatter does not give (hexo-abbrlink writes abbrlink: into each post when the old site is built); add their old paths to aliases: by hand to keep old links working",
    ]);
    expect(plan.warnings[0]!.zh).toBe('2 篇文章没有旧地址的别名：旧网站的 permalink 用到了 :abbrlink，而它们的 frontmatter 里没有写（hexo-abbrlink 会在旧网站构建时把 abbrlink: 写进每篇文章）；如需保留旧链接，请手动把旧路径写进 aliases:');
    const hash = planMove([{ path: 'a.md', text: '---\ntitle: A\ndate: 2024-01-02\n---\nText.\n' }], [], { ...opts, site: { generator: 'hexo', permalink: ':hash/:title/' } });
    expect(hash.warnings.map((w) => w.en)).toEqual(["1 post gets no alias of its old address: the old site's permalink uses :hash, which import does not read; add its old path to aliases: by hand to keep old links working"]);
  });

  test('links and wikilinks written from a vault root above the imported folder find their posts; of two files with one text, the one whose name is no mojibake is kept', () => {
    const folder = '/site/content';
    const plan = planMove(
      [
        { path: `${folder}/coding/design/工厂模式.md`, text: '---\ndate: 2019-01-01\n---\nA\n' },
        { path: `${folder}/coding/design/״̬ģʽ.md`, text: '---\ndate: 2019-01-02\n---\nState\n' },
        { path: `${folder}/coding/design/状态模式.md`, text: '---\ndate: 2019-01-02\n---\nState\n' },
        { path: `${folder}/coding/design/设计模式.md`, text: '---\ndate: 2019-01-03\n---\n[f](Blog-Posts/coding/design/工厂模式.md) [[Blog-Posts/coding/design/状态模式]]\n' },
      ],
      [],
      { ...opts, folder },
    );
    expect(plan.skipped.map((s) => [s.from.split('/').pop(), s.reason.en])).toEqual([['״̬ģʽ.md', 'the same text as 状态模式.md beside it (a copy a sync tool or an editor left): imported once']]);
    expect(plan.moves.find((m) => m.from.endsWith('设计模式.md'))!.text).toContain('[f](/posts/2019/工厂模式/) [状态模式](/posts/2019/状态模式/)');
  });

  test("a link to the old site's page of a moved post (its full address, http or https, www or not) names that post's page; other pages of the old site stay", () => {
    const site = { generator: 'jekyll' as const, address: 'http://devblog.example.com', permalink: '/:categories/:year/:month/:day/:title.html' };
    const plan = planMove(
      [
        { path: '2015-11-05-second-draft.md', text: '---\ntitle: Second draft\ncategories: rails\n---\nText.\n' },
        {
          path: '2015-11-10-third.md',
          text: '---\ntitle: Third\n---\nSee [the draft](http://devblog.example.com/rails/2015/11/05/second-draft.html), [again](https://www.devblog.example.com/rails/2015/11/05/second-draft.html#setup) and [about](http://devblog.example.com/about/).\n',
        },
      ],
      [],
      { ...opts, site },
    );
    const move = plan.moves.find((m) => m.from.endsWith('third.md'))!;
    expect(move.text).toContain('See [the draft](/posts/2015/second-draft/), [again](/posts/2015/second-draft/#setup) and [about](http://devblog.example.com/about/).');
  });

  test("a Hugo post whose categories list closes at the line's start (Hugo reads it) comes in with its categories, its lines indented, a note saying so", () => {
    const plan = planMove([{ path: 'a.md', text: '---\ntitle: A\ndate: 2021-07-25\ncategories: [\n  "Go"\n]\n---\nText.\n' }], [], { ...opts, site: { generator: 'hugo' } });
    expect(plan.skipped).toEqual([]);
    expect(plan.moves[0]!.text).toContain('categories: [\n  "Go"\n ]');
    expect(plan.moves[0]!.notes?.map((n) => n.en) ?? []).toContainEqual(expect.stringContaining('the list of "categories" ran onto lines indented no deeper than it, which Hugo reads'));
  });

  test("a Hexo site served from a folder (root: /blog/) gives its posts aliases under it; links to their full old addresses and their feed ids stay right", () => {
    const site = { generator: 'hexo' as const, root: '/blog', address: 'https://mei.dev', feeds: [{ path: '/blog/atom.xml', format: 'atom' as const }] };
    const plan = planMove(
      [
        { path: 'first.md', text: '---\ntitle: First\ndate: 2024-01-02\n---\nText.\n' },
        { path: 'second.md', text: '---\ntitle: Second\ndate: 2024-01-03\n---\nSee [the first](https://mei.dev/blog/2024/01/02/first/).\n' },
      ],
      [],
      { ...opts, site },
    );
    const first = parsePostText(plan.moves.find((m) => m.from === 'first.md')!.text, 'x', 'x.md').data;
    expect(first.aliases).toEqual(['/blog/2024/01/02/first/']);
    expect(first.guid).toBe('https://mei.dev/blog/2024/01/02/first/');
    expect(plan.moves.find((m) => m.from === 'second.md')!.text).toContain('See [the first](/posts/2024/first/).');
  });

  test("a Jekyll site with baseurl: /blog gives its posts aliases under it; links to their full old addresses and their feed ids stay right", () => {
    const site = { generator: 'jekyll' as const, root: '/blog', address: 'https://mei.github.io', feeds: [{ path: '/blog/feed.xml', format: 'atom' as const, ids: 'address' as const }] };
    const plan = planMove(
      [
        { path: '2024-01-02-first.md', text: '---\ntitle: First\n---\nText.\n' },
        { path: '2024-01-03-second.md', text: '---\ntitle: Second\n---\nSee [the first](https://mei.github.io/blog/2024/01/02/first.html).\n' },
      ],
      [],
      { ...opts, site },
    );
    const first = parsePostText(plan.moves.find((m) => m.from === '2024-01-02-first.md')!.text, 'x', 'x.md').data;
    expect(first.aliases).toEqual(['/blog/2024/01/02/first.html']);
    expect(first.guid).toBe('https://mei.github.io/blog/2024/01/02/first.html');
    expect(plan.moves.find((m) => m.from === '2024-01-03-second.md')!.text).toContain('See [the first](/posts/2024/first/).');
  });

  test("a Hugo site whose baseURL has a path gives its posts' own aliases and old addresses under it, as Hugo served them", () => {
    const site = { generator: 'hugo' as const, root: '/project', address: 'https://mei.github.io' };
    const plan = planMove([{ path: 'posts/first.md', text: '---\ntitle: First\ndate: 2024-01-02\naliases: [/old-first/]\n---\nText.\n' }], [], { ...opts, site });
    expect(parsePostText(plan.moves[0]!.text, 'x', 'x.md').data.aliases).toEqual(['/project/old-first/', '/project/posts/first/']);
  });

  test('a daily note named by its date (Obsidian: 2024-07-01.md, Daily 2024-07-02.md) is titled with the date as written, not "2024 07 01"', () => {
    const moves = planMove([{ path: 'Daily/2024-07-01.md', text: 'Watered the beds.\n' }, { path: 'Daily/daily 2024-07-02.md', text: 'Planted garlic.\n' }], [], opts).moves;
    expect(moves.map((m) => parsePostText(m.text, m.id, m.from).data.title).sort()).toEqual(['2024-07-01', 'Daily 2024-07-02']);
  });

  test('gives a post without a title its opening h1 (ATX or setext, {#id} and closing #s dropped), else its file name titleized as Jekyll does', () => {
    const moves = planMove(
      [
        { path: 'a.md', text: '---\ndate: 2024-01-02\n---\n\n## Not an h1\n\nText.\n' },
        { path: 'b.md', text: '---\ndate: 2024-01-02\ntitle: ""\n---\n# Setup: part 1 {#setup} ##\nText.\n' },
        { path: 'c.md', text: '---\ndate: 2024-01-02\n---\nA setext title\n===\n\nText.\n' },
        { path: '_posts/2024-01-03-my-first_post.md', text: '---\n---\nText first.\n\n# Later heading\n' },
        { path: '冬至饺子.md', text: '---\ndate: 2024-01-04\n---\n正文。\n' },
      ],
      [],
      opts,
    ).moves;
    const order = ['a.md', 'b.md', 'c.md', '_posts/2024-01-03-my-first_post.md', '冬至饺子.md'];
    const data = order.map((from) => moves.find((m) => m.from === from)!).map((m) => parsePostText(m.text, m.id, m.from));
    expect(data.map((p) => p.data.title)).toEqual(['A', 'Setup: part 1', 'A setext title', 'My First Post', '冬至饺子']);
    // The h1 taken as the title leaves the body; any other heading stays.
    expect(data.map((p) => p.body.trim().split('\n')[0])).toEqual(['## Not an h1', 'Text.', 'Text.', 'Text first.', '正文。']);
    // Dated (by the frontmatter or Jekyll's file name): still published.
    expect(data.map((p) => p.data.status)).toEqual(['published', 'published', 'published', 'published', 'published']);
  });

  test("skips a repository's README or LICENSE without frontmatter, but not one that is a post", () => {
    const plan = planMove(
      [
        { path: 'blog/README.md', text: '# My blog\n\nBuilt with Hexo.\n' },
        { path: 'blog/LICENSE.md', text: 'MIT License\n' },
        { path: 'blog/readme.zh.md', text: '# 说明\n' },
        { path: 'blog/posts/readme.md', text: '---\ntitle: How to write a README\ndate: 2024-01-02\n---\nText.\n' },
      ],
      [],
      opts,
    );
    expect(plan.skipped.map((s) => s.from).sort()).toEqual(['blog/LICENSE.md', 'blog/README.md', 'blog/readme.zh.md']);
    expect(plan.skipped[0]!.reason.zh).toContain('不是文章');
    expect(plan.moves.map((m) => m.id)).toEqual(['2024/readme']);
  });

  test('a file that says it is published but gives no date is still left to validation, which names publishedAt', () => {
    const [move] = planMove([{ path: 'x.md', text: '---\ntitle: X\nstatus: published\n---\nText.\n' }], [], opts).moves;
    expect(() => parsePostText(move!.text, move!.id, move!.from)).toThrow(/publishedAt/);
  });

  test("gives a published Jekyll post without a date the date of its file name, as Jekyll does; a draft or a dated post gets none", () => {
    const plan = planMove(
      [
        { path: '_posts/2019-05-06-trip.md', text: '---\ntitle: Trip\n---\nText.\n' },
        { path: '_posts/2019-05-07-dated.md', text: '---\ntitle: Dated\ndate: 2019-05-08 10:00:00 +0100\n---\nText.\n' },
        { path: '_posts/2019-05-09-wip.md', text: '---\ntitle: Wip\npublished: false\n---\nText.\n' },
      ],
      [],
      opts,
    );
    expect(plan.moves.map((m) => [m.id, m.text])).toEqual([
      ['2019/trip', '---\ntitle: Trip\nchannel: blog\nstatus: published\ndate: 2019-05-06\n---\nText.\n'],
      ['2019/dated', '---\ntitle: Dated\ndate: 2019-05-08 10:00:00 +0100\nchannel: blog\n---\nText.\n'],
      ['2019/wip', '---\ntitle: Wip\npublished: false\nchannel: blog\n---\nText.\n'],
    ]);
  });

  test('writes the one-digit month, day or hour of a Hexo date with two digits, with a note; seconds past 59 are then the one thing named', () => {
    expect(repairedDate('2022-05-2')).toBe('2022-05-02');
    expect(repairedDate('2022-5-22 0:44:48')).toBe('2022-05-22 00:44:48');
    expect(repairedDate('2022-05-22T8:30:48+08:00')).toBe('2022-05-22T08:30:48+08:00');
    expect(repairedDate('2022-05-22 08:30:48')).toBeNull();
    expect(repairedDate('2022-5-2 16:35:83')).toBe('2022-05-02 16:35:83');
    const plan = planMove(
      [
        { path: 'a.md', text: '---\ntitle: A\ndate: 2022-05-2\nupdated: 2022-05-22 0:44:48\n---\nText.\n' },
        { path: 'b.md', text: '---\ntitle: B\ndate: 2022-05-2 16:35:83\n---\nText.\n' },
      ],
      [],
      opts,
    );
    const [a, b] = plan.moves;
    expect(a!.text).toBe('---\ntitle: A\ndate: 2022-05-02\nupdated: 2022-05-22 00:44:48\nchannel: blog\n---\nText.\n');
    expect(a!.notes.map((n) => n.en)).toEqual(['date: 2022-05-2 is now 2022-05-02', 'updated: 2022-05-22 0:44:48 is now 2022-05-22 00:44:48']);
    expect(parsePostText(a!.text, a!.id, 'a.md').data).toMatchObject({ status: 'published', channel: 'blog' });
    expect(b!.text).toContain('date: 2022-05-02 16:35:83\n');
    expect(() => parsePostText(b!.text, b!.id, 'b.md')).toThrow(/seconds go up to 59/);
  });

  test("reads the dates Hexo's moment.js reads (RFC 1123, one-digit seconds and offset) as ISO 8601, with a note; an unreadable updated is dropped with a note, the post kept", () => {
    const plan = planMove(
      [
        { path: 'a.md', text: '---\ntitle: A\ndate: 2023-09-03T21:16:5.792+8:0\nupdated: Mon, 20 Mar 2023 14:15:29 GMT\n---\nText.\n' },
        { path: 'b.md', text: '---\ntitle: B\ndate: 2023-03-20\nupdated: sometime in May\ntags: [x]\n---\nText.\n' },
      ],
      [],
      opts,
    );
    const [a, b] = plan.moves;
    expect(a!.text).toBe('---\ntitle: A\ndate: 2023-09-03T21:16:05.792+08:00\nupdated: 2023-03-20T14:15:29Z\nchannel: blog\n---\nText.\n');
    expect(a!.notes.map((n) => n.en)).toEqual(['date: 2023-09-03T21:16:5.792+8:0 is now 2023-09-03T21:16:05.792+08:00', 'updated: Mon, 20 Mar 2023 14:15:29 GMT is now 2023-03-20T14:15:29Z']);
    expect(parsePostText(a!.text, a!.id, 'a.md').data).toMatchObject({ status: 'published' });
    expect(b!.text).toBe('---\ntitle: B\ndate: 2023-03-20\ntags: [x]\nchannel: blog\n---\nText.\n');
    expect(b!.notes).toEqual([{ en: 'updated: "sometime in May" is not a date: left out (the post is imported without it)', zh: 'updated："sometime in May" 不是日期：已去掉（文章照常导入，只是没有这一项）' }]);
    // Fuwari's `published:` date and AstroPaper's modDatetime are read the same way.
    const other = planMove([{ path: 'c.md', text: '---\ntitle: C\npublished: 2023-3-2\nmodDatetime: 2023-03-20T14:15:9Z\n---\nText.\n' }], [], opts).moves[0]!;
    expect(other.text).toBe('---\ntitle: C\npublished: 2023-03-02\nmodDatetime: 2023-03-20T14:15:09Z\nchannel: blog\naliases: [/posts/c/]\n---\nText.\n');
  });

  test('a post there as a folder post (2024/a/index) or as a file (2024/b) holds its address: the file that would take it is skipped, naming the post there; a folder of the run numbers by address too', () => {
    const post = (date: string) => `---\ntitle: T\ndate: ${date}\n---\n![](cover.png)\n`;
    const plan = planMove(
      [
        { path: 'a.md', text: post('2024-01-02') },
        { path: 'b/index.md', text: post('2024-01-03') },
        { path: 'c.md', text: post('2024-01-04') },
        { path: 'c/index.md', text: post('2024-01-05') },
      ],
      ['2024/a/index', '2024/B'],
      opts,
    );
    expect(plan.skipped.map((s) => [s.from, s.id])).toEqual([
      ['a.md', '2024/a/index'],
      ['b/index.md', '2024/B'],
    ]);
    expect(plan.moves.map((m) => m.id)).toEqual(['2024/c', '2024/c-2']);
  });

  test('moves a file with an empty block (--- twice) with its keys added, its title from the file name', () => {
    const plan = planMove([{ path: '2020-01-02-empty.md', text: '---\n---\nText.\n' }], [], opts);
    expect(plan.skipped).toEqual([]);
    expect(plan.moves.map((m) => [m.id, m.text])).toEqual([['2020/empty', '---\ntitle: Empty\nchannel: blog\nstatus: published\ndate: 2020-01-02\n---\nText.\n']]);
  });

  test('takes the status asked for only where the file gives none or published; an idea or draft stays as it is', () => {
    const files = [
      { path: 'dated.md', text: '---\ntitle: A\ndate: 2024-01-02\n---\n' },
      { path: 'said.md', text: '---\ntitle: B\nstatus: published\npublishedAt: 2024-01-02\n---\n' },
      { path: 'idea.md', text: '---\ntitle: C\nstatus: idea\n---\n' },
      { path: 'hugo-draft.md', text: '---\ntitle: D\ndraft: true\n---\n' },
    ];
    const texts = Object.fromEntries(planMove(files, [], { channel: 'blog', status: 'scheduled' }).moves.map((m) => [m.from, m.text]));
    expect(texts['dated.md']).toContain('channel: blog\nstatus: scheduled\n---');
    expect(texts['said.md']).toContain('status: scheduled\npublishedAt: 2024-01-02\nchannel: blog\n---');
    expect(texts['idea.md']).toBe('---\ntitle: C\nstatus: idea\nchannel: blog\n---\n');
    expect(texts['hugo-draft.md']).toBe('---\ntitle: D\ndraft: true\nchannel: blog\n---\n');
    // Published asked for, and the file already reads as published (its date): nothing but the channel is added.
    expect(planMove([files[0]!], [], opts).moves[0]!.text).toBe('---\ntitle: A\ndate: 2024-01-02\nchannel: blog\n---\n');
  });
});

describe('planMove with --pillar-map', () => {
  const map = new Map([['recipes', 'recipes'], ['photos', 'photography']]);
  const withMap = { ...opts, pillarMap: map };

  test("a post whose categories or tags (Jekyll's list or space-separated string, Hexo's nested lists, Hugo's tags; any case) name a mapped one gets that pillar, with a note, EN and 中文", () => {
    const plan = planMove(
      [
        { path: '_posts/2025-03-04-pork.md', text: '---\ntitle: Pork\ncategories: [Recipes]\ntags: [pork]\n---\nText.\n' },
        { path: '_posts/2025-03-05-light.md', text: '---\ntitle: Light\ncategories: life PHOTOS\n---\nText.\n' },
        { path: '_posts/2025-03-06-noodles.md', text: '---\ntitle: Noodles\ncategories:\n  - [Food, recipes]\n---\nText.\n' },
        { path: '_posts/2025-03-07-lens.md', text: '---\ntitle: Lens\ntags: [gear, photos]\n---\nText.\n' },
        { path: '_posts/2025-03-08-other.md', text: '---\ntitle: Other\ntags: [travel]\n---\nText.\n' },
      ],
      [],
      withMap,
    );
    const pillarOf = (from: string) => parsePostText(plan.moves.find((m) => m.from === from)!.text, 'x', from).data.pillar;
    expect(pillarOf('_posts/2025-03-04-pork.md')).toBe('recipes');
    expect(pillarOf('_posts/2025-03-05-light.md')).toBe('photography');
    expect(pillarOf('_posts/2025-03-06-noodles.md')).toBe('recipes');
    expect(pillarOf('_posts/2025-03-07-lens.md')).toBe('photography');
    expect(pillarOf('_posts/2025-03-08-other.md')).toBeUndefined();
    const pork = plan.moves.find((m) => m.from === '_posts/2025-03-04-pork.md')!;
    expect(pork.text).toBe('---\ntitle: Pork\ncategories: [Recipes]\ntags: [pork]\nchannel: blog\nstatus: published\npillar: recipes\ndate: 2025-03-04\n---\nText.\n');
    expect(pork.notes).toContainEqual({ en: 'pillar: recipes, from its category or tag "Recipes" (--pillar-map)', zh: 'pillar：recipes，取自它的分类或标签 "Recipes"（--pillar-map）' });
    expect(plan.warnings).toEqual([]);
  });

  // A real docsify wiki (linyuxuanlin/Wiki_docsify) files its notes in folders, Arduino/, STM32/,
  // 前端/, and has no categories: --pillar-map "Arduino=嵌入式,前端=前端开发" gave no post a pillar
  // and warned that no file had the category "arduino".
  test('a post with no mapped category or tag gets the pillar of the folder it is in, its nearest folder first, with a note, EN and 中文', () => {
    const wiki = { ...opts, pillarMap: new Map([['arduino', 'recipes'], ['前端', 'photography'], ['wiki', 'recipes']]) };
    const plan = planMove(
      [
        { path: 'wiki/Arduino/麦轮小车.md', text: '# 麦轮小车\n\n用 Arduino 做的小车。\n' },
        { path: 'wiki/前端/CSS学习笔记.md', text: '# CSS 学习笔记\n\n选择器。\n' },
        { path: 'wiki/前端/tagged.md', text: '---\ntitle: Tagged\ntags: [arduino]\n---\n正文。\n' },
      ],
      [],
      wiki,
    );
    const move = (from: string) => plan.moves.find((m) => m.from === from)!;
    const pillarOf = (from: string) => parsePostText(move(from).text, 'x', from).data.pillar;
    expect(pillarOf('wiki/Arduino/麦轮小车.md')).toBe('recipes');
    expect(pillarOf('wiki/前端/CSS学习笔记.md')).toBe('photography');
    // A category or tag wins over the folder.
    expect(pillarOf('wiki/前端/tagged.md')).toBe('recipes');
    expect(move('wiki/前端/CSS学习笔记.md').notes).toContainEqual({ en: 'pillar: photography, from its folder "前端" (--pillar-map)', zh: 'pillar：photography，取自它所在的文件夹 "前端"（--pillar-map）' });
    expect(plan.warnings.filter((w) => w.en.startsWith('--pillar-map'))).toEqual([]);
  });

  test("a post's own pillar: is kept; a mapped name no file has is named in a warning, EN and 中文", () => {
    const plan = planMove([{ path: 'a.md', text: '---\ntitle: A\ndate: 2025-01-02\npillar: photography\ncategories: [Recipes]\n---\nText.\n' }], [], { ...opts, pillarMap: new Map([['recipes', 'recipes'], ['debuging', 'photography']]) });
    expect(plan.moves[0]!.text).toBe('---\ntitle: A\ndate: 2025-01-02\npillar: photography\ncategories: [Recipes]\nchannel: blog\n---\nText.\n');
    expect(plan.warnings).toEqual([{ en: '--pillar-map: no file has the category or tag "debuging", nor is in a folder of that name, so no post got the pillar "photography"', zh: '--pillar-map：没有一个文件带有分类或标签 "debuging"，也没有文件在叫这个名字的文件夹里，因此没有文章得到支柱 "photography"' }]);
  });
});

describe('planMove: Hugo translations by file name (index.zh.md)', () => {
  // Shaped like codgician/codgician.github.io and liqiongyu/liqiongyu.github.io: every bundle's
  // post is index.<lang>.md, some bundles hold two languages, list pages are _index.<lang>.md.
  const post = (title: string, date: string) => `---\ntitle: "${title}"\ndate: ${date}\nlanguage: zh\ntoc: true\n---\n\n正文。\n`;
  const files = [
    { path: 'posts/_index.zh.md', text: '---\ntitle: 文章\n---\n' },
    { path: 'posts/_index.en.md', text: '---\ntitle: Posts\n---\n' },
    { path: 'posts/aoj-1383/index.zh.md', text: post('AOJ 1383', '2018-07-01') },
    { path: 'posts/bzoj-2187/index.zh.md', text: post('BZOJ 2187', '2018-03-02') },
    { path: 'posts/hello-world/index.en.md', text: post('Hello world', '2026-01-01') },
    { path: 'posts/hello-world/index.zh.md', text: post('你好，世界', '2026-01-01') },
    { path: 'posts/trip/index.md', text: post('Trip', '2025-05-05') },
    { path: 'posts/trip/index.zh-cn.md', text: post('旅行', '2025-05-05') },
  ];

  test('a bundle index in any language takes its folder name; another translation of it takes -<lang>; list pages are skipped', () => {
    const plan = planMove(files, [], opts);
    expect(plan.moves.map((m) => [m.from, m.id])).toEqual([
      ['posts/aoj-1383/index.zh.md', '2018/aoj-1383'],
      ['posts/bzoj-2187/index.zh.md', '2018/bzoj-2187'],
      ['posts/hello-world/index.en.md', '2026/hello-world'],
      ['posts/hello-world/index.zh.md', '2026/hello-world-zh'],
      ['posts/trip/index.md', '2025/trip'],
      ['posts/trip/index.zh-cn.md', '2025/trip-zh-cn'],
    ]);
    expect(plan.moves[3]!.notes.map((n) => n.en)).toEqual(['a translation (zh) of the post of posts/hello-world, so it is 2026/hello-world-zh']);
    expect(plan.moves[3]!.notes.map((n) => n.zh)).toEqual(['它是 posts/hello-world 那篇文章的 zh 译文，因此保存为 2026/hello-world-zh']);
    expect(plan.moves[0]!.notes).toEqual([]);
    expect(plan.skipped.map((s) => s.from).sort()).toEqual(['posts/_index.en.md', 'posts/_index.zh.md']);
    expect(plan.skipped[0]!.reason.en).toBe('a Hugo list page, not a post');
  });

  // Hugo links a bundle's translations by their folder; moved, they would be unrelated posts.
  test('the translations of one bundle share a translationKey (their source folder); a lone post gets none, an own key is kept', () => {
    const key = (text: string) => /^translationKey: (.*)$/m.exec(text)?.[1];
    const plan = planMove(files, [], opts);
    expect(plan.moves.map((m) => [m.id, key(m.text)])).toEqual([
      ['2018/aoj-1383', undefined],
      ['2018/bzoj-2187', undefined],
      ['2026/hello-world', 'posts/hello-world'],
      ['2026/hello-world-zh', 'posts/hello-world'],
      ['2025/trip', 'posts/trip'],
      ['2025/trip-zh-cn', 'posts/trip'],
    ]);
    const own = planMove([{ ...files[4]!, text: files[4]!.text.replace('toc: true', 'translationKey: hello') }, files[5]!], [], opts);
    expect(own.moves.map((m) => key(m.text))).toEqual(['hello', 'posts/hello-world']);
  });

  // `import /home/mei/blog/content/posts` wrote `translationKey: /home/mei/blog/content/posts/trip`:
  // a path of one machine (its user's name too) in the post, and another key, so no link, for a
  // translation imported later from `content/posts` or another checkout.
  test('the translationKey is the bundle folder within the imported folder, however that folder is named', () => {
    const key = (text: string) => /^translationKey: (.*)$/m.exec(text)?.[1];
    const under = (folder: string) => files.slice(4).map((f) => ({ ...f, path: `${folder}/${f.path}` }));
    for (const folder of ['/home/mei/blog/content', 'content', './content/']) {
      const plan = planMove(under(folder.replace(/\/$/, '')), [], { ...opts, folder });
      expect(plan.moves.map((m) => key(m.text))).toEqual(['posts/hello-world', 'posts/hello-world', 'posts/trip', 'posts/trip']);
    }    // A bundle passed as the folder itself is keyed by its own name.
    const trip = planMove(files.slice(6).map((f) => ({ ...f, path: f.path.replace('posts/trip', '/home/mei/trip') })), [], { ...opts, folder: '/home/mei/trip' });
    expect(trip.moves.map((m) => key(m.text))).toEqual(['trip', 'trip']);
  });

  test('a re-run skips every translation and writes nothing', () => {
    const first = planMove(files, [], opts);
    const again = planMove(files, first.moves.map((m) => `${m.id}/index`), opts);
    expect(again.moves).toEqual([]);
    expect(again.skipped.filter((s) => s.id).map((s) => [s.from, s.id])).toEqual(first.moves.map((m) => [m.from, `${m.id}/index`]));
  });
});

describe('planMove: Hugo translations by content directory and by file name of a single file', () => {
  // Shaped like a real Hugo site with `contentDir = "content/en"` and `"content/zh-cn"`: the same
  // relative path in each language folder is one post in two languages. Before, the Chinese
  // version came in as `<name>-2`, "another file of the folder", and the two pages linked nothing.
  const key = (text: string) => /^translationKey: (.*)$/m.exec(text)?.[1];
  const post = (title: string) => `---\ntitle: "${title}"\ndate: 2026-07-25T10:00:00+08:00\n---\n\nText.\n`;
  const byDir = [
    { path: 'content/en/_index.md', text: '---\ntitle: Home\n---\n' },
    { path: 'content/en/posts/kelly-sizing.md', text: post('Sizing with Kelly') },
    { path: 'content/en/posts/only-english.md', text: post('Only in English') },
    { path: 'content/zh-cn/posts/kelly-sizing.md', text: post('凯利公式与仓位') },
    { path: 'content/zh-cn/posts/only-chinese.md', text: post('只有中文') },
  ];

  test('the same path under two language folders is one post: the second language takes -<lang>, both get a translationKey, EN and 中文 notes', () => {
    const plan = planMove(byDir, [], { ...opts, folder: 'content' });
    expect(plan.moves.map((m) => [m.from, m.id, key(m.text)])).toEqual([
      ['content/en/posts/kelly-sizing.md', '2026/kelly-sizing', 'posts/kelly-sizing'],
      ['content/en/posts/only-english.md', '2026/only-english', undefined],
      ['content/zh-cn/posts/kelly-sizing.md', '2026/kelly-sizing-zh-cn', 'posts/kelly-sizing'],
      ['content/zh-cn/posts/only-chinese.md', '2026/only-chinese', undefined],
    ]);
    expect(plan.moves[2]!.notes).toEqual([
      { en: 'a translation (zh-cn) of the post of content/en/posts/kelly-sizing.md, so it is 2026/kelly-sizing-zh-cn', zh: '它是 content/en/posts/kelly-sizing.md 那篇文章的 zh-cn 译文，因此保存为 2026/kelly-sizing-zh-cn' },
    ]);
    // Imported from the folder itself (no folder given), or its absolute path: the same keys.
    expect(planMove(byDir.map((f) => ({ ...f, path: f.path.slice('content/'.length) })), [], opts).moves.map((m) => key(m.text))).toEqual(['posts/kelly-sizing', undefined, 'posts/kelly-sizing', undefined]);
    const abs = planMove(byDir.map((f) => ({ ...f, path: `/home/echo/site/${f.path}` })), [], { ...opts, folder: '/home/echo/site/content/' });
    expect(abs.moves.map((m) => key(m.text))).toEqual(['posts/kelly-sizing', undefined, 'posts/kelly-sizing', undefined]);
    // A re-run skips both.
    expect(planMove(byDir, plan.moves.map((m) => m.id), { ...opts, folder: 'content' }).moves).toEqual([]);
  });

  test('language folders deeper in the imported one (Hexo source/ holding _posts/en and _posts/zh-cn) pair the same way', () => {
    const hexo = [
      { path: 'source/_posts/en/kelly.md', text: post('Kelly') },
      { path: 'source/_posts/zh-cn/kelly.md', text: post('凯利') },
      { path: 'source/_posts/zh-cn/only.md', text: post('只有中文') },
    ];
    const plan = planMove(hexo, [], { ...opts, folder: 'source' });
    expect(plan.moves.map((m) => [m.id, key(m.text)])).toEqual([
      ['2026/kelly', '_posts/kelly'],
      ['2026/kelly-zh-cn', '_posts/kelly'],
      ['2026/only', undefined],
    ]);
  });

  test('folders that are not languages (go/, js/), or language folders sharing no path, are not translations', () => {
    const notLangs = planMove([{ path: 'go/tips.md', text: post('Go tips') }, { path: 'js/tips.md', text: post('JS tips') }], [], opts);
    expect(notLangs.moves.map((m) => [m.id, key(m.text)])).toEqual([['2026/tips', undefined], ['2026/tips-2', undefined]]);
    // ml/ (Malayalam) and cs/ (Czech) of an English blog on machine learning and computer science: same names, one language.
    const topics = planMove([{ path: 'ml/intro.md', text: post('Intro to ML') }, { path: 'cs/intro.md', text: post('Intro to CS') }], [], opts);
    expect(topics.moves.map((m) => [m.id, key(m.text)])).toEqual([['2026/intro', undefined], ['2026/intro-2', undefined]]);
    const apart = planMove([{ path: 'en/a.md', text: post('A') }, { path: 'zh/b.md', text: post('乙') }], [], opts);
    expect(apart.moves.map((m) => [m.id, key(m.text)])).toEqual([['2026/a', undefined], ['2026/b', undefined]]);
  });

  test('x.zh.md beside x.md (or x.en.md) is its translation; a lone x.ml.md, or one beside x.md in the same language, is left as it was', () => {
    const plan = planMove(
      [
        { path: 'posts/kelly.md', text: post('Kelly') },
        { path: 'posts/kelly.zh.md', text: post('凯利') },
        { path: 'posts/regime.en.md', text: post('Regimes') },
        { path: 'posts/regime.zh-cn.md', text: post('市场状态') },
        { path: 'posts/notes.ml.md', text: post('Notes on ML') },
        // Beside a post in the same language: notes on machine learning, not a Malayalam version.
        { path: 'posts/week.md', text: post('Weekly notes') },
        { path: 'posts/week.ml.md', text: post('Weekly notes on ML') },
      ],
      [],
      opts,
    );
    expect(plan.moves.map((m) => [m.id, key(m.text)])).toEqual([
      ['2026/kelly', 'posts/kelly'],
      ['2026/kelly-zh', 'posts/kelly'],
      ['2026/notes-ml', undefined],
      ['2026/regime', 'posts/regime'],
      ['2026/regime-zh-cn', 'posts/regime'],
      ['2026/week', undefined],
      ['2026/week-ml', undefined],
    ]);
    expect(plan.moves[1]!.notes.map((n) => n.en)).toEqual(['a translation (zh) of the post of posts/kelly.md, so it is 2026/kelly-zh']);
  });
});

describe('planMove: the Chinese folder imported after the English one', () => {
  // A real Hugo site imported one language folder at a time (content/en/posts, then
  // content/zh-cn/posts, often into another channel): every Chinese post has its English twin's
  // file name and date, so all 42 were skipped as "already there, not overwritten".
  const zh = { path: 'zh-cn/posts/kelly-sizing.md', text: '---\ntitle: 凯利公式与仓位\ndate: 2026-07-25T10:00:00+08:00\n---\n\n凯利公式告诉你下注的比例，但它需要准确的收益预测。\n' };
  const key = (text: string) => /^translationKey: (.*)$/m.exec(text)?.[1];

  test('a post at the address in the other language is another post: this one takes -<lang>, with a note saying how to link them, EN and 中文', () => {
    const known = new Map<string, { title: string; publishedAt: string; lang: 'en' | 'zh' }>([['2026/kelly-sizing', { title: 'Sizing with Kelly', publishedAt: '2026-07-25T10:00:00+08:00', lang: 'en' }]]);
    const plan = planMove([zh], known.keys(), opts, known);
    expect(plan.skipped).toEqual([]);
    expect(plan.moves.map((m) => [m.id, key(m.text)])).toEqual([['2026/kelly-sizing-zh', undefined]]);
    expect(plan.moves[0]!.notes[0]).toEqual({
      en: '2026/kelly-sizing is another post, in English ("Sizing with Kelly"), so this one is 2026/kelly-sizing-zh: if it is its translation, give both the same translationKey to link them',
      zh: '2026/kelly-sizing 是另一篇英文文章（“Sizing with Kelly”），因此这一篇保存为 2026/kelly-sizing-zh：如果两篇互为译文，请给它们写上相同的 translationKey',
    });
    // Run again: the -zh post is this one, skipped.
    const again = new Map([...known, ['2026/kelly-sizing-zh', { title: '凯利公式与仓位', publishedAt: '2026-07-25T10:00:00+08:00', lang: 'zh' as const }]]);
    const rerun = planMove([zh], again.keys(), opts, again);
    expect(rerun.moves).toEqual([]);
    expect(rerun.skipped.map((s) => s.id)).toEqual(['2026/kelly-sizing-zh']);
  });

  test('linked at once when the post there names a translationKey; the same language there is still the same post', () => {
    const keyed = new Map([['2026/kelly-sizing', { title: 'Sizing with Kelly', publishedAt: '2026-07-25T10:00:00+08:00', lang: 'en' as const, translationKey: 'kelly' }]]);
    const plan = planMove([zh], keyed.keys(), opts, keyed);
    expect(plan.moves.map((m) => [m.id, key(m.text)])).toEqual([['2026/kelly-sizing-zh', 'kelly']]);
    expect(plan.moves[0]!.notes[0]!.en).toBe('2026/kelly-sizing is its English version ("Sizing with Kelly"), so this one is 2026/kelly-sizing-zh, linked to it by translationKey: kelly');
    const sameLang = new Map([['2026/kelly-sizing', { title: '凯利公式', publishedAt: '2026-07-25T10:00:00+08:00', lang: 'zh' as const }]]);
    expect(planMove([zh], sameLang.keys(), opts, sameLang).skipped.map((s) => s.id)).toEqual(['2026/kelly-sizing']);
  });
});

describe('planMove: a post already at the address', () => {
  const bundle = { path: 'posts/red-braised-pork/index.md', text: '---\ntitle: My mother’s red-braised pork\ndate: 2026-09-20 10:00:00\n---\n\n![](pork.jpg)\n' };

  test('another post there (title and date both differ) numbers the moved one, with a note naming it, EN and 中文', () => {
    const known = new Map([['2026/red-braised-pork', { title: 'Red-braised pork', publishedAt: '2026-09-01T09:00:00+08:00' }]]);
    const plan = planMove([bundle], known.keys(), opts, known);
    expect(plan.moves.map((m) => m.id)).toEqual(['2026/red-braised-pork-2']);
    expect(plan.skipped).toEqual([]);
    expect(plan.moves[0]!.notes[0]).toEqual({
      en: '2026/red-braised-pork is another post ("Red-braised pork"), so this one is 2026/red-braised-pork-2',
      zh: '2026/red-braised-pork 是另一篇文章（“Red-braised pork”），因此这一篇保存为 2026/red-braised-pork-2',
    });
    // Run again: the numbered copy is this post, skipped.
    const again = new Map([...known, ['2026/red-braised-pork-2/index', { title: 'My mother’s red-braised pork', publishedAt: '2026-09-20 10:00:00' }]]);
    const rerun = planMove([bundle], again.keys(), opts, again);
    expect(rerun.moves).toEqual([]);
    expect(rerun.skipped.map((s) => s.id)).toEqual(['2026/red-braised-pork-2/index']);
  });

  test('the same post moved before (same title, or same date after a retitle) is skipped, never written twice', () => {
    for (const post of [
      { title: 'My mother’s red-braised pork', publishedAt: '2025-01-01' },
      { title: 'Retitled in the studio', publishedAt: '2026-09-20T10:00:00+08:00' },
      { title: 'Retitled', publishedAt: new Date('2026-09-20T02:00:00Z') },
    ]) {
      const known = new Map([['2026/red-braised-pork/index', post]]);
      const plan = planMove([bundle], known.keys(), opts, known);
      expect(plan.moves).toEqual([]);
      expect(plan.skipped.map((s) => s.id)).toEqual(['2026/red-braised-pork/index']);
    }
  });
});

describe('planMove: Hugo figure shortcodes', () => {
  test('are converted, said per file and counted for the summary, EN and 中文', () => {
    const text = '---\ntitle: FROGSBORO\ndate: 2022-04-17\n---\n\n{{< figure src="top.jpg" caption="Completed PCB, top view." alt="The board." >}}\n\n{{< figure src="falls.png#center" alt="Falls" title="Falls" width="300" >}}\n';
    const [move] = planMove([{ path: 'posts/frogsboro/index.md', text }], [], opts).moves;
    expect(move!.text).toContain('\n![The board.](top.jpg)\\\n*Completed PCB, top view.*\n\n![Falls](falls.png#center)\n');
    expect(move!.converted).toEqual({ noteBoxes: 0, assetTags: 0, figures: 2 });
    expect(move!.notes).toEqual([{
      en: '2 Hugo {{< figure >}} shortcodes are now Markdown images (one had a width or height, which Markdown has not: dropped)',
      zh: '2 个 Hugo {{< figure >}} 短代码已改为 Markdown 图片（其中 1 个的宽度或高度已去掉：Markdown 没有这一项）',
    }]);
    const summary = folderSummary({ files: 1, written: 1, already: 0, failed: 0, figures: 2 }, { channel: 'blog', dryRun: false });
    expect(summary.en).toBe('imported 1 of 1 Markdown file into "blog"; converted 2 Hugo figure shortcodes to Markdown (see above)');
    expect(summary.zh).toBe('已把 1 个 Markdown 文件中的 1 个导入渠道 "blog"；已把 2 个 Hugo figure 短代码改为 Markdown（见上文）');
  });
});

describe("Jekyll's link tags in moved posts", () => {
  test('post_url finds a post in a folder of _posts by its name with or without that folder; a tag in code stays as written', () => {
    const files = [
      { path: 'site/_posts/2020-01-01-a.md', text: '---\ntitle: A\n---\n\n[b]({% post_url 2021-02-03-b %}), [c]({%- post_url /sub/2021-02-03-b -%}) and `{% post_url 2021-02-03-b %}`.\n\n```liquid\n{% link _posts/2020-01-01-a.md %}\n```\n' },
      { path: 'site/_posts/sub/2021-02-03-b.md', text: '---\ntitle: B\n---\n\n[a]({% link _posts/2020-01-01-a.md %})\n' },
    ];
    const plan = planMove(files, [], { ...opts, folder: 'site/_posts', siteRoot: 'site' });
    expect(splitFrontmatter(plan.moves[0]!.text, 'a.md').body).toBe('\n[b](/posts/2021/b/), [c](/posts/2021/b/) and `{% post_url 2021-02-03-b %}`.\n\n```liquid\n{% link _posts/2020-01-01-a.md %}\n```\n');
    expect(splitFrontmatter(plan.moves[1]!.text, 'b.md').body).toBe('\n[a](/posts/2020/a/)\n');
  });
});

describe('a Jekyll collection whose permalink has the date', () => {
  test('its documents without a date get no alias, and one warning says how many and why', () => {
    const site = { generator: 'jekyll' as const, collection: { label: 'notes', listed: true, output: true, permalink: '/:collection/:year/:name/' } };
    const plan = planMove([{ path: 'a.md', text: '---\ntitle: A\n---\nText.\n' }, { path: 'b.md', text: '---\ntitle: B\ndate: 2024-05-06\n---\nText.\n' }], [], { ...opts, site });
    expect(plan.moves[1]!.text).toContain('aliases: [/notes/2024/b/]');
    expect(plan.warnings.map((w) => w.en)).toEqual(["1 post gets no alias of its old address: the old site's permalink uses :year, which its frontmatter gives no date for (Jekyll used the time of the build); add its old path to aliases: by hand to keep old links working"]);
  });
});

// A real Hexo blog (mushanshitiancai/hexo-blog) writes every date `2016-02-22 14:58:59`: its
// site read it in its _config.yml's timezone, the import in the channel's.
describe('planMove: times without a UTC offset, read in the old site zone', () => {
  const jekyll = { generator: 'jekyll' as const, timeZone: { zone: 'Asia/Shanghai', key: 'timezone', file: '_config.yml' } };
  const files = [
    { path: '2014-02-22-a.md', text: '---\ntitle: A\ndate: 2014-02-22 10:30:00\nlast_modified_at: 2014-3-1 8:00\n---\nText.\n' },
    { path: '2014-02-23-b.md', text: '---\ntitle: B\ndate: 2014-02-23\nupdated: 2014-02-24T09:00:00+01:00\n---\nText.\n' },
    { path: '2014-02-25-c.md', text: '---\ntitle: C\ndate: 2014-02-25 23:30:00\n---\nText.\n' },
  ];

  test("writes them with the offset of the zone the site's config names, said once; a plain day and a time with an offset stay as written", () => {
    const plan = planMove(files, [], { ...opts, site: jekyll });
    const [a, b, c] = plan.moves;
    expect(a!.text).toContain('date: 2014-02-22T10:30:00+08:00\nlast_modified_at: 2014-03-01T08:00+08:00\n');
    // The one-digit repair says what is written now; the offset alone adds no line per post.
    expect(a!.notes.map((n) => n.en)).toEqual(['last_modified_at: 2014-3-1 8:00 is now 2014-03-01T08:00+08:00']);
    expect(parsePostText(a!.text, a!.id, 'a.md').data).toMatchObject({ publishedAt: '2014-02-22T10:30:00+08:00', updatedAt: '2014-03-01T08:00+08:00' });
    expect(b!.text).toContain('date: 2014-02-23\nupdated: 2014-02-24T09:00:00+01:00\n');
    expect(c!.text).toContain('date: 2014-02-25T23:30:00+08:00\n');
    expect(c!.notes).toEqual([]);
    // Its day, its folder and its old address are the day as written.
    expect(c!.id).toBe('2014/c');
    expect(c!.text).toContain('aliases: [/2014/02/25/c.html]');
    expect(plan.warnings).toEqual([
      {
        en: "2 posts give times without a UTC offset (date: 2014-02-22 10:30:00): read in Asia/Shanghai, the old site's time zone (timezone: in _config.yml), as Jekyll read them; written with the offset, e.g. 2014-02-22T10:30:00+08:00",
        zh: '2 篇文章的时间没有写 UTC 偏移（date: 2014-02-22 10:30:00）：按旧网站的时区 Asia/Shanghai（_config.yml 中的 timezone:）读取，与 Jekyll 一致；已写上偏移，例如 2014-02-22T10:30:00+08:00',
      },
    ]);
  });

  // Hugo with no timeZone read them as Etc/UTC and showed them as written: written as UTC, a
  // Shanghai evening's post showed on the next day here.
  test("keeps a Hugo site's times as written when its config names no timeZone (Hugo showed them so), and says how to read them as UTC", () => {
    const plan = planMove([{ path: 'a.md', text: '---\ntitle: A\ndate: 2015-02-18T21:30:00\nlastmod: 2015-03-01T10:00:00\n---\nText.\n' }], [], { ...opts, site: { generator: 'hugo' }, channelZone: 'Asia/Shanghai' });
    expect(plan.moves[0]!.text).toContain('date: 2015-02-18T21:30:00\nlastmod: 2015-03-01T10:00:00\n');
    expect(plan.warnings.map((w) => w.en)).toEqual([
      "1 post gives a time without a UTC offset (date: 2015-02-18T21:30:00): Hugo read them as UTC (the old site's config names no timeZone, and Hugo's default is Etc/UTC) and its pages showed them as written; they are read in the blog channel's time zone (Asia/Shanghai) as written, so each post keeps the day and time its old page showed; if they meant UTC, set timeZone = \"Etc/UTC\" in the old site's config, remove these posts (content/posts/2015/a.md) and import again",
    ]);
    expect(plan.warnings[0]!.zh).toContain('请在旧网站的配置里写上 timeZone = "Etc/UTC"，删掉这些文章（content/posts/2015/a.md）后重新导入');
  });

  test('keeps them as written (read in the channel zone) when a Jekyll or Hexo site names no zone, or one that is none, and says so once', () => {
    const none = planMove(files, [], { ...opts, site: { generator: 'hexo' } });
    expect(none.moves.map((m) => m.text).join('')).not.toMatch(/\+08:00/);
    expect(none.moves[0]!.text).toContain('date: 2014-02-22 10:30:00\nlast_modified_at: 2014-03-01 08:00\n');
    expect(none.warnings.map((w) => w.en)).toEqual([
      "2 posts give times without a UTC offset (date: 2014-02-22 10:30:00), and the old site's _config.yml names no timezone (Hexo read them in the zone of the computer that built the site): they are read in the blog channel's time zone; if the site was built in another, set timezone: in its _config.yml (an IANA name, e.g. Asia/Shanghai), remove these posts (content/posts/2014/a.md, content/posts/2014/c.md) and import again",
    ]);
    expect(none.warnings[0]!.zh).toContain('按“blog”渠道的时区读取');
    const wrong = planMove(files, [], { ...opts, site: { generator: 'jekyll', timeZone: { zone: 'CST', key: 'timezone', file: '_config.yml' } } });
    expect(wrong.moves[2]!.text).toContain('date: 2014-02-25 23:30:00\n');
    expect(wrong.warnings.map((w) => w.en)).toEqual([
      "2 posts give times without a UTC offset (date: 2014-02-22 10:30:00), and the old site's _config.yml names timezone: CST, which is no IANA time zone name: they are read in the blog channel's time zone; to read them in the old site's, write its IANA name there (e.g. Asia/Shanghai), remove these posts (content/posts/2014/a.md, content/posts/2014/c.md) and import again",
    ]);
    // A folder of no known site: as before, and nothing said.
    const loose = planMove(files, [], opts);
    expect(loose.moves[0]!.text).toContain('date: 2014-02-22 10:30:00\n');
    expect(loose.warnings).toEqual([]);
  });
});

// A Jekyll blog written in Shanghai moved to a New York channel (hh54188/jekyll-blog's
// `date: 2014-02-24 06:00:00`): its page, feeds and calendar showed 23 Feb, its old address the 24th.
describe('planMove: a moved time that falls on another day in the channel zone', () => {
  const jekyll = { generator: 'jekyll' as const, timeZone: { zone: 'Asia/Shanghai', key: 'timezone', file: '_config.yml' } };
  const files = [
    { path: '2014-02-22-a.md', text: '---\ntitle: A\ndate: 2014-02-22 18:30:00\n---\nText.\n' },
    { path: '2014-02-24-b.md', text: '---\ntitle: B\ndate: 2014-02-24 06:00:00\n---\nText.\n' },
    { path: '2014-02-25-c.md', text: '---\ntitle: C\ndate: 2014-02-25\n---\nText.\n' },
    { path: '2014-02-26-d.md', text: '---\ntitle: D\ndate: 2014-02-26 07:00:00\n---\nText.\n' },
    // Its own offset: the author chose it; not the old site's zone at work.
    { path: '2014-02-27-e.md', text: '---\ntitle: E\ndate: 2014-02-27T06:00:00+08:00\n---\nText.\n' },
  ];

  test('counts the posts whose day moves, names the first with both days, and says how to keep the old days', () => {
    const plan = planMove(files, [], { ...opts, site: jekyll, channelZone: 'America/New_York' });
    expect(plan.warnings).toHaveLength(1);
    const note = plan.warnings[0]!;
    expect(note.en).toMatch(/^3 posts give times without a UTC offset \(date: 2014-02-22 18:30:00\): read in Asia\/Shanghai/);
    expect(note.en).toContain("; 2 of them fall on another day in the blog channel's time zone (America/New_York), where its pages, feeds, calendar and streaks place each post (date: 2014-02-24 06:00:00 is 2014-02-24 there and 2014-02-23 here); to keep the old site's days, set the channel's timezone to Asia/Shanghai in content/planner.json");
    expect(note.zh).toContain('其中 2 篇在“blog”渠道的时区（America/New_York）里落在另一天');
    expect(note.zh).toContain('date: 2014-02-24 06:00:00 在旧网站是 2014-02-24，在这里是 2014-02-23');
    // The posts themselves are written as before: the instant the old site meant.
    expect(plan.moves[1]!.text).toContain('date: 2014-02-24T06:00:00+08:00\n');
  });

  test('says nothing of days when every day stays, the zones are the same, or no channel zone is given', () => {
    const same = planMove(files, [], { ...opts, site: jekyll, channelZone: 'Asia/Shanghai' });
    const east = planMove(files, [], { ...opts, site: jekyll, channelZone: 'Asia/Tokyo' });
    const none = planMove(files, [], { ...opts, site: jekyll });
    for (const plan of [same, east, none]) {
      expect(plan.warnings).toHaveLength(1);
      expect(plan.warnings[0]!.en).not.toContain('another day');
      expect(plan.warnings[0]!.zh).not.toContain('另一天');
    }
  });

  test('a file giving both date: and publishedAt: is judged by the one it is published at', () => {
    const both = [{ path: 'x.md', text: '---\ntitle: X\ndate: 2014-02-24 06:00:00\npublishedAt: 2014-02-24 20:00:00\n---\nText.\n' }];
    const plan = planMove(both, [], { ...opts, site: jekyll, channelZone: 'America/New_York' });
    expect(parsePostText(plan.moves[0]!.text, plan.moves[0]!.id, 'x.md').data.publishedAt).toBe('2014-02-24T20:00:00+08:00');
    expect(plan.warnings[0]!.en).not.toContain('another day');
  });
});

describe('siteZoneOf', () => {
  const named = (zone: string) => siteZoneOf({ generator: 'hexo', timeZone: { zone, key: 'timezone', file: '_config.yml' } });
  test.each(['Asia/Shanghai', 'Japan', 'UTC', 'America/New_York'])('%s is an IANA name: read in it', (zone) => {
    expect(named(zone)).toMatchObject({ zone });
  });
  // Intl takes Java's CST (America/Chicago) and IST (Asia/Kolkata); Ruby, moment-timezone and Go do not.
  test.each(['CST', 'IST', 'GMT+8', '+08:00', 'Beijing'])('%s is none: the zone is unknown', (zone) => {
    expect(named(zone)).toEqual({ generator: 'Hexo', unknown: true, named: { zone, key: 'timezone', file: '_config.yml' } });
  });
  test('no zone named: as written for Hugo, unknown for Jekyll and Hexo; nothing for an Astro project or no site', () => {
    expect(siteZoneOf({ generator: 'hugo' })).toEqual({ generator: 'Hugo', asWritten: 'hugo' });
    expect(siteZoneOf({ generator: 'jekyll' })).toEqual({ generator: 'Jekyll', unknown: true });
    expect(siteZoneOf({ generator: 'astro', routes: {} })).toBeUndefined();
    expect(siteZoneOf(undefined)).toBeUndefined();
  });
});

// A real Jekyll blog (hh54188/jekyll-blog, Minimal Mistakes' `modified:`) gives 122 posts their
// last change: the import read none of them.
describe("planMove: Jekyll's last_modified_at and modified are the post's updatedAt", () => {
  test('reads them as updatedAt, a one-digit part repaired; a modified: that is no date is left alone', () => {
    const plan = planMove(
      [
        { path: '2014-01-20-a.md', text: '---\ntitle: A\nmodified: 2013-1-20\n---\nText.\n' },
        { path: '2016-03-09-b.md', text: '---\ntitle: B\nlast_modified_at: 2016-03-09 13:20:00 -0500\n---\nText.\n' },
        { path: '2016-03-10-c.md', text: '---\ntitle: C\nmodified: true\n---\nText.\n' },
      ],
      [],
      opts,
    );
    const [a, b, c] = plan.moves;
    expect(a!.text).toContain('modified: 2013-01-20\n');
    expect(parsePostText(a!.text, a!.id, 'a.md').data.updatedAt).toBe('2013-01-20');
    expect(parsePostText(b!.text, b!.id, 'b.md').data.updatedAt).toBe('2016-03-09T13:20:00-05:00');
    expect(c!.text).toContain('modified: true\n');
    expect(c!.notes).toEqual([]);
    expect(parsePostText(c!.text, c!.id, 'c.md').data.updatedAt).toBeUndefined();
  });
});
