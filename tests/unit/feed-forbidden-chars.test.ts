/**
 * Text pasted from a PDF or a terminal can hold control characters that XML 1.0 (§2.2 Char) and
 * RFC 5545 (§3.1, §3.3.11 TEXT) forbid: the feeds and the .ics drop them from every text field,
 * and a real parser reads the documents back.
 */
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { dropNonICalChars, dropNonXmlChars } from '../../src/core/forbidden-chars.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import { writeFeedDocument, type FeedEntry, type FeedHead } from '../../src/pages/_lib/feed-documents.ts';

/** Every character XML 1.0 forbids below U+0020, U+FFFE, U+FFFF, and a lone surrogate of each kind. */
const XML_BAD = [...Array.from({ length: 32 }, (_, i) => i).filter((c) => ![9, 10, 13].includes(c)), 0xfffe, 0xffff]
  .map((c) => String.fromCharCode(c))
  .concat(['\uDC00', '\uD800']);
const dirty = (text: string) => `${XML_BAD.join('')}${text}\u0000`;
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const head: FeedHead = {
  title: dirty('林梅'), description: dirty('会拍照的家常菜厨师'), home: 'https://meilin.example/', self: 'https://meilin.example/atom.xml',
  language: 'zh-CN', author: dirty('Mei Lin'), fallbackUpdated: Date.parse('2026-12-01T00:00:00Z'),
};
const entry: FeedEntry = {
  url: 'https://meilin.example/posts/blog/wok/', title: dirty('Seasoning a wok 😀'), description: dirty('Heat, oil, wipe.'),
  html: `<p>${dirty('Heat, oil, wipe.')}</p>`, epoch: Date.parse('2026-11-28T01:00:00Z'), updatedEpoch: null, lang: 'en',
  categories: [dirty('Kitchen tools'), dirty('锅')], permalink: true,
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('dropNonXmlChars and dropNonICalChars', () => {
  test('keep tab, line breaks, emoji (a surrogate pair), Chinese and U+007F-U+009F for XML', () => {
    expect(dropNonXmlChars('a\tb\nc\rd 😀 锅 \u0085')).toBe('a\tb\nc\rd 😀 锅 \u0085');
    expect(dropNonXmlChars(dirty('x'))).toBe('x');
  });

  test('drop RFC 5545 controls, DEL included, and keep tab and line breaks for escaping', () => {
    expect(dropNonICalChars('a\u0000\u0008\u000B\u000C\u001B\u007Fb\tc\nd 😀\uD800')).toBe('ab\tc\nd 😀');
  });
});

describe('feeds with control characters in every text field', () => {
  test('the RSS parses and carries the text without them', () => {
    const rss = writeFeedDocument('rss', head, [entry]);
    expect(rss).not.toMatch(NOT_XML);
    const channel = xml.parse(rss).rss.channel;
    expect(channel.title).toBe('林梅');
    expect(channel.description).toBe('会拍照的家常菜厨师');
    expect(channel.item.title).toBe('Seasoning a wok 😀');
    expect(channel.item.description).toBe('Heat, oil, wipe.');
    expect(channel.item['content:encoded']).toBe('<p>Heat, oil, wipe.</p>');
    expect(channel.item.category).toEqual(['Kitchen tools', '锅']);
  });

  test('the Atom parses, carries the text without them, and says its language with xml:lang', () => {
    const atom = writeFeedDocument('atom', head, [entry]);
    expect(atom).not.toMatch(NOT_XML);
    const feed = xml.parse(atom).feed;
    expect(feed['@xml:lang']).toBe('zh-CN');
    expect(feed.title['#text']).toBe('林梅');
    expect(feed.author.name).toBe('Mei Lin');
    expect(feed.entry['@xml:lang']).toBe('en');
    expect(feed.entry.title['#text']).toBe('Seasoning a wok 😀');
    expect(feed.entry.summary['#text']).toBe('Heat, oil, wipe.');
    expect(feed.entry.content['#text']).toBe('<p>Heat, oil, wipe.</p>');
    expect(feed.entry.category.map((c: Record<string, string>) => c['@term'])).toEqual(['Kitchen tools', '锅']);
  });

  test('the JSON Feed carries the text without them', () => {
    const json = JSON.parse(writeFeedDocument('json', head, [entry]));
    expect(JSON.stringify(json)).not.toMatch(NOT_XML);
    expect([json.title, json.description, json.authors[0].name]).toEqual(['林梅', '会拍照的家常菜厨师', 'Mei Lin']);
    const [item] = json.items;
    expect([item.title, item.summary, item.content_html, item.tags]).toEqual(['Seasoning a wok 😀', 'Heat, oil, wipe.', '<p>Heat, oil, wipe.</p>', ['Kitchen tools', '锅']]);
  });
});

describe('the .ics with control characters in brand, channel, pillar and post text', () => {
  const bad = '\u0000\u0001\u0008\u000B\u000C\u001B\u001F\u007F\uDC00';
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: `Mei${bad} Lin`, label: 'L', timezone: 'Asia/Shanghai', pillars: [{ id: 'a', name: `Re${bad}cipes` }] },
    channels: [{ id: 'blog', name: `Bl${bad}og`, platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-01', time: '09:00', reminder: { minutesBefore: 60 } }],
  });
  const posts: Post[] = [
    { id: 'p', file: 'content/posts/p.md', body: '', data: { title: `Bra${bad}ise\tit`, channel: 'blog', status: 'draft', plannedFor: '2026-11-24' } as PostFrontmatter },
  ];
  const text = buildCalendar({ planner, posts, now: Date.parse('2026-11-20T00:00:00Z') });
  const publicText = buildCalendar({ planner, posts, now: Date.parse('2026-11-20T00:00:00Z'), public: true });

  test('holds no character RFC 5545 forbids in a TEXT value', () => {
    for (const doc of [text, publicText]) expect(doc.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]|[\uD800-\uDFFF]/);
  });

  test('reads back in ical.js with the text, tab included, and without the controls', () => {
    const root = new ICAL.Component(ICAL.parse(text));
    expect(root.getFirstPropertyValue('x-wr-calname')).toContain('Mei Lin');
    const summaries = root.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
    expect(summaries).toContain('Blog: Braise\tit');
    for (const s of summaries) expect(s).toMatch(/^Blog: /);
    const descriptions = root.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('description')));
    expect(descriptions.join('\n')).toContain('Recipes');
    const alarm = root.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')!;
    expect(String(alarm.getFirstPropertyValue('description'))).toMatch(/^Blog: /);
  });
});
