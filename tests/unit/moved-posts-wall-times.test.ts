import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import type { OldSite } from '../../src/core/moved-posts/old-url.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { publishedEpoch } from '../../src/core/published-at.ts';
import { formatZonedISO } from '../../src/core/zoned-time.ts';

const SHANGHAI = 'Asia/Shanghai';
const zoned = (zone: string) => ({ zone, key: 'timezone', file: '_config.yml' });

/** What Throughline shows of an imported post: its publication day and time in the channel's zone. */
function shownAfterImport(site: OldSite | undefined, key: string, channelZone: string): string {
  const text = `---\ntitle: Moon cakes\n${key}: 2026-09-26 21:30:00\n---\n\nText.\n`;
  const plan = planMove([{ path: 'src/content/posts/moon-cakes.md', text }], [], { channel: 'blog', status: 'published', channelZone, ...(site ? { site } : {}) });
  const { publishedAt } = parsePostText(plan.moves[0]!.text, 'x', 'x.md').data;
  return formatZonedISO(publishedEpoch(publishedAt!, channelZone), channelZone).slice(0, 16).replace('T', ' ');
}

// `published: 2026-09-26 21:30:00` (unquoted, no offset) written on each old site, moved into a
// channel in Asia/Shanghai: the day (and time) a reader saw there is what Throughline shows.
// The old site's showing, by its source: Fuwari's formatDateToYYYYMMDD is toISOString (the UTC
// day of js-yaml's UTC Date); the Astro blog template's FormattedDate and AstroPaper without a
// timezone use toLocaleDateString on a UTC build server; AstroPaper with timezone: formats the UTC
// instant there (dayjs.tz); Hugo without timeZone reads and shows Etc/UTC; Hexo, Jekyll and Hugo
// with a zone read and show it there; Hexo and Jekyll without one the build computer's (taken as
// the author's); an Obsidian or plain folder is read in the channel's zone (the contract).
describe('an imported time without an offset shows the day and time the old site showed', () => {
  const astro: OldSite = { generator: 'astro', routes: {} };
  const table: [string, OldSite | undefined, string, string][] = [
    ['Fuwari (published)', astro, 'published', '2026-09-26 21:30'],
    ['Fuwari, its folder alone (no site)', undefined, 'published', '2026-09-26 21:30'],
    ['the Astro blog template (pubDate)', astro, 'pubDate', '2026-09-26 21:30'],
    ['AstroPaper with no timezone (pubDatetime)', astro, 'pubDatetime', '2026-09-26 21:30'],
    ['AstroPaper with timezone: Asia/Shanghai', { ...astro, timeZone: { zone: SHANGHAI, key: 'timezone', file: 'src/config.ts' } }, 'pubDatetime', '2026-09-27 05:30'],
    ['Hugo with no timeZone', { generator: 'hugo' }, 'date', '2026-09-26 21:30'],
    ['Hugo with timeZone Asia/Shanghai', { generator: 'hugo', timeZone: { zone: SHANGHAI, key: 'timeZone', file: 'hugo.toml' } }, 'date', '2026-09-26 21:30'],
    ['Hexo with timezone: Asia/Shanghai', { generator: 'hexo', timeZone: zoned(SHANGHAI) }, 'date', '2026-09-26 21:30'],
    ['Hexo with no timezone', { generator: 'hexo' }, 'date', '2026-09-26 21:30'],
    ['Jekyll with timezone: Asia/Shanghai', { generator: 'jekyll', timeZone: zoned(SHANGHAI) }, 'date', '2026-09-26 21:30'],
    ['Jekyll with no timezone', { generator: 'jekyll' }, 'date', '2026-09-26 21:30'],
    ['an Obsidian folder', undefined, 'date', '2026-09-26 21:30'],
  ];
  test.each(table)('%s', (_, site, key, oldSiteShowed) => {
    expect(shownAfterImport(site, key, SHANGHAI)).toBe(oldSiteShowed);
  });

  test('a zone with a clock change: a Fuwari post on the night of the last Sunday of October in Europe/Berlin keeps its day and time', () => {
    const astro: OldSite = { generator: 'astro', routes: {} };
    expect(shownAfterImport(astro, 'published', 'Europe/Berlin')).toBe('2026-09-26 21:30');
    const text = (at: string) => `---\ntitle: Herbst\npublished: ${at}\n---\n\nText.\n`;
    const plan = planMove([{ path: 'a.md', text: text('2026-10-24 23:30:00') }, { path: 'b.md', text: text('2026-10-25 23:30:00') }], [], { channel: 'blog', status: 'published', channelZone: 'Europe/Berlin', site: astro });
    const shown = plan.moves.map((m) => { const at = parsePostText(m.text, 'x', 'x.md').data.publishedAt!; return formatZonedISO(publishedEpoch(at, 'Europe/Berlin'), 'Europe/Berlin'); });
    expect(shown).toEqual(['2026-10-24T23:30:00+02:00', '2026-10-25T23:30:00+01:00']);
  });
});

describe('the note on times kept as written names the theme, the zone, the files and how to read them as UTC', () => {
  const posts = (key: string, n: number) => Array.from({ length: n }, (_, i) => ({ path: `p${i}.md`, text: `---\ntitle: Post ${i}\n${key}: 2026-09-2${i} 21:30:00\n---\n\nText.\n` }));
  const noteOf = (key: string, n: number) => planMove(posts(key, n), [], { channel: 'blog', status: 'published', channelZone: SHANGHAI, site: { generator: 'astro', routes: {} } }).warnings.find((w) => w.en.includes('without a UTC offset'))!;

  test.each([
    ['published', 'Fuwari showed each post\'s day in UTC (toISOString), the day as written; they are read in the blog channel\'s time zone (Asia/Shanghai) as written, so each post keeps'],
    ['pubDate', 'the Astro blog template showed each day in the zone of the computer that built the site, UTC on most hosts\' build servers (the day as written there); they are read in the blog channel\'s time zone (Asia/Shanghai) as written, so each post most likely keeps'],
    ['pubDatetime', 'AstroPaper, whose config names no timezone, showed each day in the zone of the computer that built the site'],
  ])('%s', (key, said) => {
    const note = noteOf(key, 5);
    expect(note.en).toContain(said);
    expect(note.en).toMatch(new RegExp(`write Z after each time \\(${key}: 2026-09-20T21:30:00Z\\) in content/posts/2026/p0\\.md, content/posts/2026/p1\\.md, content/posts/2026/p2\\.md and 2 more$`));
    expect(note.zh).toContain('按“blog”渠道的时区（Asia/Shanghai）原样读取');
    expect(note.zh).toContain('content/posts/2026/p0.md、content/posts/2026/p1.md、content/posts/2026/p2.md 等另外 2 篇');
  });
});
