import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeFeedBytes } from '../../src/core/feed/decode.ts';
import { readFeedEntries } from '../../src/core/feed/entries.ts';
import { planImport } from '../../src/core/feed/import-plan.ts';

const read = (name: string, documentUrl?: string) =>
  readFeedEntries(decodeFeedBytes(readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url)), name), name, documentUrl);
const none = { ids: [], urls: [], guids: [] };

describe('text in feeds is decoded exactly once', () => {
  test('decodes entities inside a CDATA title, a double-escaped RSS title, and names and categories', () => {
    const { entries } = read('rss-real-world.xml');
    expect(entries[0]).toMatchObject({ title: 'Grandma’s noodles & broth', author: 'Mei & Lin', tags: ['Recipes & stories'], summary: 'A bowl that took three days — worth it.' });
    expect(entries[1]!.title).toBe('Fish & chips – a love letter');
  });

  test('reads Atom html and xhtml titles as HTML and text titles as final text', () => {
    const { entries } = read('atom-xml-base.xml');
    expect(entries.map((e) => e.title)).toEqual(['Knife & board: a guide', 'Steam & light', 'Tags like &lt;b&gt; stay as written']);
    expect(entries[0]!.author).toBe('Mei & Lin');
  });

  test('decodes a JSON Feed title and author written with entities', () => {
    const { entries } = read('json-relative.json');
    expect(entries[0]).toMatchObject({ title: 'Dumpling folds — twelve of them', author: 'Mei & Lin', tags: ['recipes', 'dumplings'] });
  });
});

describe('relative addresses become absolute against the format’s base', () => {
  test('RSS: entry links and guids resolve against the channel link', () => {
    const { entries } = read('rss-real-world.xml');
    expect(entries.map((e) => e.url)).toEqual([
      'https://noodles.example.cn/blog/2026/grandmas-noodles',
      'https://noodles.example.cn/blog/2026/fish-and-chips',
      'https://noodles.example.cn/blog/2026/nonsense',
    ]);
    const [draft] = planImport(entries.slice(0, 1), none, { channel: 'blog', status: 'published' }).drafts;
    expect(draft!.body).toBe('See [about](https://noodles.example.cn/about) and ![Bowl](https://noodles.example.cn/blog/img/bowl.jpg)');
  });

  test('Atom: xml:base on the feed and the entry, over the document address', () => {
    const { entries } = read('atom-xml-base.xml', 'https://mei.example.com/feeds/atom.xml');
    expect(entries.map((e) => e.url)).toEqual([
      'https://mei.example.com/journal/2026/knife.html',
      'https://mei.example.com/journal/steam',
      'https://mei.example.com/journal/text-title',
    ]);
    const drafts = planImport(entries, none, { channel: 'blog', status: 'published' }).drafts;
    expect(drafts[0]!.body).toBe('![Knife](https://mei.example.com/journal/2026/img/knife.jpg) [About](https://mei.example.com/about)');
    expect(drafts[1]!.body).toBe('Use [these tips](https://mei.example.com/journal/tips).');
  });

  test('Atom read from a file without a base keeps no relative url', () => {
    const { entries } = read('atom-xml-base.xml');
    expect(entries.every((e) => e.url === undefined)).toBe(true);
  });

  test('JSON Feed: item urls and body addresses resolve against home_page_url and the item url', () => {
    const { entries } = read('json-relative.json');
    expect(entries[0]!.url).toBe('https://notes.example.com/2026/dumpling-folds');
    const [draft] = planImport(entries, none, { channel: 'blog', status: 'published' }).drafts;
    expect(draft!.body).toBe('![Folds](https://notes.example.com/img/folds.jpg) [steps](https://notes.example.com/2026/steps)');
    expect(draft!.frontmatter).toMatchObject({ description: 'Twelve folds.', author: 'Mei & Lin', tags: ['recipes', 'dumplings'] });
  });
});

describe('dates in the sense of the feed', () => {
  test('reads CST in a zh-cn feed as China time, and warns naming an entry whose date is unreadable', () => {
    const doc = read('rss-real-world.xml');
    expect(doc.language).toBe('zh-cn');
    const plan = planImport(doc.entries, none, { channel: 'blog', status: 'published', language: doc.language });
    expect(plan.drafts.map((d) => d.frontmatter.publishedAt)).toEqual(['2026-04-30T08:57:00+08:00', '2026-04-30T08:57:00+02:00']);
    expect(plan.warnings.map((w) => w.en)).toEqual(['entry 3 "When the date is nonsense": skipped: its date "sometime in spring" is not a date this tool can read']);
  });
});

describe('what real feeds taught', () => {
  test('an Atom feed read from a file resolves relative entry links against its own rel="self" link', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Releases</title><id>x</id><updated>2015-06-02T00:00:00Z</updated>
      <link rel="alternate" href="https://code.example/app/releases"/><link rel="self" href="https://code.example/app/releases.atom"/>
      <entry><id>r1</id><title>v3.9.0</title><updated>2015-06-02T00:00:00Z</updated><link rel="alternate" href="/app/releases/tag/v3.9.0"/></entry></feed>`;
    expect(readFeedEntries(atom, 'releases.atom').entries[0]!.url).toBe('https://code.example/app/releases/tag/v3.9.0');
  });

  test('an RSS feed with no declared encoding whose bytes are not UTF-8 reads as windows-1252', () => {
    const bytes = Uint8Array.from([...'<rss version="2.0"><channel><title>UOL</title><link>https://n.example/</link><description>d</description><item><title>Simula'].map((c) => c.charCodeAt(0)).concat([0xe7, 0xf5, 0x65, 0x73], [...'</title><pubDate>Seg, 24 Set 2018 19:42:40 -0300</pubDate></item></channel></rss>'].map((c) => c.charCodeAt(0))));
    const { entries } = readFeedEntries(decodeFeedBytes(bytes, 'uol.rss'), 'uol.rss');
    expect(entries[0]!.title).toBe('Simulações');
    expect(planImport(entries, none, { channel: 'blog', status: 'published' }).drafts[0]!.frontmatter.publishedAt).toBe('2018-09-24T19:42:40-03:00');
  });
});

describe('a summary cut off inside a tag', () => {
  // Hexo's atom.xml (and many RSS generators) cut the summary at a fixed length, often inside a
  // tag: `…分享出来。</p> <embed src="/uploads/k.pdf" width="100%" type`. An HTML parser drops a tag
  // that the text ends in (WHATWG HTML §13.2.5, "eof-in-tag"), so the summary must not keep it.
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>0CCh Blog</title><id>https://0cch.com/</id>
    <entry><title>2021K+软件峰会PPT</title><id>https://0cch.com/2022/02/12/k+2021/</id><link href="https://0cch.com/2022/02/12/k+2021/"/><published>2022-02-12T03:15:07.000Z</published>
    <content type="html"><![CDATA[<p>去年K+上用的PPT，分享出来。</p>]]></content>
    <summary type="html">&lt;p&gt;去年K+上用的PPT，分享出来。&lt;/p&gt;
    &lt;embed src=&quot;/uploads/2022/02/k+2021.pdf&quot; width=&quot;100%&quot; type</summary></entry></feed>`;
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>x</title><link>https://x.example/</link>
    <item><title>Cut</title><link>https://x.example/cut</link><pubDate>Thu, 30 Apr 2026 08:57:00 +0000</pubDate>
    <description><![CDATA[<p>Steam and light.</p><img src="/a.jpg" alt="A bowl]]></description><content:encoded><![CDATA[<p>Steam and light.</p>]]></content:encoded></item></channel></rss>`;

  test.each([
    ['atom.xml', atom, '去年K+上用的PPT，分享出来。'],
    ['rss.xml', rss, 'Steam and light.'],
  ])('%s: the cut tag is dropped, the text before it kept', (name, xml, summary) => {
    const { entries } = readFeedEntries(xml, name);
    expect(entries[0]!.summary).toBe(summary);
  });

  test('a "<" followed by a space or digit at the end is text, not a tag', () => {
    const feed = rss.replace('<![CDATA[<p>Steam and light.</p><img src="/a.jpg" alt="A bowl]]>', '<![CDATA[<p>Prices: 3 < 5 and x <3</p>]]>');
    expect(readFeedEntries(feed, 'rss.xml').entries[0]!.summary).toBe('Prices: 3 < 5 and x <3');
  });
});
