/**
 * Length limits of platforms without a publishing API, each with where the number comes from.
 * Counted in Unicode characters (a Chinese character counts 1), except X, which counts as its
 * own composer does: twitter-text's weighted length (any URL 23, CJK and emoji 2, an emoji
 * sequence joined by ZWJ as one emoji).
 */
import twitterText from 'twitter-text';
import type { Platform } from '../../core/schema/planner.ts';

export interface LengthLimit {
  part: 'title' | 'body';
  max: number;
  label: string;
  source: string;
  weighted?: boolean;
}

export const PLATFORM_LIMITS: Partial<Record<Platform, LengthLimit[]>> = {
  weibo: [
    { part: 'body', max: 2000, label: 'Weibo post', source: 'Weibo raised the post limit from 140 to 2,000 characters in January 2016 (weibo.com announcement); longer texts need a 头条文章 article' },
    { part: 'body', max: 140, label: 'Weibo classic length (text past 140 folds behind 全文)', source: 'the original 140-character Weibo limit, still the length shown in timelines before 全文' },
  ],
  wechat: [
    { part: 'title', max: 64, label: 'WeChat article title', source: '微信公众平台 editor: 标题最多 64 字' },
    { part: 'body', max: 20000, label: 'WeChat article body', source: '微信公众平台 editor: 正文不超过 2 万字' },
  ],
  x: [{ part: 'body', max: 280, label: 'X post', weighted: true, source: 'developer.x.com "Counting characters": 280 weighted (URLs 23, CJK and emoji 2), counted with twitter-text' }],
  linkedin: [{ part: 'body', max: 3000, label: 'LinkedIn post', source: 'LinkedIn Help "Share posts": up to 3,000 characters' }],
};

/** 小红书 (Xiaohongshu) is not a planner platform id: its channels use "other" with a name that says so. */
export const XIAOHONGSHU_LIMITS: LengthLimit[] = [
  { part: 'title', max: 20, label: '小红书 note title', source: 'Xiaohongshu app note editor: title up to 20 characters' },
  { part: 'body', max: 1000, label: '小红书 note body', source: 'Xiaohongshu app note editor: body up to 1,000 characters' },
];

export function limitsFor(platform: Platform, channelName: string): LengthLimit[] {
  if (/小红书|xiaohongshu|rednote/i.test(channelName)) return XIAOHONGSHU_LIMITS;
  return PLATFORM_LIMITS[platform] ?? [];
}

/** Characters as people count them (code points); as X counts them (twitter-text) when `weighted`. */
export function countLength(text: string, weighted = false): number {
  if (weighted) return twitterText.parseTweet(text).weightedLength;
  return [...text].length;
}
