/**
 * Hugo's `expiryDate` (also read as `unpublishdate`, gohugo.io/configuration/front-matter/#dates):
 * Hugo builds no page once it has passed, so the old site no longer showed such a post. Throughline
 * takes no post down by date, so a moved post whose expiry has passed comes in as a draft, and one
 * that expires later is told that the portfolio will keep it.
 */
import type { Text } from '../i18n/text.ts';
import { publishedEpoch } from '../published-at.ts';
import { dateToText } from '../calendar-date.ts';

/** Hugo's keys for the expiry date, in the order it reads them (lower-cased: Hugo reads keys in any case). */
const EXPIRY_KEYS = ['expirydate', 'unpublishdate'];

/**
 * The expiry `raw` (a moved file's frontmatter as written) gives: its key as written, its text,
 * and whether it has passed at `now` (epoch ms; a date or a time without offset read in `zone`).
 * Undefined when it gives none or the value is no date.
 */
export function expiryOf(raw: Record<string, unknown>, zone: string, now: number): { key: string; value: string; passed: boolean } | undefined {
  for (const wanted of EXPIRY_KEYS) {
    const key = Object.keys(raw).find((k) => k.toLowerCase() === wanted);
    if (key === undefined) continue;
    const value = String(dateToText(raw[key]) ?? '').trim();
    if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(value)) continue;
    const at = publishedEpoch(value, zone);
    if (Number.isNaN(at)) continue;
    return { key, value, passed: at <= now };
  }
  return undefined;
}

/** The note of a moved post by its expiry: made a draft when it has passed, else kept public past it. */
export function expiryNote(expiry: { key: string; value: string; passed: boolean }): Text {
  const { key, value } = expiry;
  return expiry.passed
    ? {
        en: `it comes in as a draft: its ${key}: ${value} has passed, so the old site no longer showed it (Hugo builds no page after it); set status: published in it to show it again`,
        zh: `它作为草稿导入：它的 ${key}: ${value} 已经过去，旧网站已不再显示它（Hugo 过了这个时间就不生成页面）；要重新显示，请把 status 改为 published`,
      }
    : {
        en: `${key}: ${value} is kept but not read: the portfolio does not take a post down by date; set status: draft in it then`,
        zh: `${key}: ${value} 保留在文件里，但不会被读取：作品集不会按日期撤下文章；到时请把 status 改为 draft`,
      };
}
