/**
 * The words of calendar entries in either language: a channel's entries speak the language of
 * its posts, else the brand's (build-calendar.ts), so that readers of an English channel of a
 * Chinese brand read English, in the public calendar as in its author's private one.
 */
import type { Lang } from '../language.ts';
import type { PostStatus } from '../schema/post.ts';

export interface CalendarWords {
  /** Public open slot: `Blog: publishing slot (Recipes)`. */
  publishingSlot(channel: string, pillar: string | null): string;
  /** Private open slot: `Blog: write a post (Recipes)`; no article before a name the user chose (`a APIs post`). */
  writePost(channel: string, pillar: string | null): string;
  /** A slot with posts: `Blog: Braised pork (+1 more)`. */
  titled(channel: string, title: string, more: number): string;
  pillar(name: string): string;
  rotation(names: string[]): string;
  planInStudio(url: string): string;
  /** A private post line: `Braised pork (draft): <link>`. */
  postLine(title: string, status: PostStatus, link: string): string;
  /** A public published post: `Dumplings: <url>`. */
  publishedLine(title: string, url: string): string;
  calendarName(brand: string, channel: string | null): string;
  /** The description line of a published post that fills no slot, shown at its own time. */
  inNoSlot: string;
  /** The description line of a published post shown at its own time that fills the slot of `date` (YYYY-MM-DD), which shows a planned post. */
  fillsSlot(date: string): string;
  /** fillsSlot as a public calendar says it: no word of a post planned for that slot, which is not out. */
  fillsSlotPublic(date: string): string;
}

const EN: CalendarWords = {
  publishingSlot: (c, p) => `${c}: publishing slot${p ? ` (${p})` : ''}`,
  writePost: (c, p) => `${c}: write a post${p ? ` (${p})` : ''}`,
  titled: (c, t, more) => `${c}: ${t}${more > 0 ? ` (+${more} more)` : ''}`,
  pillar: (p) => `Pillar: ${p}`,
  rotation: (names) => `Pillars in rotation: ${names.join(', ')}`,
  planInStudio: (url) => `Plan it in the studio: ${url}`,
  postLine: (t, s, link) => `${t} (${s}): ${link}`,
  publishedLine: (t, url) => `${t}: ${url}`,
  calendarName: (b, c) => (c ? `${b}: ${c}` : `${b}: content plan`),
  inNoSlot: 'Published outside the slots: shown at its publication time',
  fillsSlot: (d) => `Published in the window of the ${d} slot, which it fills: the post planned for that slot can move`,
  fillsSlotPublic: (d) => `Published in the window of the ${d} slot, which it fills`,
};

// The studio's own terms (src/studio/**/strings.ts): 排期 slot, 内容支柱 pillar, 工作室 studio.
const ZH_STATUS: Record<PostStatus, string> = { idea: '想法', draft: '草稿', scheduled: '已排期', published: '已发布' };

/** A template tag that passes only its literal parts through `convert`: an interpolated channel, pillar or title is the writer's own text. */
type Literals = (parts: TemplateStringsArray, ...values: unknown[]) => string;

function literalsThrough(convert: (text: string) => string): Literals {
  return (parts, ...values) => parts.reduce((out, part, i) => out + convert(part) + (i < values.length ? String(values[i]) : ''), '');
}

/** The Chinese words, written in Simplified, each literal part passed through `convert` (identity for Simplified). */
function zhWords(convert: (text: string) => string): CalendarWords {
  const w = literalsThrough(convert);
  return {
    publishingSlot: (c, p) => w`${c}：发布排期${p ? `（${p}）` : ''}`,
    writePost: (c, p) => (p ? w`${c}：写一篇“${p}”文章` : w`${c}：写一篇文章`),
    titled: (c, t, more) => `${c}：${t}${more > 0 ? w`（另有 ${more} 篇）` : ''}`,
    pillar: (p) => w`内容支柱：${p}`,
    rotation: (names) => w`轮换的内容支柱：${names.join('、')}`,
    planInStudio: (url) => w`在工作室中安排：${url}`,
    postLine: (t, s, link) => `${t}（${convert(ZH_STATUS[s])}）：${link}`,
    publishedLine: (t, url) => `${t}：${url}`,
    calendarName: (b, c) => (c ? `${b}：${c}` : w`${b}：内容计划`),
    inNoSlot: w`在排期之外发布：按发布时间显示`,
    fillsSlot: (d) => w`在 ${d} 排期的时段内发布，算作该排期：为该排期计划的文章可以改期`,
    fillsSlotPublic: (d) => w`在 ${d} 排期的时段内发布，算作该排期`,
  };
}

const ZH = zhWords((text) => text);
const converted = new WeakMap<(text: string) => string, CalendarWords>();

/**
 * The calendar's words in `lang`. `traditional` (Chinese only) converts the calendar's own words,
 * written in Simplified, to the script of a site whose words are Traditional (pages/_lib/site-words.ts
 * siteWord bound to its tag); a channel, pillar, brand or post name stays as written. The words of
 * one converter are made once.
 */
export function calendarWords(lang: Lang, traditional?: (text: string) => string): CalendarWords {
  if (lang !== 'zh') return EN;
  if (!traditional) return ZH;
  let words = converted.get(traditional);
  if (!words) converted.set(traditional, (words = zhWords(traditional)));
  return words;
}
