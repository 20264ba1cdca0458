/** The publish page's length-limit labels and sources in Chinese, keyed by the English label of platform-limits.ts. */
import type { Lang } from './i18n.ts';
import type { LengthLimit } from './platform-limits.ts';

const ZH: Record<string, { label: string; source: string }> = {
  'Weibo post': { label: '微博正文', source: '微博于 2016 年 1 月把正文上限从 140 字提高到 2000 字（微博公告）；更长的内容需要发头条文章' },
  'Weibo classic length (text past 140 folds behind 全文)': { label: '微博经典长度（超过 140 字的部分折叠在“全文”后面）', source: '最初的 140 字上限，时间线上“全文”之前仍只显示这么多' },
  'WeChat article title': { label: '公众号文章标题', source: '微信公众平台编辑器：标题最多 64 字' },
  'WeChat article body': { label: '公众号文章正文', source: '微信公众平台编辑器：正文不超过 2 万字' },
  'X post': { label: 'X 帖子', source: 'developer.x.com《Counting characters》：280，中日韩字符算 2 个' },
  'LinkedIn post': { label: 'LinkedIn 帖子', source: 'LinkedIn 帮助《Share posts》：最多 3000 个字符' },
  '小红书 note title': { label: '小红书笔记标题', source: '小红书 App 笔记编辑器：标题最多 20 字' },
  '小红书 note body': { label: '小红书笔记正文', source: '小红书 App 笔记编辑器：正文最多 1000 字' },
};

/** The limit's label and source in `lang` (English when no translation is known). */
export function describeLimit(limit: LengthLimit, lang: Lang): { label: string; source: string } {
  return lang === 'zh' && ZH[limit.label] ? ZH[limit.label]! : { label: limit.label, source: limit.source };
}
