import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar, type CalendarInput } from '../../src/core/calendar/index.ts';
import { ThroughlineError } from '../../src/core/errors.ts';
import { PlannerSchema, type Channel } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { expandChannelSlots } from '../../src/core/slots.ts';
import { addDays, startOfLocalDay, zonedToEpoch } from '../../src/core/zoned-time.ts';
import { occurrences, parse, seriesOf } from './calendar-client.ts';
import { CHINESE_TITLE, NOW, planner, posts, PUNCTUATED_TITLE } from './calendar-fixture.ts';

const base: CalendarInput = { planner, posts, now: NOW, plannedPillars: { 'blog/2026-12-04': 'photo', 'blog/2026-12-08': 'recipes' } };
const privateText = buildCalendar(base);
const publicText = buildCalendar({ ...base, public: true });

const zoneOf = (c: Channel) => c.timezone ?? planner.brand.timezone;
const channel = (id: string) => planner.channels.find((c) => c.id === id)!;

function window18Months(c: Channel): [number, number] {
  const first = c.history?.[0]?.start ?? c.start;
  return [startOfLocalDay(first, zoneOf(c)), startOfLocalDay(addDays(first, 548), zoneOf(c))];
}

describe('buildCalendar against ical.js', () => {
  test.each(planner.channels.map((c) => [c.id, zoneOf(c)]))(
    'expands the %s channel (%s) to exactly the planner’s slots for 18 months, break slots left out',
    (id) => {
      const c = channel(id);
      const [from, to] = window18Months(c);
      const slots = expandChannelSlots(c, { zone: zoneOf(c), from, to, breaks: planner.breaks });
      const expected = slots.filter((s) => !s.onBreak).map((s) => new Date(s.epoch).toISOString());
      expect(expected.length).toBeGreaterThan(9);
      for (const text of [privateText, publicText]) {
        expect(occurrences(text, id, from, to).map((o) => new Date(o.epoch).toISOString())).toEqual(expected);
      }
    },
  );

  test('writes every break slot as an EXDATE of its series, at the slot’s local time', () => {
    for (const c of planner.channels) {
      const [from, to] = window18Months(c);
      const onBreak = expandChannelSlots(c, { zone: zoneOf(c), from, to, breaks: planner.breaks }).filter((s) => s.onBreak);
      const exdates = seriesOf(parse(privateText), `${c.id}-`).flatMap((e) =>
        e.component.getAllProperties('exdate').map((p) => {
          expect(p.getParameter('tzid')).toBe(zoneOf(c));
          return (p.getFirstValue() as ICAL.Time).toUnixTime() * 1000;
        }),
      );
      expect(exdates.sort()).toEqual(onBreak.map((s) => s.epoch));
    }
    expect(privateText).toContain('EXDATE;TZID=Asia/Shanghai:20260804T090000\r\n');
  });

  test('shows a planned post’s title on its slot, in Chinese (in Chinese words) or full of commas and semicolons', () => {
    const c = channel('blog');
    const found = occurrences(privateText, 'blog', ...window18Months(c));
    const on = (date: string) => found.find((o) => o.epoch === zonedToEpoch(date, '09:00', 'Asia/Shanghai'))?.summary;
    expect(on('2026-11-24')).toBe(`Blog：${CHINESE_TITLE}`);
    expect(on('2026-11-27')).toBe(`Blog: ${PUNCTUATED_TITLE}`);
    expect(on('2026-11-20')).toBe('Blog: Dumplings, folded by hand');
    expect(on('2026-12-01')).toBe('Blog: write a post (Recipes)');
    expect(on('2026-12-04')).toBe('Blog: write a post (Food photography)');
  });

  test('overrides a slot only when its suggested pillar differs from the series’ own', () => {
    const ids = parse(privateText).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('recurrence-id')?.toString());
    expect(ids).toContain('2026-12-04T09:00:00');
    expect(ids).not.toContain('2026-12-08T09:00:00');
  });

  test('links each planned post to the studio, under the base URL given', () => {
    const text = buildCalendar({ ...base, studioUrl: 'https://studio.example/s/' });
    const ev = seriesOf(parse(text), 'blog-')[1]!.exceptions;
    const details = Object.values(ev).map((e) => `${e.description}\n${e.component.getFirstPropertyValue('url')}`).join('\n');
    expect(details).toContain('https://studio.example/s/drafts/2026/hong-shao-rou');
    expect(details).not.toContain('localhost');
  });
});

describe('buildCalendar recurrence rules', () => {
  const rrules = (uid: string) =>
    parse(privateText).getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid && v.hasProperty('rrule')).map((v) => v.getFirstProperty('rrule')!.toICALString());

  test('keeps COUNT on a cadence that ends by itself', () => {
    expect(rrules('linkedin-20260301@throughline')).toEqual(['RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=10']);
  });

  test('writes a plain-date UNTIL as the end of that local day, in UTC with Z', () => {
    const end = new Date(startOfLocalDay('2027-04-16', 'Australia/Sydney') - 1000).toISOString().replace(/[-:]|\.000/g, '');
    expect(end).toBe('20270415T135959Z');
    expect(rrules('x-20260920@throughline')).toEqual([`RRULE:FREQ=DAILY;UNTIL=${end}`]);
  });

  test('ends each history period at the end of the day before the next period, with a UID of its own', () => {
    expect(rrules('blog-20250901@throughline')).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260105T155959Z']);
    // COUNT=50 would run past the next period's start, so UNTIL takes its place.
    expect(rrules('linkedin-20251201@throughline')).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260228T225959Z']);
  });

  test('starts each series on its first slot with DTSTART;TZID', () => {
    expect(privateText).toContain('DTSTART;TZID=Europe/Berlin:20260305T183000\r\n');
    expect(privateText).toContain('DTSTART;TZID=Asia/Shanghai:20250901T080000\r\n');
  });
});

describe('buildCalendar stability', () => {
  const uids = (text: string) => [...new Set(text.match(/^UID:.*$/gm))].sort();

  test('gives the same text for the same input', () => {
    expect(buildCalendar(base)).toBe(privateText);
  });

  test('keeps every UID when now changes or another channel is exported alone', () => {
    const later = buildCalendar({ ...base, now: NOW + 7 * 86_400_000 });
    expect(uids(later)).toEqual(uids(privateText));
    expect(later).not.toBe(privateText);
    expect(uids(buildCalendar({ ...base, channel: 'blog' }))).toEqual(uids(privateText).filter((u) => u.startsWith('UID:blog-')));
    expect(uids(publicText)).toEqual(uids(privateText));
    expect(uids(privateText)).toHaveLength(6);
  });

  test('percent-encodes a Chinese channel id in its series UID, as a published post’s id is in its own', () => {
    const wechat = { id: '微信公众号', name: '微信公众号', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-11-04', time: '20:00' } as const;
    const zh = PlannerSchema.parse({ ...planner, channels: [wechat], breaks: [] });
    const early = { id: '公众号/第一篇', file: 'content/posts/公众号/第一篇.md', body: '', data: { title: '第一篇', channel: '微信公众号', status: 'published', publishedAt: '2026-10-01' } } as Post;
    // Unfolded (RFC 5545 §3.1): a long UID line goes on over the next.
    const found = uids(buildCalendar({ planner: zh, posts: [early], now: NOW }).replace(/\r\n /g, ''));
    expect(found).toEqual([
      `UID:${encodeURIComponent('微信公众号')}-20261104@throughline`,
      `UID:published.${encodeURIComponent('公众号/第一篇')}@throughline`,
    ].sort());
    expect(found.join('')).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe('buildCalendar format', () => {
  test('ends every line with CRLF and folds none beyond 75 octets', () => {
    const bytes = new TextEncoder().encode(privateText);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(privateText.endsWith('\r\n')).toBe(true);
    const lines = privateText.slice(0, -2).split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  test('keeps UTF-8 intact: unfolding gives back the whole escaped title', () => {
    const unfolded = privateText.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:Blog：${CHINESE_TITLE.replace(/,/g, '\\,')}\r\n`);
    expect(unfolded).toContain('SUMMARY:Blog: Salt\\, fat\\; acid\\, heat\\; and a \\\\ backslash\\, too\r\n');
    expect(unfolded).not.toContain('\uFFFD');
  });

  test('carries the subscription headers a calendar app reads', () => {
    for (const line of ['VERSION:2.0', 'METHOD:PUBLISH', 'PRODID:-//Throughline//Content Planner//EN', 'REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H', 'X-WR-CALNAME:Mei Lin: content plan'])
      expect(privateText).toContain(`\r\n${line}\r\n`);
    expect(privateText.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  test('writes one VTIMEZONE for each zone used and no other', () => {
    const zones = (text: string) => parse(text).getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones(privateText).sort()).toEqual(['America/New_York', 'Asia/Shanghai', 'Australia/Sydney', 'Europe/Berlin']);
    const used = new Set(privateText.match(/TZID=[^:;]+/g)!.map((m) => m.slice(5)));
    expect([...used].sort()).toEqual(zones(privateText).sort());
    const newsletter = buildCalendar({ ...base, channel: 'newsletter' });
    expect(zones(newsletter)).toEqual(['America/New_York']);
    expect(newsletter).toContain('X-WR-CALNAME:Mei Lin: Newsletter\r\n');
    // A CI trial (2026-12-05): a one-channel calendar named the brand's zone, of which it holds no VTIMEZONE.
    expect(newsletter).toContain('\r\nX-WR-TIMEZONE:America/New_York\r\n');
    expect(privateText).toContain('\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n');
  });

  test('adds a display alarm the reminder’s minutes before each slot of a channel that has one', () => {
    const blog = seriesOf(parse(privateText), 'blog-');
    for (const event of blog) {
      const alarm = event.component.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT1440M');
    }
    expect(seriesOf(parse(privateText), 'newsletter-')[0]!.component.getFirstSubcomponent('valarm')).toBeNull();
  });

  test('names the known channels when asked for one that does not exist', () => {
    expect(() => buildCalendar({ ...base, channel: 'tiktok' })).toThrow(ThroughlineError);
    expect(() => buildCalendar({ ...base, channel: 'tiktok' })).toThrow('unknown channel "tiktok"; expected one of blog, newsletter, linkedin, x');
  });
});

describe('buildCalendar public mode', () => {
  /** Every property value of every event and alarm, unescaped by ical.js. */
  const eventTexts = (text: string) =>
    parse(text).getAllSubcomponents('vevent').flatMap((v) => [v, ...v.getAllSubcomponents('valarm')]).flatMap((c) => c.getAllProperties().map((p) => String(p.getFirstValue())));

  test('never carries a word, id or studio link of a post that is not published', () => {
    const values = eventTexts(publicText).join('\n').toLowerCase();
    const tokens = new Set(values.split(/[^\p{L}\p{N}]+/u));
    const hidden = posts.filter((p) => p.data.status !== 'published');
    const words = hidden.flatMap((p) => p.data.title.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
    expect(words.length).toBeGreaterThan(5);
    for (const word of words) expect(tokens, word).not.toContain(word.toLowerCase());
    for (const char of CHINESE_TITLE.replace(/[\p{P}]/gu, '')) expect(values).not.toContain(char);
    for (const p of hidden) expect(values).not.toContain(p.id.split('/')[1]);
    expect(values).not.toContain('studio');
    expect(values).not.toContain('write a');
  });

  test('shows planned slots as publishing slots with their pillar, and published titles in full', () => {
    const found = occurrences(publicText, 'blog', ...window18Months(channel('blog')));
    const on = (date: string) => found.find((o) => o.epoch === zonedToEpoch(date, '09:00', 'Asia/Shanghai'))?.summary;
    expect(on('2026-11-24')).toBe('Blog: publishing slot (Recipes)');
    expect(on('2026-11-20')).toBe('Blog: Dumplings, folded by hand');
    expect(publicText).toContain('URL:https://meilin.example/dumplings\r\n');
  });

  test("links a published post without a url of its own to its page on the portfolio, and no other post's", () => {
    const onSite = posts.map((p) => (p.id === '2026/dumplings' ? { ...p, data: { ...p.data, url: undefined } } : p));
    const asked: string[] = [];
    const postUrl = (p: Post) => (asked.push(p.id), `https://ada.github.io/planner/posts/${p.id}/`);
    const text = buildCalendar({ ...base, posts: onSite, public: true, postUrl }).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('\r\nURL:https://ada.github.io/planner/posts/2026/dumplings/\r\n');
    expect(text).toContain('Dumplings\\, folded by hand: https://ada.github.io/planner/posts/2026/dumplings/');
    expect([...new Set(asked)]).toEqual(['2026/dumplings']);
    // Its own url, where it was published off-site, comes first.
    expect(buildCalendar({ ...base, public: true, postUrl })).toContain('URL:https://meilin.example/dumplings\r\n');
  });
});

describe('buildCalendar on days a clock change skips or repeats the slot time', () => {
  test.each([
    ['America/New_York', '02:30'],
    ['America/New_York', '01:30'],
    ['Australia/Sydney', '02:30'],
    ['Europe/Berlin', '02:30'],
  ])('puts every slot of a daily %s channel at %s on the planner’s instant, clock-change days included', (zone, time) => {
    const dst = PlannerSchema.parse({
      version: 1,
      brand: { name: 'B', label: 'L', timezone: zone, pillars: [{ id: 'a', name: 'A' }] },
      channels: [{ id: 'n', name: 'N', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-12-01', time }],
    });
    const text = buildCalendar({ planner: dst, posts: [], now: NOW });
    const [from, to] = [startOfLocalDay('2026-12-01', zone), startOfLocalDay('2028-06-01', zone)];
    const slots = expandChannelSlots(dst.channels[0]!, { zone, from, to, breaks: [] });
    const iso = (t: number) => new Date(t).toISOString();
    expect(occurrences(text, 'n', from, to).map((o) => iso(o.epoch))).toEqual(slots.map((s) => iso(s.epoch)));
    expect(text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
  });
});

describe('a channel that rotates through no pillar ("pillars": [])', () => {
  const bare = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei Lin', label: '', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-03', pillars: [] }],
  });
  const post = { id: 'soup', file: 'content/posts/soup.md', body: '', data: { title: 'Soup', channel: 'blog', status: 'draft', plannedFor: '2026-11-24' } } as CalendarInput['posts'][number];

  test.each([false, true])('names no empty list of pillars in its entries (public: %s)', (isPublic) => {
    const text = buildCalendar({ planner: bare, posts: [post], now: NOW, public: isPublic });
    const descriptions = parse(text).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('description') ?? ''));
    expect(descriptions.length).toBeGreaterThan(0);
    for (const d of descriptions) {
      expect(d).not.toMatch(/Pillars in rotation: (\n|$)/);
      expect(d).not.toMatch(/^\n|\n$/);
    }
  });
});

describe('a post address with Chinese in it (a Hexo slug such as /2026/跳槽时机/)', () => {
  const one = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei Lin', label: '', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-03' }],
  });
  const post = {
    id: 'tiaocao',
    file: 'content/posts/tiaocao.md',
    body: '',
    data: { title: '跳槽时机', channel: 'blog', status: 'published', publishedAt: '2026-11-10', plannedFor: '2026-11-10', url: 'https://blog.example.com/2026/跳槽时机/?a=1,2' },
  } as CalendarInput['posts'][number];

  test('is written as a URI (RFC 5545 §3.8.4.6 and RFC 3986: ASCII, the rest percent-encoded)', () => {
    const text = buildCalendar({ planner: one, posts: [post], now: NOW, public: true });
    const urls = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l.startsWith('URL:'));
    expect(urls).toEqual(['URL:https://blog.example.com/2026/%E8%B7%B3%E6%A7%BD%E6%97%B6%E6%9C%BA/?a=1,2']);
  });
});

describe('buildCalendar revisions (SEQUENCE)', () => {
  /** Each VEVENT's UID (with its RECURRENCE-ID) to its SEQUENCE, as ical.js reads them. */
  function sequences(text: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const v of parse(text).getAllSubcomponents('vevent')) {
      const key = `${v.getFirstPropertyValue('uid')} ${v.getFirstProperty('recurrence-id')?.toICALString() ?? ''}`;
      out.set(key, Number(v.getFirstPropertyValue('sequence')));
    }
    return out;
  }

  test('a later export gives every entry a higher SEQUENCE, so an importing client takes it as the newer revision', () => {
    const earlier = sequences(privateText);
    const later = sequences(buildCalendar({ ...base, now: NOW + 3 * 60_000 }));
    expect(earlier.size).toBeGreaterThan(10);
    expect([...later.keys()]).toEqual([...earlier.keys()]);
    for (const [key, seq] of earlier) {
      expect(Number.isInteger(seq)).toBe(true);
      expect(later.get(key)! - seq, key).toBe(3);
    }
  });

  test('the SEQUENCE stays an RFC 5545 INTEGER (below 2^31) for a far export, and is never negative', () => {
    const far = sequences(buildCalendar({ ...base, now: Date.UTC(2999, 0, 1) }));
    for (const seq of far.values()) expect(seq).toBeLessThan(2 ** 31);
    const early = sequences(buildCalendar({ ...base, now: Date.UTC(2019, 0, 1) }));
    for (const seq of early.values()) expect(seq).toBe(0);
  });
});
