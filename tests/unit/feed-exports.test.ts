import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { planImport } from '../../src/core/feed/import-plan.ts';
import { readImportSource } from '../../src/core/feed/read-source.ts';
import { skippedText, statusKind, typeKind } from '../../src/core/feed/skipped.ts';
import { zipFolder } from '../support/zip-folder.ts';

const FEEDS = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));
const none = { ids: [], urls: [], guids: [] };
const read = (name: string) => readImportSource({ bytes: readFileSync(join(FEEDS, name)) }, name);

describe('WordPress export (WXR)', () => {
  const doc = read('wordpress-export.xml');

  test('is detected from the file and keeps only posts, counting pages, attachments and menu items', () => {
    expect(doc.format).toBe('wordpress');
    expect(doc.entries.map((e) => e.title)).toEqual(['Grandma’s noodles & broth', 'Next week: dumplings', 'Half-written thoughts', 'Waiting for review', 'My private diary']);
    expect(doc.skipped).toEqual([
      { kind: 'page', count: 1 },
      { kind: 'attachment', count: 1 },
      { kind: 'menu item', count: 1 },
    ]);
  });

  test('publishes only publish posts; draft and pending are drafts, future is scheduled with its date, private is a draft with a warning', () => {
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published', language: doc.language, pillarMap: new Map([['recipes', 'recipes']]) });
    expect(plan.drafts.map((d) => [d.frontmatter.title, d.frontmatter.status, d.frontmatter.plannedFor, d.frontmatter.publishedAt])).toEqual([
      ['Grandma’s noodles & broth', 'published', undefined, '2024-03-01T08:57:00+08:00'],
      ['Next week: dumplings', 'scheduled', '2026-12-07', undefined],
      ['Half-written thoughts', 'draft', undefined, undefined],
      ['Waiting for review', 'draft', undefined, undefined],
      ['My private diary', 'draft', undefined, undefined],
    ]);
    expect(plan.warnings.map((w) => w.en)).toEqual(['entry 5 "My private diary": a private post: imported as a draft, never published']);
    expect(plan.drafts[0]!.frontmatter).toMatchObject({
      aliases: ['/2024/03/grandmas-noodles/'],
      tags: ['Recipes', 'noodles'],
      pillar: 'recipes',
      description: 'Three days, one bowl.',
    });
    expect(plan.drafts[0]!.body).toContain('[by hand](https://meikitchen.example.com/technique/)');
    expect(plan.drafts[0]!.body).toContain('![Noodles](https://meikitchen.example.com/wp-content/uploads/2024/03/noodles.jpg)');
    // The site moves here: its permalink is this site's address once moved, not one off-site.
    expect(plan.drafts.every((d) => d.frontmatter.url === undefined)).toBe(true);
    // Only the published post was served at its permalink (the private one's /2025/05/diary/ never was).
    expect(plan.drafts.slice(1).every((d) => d.frontmatter.aliases === undefined)).toBe(true);
  });
});

test('a published post keeps its plain permalink (?p=N) as url', () => {
  const wxr = readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8').replace('https://meikitchen.example.com/2024/03/grandmas-noodles/', 'https://meikitchen.example.com/?p=11');
  const doc = readImportSource({ bytes: new TextEncoder().encode(wxr) }, 'plain.xml');
  expect(doc.entries[0]!.url).toBe('https://meikitchen.example.com/?p=11');
});

test('a published post without <link> takes its guid permalink as url', () => {
  const wxr = readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8').replace('<link>https://meikitchen.example.com/2024/03/grandmas-noodles/</link>', '');
  expect(readImportSource({ bytes: new TextEncoder().encode(wxr) }, 'nolink.xml').entries[0]!.url).toBe('https://meikitchen.example.com/?p=11');
});

// WordPress's theme unit test data: "Post Format: Image" repeats another post's guid (?p=568) with its own
// wp:post_id and <link>, and was skipped as "an earlier entry has the same guid".
test('two posts sharing a guid but not a post id are both imported, and a re-run skips both', () => {
  const wxr = readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8').replace('<guid isPermaLink="false">https://meikitchen.example.com/?p=12</guid>', '<guid isPermaLink="false">https://meikitchen.example.com/?p=11</guid>');
  const doc = readImportSource({ bytes: new TextEncoder().encode(wxr) }, 'dup.xml');
  const guids = doc.entries.map((e) => e.guid);
  expect(new Set(guids).size).toBe(guids.length);
  expect(guids[0]).toBe('https://meikitchen.example.com/?p=11');
  expect(guids[1]).toBe('https://meikitchen.example.com/?p=11#wp-post-12');
  const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published', language: doc.language });
  expect(plan.warnings.map((w) => w.en).filter((w) => /same guid/.test(w))).toEqual([]);
  expect(plan.drafts).toHaveLength(doc.entries.length);
  // Read again from the same export, the guids are the same: every post is known.
  const again = readImportSource({ bytes: new TextEncoder().encode(wxr) }, 'dup.xml');
  const known = { ids: plan.drafts.map((d) => d.id), urls: [], guids: plan.drafts.map((d) => String(d.frontmatter.guid)) };
  expect(planImport(again.entries, known, { channel: 'blog', status: 'published', language: again.language }).alreadyImported).toBe(doc.entries.length);
});

describe("WordPress code shortcodes (SyntaxHighlighter Evolved, WordPress.com's [code] and [sourcecode])", () => {
  // mythz_blog's WXR (trial of 2026-12-04): 41 [csharp]…[/csharp] blocks came in as one
  // paragraph each, every line break lost and shown as \[csharp\] … \[/csharp\].
  const post = (content: string) =>
    readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8').replace(/<content:encoded><!\[CDATA\[[\s\S]*?\]\]><\/content:encoded>/, `<content:encoded><![CDATA[${content}]]></content:encoded>`);
  const body = (content: string) => {
    const doc = readImportSource({ bytes: new TextEncoder().encode(post(content)) }, 'wp.xml');
    return planImport(doc.entries.slice(0, 1), none, { channel: 'blog', status: 'published', language: doc.language }).drafts[0]!.body;
  };

  test('[csharp]…[/csharp] becomes fenced code with its lines, entities decoded once (as the blog showed them)', () => {
    const out = body('Uses POCOs:\n\n[csharp]\npublic class Handler : IService&lt;GetFactorial&gt;\n{\n    return n &gt; 1 ? n * F(n - 1) : 1;\n    var s = &quot;x&quot;; client.Send&amp;lt;T&amp;gt;(r);\n}\n[/csharp]\n\nDone.');
    expect(out).toContain('```csharp\npublic class Handler : IService<GetFactorial>\n{\n    return n > 1 ? n * F(n - 1) : 1;\n    var s = "x"; client.Send&lt;T&gt;(r);\n}\n```');
    expect(out).toContain('Uses POCOs:');
    expect(out).toContain('Done.');
    expect(out).not.toContain('[csharp');
  });

  test('[sourcecode language="python"], [code lang=js] and a raw < in the code; an unknown [tag] stays text', () => {
    expect(body('[sourcecode language="python" light="true"]\nif a < b:\n    pass\n[/sourcecode]')).toContain('```python\nif a < b:\n    pass\n```');
    expect(body('[code lang=js]\nlet a = [1, 2];\n[/code]')).toContain('```javascript\nlet a = [1, 2];\n```');
    expect(body('[javascript]\nx()\n[/javascript]')).toContain('```javascript\nx()\n```');
    expect(body('I am [mythz] on [twitter].')).not.toContain('```');
  });
});

describe('WordPress classic-editor content (paragraphs as blank lines, wpautop) and [caption]', () => {
  // mythz_blog's WXR (trial of 2026-12-04): 24 of its 29 posts hold no <p>; each came in as one
  // paragraph, and its [caption] shortcodes as text around the images.
  const post = (content: string) =>
    readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8').replace(/<content:encoded><!\[CDATA\[[\s\S]*?\]\]><\/content:encoded>/, `<content:encoded><![CDATA[${content}]]></content:encoded>`);
  const body = (content: string) => {
    const doc = readImportSource({ bytes: new TextEncoder().encode(post(content)) }, 'wp.xml');
    return planImport(doc.entries.slice(0, 1), none, { channel: 'blog', status: 'published', language: doc.language }).drafts[0]!.body;
  };

  test('blank lines are paragraphs and a newline in one is a line break, as WordPress shows them; block-editor content is left as written', () => {
    const out = body('<h3>Screenshots</h3>\nBefore we start, some screenshots:\nNote: try it live.\n\nSecond paragraph.\n<ul>\n<li>one</li>\n</ul>\nAfter the list.');
    expect(out).toBe('### Screenshots\n\nBefore we start, some screenshots:  \nNote: try it live.\n\nSecond paragraph.\n\n-   one\n\nAfter the list.');
    expect(body('<!-- wp:paragraph -->\n<p>One\ntwo</p>\n<!-- /wp:paragraph -->')).toBe('One two');
  });

  test('[caption] becomes the image with its caption under it, both the caption="" and the text-after-the-image forms', () => {
    const old = body('Look:\n\n[caption id="attachment_399" align="alignnone" width="502" caption="Admin tab showing redis info"]<a href="http://x.org/a.png"><img src="http://x.org/a.png" alt="" width="502" /></a>[/caption]\n\nAfter.');
    expect(old).not.toContain('caption');
    expect(old).toContain('[![](http://x.org/a.png)](http://x.org/a.png)');
    expect(old).toContain('Admin tab showing redis info');
    const modern = body('[caption id="attachment_7" align="aligncenter" width="300"]<img src="http://x.org/b.png" alt="b" /> The harbour at dawn[/caption]');
    expect(modern).toContain('![b](http://x.org/b.png)');
    expect(modern).toContain('The harbour at dawn');
    expect(modern).not.toContain('[caption');
  });
});

describe('WordPress media shortcodes ([gallery], [audio], [video], [playlist], [embed])', () => {
  // The theme unit test export (trial of 2026-12-06): "Post Format: Gallery" showed ten
  // `\[gallery columns="1"\]` lines, drawn as formulas, and "[audio https://…mp3]" a link
  // whose address ended in a backslash; WordPress showed the images and a player.
  const attachment = (id: number, parent: number, file: string, order: number, extra = '') =>
    `<item><title>${file}</title><wp:post_id>${id}</wp:post_id><wp:post_parent>${parent}</wp:post_parent><wp:menu_order>${order}</wp:menu_order>`
    + `<wp:post_type><![CDATA[attachment]]></wp:post_type><wp:attachment_url><![CDATA[https://x.example/up/${file}]]></wp:attachment_url>${extra}</item>`;
  const post = (content: string) =>
    readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8')
      .replace(/<content:encoded><!\[CDATA\[[\s\S]*?\]\]><\/content:encoded>/, `<content:encoded><![CDATA[${content}]]></content:encoded>`)
      .replace('</channel>', [
        attachment(30, 11, 'b.jpg', 2, '<excerpt:encoded><![CDATA[The harbour]]></excerpt:encoded><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[Boats]]></wp:meta_value></wp:postmeta>'),
        attachment(31, 11, 'a.png', 1), attachment(32, 11, 'song.mp3', 3), attachment(33, 12, 'other.jpg', 0),
      ].join('') + '</channel>');
  const body = (content: string) => {
    const doc = readImportSource({ bytes: new TextEncoder().encode(post(content)) }, 'wp.xml');
    return planImport(doc.entries.slice(0, 1), none, { channel: 'blog', status: 'published', language: doc.language }).drafts[0]!.body;
  };

  test('[gallery] shows the images attached to the post, in menu order, with alt text and captions; ids="…" picks others', () => {
    const out = body('Before.\n\n[gallery columns="2"]\n\nAfter.');
    // IMG_2041.jpg is the fixture's own attachment of this post (menu order 0).
    expect(out).toBe('Before.\n\n![](https://meikitchen.example.com/wp-content/uploads/2024/03/IMG_2041.jpg)\n\n![](https://x.example/up/a.png)\n\n![Boats](https://x.example/up/b.jpg)\n\nThe harbour\n\nAfter.');
    expect(body('[gallery columns=2 ids="33,31"]')).toBe('![](https://x.example/up/other.jpg)\n\n![](https://x.example/up/a.png)');
  });

  test('[audio], [video] and [playlist] link their file; [embed] links its address', () => {
    expect(body('[audio https://cdn.example/blues.mp3]')).toBe('[blues.mp3](https://cdn.example/blues.mp3)');
    expect(body('[audio mp3="https://cdn.example/a%20b.mp3"][/audio]')).toBe('[a b.mp3](https://cdn.example/a%20b.mp3)');
    expect(body('[audio]')).toBe('[song.mp3](https://x.example/up/song.mp3)');
    expect(body('[video width="640" mp4="https://cdn.example/v.mp4"]')).toBe('[v.mp4](https://cdn.example/v.mp4)');
    expect(body('[playlist ids="32"]')).toBe('[song.mp3](https://x.example/up/song.mp3)');
    expect(body('[embed width="500"]https://youtu.be/abc[/embed]')).toBe('[https://youtu.be/abc](https://youtu.be/abc)');
  });

  test('a media shortcode with nothing to show is dropped, as WordPress showed nothing; other [tags] stay text', () => {
    expect(body('A [gallery ids="999"] B [video] C')).toBe('A B C');
    expect(body('I am [mythz] on [twitter].')).toBe('I am \\[mythz\\] on \\[twitter\\].');
  });
});

describe('Ghost export', () => {
  const doc = read('ghost-export.json');

  test('is detected from the file and keeps posts, counting pages of both schema generations', () => {
    expect(doc.format).toBe('ghost');
    expect(doc.entries.map((e) => e.title)).toEqual(['Braising & patience', 'Draft about knives', 'Steam, scheduled', 'Newsletter only', 'Old Ghost post']);
    expect(doc.skipped).toEqual([{ kind: 'page', count: 2 }]);
  });

  test('maps status, dates (ISO and epoch ms), html, lexical and mobiledoc bodies, tags and authors', () => {
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published' });
    expect(plan.drafts.map((d) => [d.frontmatter.status, d.frontmatter.publishedAt ?? d.frontmatter.plannedFor ?? null])).toEqual([
      ['published', '2025-09-02T01:00:00.000Z'],
      ['draft', null],
      ['scheduled', '2026-12-10'],
      ['published', '2025-11-01T01:00:00.000Z'],
      ['published', '2015-03-11T12:52:29.156Z'],
    ]);
    expect(plan.drafts[0]!.frontmatter).toMatchObject({ tags: ['Recipes'], author: 'Mei Lin', description: 'Why slow wins.', guid: 'ghost:0b4c2a9e-1d1f-4a43-9d6b-2f1c1b1f0001' });
    expect(plan.drafts[0]!.body).toBe('Low heat, [long time](https://ghost.example.com/heat/). ![Pot](/content/images/pot.jpg)');
    expect(plan.drafts[1]!.body).toBe('Sharp first.\n\nThen &lt;fast>.');
    expect(plan.drafts[2]!.body).toBe('Shoot \\*against\\* dark.');
  });
});

describe('Ghost export: members and paid posts', () => {
  test('brings a post whose visibility is members, paid or tiers in as a draft, and a public one as published', () => {
    const post = (id: number, visibility: string) => ({ id: String(id), uuid: `u-${id}`, title: `Post ${visibility}`, html: '<p>Text.</p>', type: 'post', status: 'published', visibility, published_at: '2025-09-02T01:00:00.000Z' });
    const json = { db: [{ meta: { version: '5.0.0' }, data: { posts: ['public', 'members', 'paid', 'tiers'].map((v, i) => post(i + 1, v)) } }] };
    const doc = readImportSource({ bytes: new TextEncoder().encode(JSON.stringify(json)) }, 'ghost.json');
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published' });
    expect(plan.drafts.map((d) => d.frontmatter.status)).toEqual(['published', 'draft', 'draft', 'draft']);
    expect(plan.warnings.map((w) => w.en)[0]).toBe('entry 2 "Post members": not public where it was published (visibility: members): imported as a draft, never published');
  });
});

describe('Substack export (.zip)', () => {
  test('reads posts.csv and posts/<post_id>.html, publishing only is_published rows and counting pages', () => {
    const doc = readImportSource({ bytes: zipFolder('substack-export') }, 'substack.zip');
    expect(doc.format).toBe('substack');
    expect(doc.skipped).toEqual([{ kind: 'page', count: 1 }]);
    const plan = planImport(doc.entries, none, { channel: 'newsletter', status: 'published' });
    expect(plan.drafts.map((d) => [d.frontmatter.title, d.frontmatter.status, d.frontmatter.publishedAt])).toEqual([
      ['First, a letter', 'published', '2025-03-10T12:00:00.000Z'],
      ['Rough idea', 'draft', undefined],
      ['An episode', 'draft', undefined], // audience: only_paid, never published
    ]);
    expect(plan.drafts[0]!.frontmatter).toMatchObject({ description: 'On beginnings', guid: 'substack:140001.first-letter' });
    expect(plan.drafts[0]!.body).toContain('[the next one](https://mei.substack.com/p/second)');
  });

  // A paid post's export holds its whole text: published on the portfolio, it gave away what
  // paying subscribers pay for, in the pages and the feeds.
  test('brings a post for paid or subscribed readers only in as a draft, never published, saying why', () => {
    const doc = readImportSource({ bytes: zipFolder('substack-export') }, 'substack.zip');
    const plan = planImport(doc.entries, none, { channel: 'newsletter', status: 'published' });
    expect(plan.drafts.find((d) => d.frontmatter.title === 'An episode')!.frontmatter.status).toBe('draft');
    expect(plan.warnings.map((w) => w.en)).toEqual(['entry 3 "An episode": not public where it was published (audience: only_paid): imported as a draft, never published']);
    expect(plan.warnings[0]!.zh).toBe('第 3 条 "An episode"：在原发布处不公开（audience: only_paid）：作为草稿导入，不会发布');
  });

  test('finds posts.csv inside a top-level folder', () => {
    const doc = readImportSource({ bytes: zipFolder('substack-export', 'export-2026-11-30/') }, 'substack.zip');
    expect(doc.entries).toHaveLength(3);
  });
});

describe('Medium export (.zip)', () => {
  test('reads each h-entry page; draft_ files are drafts; the repeated title and subtitle leave the body', () => {
    const doc = readImportSource({ bytes: zipFolder('medium-export', 'medium-export/') }, 'medium.zip');
    expect(doc.format).toBe('medium');
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published' });
    expect(plan.drafts.map((d) => [d.frontmatter.title, d.frontmatter.status, d.frontmatter.publishedAt, d.frontmatter.url])).toEqual([
      ['Plating for the camera', 'published', '2024-06-01T09:15:42.117Z', 'https://medium.com/@mei/plating-for-the-camera-3c7869fdae53'],
      ['Unfinished sauce notes', 'draft', undefined, undefined],
    ]);
    expect(plan.drafts[0]!.frontmatter).toMatchObject({ description: 'Height, colour & a clean rim', author: 'Mei Lin' });
    expect(plan.drafts[0]!.body).not.toContain('Plating for the camera');
    expect(plan.drafts[0]!.body).toContain('Build **up**, not out.');
    expect(plan.drafts[0]!.body).toContain('![](https://cdn-images-1.medium.com/max/800/1*abc.jpeg)');
    expect(plan.drafts[0]!.body).toContain('```\nplate.lift()\n```');
  });
});

describe('a source that is none of these', () => {
  test.each([
    ['a zip of something else', () => zipSync({ 'notes.txt': new TextEncoder().encode('hi') }), /neither posts\.csv \(Substack\) nor posts\/\*\.html \(Medium\)/],
    ['a broken zip', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /this \.zip cannot be read/],
    ['broken JSON', () => new TextEncoder().encode('{"db": ['), /this is not valid JSON/],
  ])('refuses %s with a ThroughlineError naming the file', (_what, bytes, message) => {
    expect(() => readImportSource({ bytes: bytes() }, 'exports/x')).toThrow(ThroughlineError);
    expect(() => readImportSource({ bytes: bytes() }, 'exports/x')).toThrow(message);
    try {
      readImportSource({ bytes: bytes() }, 'exports/x');
    } catch (error) {
      expect((error as ThroughlineError).file).toBe('exports/x');
    }
  });
});

describe('what an export held that is not a post', () => {
  test.each([
    [{ kind: 'page', count: 1 }, '1 page', '1 个页面'],
    [{ kind: 'menu item', count: 3 }, '3 menu items', '3 个菜单项'],
    [{ kind: 'attachment', count: 2 }, '2 attachments', '2 个附件'],
    [{ kind: typeKind('product'), count: 2 }, '2 "product" items', '2 个 "product" 类型的条目'],
    [{ kind: statusKind('trash'), count: 1 }, '1 trash post', '1 篇状态为 "trash" 的文章'],
  ])('%j is named with its count in English and Chinese', (skipped, en, zh) => {
    expect(skippedText(skipped)).toEqual({ en, zh });
  });

  test('a WordPress export counts each kind it leaves out once per item, in the order first met', () => {
    const text = readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8')
      .replace('<wp:post_type><![CDATA[page]]>', '<wp:post_type><![CDATA[product]]>')
      .replaceAll(/<wp:status><!\[CDATA\[(draft|pending)\]\]>/g, '<wp:status><![CDATA[trash]]>');
    const doc = readImportSource({ bytes: new TextEncoder().encode(text) }, 'wp.xml');
    expect(doc.entries).toHaveLength(3);
    expect(doc.skipped.map(skippedText)).toEqual([
      { en: '2 trash posts', zh: '2 篇状态为 "trash" 的文章' },
      { en: '1 "product" item', zh: '1 个 "product" 类型的条目' },
      { en: '1 attachment', zh: '1 个附件' },
      { en: '1 menu item', zh: '1 个菜单项' },
    ]);
  });
});

describe('--pillar-map in every source format', () => {
  // README: "a post in one of these categories (or tags) gets that pillar". RSS <category>, Atom
  // <category term>, JSON Feed tags and Ghost tags arrive as `tags`; only WordPress used to map.
  test.each([
    ['rss-real-world.xml', 'Recipes & stories'],
    ['json-relative.json', 'Dumplings'],
    ['ghost-export.json', undefined],
    ['wordpress-export.xml', 'Recipes'],
  ])('%s: an entry whose category or tag is in the map gets that pillar', (name, category) => {
    const doc = read(name);
    const tag = category ?? doc.entries.flatMap((e) => e.tags ?? [])[0]!;
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published', language: doc.language, pillarMap: new Map([[tag.toLowerCase(), 'recipes']]) });
    const tagged = plan.drafts.filter((d) => ((d.frontmatter.tags as string[] | undefined) ?? []).some((t) => t.toLowerCase() === tag.toLowerCase()));
    expect(tagged.length).toBeGreaterThan(0);
    for (const d of tagged) expect(d.frontmatter.pillar).toBe('recipes');
  });

  test('a category of the map that no entry has is named in a warning, in both languages', () => {
    const doc = read('rss-real-world.xml');
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published', language: doc.language, pillarMap: new Map([['debugging', 'recipes']]) });
    expect(plan.drafts.some((d) => d.frontmatter.pillar)).toBe(false);
    expect(plan.warnings).toContainEqual({
      en: '--pillar-map: no entry has the category or tag "debugging", so no post got the pillar "recipes"',
      zh: '--pillar-map：没有一条带有分类或标签 "debugging"，因此没有文章得到支柱 "recipes"',
    });
  });
});

describe("a post's own image comes in as its cover", () => {
  test("WordPress: the featured image (_thumbnail_id) is its attachment's file; a post without one has none", () => {
    const meta = '<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[16]]></wp:meta_value></wp:postmeta>';
    const wxr = readFileSync(join(FEEDS, 'wordpress-export.xml'), 'utf8').replace('<wp:post_id>11</wp:post_id>', `<wp:post_id>11</wp:post_id>${meta}`);
    const doc = readImportSource({ bytes: new TextEncoder().encode(wxr) }, 'featured.xml');
    expect(doc.entries.map((e) => e.cover)).toEqual(['https://meikitchen.example.com/wp-content/uploads/2024/03/IMG_2041.jpg', undefined, undefined, undefined, undefined]);
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published' });
    expect(plan.drafts[0]!.frontmatter.cover).toBe('https://meikitchen.example.com/wp-content/uploads/2024/03/IMG_2041.jpg');
    expect(plan.drafts[1]!.frontmatter).not.toHaveProperty('cover');
  });

  test("Ghost: feature_image, its own site's __GHOST_URL__ read as a site path, as the body's images are; none when null", () => {
    const post = (id: number, feature_image: string | null) => ({ id: String(id), uuid: `u-${id}`, title: `Post ${id}`, html: '<p>Text.</p>', type: 'post', status: 'published', visibility: 'public', feature_image, published_at: '2025-09-02T01:00:00.000Z' });
    const json = { db: [{ meta: { version: '5.0.0' }, data: { posts: [post(1, '__GHOST_URL__/content/images/2025/09/bread.jpg'), post(2, 'https://images.unsplash.com/photo-1?w=2000'), post(3, null), post(4, 'javascript:alert(1)')] } }] };
    const doc = readImportSource({ bytes: new TextEncoder().encode(JSON.stringify(json)) }, 'ghost.json');
    expect(doc.entries.map((e) => e.cover)).toEqual(['/content/images/2025/09/bread.jpg', 'https://images.unsplash.com/photo-1?w=2000', undefined, undefined]);
  });
});
