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

// A trial pointed import at a real Hexo site's built page (0x822a5b87.github.io/2026/01/16/…/index.html)
// and, in Chinese, was told "这不是 RSS、Atom 或 JSON feed，也不是本工具能读取的导出文件（Unrecognized feed
// format）": the parser's English inside, and no word that it was a web page or where its feed is.
describe('a web page given instead of a feed', () => {
  const errorFor = (text: string, url?: string) => {
    try {
      readFeedEntries(text, 'post.html', url);
    } catch (error) {
      return error as ThroughlineError;
    }
    throw new Error('no error');
  };

  test('is named as a web page, and its feed link is the hint, in English and Chinese', () => {
    const page = '<!DOCTYPE html><html lang="zh-CN"><head><title>写 golang 两个月的一些心得</title><link rel="alternate" type="application/atom+xml" title="RSS" href="/atom.xml"></head><body><p>正文</p></body></html>';
    const error = errorFor(page, 'https://0x822a5b87.github.io/2023/11/17/x/');
    expect(error.format('en')).toContain('post.html: this is a web page (HTML), not an RSS, Atom or JSON feed');
    expect(error.format('en')).toContain('hint: its feed is https://0x822a5b87.github.io/atom.xml: import that instead');
    expect(error.format('zh')).toContain('post.html: 这是一个网页（HTML），不是 RSS、Atom 或 JSON feed');
    expect(error.format('zh')).toContain('建议：它的 feed 是 https://0x822a5b87.github.io/atom.xml：请改为导入它');
  });

  test('without a feed link, the hint names the feed to look for and the Markdown folder of a built site', () => {
    const error = errorFor('<!doctype html><html><body><p>Hi</p></body></html>');
    expect(error.format('en')).toContain('the folder of Markdown it was built from (Hexo: source/_posts');
    expect(error.format('zh')).toContain('生成它的 Markdown 文件夹（Hexo 的 source/_posts');
  });

  test("the parser's reason for any other text is in Chinese too", () => {
    const zh = errorFor('hello, world').format('zh');
    expect(zh).toContain('这不是 RSS、Atom 或 JSON feed，也不是本工具能读取的导出文件（无法识别的 feed 格式）');
    expect(zh).not.toMatch(/Unrecognized/);
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

describe("a feed entry's own image is its cover", () => {
  const rss = (item: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title><link>https://news.example/</link><item><title>x</title>${item}</item></channel></rss>`;
  const cover = (text: string) => readFeedEntries(text, 'feed.xml').entries[0]!.cover;

  test('RSS: an image enclosure (Substack), made absolute; its address is never the entry\'s', () => {
    const entry = readFeedEntries(rss('<enclosure url="/img/c.jpg" type="image/jpeg" length="0"/>'), 'feed.xml').entries[0]!;
    expect(entry.cover).toBe('https://news.example/img/c.jpg');
    expect(entry.url).toBeUndefined();
    // A podcast's audio is still the entry's address when it has no link.
    expect(readFeedEntries(rss('<enclosure url="https://cdn.example/ep1.mp3" type="audio/mpeg" length="1"/>'), 'feed.xml').entries[0]).toMatchObject({ url: 'https://cdn.example/ep1.mp3' });
    expect(readFeedEntries(rss('<enclosure url="https://cdn.example/ep1.mp3" type="audio/mpeg" length="1"/>'), 'feed.xml').entries[0]!.cover).toBeUndefined();
  });

  test('RSS: Media RSS content of medium image, then a thumbnail; a video is not an image', () => {
    expect(cover(rss('<link>https://news.example/x</link><media:content url="https://cdn.example/v.mp4" medium="video"/><media:content url="https://cdn.example/m.png" medium="image"/>'))).toBe('https://cdn.example/m.png');
    expect(cover(rss('<link>https://news.example/x</link><media:content url="https://cdn.example/v.mp4" type="video/mp4"/><media:thumbnail url="https://cdn.example/t.jpg"/>'))).toBe('https://cdn.example/t.jpg');
    expect(cover(rss('<link>https://news.example/x</link><media:content url="https://cdn.example/untyped.webp"/>'))).toBe('https://cdn.example/untyped.webp');
    expect(cover(rss('<link>https://news.example/x</link>'))).toBeUndefined();
    expect(cover(rss('<link>https://news.example/x</link><media:content url="javascript:alert(1)" medium="image"/>'))).toBeUndefined();
  });

  test('Atom: a link rel="enclosure" of an image type, or media:group content; the alternate link stays the address', () => {
    const atom = (links: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>t</title><id>f</id><updated>2025-01-01T00:00:00Z</updated><entry><id>e</id><title>x</title><updated>2025-01-01T00:00:00Z</updated>${links}</entry></feed>`;
    const entry = readFeedEntries(atom('<link rel="enclosure" type="image/png" href="https://cdn.example/e.png"/><link rel="alternate" href="https://blog.example/x"/>'), 'a.xml').entries[0]!;
    expect(entry).toMatchObject({ url: 'https://blog.example/x', cover: 'https://cdn.example/e.png' });
    const alone = readFeedEntries(atom('<link rel="enclosure" type="image/png" href="https://cdn.example/e.png"/>'), 'a.xml').entries[0]!;
    expect(alone.url).toBeUndefined();
    expect(cover(atom('<media:group><media:content url="https://cdn.example/g.jpg" medium="image"/></media:group>'))).toBe('https://cdn.example/g.jpg');
  });

  test('JSON Feed: image, else banner_image, against the item\'s address', () => {
    const json = (item: object) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', home_page_url: 'https://j.example/', items: [{ id: '1', url: 'https://j.example/posts/a/', content_text: 'x', ...item }] });
    expect(cover(json({ image: 'cover.png', banner_image: '/banner.png' }))).toBe('https://j.example/posts/a/cover.png');
    expect(cover(json({ banner_image: '/banner.png' }))).toBe('https://j.example/banner.png');
    expect(cover(json({}))).toBeUndefined();
  });
});
