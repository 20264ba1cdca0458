/**
 * The time zone a moved post's times written without a UTC offset (`date: 2014-02-22 10:30:00`)
 * meant on its old site, which Throughline would otherwise read in the channel's zone
 * (shared/interfaces.md §2): the zone the site's config names (Jekyll's and Hexo's `timezone:`,
 * Hugo's `timeZone`, IANA names). Hugo without one read them as Etc/UTC and showed them as
 * written (wall-times.ts): they stay as written, in the channel's zone, keeping the day its pages
 * showed. Jekyll and Hexo without one read such times in the zone of
 * the computer that built the site (jekyllrb.com/docs/configuration/options/,
 * hexo.io/docs/configuration), which the import cannot know: those stay in the channel's zone,
 * and the import says so once.
 */
import { quoteName, type Text } from '../i18n/text.ts';
import { isValidTimeZone } from '../zoned-time.ts';
import type { OldSite } from './old-url.ts';
import { asWrittenNote, listedFiles, type AsWritten } from './wall-times.ts';

type Generator = 'Jekyll' | 'Hexo' | 'Hugo' | 'Astro';

/** How an Astro site read its posts' unquoted times without an offset: as UTC, js-yaml's reading (astro-dates.ts); written so only with a theme zone known (astroZoneOf's `shown`). */
export const ASTRO_ZONE: Extract<SiteZone, { zone: string }> = { generator: 'Astro', zone: 'UTC' };

/**
 * How the old site read times without an offset: in `zone`, or in a zone the import does not know
 * (`unknown`, with the config's value when it is no zone), or as UTC by a default while showing
 * them as written (`asWritten`: wall-times.ts). `shown`: the zone its pages showed dates in when
 * that is not `zone` (an Astro theme's `timezone:`, read where it was set).
 */
export type SiteZone =
  | { generator: Generator; zone: string; named?: { key: string; file: string }; shown?: { zone: string; key: string; file: string } }
  | { generator: Generator; unknown: true; named?: { zone: string; key: string; file: string } }
  | { generator: Generator; asWritten: AsWritten };

const NAMES = { jekyll: 'Jekyll', hexo: 'Hexo', hugo: 'Hugo' } as const;

/**
 * Java's old three-letter zone ids, which Intl (ICU) takes (`CST` is America/Chicago, `IST`
 * Asia/Kolkata) but the IANA database has not: Ruby (Jekyll), moment-timezone (Hexo) and Go
 * (Hugo) read none of them so, and a blog's `timezone: CST` may well mean China Standard Time.
 */
const JAVA_SHORT_IDS = new Set(['ACT', 'AET', 'AGT', 'ART', 'AST', 'BET', 'BST', 'CAT', 'CNT', 'CST', 'CTT', 'EAT', 'ECT', 'IET', 'IST', 'JST', 'MIT', 'NET', 'NST', 'PLT', 'PNT', 'PRT', 'PST', 'SST', 'VST']);

/** Whether a config's zone is an IANA name (`Asia/Shanghai`, `Japan`, `UTC`), not an offset or an abbreviation. */
function isIanaZone(zone: string): boolean {
  return isValidTimeZone(zone) && !JAVA_SHORT_IDS.has(zone.toUpperCase());
}

/**
 * ASTRO_ZONE, with the zone the site's theme showed its dates in when its config names an IANA
 * one (AstroPaper's `timezone:` in astro-paper.config.ts or src/config.ts: its Datetime component
 * formats each date there); without one the days it showed are not known (the build computer's
 * zone, or the theme's own rule).
 */
export function astroZoneOf(site: OldSite | undefined): Extract<SiteZone, { zone: string }> {
  const named = site?.generator === 'astro' ? site.timeZone : undefined;
  return named && isIanaZone(named.zone) ? { ...ASTRO_ZONE, shown: named } : ASTRO_ZONE;
}

/** How `site` read times without an offset; undefined when no Jekyll, Hexo or Hugo site is known. */
export function siteZoneOf(site: OldSite | undefined): SiteZone | undefined {
  if (site === undefined || site.generator === 'astro') return undefined;
  const generator = NAMES[site.generator];
  const named = site.timeZone;
  if (named && isIanaZone(named.zone)) return { generator, zone: named.zone, named: { key: named.key, file: named.file } };
  if (named) return { generator, unknown: true, named };
  return site.generator === 'hugo' ? { generator, asWritten: 'hugo' } : { generator, unknown: true };
}

/** One post's time written without an offset, as the note's example: its key, the text, and what it is written as (when an offset is added). */
export interface OffsetlessTime {
  key: string;
  text: string;
  written?: string;
}

/** A moved post's publication day that the channel's zone shows as another day than the old site did: the key and text as written, the day there (`written`) and the day here (`shown`), YYYY-MM-DD. */
export interface ShiftedDay {
  key: string;
  text: string;
  written: string;
  shown: string;
}

/**
 * What to say once of `posts` posts giving times without an offset, the first being `example`,
 * moved into the channel `channel`: the zone they are read in and why; null when there are none.
 * With `shifted` (those of them whose day in the channel's zone, where the portfolio, feeds,
 * calendar and streaks place a post, is not the old site's: a Shanghai morning is the evening
 * before in New York), how many, the first, and how to keep the old site's days. `files` (the
 * written posts, `content/posts/…`) and `channelZone` are named when the times stay as written.
 */
export function siteZoneNote(rule: SiteZone, posts: number, example: OffsetlessTime, channel: string, shifted?: { posts: number; example: ShiftedDay; channelZone: string }, kept?: { files: readonly string[]; channelZone?: string }): Text | null {
  if (posts === 0) return null;
  if ('asWritten' in rule) return asWrittenNote(rule.asWritten, posts, example, channel, kept?.channelZone, kept?.files ?? []);
  const note = zoneNoteOf(rule, posts, example, channel, kept);
  if (!shifted || !('zone' in rule)) return note;
  // An Astro site read such times as UTC but showed their days where its theme says: that zone, or none known.
  const keep = rule.generator === 'Astro' ? rule.shown?.zone : rule.zone;
  if (keep === undefined) return note;
  const where = rule.shown ? { en: ` (the zone the old site showed its dates in: ${rule.shown.key}: in ${rule.shown.file})`, zh: `（旧网站显示日期所用的时区：${rule.shown.file} 中的 ${rule.shown.key}:）` } : { en: '', zh: '' };
  const s = shifted.example;
  const many = shifted.posts === 1 ? { en: '1 of them falls', zh: '其中 1 篇' } : { en: `${shifted.posts} of them fall`, zh: `其中 ${shifted.posts} 篇` };
  return {
    en: `${note.en}; ${many.en} on another day in the ${channel} channel's time zone (${shifted.channelZone}), where its pages, feeds, calendar and streaks place each post (${s.key}: ${s.text} is ${s.written} there and ${s.shown} here); to keep the old site's days, set the channel's timezone to ${keep}${where.en} in content/planner.json (its slots then fall at their times in ${keep})`,
    zh: `${note.zh}；${many.zh}在${quoteName(channel, 'zh')}渠道的时区（${shifted.channelZone}）里落在另一天，而网站页面、订阅源、日历和连续记录都按这个时区安排每篇文章（${s.key}: ${s.text} 在旧网站是 ${s.written}，在这里是 ${s.shown}）；如要保留旧网站的日期，请在 content/planner.json 中把该渠道的 timezone 设为 ${keep}${where.zh}（它的排期随之按 ${keep} 的时间安排）`,
  };
}

/** siteZoneNote without the days that the channel's zone moves. */
function zoneNoteOf(rule: Exclude<SiteZone, { asWritten: AsWritten }>, posts: number, example: OffsetlessTime, channel: string, kept?: { files: readonly string[]; channelZone?: string }): Text {
  const n = { en: posts === 1 ? '1 post gives a time' : `${posts} posts give times`, zh: `${posts} 篇文章的时间` };
  const sample = `${example.key}: ${example.text}`;
  const written = example.written ? { en: `; written with the offset, e.g. ${example.written}`, zh: `；已写上偏移，例如 ${example.written}` } : { en: '', zh: '' };
  const files = kept?.files.length ? { en: ` (${listedFiles(kept.files, 'en')})`, zh: `（${listedFiles(kept.files, 'zh')}）` } : { en: '', zh: '' };
  const again = { en: `, remove these posts${files.en} and import again`, zh: `，删掉这些文章${files.zh}后重新导入` };
  const zone = kept?.channelZone ? { en: ` (${kept.channelZone})`, zh: `（${kept.channelZone}）` } : { en: '', zh: '' };
  if ('zone' in rule && rule.generator === 'Astro')
    return {
      en: `${n.en} without a UTC offset (${sample}): read in UTC, as Astro read them (its YAML parser, js-yaml, reads such an unquoted time as UTC)${written.en}`,
      zh: `${n.zh}没有写 UTC 偏移（${sample}）：按 UTC 读取，与 Astro 一致（它的 YAML 解析器 js-yaml 把这种不带引号的时间读作 UTC）${written.zh}`,
    };
  if ('zone' in rule && rule.named)
    return {
      en: `${n.en} without a UTC offset (${sample}): read in ${rule.zone}, the old site's time zone (${rule.named.key}: in ${rule.named.file}), as ${rule.generator} read them${written.en}`,
      zh: `${n.zh}没有写 UTC 偏移（${sample}）：按旧网站的时区 ${rule.zone}（${rule.named.file} 中的 ${rule.named.key}:）读取，与 ${rule.generator} 一致${written.zh}`,
    };
  if ('zone' in rule) return { en: `${n.en} without a UTC offset (${sample}): read in ${rule.zone}${written.en}`, zh: `${n.zh}没有写 UTC 偏移（${sample}）：按 ${rule.zone} 读取${written.zh}` };
  if (rule.named)
    return {
      en: `${n.en} without a UTC offset (${sample}), and the old site's ${rule.named.file} names ${rule.named.key}: ${rule.named.zone}, which is no IANA time zone name: they are read in the ${channel} channel's time zone${zone.en}; to read them in the old site's, write its IANA name there (e.g. Asia/Shanghai)${again.en}`,
      zh: `${n.zh}没有写 UTC 偏移（${sample}），而旧网站 ${rule.named.file} 中的 ${rule.named.key}: ${rule.named.zone} 不是 IANA 时区名：这些时间按${quoteName(channel, 'zh')}渠道的时区${zone.zh}读取；如要按旧网站的时区读取，请在那里写上它的 IANA 名称（例如 Asia/Shanghai）${again.zh}`,
    };
  return {
    en: `${n.en} without a UTC offset (${sample}), and the old site's _config.yml names no timezone (${rule.generator} read them in the zone of the computer that built the site): they are read in the ${channel} channel's time zone${zone.en}; if the site was built in another, set timezone: in its _config.yml (an IANA name, e.g. Asia/Shanghai)${again.en}`,
    zh: `${n.zh}没有写 UTC 偏移（${sample}），而旧网站的 _config.yml 没有写 timezone（${rule.generator} 按构建网站那台电脑的时区读取）：这些时间按${quoteName(channel, 'zh')}渠道的时区${zone.zh}读取；如果网站是在别的时区构建的，请在它的 _config.yml 里写上 timezone:（IANA 名称，例如 Asia/Shanghai）${again.zh}`,
  };
}
