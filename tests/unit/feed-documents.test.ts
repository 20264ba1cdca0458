import { describe, expect, test } from 'vitest';
import { writeFeedDocument, type FeedEntry, type FeedHead } from '../../src/pages/_lib/feed-documents.ts';

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
