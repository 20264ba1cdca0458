/**
 * Jekyll's Liquid for the site's own address in a moved post: `{{ site.baseurl }}/a.html`,
 * `{{ site.url }}{{ site.baseurl }}/a.html`, `{{ "/a.html" | relative_url }}` and
 * `absolute_url` (jekyllrb.com/docs/liquid/filters/). The portfolio does not run Liquid, so each
 * would show as text: it is written as the address Jekyll made of it on the old site, for the
 * import's rewriting of links to old posts' addresses (plan.ts withPostLinks) to turn into the
 * post's page here. A site variable right before a `{% link %}` / `{% post_url %}` tag is that
 * tag's, converted with it (SITE_PREFIX, plan.ts withJekyllLinks).
 */
import { splitFrontmatter } from '../post-file.ts';
import type { Text } from '../i18n/text.ts';
import { replaceInProse } from './hexo-assets.ts';

const SITE_VAR = String.raw`\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}`;

/** `{{ site.url }}` / `{{ site.baseurl }}` (any run of them) right before a link tag: Jekyll 3 sites wrote them so, Jekyll 4's tags hold the baseurl themselves. */
export const SITE_PREFIX = String.raw`(?:${SITE_VAR}\s*)*`;

/**
 * Group 1 a run of site variables not followed by a link tag; else 2 the quote, 3 the path, 4 the
 * filter of a `{{ "path" | relative_url }}` expression.
 */
const SITE_URL = new RegExp(String.raw`((?:${SITE_VAR})+)(?!\s*(?:${SITE_VAR}|\{%-?\s*(?:link|post_url)\s))|\{\{-?\s*(["'])([^"'{}]*)\2\s*\|\s*(relative_url|absolute_url)\s*-?\}\}`, 'g');

/** An image's address up to the expression: left for the image import, which copies the file it names (store/moved-images.ts withLiquidSiteImages). */
const IMAGE_BEFORE = /(?:!\[[^\]]*\]\(\s*<?|<img\b[^>]*\bsrc\s*=\s*["']?)$/i;

/** The old site's address parts (OldSite's): `address` its `url` (`https://x.dev`), `root` its `baseurl` (`/blog`). */
export interface SiteUrlParts {
  address?: string;
  root?: string;
}

/**
 * `body` with each site-address expression in prose (outside code, replaceInProse; not an image's
 * address, IMAGE_BEFORE) written as
 * Jekyll wrote it: `site.url` the address, `site.baseurl` the root, an unset one nothing (as
 * Jekyll renders it); `relative_url` the root + the path, `absolute_url` the address before that
 * (a full address, as in Jekyll, is left as it is). `written` lists each `expression -> value`.
 */
export function expandSiteUrls(body: string, site: SiteUrlParts): { body: string; written: string[] } {
  const written: string[] = [];
  const expanded = replaceInProse(body, '{{', new RegExp(SITE_URL.source, 'g'), (match, [vars, , path, filter], at, line) => {
    if (IMAGE_BEFORE.test(line.slice(0, at))) return match;
    let value: string;
    if (vars !== undefined) value = [...vars.matchAll(/site\.(url|baseurl)/g)].map((m) => (m[1] === 'url' ? (site.address ?? '') : (site.root ?? ''))).join('');
    else if (/^[a-z][a-z0-9+.-]*:/i.test(path!)) value = path!;
    else value = `${filter === 'absolute_url' ? (site.address ?? '') : ''}${site.root ?? ''}/${path!.replace(/^\/+/, '')}`;
    // The note names the whole address, the path written after a site variable too.
    const rest = vars === undefined ? '' : /^[^\s)"'<>]*/.exec(line.slice(at + match.length))![0];
    written.push(`${match}${rest} -> ${value}${rest}`);
    return value;
  });
  return { body: expanded, written };
}

/** `text` (a whole post file) with its body's site-address expressions expanded, and the note saying so; `note` null when it has none. */
export function withSiteUrls(text: string, from: string, site: SiteUrlParts): { text: string; note: Text | null } {
  if (!text.includes('{{')) return { text, note: null };
  const { body } = splitFrontmatter(text, from);
  const { body: expanded, written } = expandSiteUrls(body, site);
  if (written.length === 0) return { text, note: null };
  const list = [...new Set(written)].join(', ');
  const n = written.length;
  return {
    text: text.slice(0, text.length - body.length) + expanded,
    note: {
      en: `its ${n === 1 ? 'Jekyll site address' : `${n} Jekyll site addresses`} (${list}) ${n === 1 ? 'is' : 'are'} now the old site's address, which the site would show as text otherwise`,
      zh: `它的 ${n} 处 Jekyll 网站地址（${list}）已改为旧网站上的地址，否则网站上会显示为文字`,
    },
  };
}
