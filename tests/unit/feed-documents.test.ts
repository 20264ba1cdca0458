import { describe, expect, test } from 'vitest';
import { writeFeedDocument, type FeedEntry, type FeedHead } from '../../src/pages/_lib/feed-documents.ts';
import { readXmlText } from '../fixtures/hostile/frontmatter-corpus.ts';

const head: FeedHead = {
  title: '林梅: Kitchen tools', description: '会拍照的家常菜厨师', home: 'https://meilin.example/pillars/kitchen-tools/',
  self: 'https://meilin.example/pillars/kitchen-tools/feed.json', language: 'zh-CN', author: '林梅',
  fallbackUpdated: Date.parse('2026-12-01T03:24:58Z'),
};
const entry: FeedEntry = {
  url: 'https://meilin.example/posts/blog/wok/', title: 'Seasoning a wok', description: 'Heat, oil, wipe.', html: '<p>Heat, oil, wipe.</p>',
  epoch: Date.parse('2026-11-28T01:00:00Z'), updatedEpoch: null, lang: 'en', categories: ['Kitchen tools'], permalink: true,
};

describe('a feed with no posts (a pillar not written for yet)', () => {
  test('the JSON Feed still carries the items array that JSON Feed 1.1 requires', () => {
    const json = JSON.parse(writeFeedDocument('json', head, []));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items).toEqual([]);
  });

  test('the RSS lastBuildDate and the Atom updated are the fallback moment, not 1970', () => {
    const rss = writeFeedDocument('rss', head, []);
    const atom = writeFeedDocument('atom', head, []);
    expect(rss).toContain('<lastBuildDate>Tue, 01 Dec 2026 03:24:58 GMT</lastBuildDate>');
    expect(atom).toMatch(/<updated>2026-12-01T03:24:58(\.000)?Z<\/updated>/);
    for (const doc of [rss, atom]) expect(doc).not.toContain('1970');
  });
});

describe('a feed with posts', () => {
  test('is dated by its newest entry, whatever the fallback says', () => {
    const later = { ...entry, url: 'https://meilin.example/posts/blog/knife/', epoch: Date.parse('2026-11-29T08:00:00Z') };
    const atom = writeFeedDocument('atom', head, [later, entry]);
    expect(atom).toMatch(/<feed[\s\S]*?<updated>2026-11-29T08:00:00(\.000)?Z<\/updated>/);
    const json = JSON.parse(writeFeedDocument('json', head, [later, entry]));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual([later.url, entry.url]);
  });
});

/**
 * RSS titles, categories and the channel's own title and description, and Atom's author names and
 * category terms, are plain text by their specs (RSS Best Practices Profile §3.1: "SHOULD be
 * interpreted as plain text" but for an item's description; RFC 4287 §3.2.1 and §4.2.2.2), yet
 * some readers render them as HTML. Text escaped as HTML once more than XML needs shows as
 * `Mei&#39;s` in the readers that follow the spec (FreshRSS, elfeed). Only a `<` that could open
 * a tag and a `&` that could start a character reference are escaped: the text then reads the
 * same either way, and still never becomes markup.
 */
describe('plain-text fields of the XML feeds', () => {
  const text = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => readXmlText(m[1]!).trim());
  const plainHead: FeedHead = { ...head, title: "Mei's Kitchen & Co", description: 'Recipes & "stories" for 2 > 1 people', author: "Mei's Kitchen & Co" };
  const plainEntry: FeedEntry = { ...entry, title: "Why I'm cooking less & eating better: 5 > 3", categories: ["Mei's picks", 'Food & Drink'] };

  test('RSS titles, categories and the channel description read as written once the XML is read', () => {
    const rss = writeFeedDocument('rss', plainHead, [plainEntry]);
    expect(text(rss, /<title>([\s\S]*?)<\/title>/g)).toEqual(["Mei's Kitchen & Co", "Why I'm cooking less & eating better: 5 > 3"]);
    expect(text(rss, /<category>([\s\S]*?)<\/category>/g)).toEqual(["Mei's picks", 'Food & Drink']);
    expect(text(rss, /<channel>[\s\S]*?<description>([\s\S]*?)<\/description>/g)).toEqual(['Recipes & "stories" for 2 > 1 people']);
  });

  test('Atom author names and category terms read as written (they are not text constructs)', () => {
    const atom = writeFeedDocument('atom', plainHead, [plainEntry]);
    expect(text(atom, /<name>([\s\S]*?)<\/name>/g)).toEqual(["Mei's Kitchen & Co"]);
    expect(text(atom, /<category term="([^"]*)"/g)).toEqual(["Mei's picks", 'Food & Drink']);
  });

  test('text that would become markup or a character reference in an HTML-rendering reader stays escaped', () => {
    const hostile: FeedEntry = { ...entry, title: '<script>alert(1)</script> &amp; &#60;b>', categories: ['<img src=x onerror=alert(1)>'] };
    const rss = writeFeedDocument('rss', head, [hostile]);
    const atom = writeFeedDocument('atom', { ...head, author: '<b>Ada</b>' }, [hostile]);
    for (const doc of [rss, atom]) {
      const read = readXmlText(doc);
      expect(read).not.toMatch(/<(script|img|b)\b/);
    }
    expect(text(rss, /<item>[\s\S]*?<title>([\s\S]*?)<\/title>/g)).toEqual(['&lt;script>alert(1)&lt;/script> &amp;amp; &amp;#60;b>']);
  });
});

describe('a brand with no label or audience yet (a new project)', () => {
  test('the RSS channel still has the description RSS 2.0 requires: the feed title stands in', () => {
    const rss = writeFeedDocument('rss', { ...head, description: '' }, [entry]);
    expect(/<channel>[\s\S]*?<description>\s*([^<]*?)\s*<\/description>[\s\S]*?<item>/.exec(rss)?.[1]).toBe('林梅: Kitchen tools');
  });
});

/**
 * A title with "&" or "<" (a real blog's "… with MSW & 어댑터 패턴") was written as CDATA on a line of
 * its own, so the RSS title's text, plain by its spec, was "\n        … 패턴\n      " with the
 * indentation in it (a reader that does not trim shows it; Python's ElementTree reads it so).
 */
describe('a plain-text field written as CDATA', () => {
  test('keeps no indentation or newline around its text, in RSS and Atom', () => {
    const amp = { ...entry, title: 'Breaking free. with MSW & adapters <3', categories: ['R&D'] };
    const rss = writeFeedDocument('rss', { ...head, title: 'Mei & co' }, [amp]);
    const atom = writeFeedDocument('atom', { ...head, title: 'Mei & co' }, [amp]);
    for (const doc of [rss, atom]) {
      expect(doc).not.toMatch(/>\s*\n\s*<!\[CDATA\[/);
      expect(doc).not.toMatch(/\]\]>\s*\n\s*<\//);
    }
    const itemTitle = /<item>[\s\S]*?<title>([\s\S]*?)<\/title>/.exec(rss)![1]!;
    expect(readXmlText(itemTitle)).toBe('Breaking free. with MSW & adapters <3');
  });
});

// helper-176's trial: a moved blog's feed named every post by its new address, so the readers of
// its old feed (which named them by their old address) showed all 50 again as new.
describe('a post with a guid (the id its old site’s feed gave it)', () => {
  const moved = { ...entry, guid: 'https://old.example/2018/wok/' };
  test('keeps it as the RSS guid (not a permalink), the Atom id and the JSON Feed id; the link is the new address', () => {
    const rss = writeFeedDocument('rss', head, [moved, { ...entry, url: 'https://meilin.example/posts/blog/knife/' }]);
    expect(rss).toContain('<guid isPermaLink="false">https://old.example/2018/wok/</guid>');
    expect(rss).toContain('<link>https://meilin.example/posts/blog/wok/</link>');
    expect(rss).toContain('<guid isPermaLink="true">https://meilin.example/posts/blog/knife/</guid>');
    expect(writeFeedDocument('atom', head, [moved])).toMatch(/<entry[^>]*>[\s\S]*<id>https:\/\/old\.example\/2018\/wok\/<\/id>/);
    const json = JSON.parse(writeFeedDocument('json', head, [moved]));
    expect(json.items[0]).toMatchObject({ id: 'https://old.example/2018/wok/', url: 'https://meilin.example/posts/blog/wok/' });
  });

  test('a guid that is no IRI (an RSS guid "12345") is the RSS and JSON id, and Atom, whose id must be an IRI, keeps the address', () => {
    const bare = { ...entry, guid: '12345' };
    expect(writeFeedDocument('rss', head, [bare])).toContain('<guid isPermaLink="false">12345</guid>');
    expect(writeFeedDocument('atom', head, [bare])).toMatch(/<entry[^>]*>[\s\S]*<id>https:\/\/meilin\.example\/posts\/blog\/wok\/<\/id>/);
    expect(JSON.parse(writeFeedDocument('json', head, [bare])).items[0].id).toBe('12345');
  });
});
