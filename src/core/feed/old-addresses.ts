/**
 * The old addresses of posts from an export of a site that moves here (a self-hosted WordPress
 * blog): each post's permalink path becomes an `aliases:` entry, so that the build answers it
 * with a page (and a `_redirects` 301) that leads to the post, as a moved folder's posts do.
 */
import { countOf, type Text } from '../i18n/text.ts';
import { encodedName } from '../moved-posts/old-url.ts';
import { aliasFile, aliasProblem } from '../redirects/alias-path.ts';
import { postPageFile, siteOwnPage } from '../redirects/clashes.ts';
import { idKey } from './slug.ts';

/** What an entry's permalink gives: the path an alias holds, or the address none can (`/?p=12`). */
export type OldAddress = { alias: string } | { unservable: string };

/**
 * The path of `permalink` on its host, with the site's folder kept (`/blog/2020/01/02/a/` of a
 * blog at https://x.com/blog), each segment written as a moved folder's aliases are
 * (old-url.ts encodedName: `%e4%b8%ad` → `中`, a space → `%20`). `{ unservable }` for an address
 * a static page cannot answer (plain permalinks, `/?p=12`); undefined when `permalink` is no
 * http(s) address or is on another host than `site` (the export's `base_blog_url`).
 */
export function oldAddressOf(permalink: string | undefined, site: string | undefined): OldAddress | undefined {
  if (!permalink || !URL.canParse(permalink)) return undefined;
  const url = new URL(permalink);
  if (!/^https?:$/.test(url.protocol) || (site && URL.canParse(site) && new URL(site).host !== url.host)) return undefined;
  if (url.search) return { unservable: url.pathname + url.search };
  const alias = url.pathname.split('/').map((segment) => encodedName(decoded(segment))).join('/');
  return aliasProblem(alias) === undefined ? { alias } : { unservable: url.pathname };
}

function decoded(segment: string): string {
  try {
    const text = decodeURIComponent(segment);
    // A "/" inside a segment stays encoded: decoded it would split the path.
    return text.replaceAll('/', '%2F');
  } catch {
    return segment;
  }
}

/** How the planned posts' old addresses went: aliases written, the site's own pages left out, addresses no page can answer. */
export interface OldAddressCount {
  kept: number;
  ownPages: string[];
  unservable: string[];
}

/**
 * The `aliases` to write for post `id` from `old` (undefined: none), counted into `count`: none
 * when it is the post's new address (/posts/<id>/) or one of the site's own pages (/about/,
 * /tags/…), which `check` and the build refuse as an alias.
 */
export function aliasesFor(id: string, old: OldAddress | undefined, count: OldAddressCount): string[] | undefined {
  if (old === undefined) return undefined;
  if ('unservable' in old) return void count.unservable.push(old.unservable);
  if (idKey(aliasFile(old.alias)) === idKey(postPageFile(id))) return undefined;
  if (siteOwnPage(old.alias) !== undefined) return void count.ownPages.push(old.alias);
  count.kept++;
  return [old.alias];
}

/** The summary's line on the moved site's post addresses (undefined when the source had none). */
export function keptAddressesNote({ kept, ownPages, unservable }: OldAddressCount, dryRun: boolean): Text | undefined {
  if (kept + ownPages.length + unservable.length === 0) return undefined;
  const n = countOf(kept, ['old address is', 'old addresses are'], '个旧地址');
  const en = [`the old site's post addresses: ${n.en} kept as aliases: (${dryRun ? 'would be written' : 'written'} into the posts), so old links lead to the posts`];
  const zh = [`旧网站的文章地址：${n.zh}保留为 aliases:（${dryRun ? '真正导入时写入' : '已写入'}文章），旧链接会转到文章`];
  if (unservable.length > 0) {
    en.push(`${unservable.length} (${unservable[0]}${unservable.length > 1 ? ', …' : ''}) ${unservable.length === 1 ? 'has' : 'have'} a query, which a static page cannot answer: not kept (WordPress's plain permalinks; a host's rule can send them on)`);
    zh.push(`${unservable.length} 个（${unservable[0]}${unservable.length > 1 ? '…' : ''}）带查询参数，静态页面无法响应：未保留（WordPress 的朴素固定链接；可在主机上加规则转发）`);
  }
  if (ownPages.length > 0) {
    en.push(`${ownPages.join(', ')} ${ownPages.length === 1 ? 'is' : 'are'} the site's own ${ownPages.length === 1 ? 'page' : 'pages'}: not kept`);
    zh.push(`${ownPages.join('、')} 是网站自己的页面：未保留`);
  }
  return { en: en.join('; '), zh: zh.join('；') };
}
