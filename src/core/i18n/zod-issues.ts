/**
 * Chinese for the messages of the planner, post and init schemas (zod issues) and of cadence
 * checks, which are written in English next to the rules they guard. The CLI and the studio
 * both render a zod issue through `translateIssue`; a message nobody wrote (zod's own default
 * for a code) is rendered from the issue's code and parameters.
 */
import { DATE_ONLY_WHY } from '../calendar-date.ts';
import type { Text } from './text.ts';

/** The parts of a zod 4 issue this needs (zod's finalized `$ZodIssue` fits). */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: unknown;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
  keys?: readonly string[];
}

type Rule = [RegExp, (...groups: string[]) => string];

/** The ids the planner schema names in its messages (idField in schema/planner.ts). */
const ID_NAMES: Record<string, string> = { 'a pillar id': '支柱 ID', 'a channel id': '渠道 ID' };

const TIME_UNITS: Record<string, string> = { hours: '小时', minutes: '分钟', seconds: '秒' };

/** calendar-date.ts DATE_ONLY_WHY, in Chinese. */
const DATE_ONLY_WHY_ZH: Record<string, string> = {
  [DATE_ONLY_WHY.plannedFor]: '时间由渠道的排期决定（planner.json 里渠道的 "time"）',
  [DATE_ONLY_WHY.start]: '每个排期的时间是渠道的 "time"',
  [DATE_ONLY_WHY.break]: '休息期按渠道时区的整天计算',
};

/** An English list of values ("idea, draft, scheduled") as Chinese lists them, with 、 between. */
function zhList(list: string): string {
  return list.split(', ').join('、');
}

/** The inside of an English `"A", "B" or "C"` (outer quotes cut off) as Chinese lists it: `A"、"B" 或 "C`. */
function zhOrList(inner: string): string {
  return inner.split('", "').join('"、"').split('" or "').join('" 或 "');
}

/** English message (as written in the schemas and cadence.ts) -> Chinese. Anchored, in order. */
const RULES: Rule[] = [
  // calendar-date.ts dateTimeReason: a date-time where a date alone belongs, why (DATE_ONLY_WHY), and the date to write.
  [/^expected a date alone, not a date and time: (.+); write (.+)$/s, (why, write) => `应为单独的日期，不要写时间：${DATE_ONLY_WHY_ZH[why] ?? why}；请写 ${write}`],
  [/^expected a date as YYYY-MM-DD, e\.g\. "?([\d-]+)"?$/, (d) => `应为 YYYY-MM-DD 格式的日期，例如 ${d}`],
  [/^(\d{4}-\d{2}-\d{2}) does not exist: a year has 12 months$/, (d) => `${d} 这一天不存在：一年只有 12 个月`],
  [/^((\d{4})-(\d{2})-\d{2}) does not exist: \w+ \d{4} has (\d+) days$/, (d, y, m, n) => `${d} 这一天不存在：${y} 年 ${Number(m)} 月只有 ${n} 天`],
  [/^(\S+) is not a time of day: (hours|minutes|seconds) go up to (\d+)$/, (t, unit, n) => `${t} 不是一天中的时间：${TIME_UNITS[unit]}最大是 ${n}`],
  [/^(\S+): write the hour with two digits, (\S+)$/, (t, fixed) => `${t}：小时要写成两位数，即 ${fixed}`],
  [/^(.+): write the date as YYYY-MM-DD, (\S+)$/, (d, fixed) => `${d}：请把日期写成 YYYY-MM-DD，即 ${fixed}`],
  [/^(\S+): write the month and the day with two digits, (\S+)$/, (d, fixed) => `${d}：月和日要写成两位数，即 ${fixed}`],
  [/^expected an ISO 8601 date or date-time, e\.g\. (\S+) or (\S+?)(?:, not (".*"))?$/, (a, b, value) => `应为 ISO 8601 日期或日期时间，例如 ${a} 或 ${b}${value ? `，而不是 ${value}` : ''}`],
  [/^expected a time as HH:MM \(24-hour\): write "(\d{2}:\d{2})"$/, (meant) => `应为 HH:MM 格式的时间（24 小时制）：请写 "${meant}"`],
  [/^expected a time as HH:MM.*$/, () => '应为 HH:MM 格式的时间，例如 09:00'],
  // core/id-mistakes.ts idProblem: the typed id, what is wrong with it, and the id it likely meant.
  [/^(a pillar id|a channel id) may hold letters and digits of any script, "-" and "_": it is empty, e\.g\. .*$/s, (what) => `${ID_NAMES[what]} 只能由任何文字的字母或数字（中文也可以）、"-" 或 "_" 组成：现在是空的，例如 "recipes" 或 "家常菜"`],
  [/^(a pillar id|a channel id) may hold letters and digits of any script, "-" and "_": "(.*)" (has .*?|starts with .*?)(?:; try "(.*)"|, e\.g\. .*)$/s, (what, id, mistakes, tried) =>
    `${ID_NAMES[what]} 只能由任何文字的字母或数字（中文也可以）、"-" 或 "_" 组成：“${id}”${idMistakesZh(mistakes)}${tried ? `；可以改成 "${tried}"` : '，例如 "recipes" 或 "家常菜"'}`],
  [/^(a pillar id|a channel id) must be at most (\d+) characters$/, (what, n) => `${ID_NAMES[what]} 最多 ${n} 个字符`],
  [
    /^expected an IANA time zone, e\.g\. "(.+?)" or "(.+?)"(?:; got "(.*?)"(, an abbreviation, not a zone: .*?)?(?: \(did you mean "(.+)"\?\))?)?$/,
    (a, b, got, abbreviation, guess) =>
      `应为 IANA 时区，例如 "${a}" 或 "${b}"${got === '' ? '' : `；"${got}" ${abbreviation ? '是时区缩写，不是时区：它可能指好几个地方，或全年不变、没有夏令时的一个偏移' : '不是时区'}${guess ? `（是不是 "${zhOrList(guess)}"？）` : ''}`}`,
  ],
  [/^a pillar needs a name$/, () => '支柱需要一个名称'],
  [/^a brand has at most 7 pillars: fewer themes are easier to remember$/, () => '一个品牌最多 7 个支柱：主题越少越容易被记住'],
  [/^a brand needs at least 1 pillar$/, () => '一个品牌至少需要 1 个支柱'],
  [/^expected "self" or "original"$/, () => '应为 "self" 或 "original"'],
  [/^expected a colour as #rrggbb, e\.g\. "(.+)"$/, (c) => `应为 #rrggbb 格式的颜色，例如 "${c}"`],
  [/^expected a language tag such as en, zh-CN, zh-TW, ko or ja$/, () => '应为语言标签，例如 en、zh-CN、zh-TW、ko 或 ja'],
  [/^expected a text, e\.g\. (\S+)$/, (e) => `应为文本，例如 ${e}`],
  [/^expected true or false$/, () => '应为 true 或 false'],
  [/^expected true or false \(draft: true keeps the post off the portfolio\), not (.+)$/s, (v) => `应为 true 或 false（draft: true 表示这篇文章不上作品集），而不是 ${v}`],
  [/^the brand needs a name$/, () => '品牌需要一个名称'],
  [/^the positioning label must not be empty$/, () => '定位标签不能为空'],
  [/^the brand needs a "label" \(it may be "" until one is chosen\)$/, () => '品牌需要 "label" 字段（还没选好时可以是 ""）'],
  [/^a channel needs a name$/, () => '渠道需要一个名称'],
  [/^a channel needs a cadence, e\.g\. "(.+)"$/, (e) => `渠道需要一个发布节奏，例如 "${e}"`],
  [/^expected "en" or "zh"$/, () => '应为 "en" 或 "zh"'],
  [/^expected one of (.+)$/, (list) => `应为以下之一：${zhList(list)}`],
  [/^missing: write status: \((.+)\), or the post's date \(date: or publishedAt:\), which makes it published$/, (list) => `缺少：请写 status:（${zhList(list)}），或写上文章的日期（date: 或 publishedAt:），有日期即为已发布`],
  [/^"(.+)" is how the studio shows (\w+): write status: (\w+)$/, (v, shown, s) => `“${v}”是工作室里 ${shown} 的显示名：请写 status: ${s}`],
  [/^expected "version": (\d+)$/, (v) => `"version" 应为 ${v}`],
  [/^pillar id "(.+)" is used twice$/, (id) => `支柱 ID "${id}" 重复使用了两次`],
  [/^former id "(.+)" is the id of a pillar now: remove it from "formerIds"$/, (id) => `旧 ID "${id}" 现在是某个支柱的 ID：请把它从 "formerIds" 中删除`],
  [/^retired pillar id "(.+)" is a pillar's id or former id now: remove it from "retiredPillars"$/, (id) => `已停用支柱的 ID "${id}" 现在是某个支柱的 ID 或旧 ID：请把它从 "retiredPillars" 中删除`],
  [/^retired pillar id "(.+)" and pillar id "(.+)" differ only in case: .*$/, (a, b) => `已停用支柱的 ID "${a}" 和支柱 ID "${b}" 只有大小写不同：/pillars/${a}/ 和 /pillars/${b}/ 在 macOS 和 Windows 上会是同一个文件夹；请把它从 "retiredPillars" 中删除`],
  [/^retired pillar ids "(.+)" and "(.+)" differ only in case: .*$/, (a, b) => `已停用支柱的 ID "${a}" 和 "${b}" 只有大小写不同：/pillars/${b}/ 在 macOS 和 Windows 上会是同一个文件夹；在 "retiredPillars" 中只保留一个`],
  [/^retired pillar id "(.+)" is given twice: keep it once in "retiredPillars"$/, (id) => `已停用支柱的 ID "${id}" 出现了两次：在 "retiredPillars" 中只保留一次`],
  [/^former id "(.+)" and pillar id "(.+)" differ only in case: .*$/, (a, b) => `旧 ID "${a}" 和支柱 ID "${b}" 只有大小写不同：/pillars/${a}/ 和 /pillars/${b}/ 在 macOS 和 Windows 上会是同一个文件夹`],
  [/^former id "(.+)" is given twice: keep it on one pillar, once$/, (id) => `旧 ID "${id}" 出现了两次：只在一个支柱上保留一次`],
  [/^former ids "(.+)" and "(.+)" differ only in case: .*$/, (a, b) => `旧 ID "${a}" 和 "${b}" 只有大小写不同：/pillars/${b}/ 在 macOS 和 Windows 上会是同一个文件夹`],
  [/^channel id "(.+)" is used twice$/, (id) => `渠道 ID "${id}" 重复使用了两次`],
  [/^pillar ids "(.+)" and "(.+)" differ only in case: .*$/, (a, b) => `支柱 ID "${a}" 和 "${b}" 只有大小写不同：它们的页面（/pillars/${a}/、/pillars/${b}/）在 macOS 和 Windows 上会是同一个文件夹`],
  [/^channel ids "(.+)" and "(.+)" differ only in case: .*$/, (a, b) => `渠道 ID "${a}" 和 "${b}" 只有大小写不同：它们的日历（/calendar/${a}.ics、/calendar/${b}.ics）在 macOS 和 Windows 上会是同一个文件`],
  [/^unknown pillar "(.+)"; expected one of (.*)$/, (id, list) => `未知的支柱 "${id}"；应为以下之一：${zhList(list)}`],
  [/^unknown channel "(.+)"; expected one of \(no channels yet\)$/, (id) => `未知的渠道 "${id}"；还没有任何渠道`],
  [/^unknown channel "(.+)"; expected one of (.*)$/, (id, list) => `未知的渠道 "${id}"；应为以下之一：${zhList(list)}`],
  [/^"to" \((.+)\) is before "from" \((.+)\)$/, (to, from) => `"to"（${to}）早于 "from"（${from}）`],
  [/^an empty list names no channel, so the break would pause nothing; leave "channels" out for every channel, or list channel ids$/, () => '空列表没有指定任何渠道，这个休息期不会暂停任何渠道；要暂停所有渠道请去掉 "channels"，否则请列出渠道 ID'],
  [/^a post needs a title$/, () => '文章需要一个标题'],
  [/^(.+) is read as a (number|boolean), not text: put it in quotes, (\w+): "(.*)"$/, (v, kind, field, q) => `${v} 被读成了${kind === 'number' ? '数字' : '布尔值'}而不是文字：请加上引号，${field}: "${q}"`],
  [/^a post needs a channel id from planner\.json$/, () => '文章需要一个 planner.json 中的渠道 ID'],
  [/^expected a full URL, e\.g\. (.+)$/, (e) => `应为完整的网址，例如 ${e}`],
  [
    /^expected a full http\(s\) URL without spaces, control characters, quotes, "<", ">" or "\\", e\.g\. (.+)$/,
    (e) => `应为完整网址（http 或 https），不含空格、控制字符、引号、"<"、">" 或 "\\"，例如 ${e}`,
  ],
  [
    /^expected a full http\(s\) URL, e\.g\. (\S+) \(javascript:, data: and other schemes are refused\)$/,
    (e) => `应为完整网址（http 或 https），例如 ${e}（javascript:、data: 等其他协议会被拒绝）`,
  ],
  [/^(\S+) has no https:\/\/ in front: write url: (\S+)$/, (v, fixed) => `${v} 前面少了 https://：请写 url: ${fixed}`],
  [/^expected a full http\(s\) URL, e\.g\. (\S+)$/, (e) => `应为完整网址（http 或 https），例如 ${e}`],
  [
    /^expected a full http\(s\) URL, a path under public\/ starting with "\/", e\.g\. (\S+), or a file beside the post, e\.g\. (\S+)$/,
    (e, f) => `应为完整网址（http 或 https）、以 "/" 开头且位于 public/ 下的路径（例如 ${e}），或文章旁边的文件（例如 ${f}）`,
  ],
  [/^cover must not be empty$/, () => 'cover 不能为空'],
  [/^"(.*)" is a full address: write the path on your old site only, e\.g\. (\S+)$/s, (a, e) => `"${a}" 是完整网址：只写它在旧网站上的路径，例如 ${e}`],
  [/^"(.*)" does not start with "\/": write the whole path on your old site, e\.g\. (\S+)$/s, (a, e) => `"${a}" 没有以 "/" 开头：请写出它在旧网站上的完整路径，例如 ${e}`],
  [/^"(.*)" has a query or fragment \("\?" or "#"\): a static page cannot answer those; write the path alone$/s, (a) => `"${a}" 带有查询或片段（"?" 或 "#"）：静态页面无法响应它们；只写路径`],
  [/^"(.*)" has a space, control character, quote, "<", ">" or "\\": write it percent-encoded as a link would$/s, (a) => `"${a}" 含有空格、控制字符、引号、"<"、">" 或 "\\"：请像链接那样用百分号编码书写`],
  [/^"(.*)" is not a path a static host can serve \(a stray "%" or an encoded "\?", "#" or "\/"\)$/s, (a) => `"${a}" 不是静态网站能提供的路径（有多余的 "%"，或编码过的 "?"、"#"、"/"）`],
  [/^"(.*)" has a "\." or "\.\." part: write the path as the old site served it$/s, (a) => `"${a}" 含有 "." 或 ".." 段：请按旧网站实际的路径书写`],
  [/^"(.*)" is a page, not a feed: write the old feed's own path, e\.g\. (\S+)$/s, (a, e) => `"${a}" 是网页，不是 feed：请写旧 feed 自己的路径，例如 ${e}`],
  [/^give either "tag" \(a tag's name\) or "pillar" \(a pillar id\), or "list" \("tags", "posts" or "home"\) for an old list page: where the old page leads now$/, () => '请写 "tag"（标签名）、"pillar"（支柱 id）或 "list"（"tags"、"posts" 或 "home"，旧的列表页面）三者之一：旧页面现在转到哪里'],
  [/^expected "tags" \(a list of every tag or category, leading to \/tags\/\), "posts" \(a list of posts, leading to \/archive\/\) or "home" \(an old home page, leading to \/\)$/, () => '应为 "tags"（列出全部标签或分类的页面，转到 /tags/）、"posts"（文章列表，转到 /archive/）或 "home"（旧首页，转到 /）'],
  [/^expected the name of a tag, e\.g\. (.+)$/, (e) => `应为标签名，例如 ${e}`],
  [/^expected a pillar id, e\.g\. (.+)$/, (e) => `应为支柱 id，例如 ${e}`],
  [/^expected a path on your old site, e\.g\. (\S+)$/, (e) => `应为旧网站上的路径，例如 ${e}`],
  [/^expected a list of paths on your old site, e\.g\. (\S+)$/, (e) => `应为旧网站上的路径列表，例如 ${e}`],
  [/^a tag must not be empty$/, () => '标签不能为空'],
  [/^a published post needs publishedAt \(e\.g\. (.+) or (.+)\)$/, (a, b) => `已发布的文章需要 publishedAt（例如 ${a} 或 ${b}）`],
  [/^your name \(or brand name\) is needed$/, () => '需要你的名字（或品牌名）'],
  [/^name at least one strength, e\.g\. (.+)$/, () => '至少写一项专长，例如 ["职场沟通", "面试辅导"]'],
  [/^name at least 1 pillar$/, () => '至少写 1 个支柱'],
  [/^at most 7 pillars: fewer themes are easier to remember$/, () => '最多 7 个支柱：主题越少越好记'],
  [/^a cadence is needed, e\.g\. (.+)$/, (e) => `需要一个发布节奏，例如 ${e}`],
  [/^a post id must not be empty$/, () => '文章 ID 不能为空'],
  [/^a post id must be at most (\d+) characters$/, (n) => `文章 ID 最多 ${n} 个字符`],
  [/^a post id must be a path under content\/posts, not an absolute path$/, () => '文章 ID 必须是 content/posts 下的路径，不能是绝对路径'],
  [/^a post id must not contain "\.\." or "\."$/, () => '文章 ID 不能包含 ".." 或 "."'],
  [/^each part of a post id must be at most (\d+) bytes \(a Chinese character takes 3\)$/, (n) => `文章 ID 的每一段最多 ${n} 字节（一个汉字占 3 字节）`],
  [/^a post id may hold letters, digits, "-" and "_" in "\/"-separated parts, e\.g\. "(.+)"$/, (e) => `文章 ID 只能由任何文字的字母或数字（中文也可以）、"-" 和 "_" 组成，用 "/" 分段，例如 "${e}"`],
  // store/post-paths.ts segmentsProblem: the typed id, what is wrong with it, and the id it likely meant.
  [/^a post id may hold letters, digits, "-" and "_" in "\/"-separated parts: "(.*)" (has .*?)(?:; try "(.*)"|, e\.g\. "(.*)")$/s, (id, what, tried, eg) =>
    `文章 ID 只能由任何文字的字母或数字（中文也可以）、"-" 和 "_" 组成，用 "/" 分段：“${id}”${idMistakesZh(what)}${tried ? `；可以改成 "${tried}"` : `，例如 "${eg === '2026/braised-pork' ? '2026/红烧肉' : eg}"`}`],
  ...cadenceRules(),
];

const BLANKS_ZH: Record<string, string> = { 'a space': '空格', 'a full-width space': '全角空格', 'a tab': '制表符', 'a no-break space': '不换行空格', 'a blank': '空白字符' };

/** core/id-mistakes.ts's words for an id's mistakes ("has a space (shown as ␣); has a part that starts with "-""), in Chinese. */
function idMistakesZh(what: string): string {
  return what.split('; ').map((phrase) => {
    const lead = /^has a part that starts with "(.+)"$/s.exec(phrase);
    if (lead) return `有一段以 "${lead[1]}" 开头`;
    const start = /^starts with "(.+)"$/s.exec(phrase);
    if (start) return `以 "${start[1]}" 开头`;
    if (phrase === 'has an empty part (a "/" at an end, or two in a row)') return '有一段是空的（"/" 在开头或结尾，或连着两个 "/"）';
    const chars = phrase.replace(/^has /, '').split(/, (?=["a])| and (?=["a])/).map((name) => {
      const blank = /^(.+) \(shown as ␣\)$/.exec(name);
      return blank ? `${BLANKS_ZH[blank[1]!] ?? blank[1]}（显示为 ␣）` : name;
    });
    return `含有${chars.join('、')}`;
  }).join('，');
}

/** The messages of cadence.ts (checkCadence and the channel history check). */
function cadenceRules(): Rule[] {
  const eg = 'e\\.g\\. "(.+)"';
  return [
    [new RegExp(`^the cadence is empty; expected an RRULE, ${eg}$`), (e) => `发布节奏为空；应为一条 RRULE，例如 "${e}"`],
    [new RegExp(`^the cadence is (\\d+) characters long; a cadence is a short RRULE \\(at most (\\d+)\\), ${eg}$`), (n, max, e) => `发布节奏长达 ${n} 个字符；发布节奏是一条简短的 RRULE（最多 ${max} 个字符），例如 "${e}"`],
    [/^DTSTART does not belong in the cadence/, () => 'DTSTART 不属于发布节奏：首个日期由渠道的 "start" 字段设定'],
    [/^TZID does not belong in the cadence/, () => 'TZID 不属于发布节奏：请设置渠道的 "timezone" 字段'],
    [/^EXDATE does not belong in the cadence: to skip a date, add a break to "breaks" \(e\.g\. (.+)\): its slots are left out of the plan, the streaks and the calendar$/, (e) => `EXDATE 不属于发布节奏：要跳过某一天，请在 "breaks" 里加一个休息期（例如 ${e}）：其中的排期不会出现在计划、连续记录和日历中`],
    [/^(BYHOUR|BYMINUTE|BYSECOND) is not allowed/, (k) => `不允许使用 ${k}：渠道每天只有一个排期，时间由渠道的 "time" 字段设定（例如 "time": "09:00"）`],
    [/^"(.+)" is a cadence in words; use an RRULE(?: and set the channel's "time" to (\d\d:\d\d))?$/s, (p, t) => `“${p}”是用文字写的发布节奏；请写成 RRULE${t ? `，并把渠道的发布时间（"time"）设为 ${t}` : ''}`],
    [new RegExp(`^"(.+)" is not a NAME=VALUE part; write the cadence as parts joined by ";", ${eg}$`), (p, e) => `"${p}" 不是 名称=值 形式；发布节奏由以 ";" 连接的各部分组成，例如 "${e}"`],
    [/^unknown part "(.+)"; expected (.+)$/, (k, list) => `未知的部分 "${k}"；应为 ${list}`],
    [/^(.+) is given twice; give each part once$/, (k) => `${k} 出现了两次；每个部分只写一次`],
    [/^the cadence ends \(UNTIL=([^)]*)\) before the start date ([\d-]+), so the channel would have no slot/, (u, d) => `这个发布节奏在开始日期 ${d} 之前就结束了（UNTIL=${u}），渠道不会有任何排期；请写一个更晚的 UNTIL，或去掉它`],
    [/^the cadence has no slot on or after the start date ([\d-]+)/, (d) => `这个发布节奏在开始日期 ${d} 及之后没有任何排期，渠道不会有排期`],
    [/^the cadence never produces a date/, () => '这个发布节奏不会产生任何日期（二月没有 30 日，没有哪个月有第 6 个周一）；请检查 BYMONTH、BYMONTHDAY、BYDAY 和 BYSETPOS'],
    [new RegExp(`^the cadence needs FREQ, ${eg}$`), (e) => `发布节奏需要 FREQ，例如 "${e}"`],
    [/^FREQ=(.+) is more often than daily/, (f) => `FREQ=${f} 比每天一次更频繁；一个渠道每天最多一个排期：请用 FREQ=DAILY、WEEKLY、MONTHLY 或 YEARLY`],
    [/^FREQ=(.+) is not a frequency/, (f) => `FREQ=${f} 不是有效的频率；应为 DAILY、WEEKLY、MONTHLY 或 YEARLY`],
    [/^(\w+)=(.+) is not valid; expected a whole number from 1 to 9999/, (k, v) => `${k}=${v} 无效；应为 1 到 9999 之间的整数，例如 ${k}=2`],
    [/^use COUNT or UNTIL, not both$/, () => 'COUNT 和 UNTIL 只能用一个'],
    [/^UNTIL=(\d{8}\S*): (\d{4}-\d{2}-\d{2} does not exist: .+); use a date that exists, e\.g\. (UNTIL=\d+)$/, (v, why, e) => `UNTIL=${v}：${translateMessage(why) ?? why}；请用一个存在的日期，例如 ${e}`],
    [/^UNTIL=(.+) is not valid/, (v) => `UNTIL=${v} 无效；应为日期 YYYYMMDD 或日期时间 YYYYMMDDTHHMMSS（UTC 加 Z），例如 UNTIL=20261231`],
    [/^BYDAY=(.+) is not valid/, (v) => `BYDAY=${v} 无效；应为以 "," 分隔的星期 MO、TU、WE、TH、FR、SA、SU，MONTHLY 或 YEARLY 时可加序号（1TH = 第一个周四，-1FR = 最后一个周五）`],
    [/^BYDAY=(.+) numbers a weekday, which only works with FREQ=MONTHLY or YEARLY; with FREQ=(\w+)/, (v, f) => `BYDAY=${v} 给星期加了序号，只适用于 FREQ=MONTHLY 或 YEARLY；FREQ=${f} 时请用不带序号的星期，例如 BYDAY=TH`],
    [/^WKST=(.+) is not valid/, (v) => `WKST=${v} 无效；应为一个星期，例如 WKST=MO`],
    [/^(\w+)=(.+) is not valid; expected numbers from 1 to (\d+)( or -\d+ to -1 \(counting from the end\))?/, (k, v, max, signed) => `${k}=${v} 无效；应为以 "," 分隔的 1 到 ${max} 之间的数字${signed ? `，或 -${max} 到 -1（从末尾数）` : ''}`],
    [/^(\w+) does not work with FREQ=(\w+); it needs FREQ=(.+)$/, (k, f, need) => `${k} 不能与 FREQ=${f} 一起使用；需要 FREQ=${need.replace(/ or /g, ' 或 ')}`],
    [/^BYSETPOS picks among the dates of another BY part/, () => 'BYSETPOS 从另一个 BY 部分的日期中挑选；请加上一个，例如 "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"'],
    [/^(.+) must be before (.+): history runs oldest first/, (a, b) => `${a} 必须早于 ${b}：history 从最早排起，每一段结束于下一段（或渠道的 "start"）开始之时`],
  ];
}

/** The Chinese of an English schema or cadence message, or undefined when it has none. */
export function translateMessage(message: string): string | undefined {
  // A suggestion a message ends with (cadence.ts didYouMean): the rest translated, then the suggestion.
  const suggested = /^(.+); did you mean "([^"]+)"\?$/s.exec(message);
  if (suggested) {
    const rest = translateMessage(suggested[1]!);
    return rest === undefined ? undefined : `${rest}；是不是想写 "${suggested[2]}"？`;
  }
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1).map((g) => g ?? ''));
  }
  return undefined;
}

/** A zod issue in both languages: its own message in English (zod's default reworded), and Chinese for it. */
export function translateIssue(issue: IssueLike): Text {
  const zh = translateMessage(issue.message);
  if (zh !== undefined) return { en: issue.message, zh };
  return { en: ZOD_DEFAULT.test(issue.message) ? renderByCodeEn(issue) : issue.message, zh: renderByCode(issue) };
}

/**
 * zod 4's own English messages (its en locale): "Invalid input: expected string, received
 * undefined" names JavaScript's types and says nothing of a missing field. Every message the
 * schemas write themselves has a Chinese rule above and never reaches this.
 */
const ZOD_DEFAULT = /^(?:Invalid input|Invalid option|Too small|Too big|Invalid string|Invalid URL|Unrecognized keys?:)/;

/** The English of zod's default messages, by code, worded as the Chinese is. */
function renderByCodeEn(issue: IssueLike): string {
  const n = (x: unknown, one: string, many: string) => `${String(x)} ${Number(x) === 1 ? one : many}`;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? `missing (expected ${typeNameEn(issue.expected)})` : `wrong type: expected ${typeNameEn(issue.expected)}`;
    case 'invalid_value':
      return `expected one of: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? 'must not be empty' : `at least ${n(issue.minimum, 'character', 'characters')}`) : issue.origin === 'array' ? `at least ${n(issue.minimum, 'item', 'items')}` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `at most ${n(issue.maximum, 'character', 'characters')}` : issue.origin === 'array' ? `at most ${n(issue.maximum, 'item', 'items')}` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'expected a full web address (https://…)' : `wrong format (expected ${issue.format ?? '?'})`;
    case 'unrecognized_keys':
      return `unknown ${(issue.keys ?? []).length === 1 ? 'field' : 'fields'}: ${(issue.keys ?? []).join(', ')}`;
    default:
      return issue.message;
  }
}

const TYPE_NAMES_EN: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object' };

function typeNameEn(expected: unknown): string {
  return TYPE_NAMES_EN[String(expected)] ?? String(expected);
}

/** Zod's default messages ("Invalid input: expected string, received undefined") by code. */
function renderByCode(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? `缺少此字段（应为${typeName(issue.expected)}）` : `类型不对：应为${typeName(issue.expected)}`;
    case 'invalid_value':
      return `应为以下之一：${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${String(issue.minimum)} 个字符`) : issue.origin === 'array' ? `至少 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `最多 ${String(issue.maximum)} 个字符` : issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'url' ? '应为完整的网址' : `格式不对（应为 ${issue.format ?? '?'}）`;
    case 'unrecognized_keys':
      return `未知的字段：${(issue.keys ?? []).join(', ')}`;
    default:
      return '无效的值';
  }
}

const TYPE_NAMES: Record<string, string> = { string: '文本', number: '数字', boolean: '布尔值', array: '列表', object: '对象' };

/** The Chinese name of a zod type, or its own name after a space (a space goes between Chinese and Latin, none between Chinese words). */
function typeName(expected: unknown): string {
  return TYPE_NAMES[String(expected)] ?? ` ${String(expected)}`;
}
