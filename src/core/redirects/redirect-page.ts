/**
 * The page served at an alias (a moved post's old address): it sends the reader on at once with
 * a meta refresh (what a static host without redirect rules can do; Hugo writes the same page for
 * its aliases), names the new address as canonical so that search engines move their entry, is
 * never indexed itself, and shows a link for a reader whose browser does not follow the refresh.
 * No script.
 */
import { escapeHtmlText } from '../html-text.ts';

export interface RedirectPage {
  /** Where the post is now, as a site path (`/posts/2026/a/`): the refresh and the link go there on any host, a local preview too. */
  to: string;
  /** Its canonical address: absolute when the site's address is known (search engines ask for one), else the site path. */
  canonical: string;
  /** The post's title, as the link's text. */
  title: string;
  /** The post's language: the page's words and its `lang`. */
  lang: 'en' | 'zh';
}

/** The whole HTML document of a redirect page. */
export function redirectHtml({ to, canonical, title, lang }: RedirectPage): string {
  const href = escapeHtmlText(to);
  const name = escapeHtmlText(title);
  const zh = lang === 'zh';
  return [
    '<!DOCTYPE html>',
    `<html lang="${zh ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${zh ? `已移至：${name}` : `Moved: ${name}`}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtmlText(canonical)}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '</head>',
    '<body>',
    `<main><p>${zh ? `这篇文章已移至 <a href="${href}">${name}</a>。` : `This post has moved to <a href="${href}">${name}</a>.`}</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
