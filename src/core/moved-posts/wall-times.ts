/**
 * Old sites that read a time written without a UTC offset as UTC, a default the author never
 * chose, and showed it as written: what a reader saw there was the wall time in the post, so
 * import leaves it for Throughline to read in the channel's zone (shared/interfaces.md §2), which
 * keeps the day (and time) the old page showed. Sources of each rule:
 * - Hugo with no `timeZone` reads such a time as Etc/UTC and formats it in that same location
 *   (gohugo.io/functions/time/astime), so its pages show it as written.
 * - Astro reads frontmatter with js-yaml, whose YAML 1.1 timestamp is UTC (astro-dates.ts), and:
 *   Fuwari shows a post's day as `date.toISOString().substring(0, 10)` (src/utils/date-utils.ts
 *   formatDateToYYYYMMDD), the UTC day, the day as written; the Astro blog template
 *   (FormattedDate.astro) and AstroPaper without a `timezone` format with `toLocaleDateString` in
 *   the zone of the computer that built the site: UTC on most hosts' build servers (GitHub
 *   Actions, Netlify, Vercel), the day as written there; an unknown theme most often one of these.
 */
import { quoteName, type Text } from '../i18n/text.ts';

/** Which old site showed unquoted times without an offset as written (see the module's docstring). */
export type AsWritten = 'hugo' | 'fuwari' | 'astro-template' | 'astropaper' | 'astro';

/** The Astro theme whose publication key `key` is (`published` Fuwari, `pubDate` the blog template, `pubDatetime` AstroPaper), else `astro`. */
export function astroThemeOfKey(key: string): AsWritten {
  return key === 'published' ? 'fuwari' : key === 'pubDate' || key === 'updatedDate' ? 'astro-template' : key === 'pubDatetime' || key === 'modDatetime' ? 'astropaper' : 'astro';
}

const JS_YAML = { en: 'Astro read them as UTC (its YAML parser, js-yaml, reads such an unquoted time so)', zh: 'Astro 把它们读作 UTC（它的 YAML 解析器 js-yaml 这样读不带引号的时间）' };
const BUILD = { en: 'the zone of the computer that built the site, UTC on most hosts\' build servers (the day as written there)', zh: '构建网站那台电脑的时区，大多数托管平台的构建服务器用 UTC（即写下的日期）' };

/** Why the old site showed them as written, and whether that is only the likely case (a build computer's zone). */
const WHY: Record<AsWritten, { text: Text; guess: boolean }> = {
  hugo: { guess: false, text: { en: "Hugo read them as UTC (the old site's config names no timeZone, and Hugo's default is Etc/UTC) and its pages showed them as written", zh: 'Hugo 把它们读作 UTC（旧网站的配置没有写 timeZone，Hugo 默认用 Etc/UTC），页面上按写下的时间显示' } },
  fuwari: { guess: false, text: { en: `${JS_YAML.en} and Fuwari showed each post's day in UTC (toISOString), the day as written`, zh: `${JS_YAML.zh}，而 Fuwari 按 UTC 显示每篇文章的日期（toISOString），即写下的日期` } },
  'astro-template': { guess: true, text: { en: `${JS_YAML.en} and the Astro blog template showed each day in ${BUILD.en}`, zh: `${JS_YAML.zh}，而 Astro 博客模板按${BUILD.zh}显示日期` } },
  astropaper: { guess: true, text: { en: `${JS_YAML.en} and AstroPaper, whose config names no timezone, showed each day in ${BUILD.en}`, zh: `${JS_YAML.zh}，而 AstroPaper 的配置没有写 timezone，按${BUILD.zh}显示日期` } },
  astro: { guess: true, text: { en: `${JS_YAML.en} and its theme most likely showed each day as written (in UTC, as Fuwari does, or in a build server's zone)`, zh: `${JS_YAML.zh}，而它的主题多半按写下的日期显示（按 UTC，如 Fuwari，或按构建服务器的时区）` } },
};

/** `files` as a short list in `lang`: the first three, then how many more. */
export function listedFiles(files: readonly string[], lang: 'en' | 'zh'): string {
  const more = files.length - 3;
  return files.slice(0, 3).join(lang === 'en' ? ', ' : '、') + (more > 0 ? (lang === 'en' ? ` and ${more} more` : ` 等另外 ${more} 篇`) : '');
}

/**
 * What to say once of `posts` posts (their written files `files`, `content/posts/…`) giving
 * unquoted times without an offset, the first `key: text`, from an old site `rule` showed as
 * written: that they are read in the channel `channel`'s zone (`channelZone` when known), why,
 * and how to read them as UTC instead.
 */
export function asWrittenNote(rule: AsWritten, posts: number, example: { key: string; text: string }, channel: string, channelZone: string | undefined, files: readonly string[]): Text {
  const n = { en: posts === 1 ? '1 post gives a time' : `${posts} posts give times`, zh: `${posts} 篇文章的时间` };
  const zone = channelZone ? { en: ` (${channelZone})`, zh: `（${channelZone}）` } : { en: '', zh: '' };
  const why = WHY[rule];
  const likely = why.guess ? { en: 'most likely ', zh: '多半' } : { en: '', zh: '' };
  const en = listedFiles(files, 'en');
  const zh = listedFiles(files, 'zh');
  const utc = `${example.text.trim().replace(/[ \t]+/, 'T')}Z`;
  const how =
    rule === 'hugo'
      ? { en: `if they meant UTC, set timeZone = "Etc/UTC" in the old site's config, remove these posts (${en}) and import again`, zh: `如果它们指的是 UTC，请在旧网站的配置里写上 timeZone = "Etc/UTC"，删掉这些文章（${zh}）后重新导入` }
      : { en: `if they meant UTC, write Z after each time (${example.key}: ${utc}) in ${en}`, zh: `如果它们指的是 UTC，请在 ${zh} 中每个时间后面加上 Z（${example.key}: ${utc}）` };
  return {
    en: `${n.en} without a UTC offset (${example.key}: ${example.text}): ${why.text.en}; they are read in the ${channel} channel's time zone${zone.en} as written, so each post ${likely.en}keeps the day and time its old page showed; ${how.en}`,
    zh: `${n.zh}没有写 UTC 偏移（${example.key}: ${example.text}）：${why.text.zh}；这些时间按${quoteName(channel, 'zh')}渠道的时区${zone.zh}原样读取，因此每篇文章${likely.zh}保留旧页面显示的日期和时间；${how.zh}`,
  };
}
