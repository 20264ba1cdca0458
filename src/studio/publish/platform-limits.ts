/**
 * Length limits of platforms without a publishing API, each with where the number comes from.
 * Counted in Unicode characters (a Chinese character counts 1), except X, which counts as its
 * own composer does: twitter-text's weighted length (any URL 23, CJK and emoji 2, an emoji
 * sequence joined by ZWJ as one emoji).
 */
import twitterText from 'twitter-text';
import type { Text } from '../../core/i18n/text.ts';
import type { Platform } from '../../core/schema/planner.ts';

/** label and source in English and Chinese (the studio's language picks). */
export interface LengthLimit {
  part: 'title' | 'body';
  max: number;
  label: Text;
  source: Text;
  weighted?: boolean;
}

export const PLATFORM_LIMITS: Partial<Record<Platform, LengthLimit[]>> = {
  weibo: [
    {
      part: 'body',
      max: 2000,
      label: { en: 'Weibo post', zh: '微博正文' },
      source: {
        en: 'Weibo raised the post limit from 140 to 2,000 characters in January 2016 (weibo.com announcement); longer texts need a 头条文章 article',
        zh: '微博于 2016 年 1 月把字数上限从 140 提高到 2000 字（weibo.com 公告）；更长的文字需要发头条文章',
      },
    },
    {
      part: 'body',
      max: 140,
      label: { en: 'Weibo classic length (text past 140 folds behind 全文)', zh: '微博经典长度（超过 140 字的部分折叠在“全文”后）' },
      source: { en: 'the original 140-character Weibo limit, still the length shown in timelines before 全文', zh: '微博最初的 140 字上限，信息流中“全文”之前仍只显示这么多' },
    },
  ],
  wechat: [
    { part: 'title', max: 64, label: { en: 'WeChat article title', zh: '公众号文章标题' }, source: { en: 'WeChat Official Accounts editor (微信公众平台): title up to 64 characters', zh: '微信公众平台编辑器：标题最多 64 字' } },
    { part: 'body', max: 20000, label: { en: 'WeChat article body', zh: '公众号文章正文' }, source: { en: 'WeChat Official Accounts editor (微信公众平台): body up to 20,000 characters', zh: '微信公众平台编辑器：正文不超过 2 万字' } },
  ],
  x: [
    {
      part: 'body',
      max: 280,
      label: { en: 'X post', zh: 'X 帖子' },
      weighted: true,
      source: {
        en: 'developer.x.com "Counting characters": 280 weighted (URLs 23, CJK and emoji 2), counted with twitter-text',
        zh: 'developer.x.com《Counting characters》：加权 280（网址计 23，中日韩文字和表情计 2），用 twitter-text 计算',
      },
    },
  ],
  linkedin: [{ part: 'body', max: 3000, label: { en: 'LinkedIn post', zh: 'LinkedIn 帖子' }, source: { en: 'LinkedIn Help "Share posts": up to 3,000 characters', zh: 'LinkedIn 帮助《Share posts》：最多 3000 字符' } }],
};

/** 小红书 (Xiaohongshu) is not a planner platform id: its channels use "other" with a name that says so. */
export const XIAOHONGSHU_LIMITS: LengthLimit[] = [
  { part: 'title', max: 20, label: { en: 'Xiaohongshu (小红书) note title', zh: '小红书笔记标题' }, source: { en: 'Xiaohongshu app note editor: title up to 20 characters', zh: '小红书 App 笔记编辑器：标题最多 20 字' } },
  { part: 'body', max: 1000, label: { en: 'Xiaohongshu (小红书) note body', zh: '小红书笔记正文' }, source: { en: 'Xiaohongshu app note editor: body up to 1,000 characters', zh: '小红书 App 笔记编辑器：正文最多 1000 字' } },
];

/** Instagram is not a planner platform id either: a channel of "other" named Instagram (or IG, as Taiwan calls it). */
export const INSTAGRAM_LIMITS: LengthLimit[] = [
  { part: 'body', max: 2200, label: { en: 'Instagram caption', zh: 'Instagram 贴文说明' }, source: { en: 'Instagram Help Center: a caption holds up to 2,200 characters', zh: 'Instagram 帮助中心：说明文字最多 2200 字符' } },
];

/** Whether a channel's name says it is 小红书 (Xiaohongshu, RedNote), in either script: a Taipei writer's 小紅書 too. */
export function isXiaohongshu(channelName: string): boolean {
  return /小[红紅][书書]|xiaohongshu|rednote/i.test(channelName);
}

/** Whether a channel's name says it is Instagram (`Instagram`, `IG 插畫帳號`), not a word that holds "ig" (`Digest`). */
export function isInstagram(channelName: string): boolean {
  return /instagram|(?<![a-z])ig(?![a-z])/i.test(channelName);
}

/** The limits a channel's text is checked against: by its name for 小红书 and Instagram, else by its platform. */
export function limitsFor(platform: Platform, channelName: string): LengthLimit[] {
  if (isXiaohongshu(channelName)) return XIAOHONGSHU_LIMITS;
  if (platform === 'other' && isInstagram(channelName)) return INSTAGRAM_LIMITS;
  return PLATFORM_LIMITS[platform] ?? [];
}

/** Characters as people count them (code points); as X counts them (twitter-text) when `weighted`. */
export function countLength(text: string, weighted = false): number {
  if (weighted) return twitterText.parseTweet(text).weightedLength;
  return [...text].length;
}
