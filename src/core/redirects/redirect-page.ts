/**
 * The page served at an alias (a moved post's old address): it sends the reader on at once with
 * a meta refresh (what a static host without redirect rules can do; Hugo writes the same page for
 * its aliases), names the new address as canonical so that search engines move their entry, is
 * never indexed itself, and shows a link for a reader whose browser does not follow the refresh.
 * No script.
 */
import { escapeHtmlText } from '../html-text.ts';
import { primaryLanguage } from '../language.ts';

export interface RedirectPage {
  /** Where the post is now, as a site path (`/posts/2026/a/`): the refresh and the link go there on any host, a local preview too. */
  to: string;
  /** Its canonical address: absolute when the site's address is known (search engines ask for one), else the site path. */
  canonical: string;
  /** The post's title, as the link's text. */
  title: string;
  /** The post's language: the page's words and its `lang`. */
  lang: 'en' | 'zh';
  /** The post's BCP 47 tag (core/language.ts postLangTag: `zh-TW`, `ko`...), as its own page says it; the language of `title`. */
  tag?: string;
  /** What moved: a post (the default), or another page (an old tag or category page, pages/[...oldTaxonomy].ts), which the words name. */
  kind?: 'post' | 'page';
  /** The BCP 47 tag of the page's words when not `lang`'s usual one (`zh-Hant` on a site written in Traditional Chinese). */
  wordsTag?: string;
  /** The page's Chinese words, written in Simplified, in the script of `wordsTag` (pages/_lib/site-words.ts); default: as written. */
  script?: (simplified: string) => string;
}

/**
 * The whole HTML document of a redirect page. Its `lang` is the post's own tag when the page's
 * words are in that language (`zh-TW` for a Traditional Chinese post), else the words'; a title
 * in another language than the words (a Korean post's, under English words) carries its own
 * `lang` on the link, so browsers pick its font and screen readers its voice.
 */
export function redirectHtml({ to, canonical, title, lang, tag, kind = 'post', wordsTag, script = (text) => text }: RedirectPage): string {
  const href = escapeHtmlText(to);
  const zh = lang === 'zh';
  const words = wordsTag ?? (zh ? 'zh-CN' : 'en');
  const own = tag !== undefined && primaryLanguage(tag) === lang ? tag : undefined;
  const titleLang = tag !== undefined && own === undefined ? ` lang="${escapeHtmlText(tag)}"` : '';
  const name = escapeHtmlText(title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtmlText(own ?? words)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${zh ? `${script('已移至：')}${name}` : `Moved: ${name}`}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtmlText(canonical)}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '</head>',
    '<body>',
    `<main><p>${zh ? `${script(`${kind === 'post' ? '这篇文章' : '这个页面'}已移至`)} <a href="${href}"${titleLang}>${name}</a>。` : `This ${kind} has moved to <a href="${href}"${titleLang}>${name}</a>.`}</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
