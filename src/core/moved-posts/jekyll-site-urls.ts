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

/** An HTML image's address up to the expression: left for the image import, which writes it as a path from the site's root (store/moved-images.ts withLiquidSiteImages). */
const HTML_IMAGE_BEFORE = /<img\b[^>]*\bsrc\s*=\s*["']?$/i;

/**
 * A Markdown image's address up to the expression. Jekyll ran Liquid before Markdown; here
 * `![a]({{ '/x.png' | relative_url }})`, spaces in its address, is no image at all, so the
 * expression is written as the path from the site's root (`/x.png`) that the image import copies
 * from the old site (store/moved-images.ts withSiteRootImages).
 */
const MARKDOWN_IMAGE_BEFORE = /!\[[^\]]*\]\(\s*<?$/;

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
 * (a full address, as in Jekyll, is left as it is). `written` lists each `expression -> value`;
 * `images` those of Markdown images, written as paths from the site's root (MARKDOWN_IMAGE_BEFORE).
 */
export function expandSiteUrls(body: string, site: SiteUrlParts): { body: string; written: string[]; images: string[] } {
  const written: string[] = [];
  const images: string[] = [];
  const expanded = replaceInProse(body, '{{', new RegExp(SITE_URL.source, 'g'), (match, [vars, , path, filter], at, line) => {
    const before = line.slice(0, at);
    if (HTML_IMAGE_BEFORE.test(before)) return match;
    const image = MARKDOWN_IMAGE_BEFORE.test(before);
    const parts = image ? {} : site;
    let value: string;
    if (vars !== undefined) value = [...vars.matchAll(/site\.(url|baseurl)/g)].map((m) => (m[1] === 'url' ? (parts.address ?? '') : (parts.root ?? ''))).join('');
    else if (/^[a-z][a-z0-9+.-]*:/i.test(path!)) value = path!;
    else value = `${filter === 'absolute_url' ? (parts.address ?? '') : ''}${parts.root ?? ''}/${path!.replace(/^\/+/, '')}`;
    // The note names the whole address, the path written after a site variable too.
    const rest = vars === undefined ? '' : /^[^\s)"'<>]*/.exec(line.slice(at + match.length))![0];
    (image ? images : written).push(`${match}${rest} -> ${value}${rest}`);
    return value;
  });
  return { body: expanded, written, images };
}

/** `text` (a whole post file) with its body's site-address expressions expanded, and the note saying so; `note` null when it has none. */
export function withSiteUrls(text: string, from: string, site: SiteUrlParts): { text: string; note: Text | null } {
  if (!text.includes('{{')) return { text, note: null };
  const { body } = splitFrontmatter(text, from);
  const { body: expanded, written, images } = expandSiteUrls(body, site);
  if (written.length + images.length === 0) return { text, note: null };
  const list = [...new Set(written)].join(', ');
  const n = written.length;
  const parts: Text[] = [];
  if (n)
    parts.push({
      en: `its ${n === 1 ? 'Jekyll site address' : `${n} Jekyll site addresses`} (${list}) ${n === 1 ? 'is' : 'are'} now the old site's address`,
      zh: `它的 ${n} 处 Jekyll 网站地址（${list}）已改为旧网站上的地址`,
    });
  const k = images.length;
  if (k)
    parts.push({
      en: `its ${k === 1 ? "image's Jekyll site address is" : `${k} images' Jekyll site addresses are`} now ${k === 1 ? 'a path' : 'paths'} from the site's root (${images.length > 3 ? `${images.slice(0, 3).join(', ')}, …` : images.join(', ')})`,
      zh: `它的 ${k} 个图片的 Jekyll 网站地址已改为从网站根目录开始的路径（${images.length > 3 ? `${images.slice(0, 3).join('，')}，…` : images.join('，')}）`,
    });
  return {
    text: text.slice(0, text.length - body.length) + expanded,
    note: { en: `${parts.map((p) => p.en).join('; ')}, which the site would show as text otherwise`, zh: `${parts.map((p) => p.zh).join('；')}，否则网站上会显示为文字` },
  };
}
