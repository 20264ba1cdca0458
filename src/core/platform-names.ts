/** What each planner platform id is called, in English and Chinese. */
import type { Text } from './i18n/text.ts';
import { brandLanguage, chineseTag, wordsLanguage, type Lang } from './language.ts';
import type { Brand, Platform } from './schema/planner.ts';

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

/**
 * The name a new channel of `platform` gets when none is given (`init`, the studio's Channels
 * page): defaultChannelName in the brand's language (brandLanguage: its `language`, else its name,
 * label and audience) and, in Chinese, the script of those words.
 */
export function brandChannelName(platform: Platform, brand: Pick<Brand, 'name' | 'label' | 'audience'> & { language?: Lang }): string {
  return defaultChannelName(platform, brandLanguage(brand), `${brand.name} ${brand.label} ${brand.audience ?? ''}`);
}

/** Platforms whose readers read Chinese: 知乎, 微博, 微信公众号. */
const CHINESE_PLATFORMS: ReadonlySet<Platform> = new Set(['zhihu', 'weibo', 'wechat']);

/**
 * Chinese platforms a channel of platform `other` (or any) may be named after in Latin letters:
 * 小红书 (Xiaohongshu, RedNote, XHS), 即刻 (Jike), 豆瓣, B站 (Bilibili), 抖音 (Douyin), and the
 * Latin names of CHINESE_PLATFORMS.
 */
const CHINESE_PLATFORM_NAME = /\b(?:xiaohongshu|rednote|xhs|jike|douban|bilibili|douyin|zhihu|weibo|wechat|weixin)\b/i;

/**
 * The language a channel's platform or name says its readers read: `zh` for a Chinese platform
 * (`zhihu`, `weibo`, `wechat`), a name in Chinese (小红书, 即刻, 公众号: wordsLanguage, so
 * "LinkedIn 领英" is Chinese too, as a name of more Chinese than English words) or a Latin name of
 * a Chinese platform (Xiaohongshu, Jike); else undefined: a Latin name (Blog, LinkedIn, Newsletter)
 * is used by Chinese and English writers alike and tells nothing.
 */
export function channelNameLanguage(channel: { name: string; platform: Platform }): Lang | undefined {
  if (CHINESE_PLATFORMS.has(channel.platform) || CHINESE_PLATFORM_NAME.test(channel.name)) return 'zh';
  return wordsLanguage(channel.name) === 'zh' ? 'zh' : undefined;
}
