/** What each planner platform id is called, in English and Chinese. */
import type { Text } from './i18n/text.ts';
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
