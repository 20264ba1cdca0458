/**
 * A post whose `lang` field names English or Chinese while its text is clearly in the other: the
 * field decides its page's `<html lang>`, its feeds (`/en/`, `/zh/`), its search index and the
 * "In other languages" links (language.ts postLangTag), so a Chinese post written `lang: en`
 * (a copied frontmatter, a translation's file begun from the original) is published as English:
 * read aloud with an English voice, drawn in a Latin font's fallback, listed in the English feed.
 * Found by a bilingual writer's trial (2026-12-05), where nothing said so.
 */
import { postLangTag, primaryLanguage, proseCounts, cjkCount, latinWordCount, type Lang } from './language.ts';
import type { Post } from './schema/post.ts';

export interface LangMismatchFlag {
  kind: 'lang-mismatch';
  severity: 'warning';
  post: string;
  file: string;
  field: 'lang';
  message: string;
  hint: string;
  /** The `lang` as written, and the tag its text reads as (`zh-CN`, `en`). */
  written: string;
  reads: string;
}

/** Han characters (or Latin words) a text holds at least, and how many times the other's count, to read as clearly in that language. */
const CLEAR = { least: 40, times: 3 };

/**
 * The tag a post's title and prose read as (postLangTag without the field) when `lang` names
 * English or Chinese and the text is clearly in the other: at least CLEAR.least Han characters
 * and CLEAR.times as many as Latin words, or the reverse; else undefined (a field naming another
 * language, `ja` or `fr`, is never second-guessed, nor a short or mixed text: an English lesson
 * quoting Chinese phrases, a Chinese post full of English names).
 */
export function langContradiction(title: string, lang: string | undefined, body: string): string | undefined {
  if (!lang) return undefined;
  const written = primaryLanguage(lang);
  if (written !== 'en' && written !== 'zh') return undefined;
  // Too few of the other script even counting code and markup: never clear (most posts, at the
  // cost of one scan; reading the post's language costs ~0.15 ms, 0.3 s for 2,000 posts tagged `lang: en`).
  const raw = `${title}\n${body}`;
  if ((written === 'en' ? cjkCount(raw) : latinWordCount(raw)) < CLEAR.least) return undefined;
  const reads = postLangTag(title, undefined, body);
  const primary = primaryLanguage(reads);
  if (primary === written || (primary !== 'en' && primary !== 'zh')) return undefined;
  const { cjk, latin } = proseCounts(title, body);
  const clear = primary === 'zh' ? cjk >= CLEAR.least && cjk >= CLEAR.times * latin : latin >= CLEAR.least && latin >= CLEAR.times * cjk;
  return clear ? reads : undefined;
}

/** One warning per post whose `lang` contradicts its text (langContradiction), in `lang`'s words. */
export function flagLangMismatch(posts: readonly Post[], lang: Lang): LangMismatchFlag[] {
  return posts.flatMap((post) => {
    const written = post.data.lang;
    const reads = langContradiction(post.data.title, written, post.body);
    if (!written || !reads) return [];
    const name = (tag: string) => (tag.startsWith('zh') ? (lang === 'zh' ? '中文' : 'Chinese') : lang === 'zh' ? '英文' : 'English');
    return [{
      kind: 'lang-mismatch' as const,
      severity: 'warning' as const,
      post: post.id,
      file: post.file,
      field: 'lang' as const,
      message: lang === 'zh'
        ? `lang 写的是 ${written}（${name(written)}），但正文是${name(reads)}：它的页面、feed 和搜索都会按${name(written)}处理`
        : `says lang: ${written} (${name(written)}), but its text is in ${name(reads)}: its page, feeds and search would treat it as ${name(written)}`,
      hint: lang === 'zh'
        ? `删掉 lang 这一行（Throughline 会从正文判断语言），或改成 lang: ${reads}`
        : `remove the lang line (Throughline reads the language from the text), or write lang: ${reads}`,
      written,
      reads,
    }];
  });
}
