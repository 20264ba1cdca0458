import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeFeedBytes } from '../../src/core/feed/decode.ts';
import { readFeedEntries, stripTags } from '../../src/core/feed/entries.ts';
import { ThroughlineError } from '../../src/core/errors.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const readFixture = (name: string) => readFeedEntries(decodeFeedBytes(fixture(name), name), name);

describe('readFeedEntries', () => {
  test('reads an RSS 2.0 item with content:encoded, a guid and an RFC 822 date', () => {
    const { format, entries } = readFixture('rss-basic.xml');
    expect(format).toBe('rss');
    expect(entries).toHaveLength(5);
    expect(entries[0]).toMatchObject({
      guid: 'https://mei.example.com/2025/red-braised-pork',
      url: 'https://mei.example.com/2025/red-braised-pork',
      title: 'Red-braised pork, the slow way',
      date: 'Tue, 10 Jun 2025 08:30:00 +0800',
    });
    expect(entries[0]!.html).toContain('<pre><code class="language-python">');
    expect(entries[2]!.date).toBeUndefined();
  });

  test('takes the date from dc:date when an RSS item has no pubDate', () => {
    expect(readFixture('rss-basic.xml').entries[4]!.date).toBe('2025-02-03T07:15:00-05:00');
  });

  test('reads Atom entries: the alternate link, an html title, and updated when published is missing', () => {
    const { format, entries } = readFixture('atom-basic.xml');
    expect(format).toBe('atom');
    expect(entries[0]).toMatchObject({
      guid: 'tag:mei.example.com,2025:knife-1',
      url: 'https://mei.example.com/knife-skills-1',
      title: 'Knife skills <part 1>',
      date: '2025-03-01T10:00:00-05:00',
    });
    expect(entries[1]).toMatchObject({ date: '2025-03-05T09:00:00Z', text: 'Plain text summary with {braces} and a <tag>.' });
    expect(entries[1]!.html).toBeUndefined();
  });

  test('reads JSON Feed items with content_html or content_text', () => {
    const { format, entries } = readFixture('json-basic.json');
    expect(format).toBe('json');
    expect(entries[0]).toMatchObject({ guid: 'json-1', url: 'https://mei.example.com/dumplings', title: 'Pleating dumplings' });
    expect(entries[1]).toMatchObject({ guid: 'json-2', text: 'A note without a title.\n\nSecond paragraph.' });
    expect(entries[1]!.title).toBeUndefined();
  });

  test('decodes a GB2312 feed by its XML declaration before parsing', () => {
    const { entries } = readFixture('rss-gb2312.xml');
    expect(entries[0]!.title).toBe('红烧肉：慢火两小时');
    expect(entries[0]!.html).toContain('先焯水，再<b>小火</b>慢炖。');
  });

  test('decodes an ISO-8859-1 Atom feed by its XML declaration', () => {
    expect(readFixture('atom-latin1.xml').entries[0]!.title).toBe('Crème brûlée à la maison');
  });

  test.each([
    ['plain text', 'hello, world'],
    ['an HTML page', '<!doctype html><html><body><p>Hi</p></body></html>'],
    ['JSON that is not a feed', '{"name": "throughline"}'],
    ['an empty file', ''],
  ])('refuses %s with a ThroughlineError naming the file', (_what, text) => {
    expect(() => readFeedEntries(text, 'feeds/x.xml')).toThrow(ThroughlineError);
    try {
      readFeedEntries(text, 'feeds/x.xml');
    } catch (error) {
      expect((error as ThroughlineError).file).toBe('feeds/x.xml');
      expect((error as ThroughlineError).message).toMatch(/not an RSS, Atom or JSON feed/);
    }
  });
});

describe('decodeFeedBytes', () => {
  test('prefers the charset a server sent over the XML declaration', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>')]);
    expect(decodeFeedBytes(bytes, 'x', 'utf-8')).toContain('<a>é</a>');
    expect(decodeFeedBytes(bytes, 'x')).toContain('<a>Ã©</a>');
  });

  test('names the file and the encoding it cannot decode', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><rss/>');
    expect(() => decodeFeedBytes(bytes, 'feeds/k.xml')).toThrow(/x-klingon/);
  });

  test('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')]);
    expect(decodeFeedBytes(bytes, 'x')).toBe('{"a":1}');
  });
});

describe('stripTags', () => {
  test('drops tags and decodes named and numeric entities', () => {
    expect(stripTags('<b>Fish</b> &amp; chips &#8212; &#x4E2D; &lt;3')).toBe('Fish & chips — 中 <3');
  });
});
