/** What each planner platform id is called, in English and Chinese. */
import type { Text } from './i18n/text.ts';
import { chineseTag, type Lang } from './language.ts';
import type { Platform } from './schema/planner.ts';

export const PLATFORM_NAMES: Record<Platform, Text> = {
  blog: { en: 'Blog', zh: '博客' },
  newsletter: { en: 'Newsletter', zh: '邮件通讯' },
  zhihu: { en: 'Zhihu', zh: '知乎' },
  weibo: { en: 'Weibo', zh: '微博' },
  wechat: { en: 'WeChat', zh: '微信公众号' },
  linkedin: { en: 'LinkedIn', zh: 'LinkedIn' },
  x: { en: 'X', zh: 'X' },
  youtube: { en: 'YouTube', zh: 'YouTube' },
  other: { en: 'Other', zh: '其他' },
};

/** The Chinese names as Taiwan writes them in Traditional characters (部落格, not 博客). */
const PLATFORM_NAMES_HANT: Record<Platform, string> = {
  blog: '部落格',
  newsletter: '電子報',
  zhihu: '知乎',
  weibo: '微博',
  wechat: '微信公眾號',
  linkedin: 'LinkedIn',
  x: 'X',
  youtube: 'YouTube',
  other: '其他',
};

/**
 * The name a new channel of `platform` gets in a brand of language `lang`: the English name, or
 * the Chinese one in the script of `brandText` (its name, label and audience: chineseTag), so a
 * brand written in Traditional characters gets 部落格 and 電子報 where a Simplified one gets 博客.
 */
export function defaultChannelName(platform: Platform, lang: Lang, brandText: string): string {
  if (lang === 'en') return PLATFORM_NAMES[platform].en;
  return chineseTag(brandText) === 'zh-Hant' ? PLATFORM_NAMES_HANT[platform] : PLATFORM_NAMES[platform].zh;
}
