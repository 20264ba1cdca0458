/**
 * Error text in the studio's language. The schemas (src/core/schema) and the studio's own form
 * checks word their messages in English; the studio shows them in Chinese by matching each
 * message against the patterns below (captured ids, dates and lists carried over). A message no
 * pattern knows keeps its English text after a Chinese lead-in, so nothing is ever hidden.
 */
import type { ThroughlineError } from '../../core/errors.ts';
import { pick, type Text } from '../../core/i18n/text.ts';
import { translateMessage as translateCoreMessage } from '../../core/i18n/zod-issues.ts';
import type { FieldErrors } from './form-errors.ts';
import type { Lang } from './i18n.ts';
import { localeLang, type StudioLocale } from './locale.ts';
import { uiText } from './traditional.ts';

/**
 * The studio's own messages (form checks, actions, flags): [English pattern, Chinese with $1…].
 * First match wins. The schemas' and cadence checks' messages are not repeated here: their
 * Chinese lives in src/core/i18n/zod-issues.ts, shared with the CLI, and is used after these.
 */
const ZH_MESSAGES: [RegExp, string | ((...groups: string[]) => string)][] = [
  [/^add a channel first: every post belongs to one$/, '请先添加一个渠道：每篇文章都属于某个渠道'],
  [/^too many ideas share this title; change it a little$/, '同名想法太多；请稍微改一下标题'],
  [/^expected (\w+) or (\w+)$/, '应为 $1 或 $2'],
  [/^unknown channel "([^"]*)"; pick a slot from the calendar$/, '未知渠道“$1”；请在日历中选择一个排期'],
  [/^unknown channel "([^"]*)"$/, '未知渠道“$1”'],
  [/^unknown channel (.+); expected one of (.*)$/, '未知渠道 $1；应为以下之一：$2'],
  [/^unknown pillar "([^"]*)"$/, '未知支柱“$1”'],
  [/^unknown pillar (.+); expected one of (.*)$/, '未知支柱 $1；应为以下之一：$2'],
  [/^expected the slot date as YYYY-MM-DD$/, '排期日期格式应为 YYYY-MM-DD'],
  // plan/slot-day.ts: a date that is no slot of the channel (plan-move, Plan a post, Skip; the editor's Planned for says to set the field).
  [/^([\d-]+) is not a slot day of "(.*)": its cadence has no slot that day; (pick a slot from the calendar|set "Planned for" to a slot day)(?: \(nearest slot days: (.*)\))?$/, (_m, date, channel, pick, near) => `${date} 不是“${channel}”的排期日：它的节奏那天没有排期；${pickSlot(pick)}${nearSlotDays(near)}`],
  [/^([\d-]+) is inside the break ([\d-]+) to ([\d-]+) for "(.*)", which has no slot then; (pick a slot from the calendar|set "Planned for" to a slot day)(?: \(nearest slot days: (.*)\))?$/, (_m, date, from, to, channel, pick, near) => `${date} 在“${channel}”的休息期 ${from} 至 ${to} 内，那时没有排期；${pickSlot(pick)}${nearSlotDays(near)}`],
  [/^"(.*)" has no slot within a year of ([\d-]+); (pick a slot from the calendar|set "Planned for" to a slot day)$/, (_m, channel, date, pick) => `“${channel}”在 ${date} 前后一年内都没有排期；${pickSlot(pick)}`],
  // plan/slot-day.ts closedSlotError: a past slot no post can fill any more (plan-move, Plan a post, Move to, the editor's Planned for).
  [/^the ([\d-]+) slot of "(.*)" is over \(missed, or filled by a published post\), so a post planned there fills no slot; (pick a slot still open in the calendar|set "Planned for" to a slot still open)(?: \(next open slot: ([\d-]+)(?:, overdue: publish before ([\d-]+) to fill it|(, overdue, still open))?\))?$/, (_m, date, channel, pick, next, until, open) => `“${channel}”在 ${date} 的排期已经过去（已断更，或已有发布的文章填上），安排在那天的文章不会填上任何排期；${pick.startsWith('set') ? '请把“计划日期”设为一个还空着的排期' : '请在日历中选择一个还空着的排期'}${next ? `（下一个空排期：${next}${until ? `，已逾期：${until} 前发布可补上` : open ? '，已逾期，仍可补上' : ''}）` : ''}`],
  // plan/plan-actions.ts heldSlotError: Move to a slot another post holds by now.
  [/^the ([\d-]+) slot of "(.*)" already has "(.*)" \((.+)\), so "Move to" left "(.*)" where it was(?: \(nearest free slot: ([\d-]+)\))?; to put both in that slot, drag it there on the plan$/s, (_m, date, channel, title, id, mine, free) => `“${channel}”在 ${date} 的排期已经有“${title}”（${id}），所以“移到”没有移动“${mine}”${free ? `（最近的空排期：${free}）` : ''}；如果要让两篇放在同一个排期，请在计划页把它拖过去`],
  // POST /studio/api/plan-move (move.ts readMoveRequest) and autosave: a script's malformed request.
  [/^expected the slot date as YYYY-MM-DD, or null to unplan$/, '排期日期格式应为 YYYY-MM-DD，或用 null 取消安排'],
  [/^which post\? expected "id"$/, '哪篇内容？请给出 "id"'],
  [/^the file name of "(.*)" is no id the studio can plan by: rename the file first, then plan it$/, '“$1”的文件名不能用作工作室排期所用的 ID：请先给文件重命名，再安排它'],
  [/^expected a channel id$/, '应为渠道 ID'],
  [/^expected the new post id as text$/, '新的内容 ID 应为文字'],
  [/^expected the channel and id to put back as text$/, '要恢复的渠道和 ID 应为文字'],
  [/^expected one of (.+)$/, '应为以下之一：$1'],
  [/^expected \{id, revision, values\}$/, '请求应包含 {id, revision, values}'],
  [/^expected (\w+) or (\w+)$/, '应为 $1 或 $2'],
  [/^unknown action "([^"]*)"; expected (.+)$/, '未知操作“$1”；应为以下之一：$2'],
  [/^a brand needs at least 1 pillar$/, '品牌至少需要 1 个支柱'],
  [/^a brand has at most 7 pillars.*$/, '品牌最多 7 个支柱：主题越少越好记'],
  [/^give a slug.*$/, '请填写路径，例如 "braised-pork"（会成为 content/posts/braised-pork.mdx）'],
  [/^a post "([^"]*)" already exists$/, '内容“$1”已存在；请换一个路径'],
  [/^there is no post "([^"]*)"$/, '没有内容“$1”'],
  [/^its English version is already "([^"]*)" \(translationKey "([^"]*)"\)$/, '它的英文版已经是“$1”（translationKey “$2”）'],
  [/^its Chinese version is already "([^"]*)" \(translationKey "([^"]*)"\)$/, '它的中文版已经是“$1”（translationKey “$2”）'],
  [/^there is a post "([^"]*)" now; nothing was undone$/, '现在已有内容“$1”；没有撤销任何改动'],
  [/^"([^"]*)" is published: it stays in the slot it filled; to plan it again, set its status back to draft in the editor$/, '“$1”已发布：它留在它填上的排期里；要重新安排，请先在编辑器里把状态改回草稿'],
  [/^the file changed on disk since you opened it.*$/, '自你打开以来文件已在磁盘上被修改；你的修改没有保存'],
  [/^the form did not say which version of the file it edited$/, '表单没有说明它编辑的是文件的哪个版本；请重新加载'],
  [/^give the channel an id.*$/, '请为渠道填写 ID（任何文字的字母或数字、“-”或“_”），例如 "blog" 或 "小红书"'],
  [/^a channel "([^"]*)" exists already.*$/, '渠道“$1”已存在；请换一个 ID'],
  [/^there is no channel "([^"]*)" any more.*$/, '渠道“$1”已不存在；请重新加载页面'],
  [/^choose at least one weekday$/, '请至少选择一个星期几'],
  // plan/breaks.ts: a break that ends before it starts, named by the form's labels (plan/strings.ts breaks.to, breaks.from).
  [/^"To \(inclusive\)" \(([\d-]+)\) is before "From" \(([\d-]+)\)$/, '“结束（含）”（$1）早于“开始”（$2）'],
  [/^a break from ([\d-]+) to ([\d-]+) for every channel exists already$/, '已有 $1 到 $2 的休息期（所有渠道）'],
  [/^a break from ([\d-]+) to ([\d-]+) for (.+) exists already$/, '已有 $1 到 $2 的休息期（$3）'],
  [/^the new cadence must start after ([\d-]+).*$/, '新节奏必须晚于 $1（上一个节奏的开始日期）'],
  [/^"(.*)" has not started yet \(it starts on ([\d-]+)\), so a new cadence cannot apply from ([\d-]+), a day already past: leave it empty to keep its start, or choose ([\d-]+) or later$/, '“$1”还没有开始（它从 $2 开始），所以新节奏不能从已经过去的 $3 生效：留空以保留它的开始日期，或选择 $4 或之后的日期'],
  [/^start "([^"]*)" is not a date.*$/, '开始日期“$1”不是日期；格式应为 YYYY-MM-DD'],
  [/^time "([^"]*)" is not a time.*$/, '时间“$1”无效；格式应为 HH:MM（24 小时制）'],
  [/^"([^"]*)" is not an IANA time zone.*$/, '“$1”不是 IANA 时区；例如 Asia/Shanghai'],
  [/^expected a percentage from 0 to 100.*\(got "([^"]*)"\)$/, '应为 0 到 100 的百分比，例如 40（收到“$1”）'],
  [/^the targets add up to (\d+)%.*$/, '目标合计为 $1%；请保持在 100% 以内'],
  [/^pillar "([^"]*)" is still used by (\d+) posts?: (.*); choose where they go$/, '支柱“$1”仍被 $2 篇内容使用：$3；请选择把它们移到哪里'],
  [/^channel "([^"]*)" is still used by (\d+) posts?: (.*); choose where they go$/, '渠道“$1”仍被 $2 篇内容使用：$3；请选择把它们移到哪里'],
  [/^reads as "(.*)" rather than the brand's pillars \(score ([\d.]+) < ([\d.]+)\)$/, '读起来像“$1”，而不是品牌的内容支柱（主题分 $2 < $3）'],
  [/^is published with no text: on the portfolio and in the feeds it is a title alone$/, '已发布但没有正文：作品集和订阅源里它只有标题'],
  [/^write it, or set status: draft until it has text$/, '写上正文，或在有内容之前把 status 改为 draft'],
  [/^write it, or set "Status" to draft in its editor until it has text$/, '写上正文，或在有内容之前在它的编辑页把“状态”改为“草稿”'],
  [/^has little in common with the brand's pillars \(score ([\d.]+) < ([\d.]+)\)$/, '与品牌的内容支柱关系不大（主题分 $1 < $2）'],
  [/^shares only "(.*)" with the brand's pillars, and little of them \(score ([\d.]+) < ([\d.]+)\)$/, '和品牌的内容支柱只有“$1”相通，而且不多（主题分 $2 < $3）'],
  [/^declared as pillar "(.*)" but reads as "(.*)" \(([\d.]+) vs ([\d.]+)\)$/, '标注为支柱“$1”，但读起来更像“$2”（$3 对 $4）'],
  [/^Tie it to a pillar \((.*)\), or if it belongs, add "(.*)" to theme\.acceptedOnTheme in content\/planner\.json\.$/, '把它和某个支柱（$1）联系起来；如果它确实切题，把“$2”加到 content/planner.json 的 theme.acceptedOnTheme。'],
  [/^Tie it to a pillar \((.*)\), or if it belongs, press "On theme after all" in its editor\.$/, '把它和某个支柱（$1）联系起来；如果它确实切题，在它的编辑页点“其实切题”。'],
  [/^Set "pillar: (.*)" in the frontmatter, or bring the post closer to "(.*)"\.$/, '在 frontmatter 中设置 "pillar: $1"，或让内容更贴近“$2”。'],
  [/^Choose "(.*)" under "Pillar" in its editor, or bring the post closer to "(.*)"\.$/, '在它的编辑页把“支柱”选为“$1”，或让内容更贴近“$2”。'],
  [/^"(.*)" is planned for ([\d-]+), which is not a slot day of (.*), so no plan or calendar shows it; nearest slots: (.*)$/, '“$1”计划在 $2，但那天不是$3的排期日，所以计划和日历都不会显示它；最近的排期：$4'],
  [/^(.*) has no published post for its ([\d-]+) slot$/, '$1 在 $2 的排期没有发布文章'],
  [/^(.*)'s slot at (\S+) has no post planned or published.*$/, '$1 在 $2 的排期还没有安排或发布文章'],
  // shared/text-limits.ts: a name or text longer than the form takes.
  [/^at most (\d+) characters; it has (\d+)$/, '最多 $1 个字符；现在有 $2 个'],
  [/^at most (\d+) characters each; item (\d+) has (\d+)$/, '每项最多 $1 个字符；第 $2 项有 $3 个'],
  // zod's own wording, for fields the schemas give no message of their own.
  [/^Too small: expected string to have >=1 characters$/, '不能为空'],
  [/^Too small: expected array to have >=(\d+) items?$/, '至少需要 $1 项'],
  [/^Too small: expected string to have >=(\d+) characters$/, '至少需要 $1 个字符'],
  [/^Too big: expected string to have <=(\d+) characters$/, '最多 $1 个字符'],
  [/^Too small: expected number to be >=?(\S+)$/, '应不小于 $1'],
  [/^Too big: expected number to be <=?(\S+)$/, '应不大于 $1'],
  [/^Invalid option: expected one of (.*)$/, '无效选项：应为以下之一：$1'],
  [/^Invalid input: expected (\w+), received (\w+)$/, '类型不对：应为 $1，收到的是 $2'],
  [/^Invalid URL$/, '网址格式不对'],
  [/^Invalid string: must match pattern (.*)$/, '格式不对：应符合 $1'],
  // store/post-own-files.ts: a moved post's image that another file of its name blocks.
  [/^its image "(.+)" cannot go with it: (.+) is another file of that name; nothing was moved$/, '它的图片“$1”没法跟着移过去：$2 已是另一个同名文件；没有移动任何东西'],
  [/^has no frontmatter block$/, '没有 frontmatter 块'],
  [/^its frontmatter block has no closing --- line$/, 'frontmatter 块没有结束的 --- 行'],
  [/^frontmatter is not valid YAML \((.*)\)$/, 'frontmatter 不是有效的 YAML（$1）'],
  [/^use one of the (channel|pillar) ids in content\/planner\.json: (.*)$/, '请使用 content/planner.json 中的 ID：$2'],
  [/^fix each file named above.*$/, '请逐个修改上面列出的文件；没有写入任何内容'],
  // Worded in Chinese already (post-form.ts): the compiler's own reason inside stays as it is.
  [/^(MDX 无法编译：[\s\S]*)$/, '$1'],
  [/^(第 \d+ 行第 \d+ 列的 \{[\s\S]*)$/, '$1'],
];

const UNTRANSLATED = '详情（英文）：';

/** "（最近的排期日：2026-12-08、2026-12-15）" from the English list "2026-12-08, 2026-12-15"; "" when there is none. */
/** The English "what to do" of a slot-day message, in Chinese: the calendar's, or the editor's field's. */
function pickSlot(pick: string): string {
  return pick.startsWith('set') ? '请把“计划日期”设为一个排期日' : '请在日历中选择一个排期';
}

function nearSlotDays(list: string | undefined): string {
  return list ? `（最近的排期日：${list.split(', ').join('、')}）` : '';
}

/**
 * One message in the studio's language, and in `zh-Hant` in Traditional characters (traditional.ts
 * uiText: a value the message quotes in straight quotes, or a path, kept as written).
 */
export function translateMessage(message: string, locale: Lang | StudioLocale): string {
  return uiText(locale, inLanguage(message, localeLang(locale)));
}

function inLanguage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  for (const [pattern, zh] of ZH_MESSAGES) if (pattern.test(message)) return typeof zh === 'string' ? message.replace(pattern, zh) : message.replace(pattern, zh);
  // The schemas' and cadence checks' messages, shared with the CLI.
  const core = translateCoreMessage(message);
  if (core) return core;
  // Core already wrote it in Chinese (flags, store errors in the user's language).
  if (isChineseWording(message)) return message;
  return `${UNTRANSLATED}${message}`;
}

/** Quoted user text: “…”, "…", 「…」 and ‘…’ (titles, ids, reasons), which may be in any language. */
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|‘[^’]*’/g;

/**
 * Whether a message is worded in Chinese: more Han characters than Latin words outside quoted
 * text. The user's own words inside a Chinese message (an English title “Why Vite pre-bundles
 * dependencies”, a channel named Tech Talk Weekly) must not make it read as English, and a
 * Chinese title or channel name inside an English sentence must not make that read as Chinese:
 * a Chinese sentence around them always has more Han characters than it has Latin words.
 */
export function isChineseWording(message: string): boolean {
  const own = message.replace(QUOTED, ' ');
  const han = own.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = own.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g)?.length ?? 0;
  return han > 0 && han > words;
}

/**
 * A message that may come in both languages: an error's own Chinese when it has one, the words
 * `check` prints (the table above would keep a parser's English reason, "duplicated mapping
 * key", inside its Chinese), else the studio's wording of the English text.
 */
function inStudioLanguage(text: Text | string, locale: Lang | StudioLocale): string {
  return typeof text === 'string' ? translateMessage(text, locale) : uiText(locale, pick(text, localeLang(locale)));
}

/** Field errors with every message in the studio's language and script (translateMessage). */
export function translateErrors(errors: FieldErrors, lang: Lang | StudioLocale): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, translateMessage(message, lang)]));
}

export interface ProblemLine {
  file: string;
  field: string;
  message: string;
  hint: string;
}

/** A problem `check` refuses, as the studio lists it: file, field, message and hint. */
export function describeProblem(error: ThroughlineError, lang: Lang | StudioLocale): ProblemLine {
  return {
    file: error.file ?? '',
    field: error.field ?? '',
    message: inStudioLanguage(error.text.message, lang),
    hint: error.text.hint === undefined ? '' : inStudioLanguage(error.text.hint, lang),
  };
}
