/**
 * Aliases that would take a file the build writes already: another post's page, the site's own
 * pages, or another alias. The build never overwrites one with the other; `check` and the build
 * check refuse the project instead, naming both files (store/project.ts).
 */
import { ThroughlineError } from '../errors.ts';
import { formerPillars } from '../former-pillars/pages.ts';
import { retiredPillarPages } from '../former-pillars/retired.ts';
import { idKey } from '../feed/slug.ts';
import type { Text } from '../i18n/text.ts';
import { postSlug } from '../post-slug.ts';
import type { Planner } from '../schema/planner.ts';
import type { Post } from '../schema/post.ts';
import { tagSlug } from '../tag-slug.ts';
import { aliasFile } from './alias-path.ts';
import { isCopy } from '../copies.ts';

/**
 * The portfolio's own pages outside /posts/ (src/pages: index, about, archive, search, 404) and
 * the folders its routes fill: tags and pillars (their pages and feeds), and those whose files the
 * build names itself (social images, covers, calendars, Astro's and Pagefind's assets), which
 * old feed addresses may not take either (old-feeds/clashes.ts). Keep in step with src/pages.
 */
export const SITE_PAGES = ['index.html', '404.html', 'about/index.html', 'archive/index.html', 'search/index.html'];
export const GENERATED_FOLDERS = ['og', 'covers', 'calendar', '_astro', 'pagefind'];
const SITE_FOLDERS = ['tags', 'pillars', ...GENERATED_FOLDERS];
/** The site's own feeds at its root (pages/[feed].ts), with their formats' names; each is written per language and per pillar too. */
export const SITE_FEEDS: [string, string][] = [['rss.xml', 'RSS'], ['atom.xml', 'Atom'], ['feed.json', 'JSON Feed']];
/** The site's files beside its pages and feeds (the other files of src/pages); keep in step with them. */
const SITE_FILES = ['sitemap.xml', 'robots.txt', 'favicon.ico', 'favicon.svg', 'og.png', 'calendar.ics', 'search/pagefind.js', 'search/script-variants.js'];

/** The site path of a page file: `/about/` for about/index.html, `/404.html` for 404.html. */
const pagePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * What the build writes at each file (under its output folder, keyed by idKey) for `posts`, the
 * posts it publishes, said as an error names it ("the page of the tag \"Go\""): the site's feeds
 * (SITE_FEEDS, at the root, per language and per pillar), its other files, its pages (SITE_PAGES
 * and the tags' list), each pillar's page, the old page and feeds of each pillar's formerIds, each retired pillar's page, and each post's tags' pages, own page and aliases; where
 * two name one file, the later in that order is named. Neither the GENERATED_FOLDERS (callers
 * refuse the whole folder) nor old feed and tag addresses (each check adds those it must) are in it.
 * The files an old feed or tag address may not take (old-feeds/clashes.ts, old-taxonomies/clashes.ts).
 */
export function ownSiteFiles(planner: Pick<Planner, 'brand'>, posts: readonly Pick<Post, 'id' | 'file' | 'data'>[]): Map<string, Text> {
  const own = new Map<string, Text>();
  for (const [file, name] of SITE_FEEDS) {
    own.set(file, { en: `the site's own ${name} feed`, zh: `网站自己的 ${name} feed` });
    for (const lang of ['en', 'zh']) own.set(`${lang}/${file}`, { en: `the site's ${name} feed of its posts in ${lang === 'en' ? 'English' : 'Chinese'}`, zh: `网站${lang === 'en' ? '英文' : '中文'}文章的 ${name} feed` });
    for (const p of planner.brand.pillars) own.set(idKey(`pillars/${p.id}/${file}`), { en: `the ${name} feed of the pillar ${p.id}`, zh: `支柱 ${p.id} 的 ${name} feed` });
  }
  for (const file of SITE_FILES) own.set(file, { en: "one of the site's own files", zh: '网站自己的文件之一' });
  for (const f of [...SITE_PAGES, 'tags/index.html']) own.set(idKey(f), { en: `the site's own ${pagePath(f)} page`, zh: `网站自己的 ${pagePath(f)} 页面` });
  for (const p of planner.brand.pillars) own.set(idKey(`pillars/${p.id}/index.html`), { en: `the page of the pillar ${p.id}`, zh: `支柱 ${p.id} 的页面` });
  // A renamed or merged pillar's old page and feeds (pages/[...formerPillar].ts).
  for (const { former, pillar } of formerPillars(planner.brand.pillars)) {
    own.set(idKey(`pillars/${former}/index.html`), { en: `the old page of the pillar ${pillar.id} (formerIds "${former}")`, zh: `支柱 ${pillar.id} 的旧页面（formerIds "${former}"）` });
    for (const [file, name] of SITE_FEEDS) own.set(idKey(`pillars/${former}/${file}`), { en: `the old ${name} feed of the pillar ${pillar.id} (formerIds "${former}")`, zh: `支柱 ${pillar.id} 的旧 ${name} feed（formerIds "${former}"）` });
  }
  // A pillar removed with no target: the page saying it was retired (pages/[...retiredPillar].astro).
  for (const { id, retired } of retiredPillarPages(planner.brand.retiredPillars))
    own.set(idKey(`pillars/${id}/index.html`), { en: `the page of the retired pillar ${retired.id} (retiredPillars "${id}")`, zh: `已停用支柱 ${retired.id} 的页面（retiredPillars "${id}"）` });
  for (const post of posts) {
    for (const tag of post.data.tags ?? []) own.set(idKey(`tags/${tagSlug(tag)}/index.html`), { en: `the page of the tag "${tag}"`, zh: `标签“${tag}”的页面` });
    own.set(
      idKey(postPageFile(post.id)),
      isCopy(post) ? { en: `the address of the copy ${post.file} (copyOf), which leads to its original's page`, zh: `副本 ${post.file}（copyOf）的地址，那里会转到原文的页面` } : { en: `the page of ${post.file}`, zh: `${post.file} 的页面` },
    );
    for (const alias of post.data.aliases ?? []) own.set(idKey(aliasFile(alias)), { en: `an alias of ${post.file}`, zh: `${post.file} 的别名` });
  }
  return own;
}

/**
 * The site's own page or folder (`/about/`, `/tags/`) that the file of `alias` (aliasFile) would
 * take, compared as a case-insensitive file system would, else undefined: such an alias is
 * refused by `check` and the build (findAliasClashes), so `import` does not write one. `alias`
 * must be valid (aliasProblem).
 */
export function siteOwnPage(alias: string): string | undefined {
  const key = idKey(aliasFile(alias));
  const folder = SITE_FOLDERS.find((f) => key.startsWith(`${f}/`));
  if (folder) return `/${folder}/`;
  const file = SITE_PAGES.find((f) => idKey(f) === key);
  return file === undefined ? undefined : pagePath(file);
}

/**
 * The file (under the build's output folder) of post `id`'s own page: `posts/2026/a/index.html`
 * for the page at /posts/2026/a/ (postSlug, the rule of pages/_lib/urls.ts postPath).
 */
export function postPageFile(id: string): string {
  return `posts/${postSlug(id)}/index.html`;
}

/**
 * What already holds a file: a post's page or alias (with its file), the redirect at a copy's
 * address or alias (`file` its original's, whose page it leads to, `copy` the copy's), or the site's own page.
 */
type Holder = { file: string; alias?: string; copy?: string } | { site: string };

/**
 * Where each post's page or redirect stands: a post's own page, and a copy's address (copyOf:
 * it has no page, but the build writes a redirect there to its original's page, site-data.ts
 * redirectAliases) held by its original; a copy of a post not in `posts` gets nothing written.
 */
function pagesHeld(posts: readonly Pick<Post, 'id' | 'file' | 'data'>[]): Map<string, Holder> {
  const held = new Map<string, Holder>(SITE_PAGES.map((f) => [idKey(f), { site: pagePath(f) }]));
  const byId = new Map(posts.map((p) => [p.id, p]));
  for (const post of posts) {
    if (!isCopy(post)) held.set(idKey(postPageFile(post.id)), { file: post.file });
    else {
      const original = byId.get(post.data.copyOf!);
      if (original && !isCopy(original)) held.set(idKey(postPageFile(post.id)), { file: original.file, copy: post.file });
    }
  }
  return held;
}

/**
 * One error per alias of `posts` (the posts a build publishes) whose file (aliasFile) is a
 * post's page, one of the site's own pages or folders, or another post's alias; compared as a
 * case-insensitive file system would (idKey). The same file given twice by one post is one
 * redirect, and an alias that is the post's own page none (redirectFiles): no clash.
 */
export function findAliasClashes(posts: readonly Pick<Post, 'id' | 'file' | 'data'>[]): ThroughlineError[] {
  const held = pagesHeld(posts);
  const byId = new Map(posts.map((p) => [p.id, p]));
  const errors: ThroughlineError[] = [];
  for (const post of posts) {
    // A copy's aliases lead to its original's page (copies.ts pieceAliases): held by the original.
    const original = isCopy(post) ? byId.get(post.data.copyOf!) : undefined;
    if (isCopy(post) && (original === undefined || isCopy(original))) continue;
    const page = original ?? post;
    for (const alias of new Set(post.data.aliases ?? [])) {
      const key = idKey(aliasFile(alias));
      const folder = SITE_FOLDERS.find((f) => key.startsWith(`${f}/`));
      const holder = folder ? { site: `/${folder}/` } : held.get(key);
      // The post's own page (its old address is its new one: AstroPaper's `2025/post.md` moved
      // to /posts/2025/post/), one file given twice, or its copy's address (which leads to this
      // page already: redirectFiles writes it once): nothing to refuse.
      if (holder && 'file' in holder && holder.file === page.file) continue;
      if (holder) errors.push(clashError(post.file, alias, holder));
      else held.set(key, { file: page.file, alias, ...(original ? { copy: post.file } : {}) });
    }
  }
  return errors;
}

function clashError(file: string, alias: string, holder: Holder): ThroughlineError {
  const hint = { en: 'remove the alias, or the other one: the build writes one file per path', zh: '请删掉这个别名或另一个：同一路径只能生成一个文件' };
  if ('site' in holder)
    return new ThroughlineError({ en: `${alias} is the site's own ${holder.site} page`, zh: `${alias} 是网站自己的 ${holder.site} 页面` }, { file, field: 'aliases', hint: { en: 'remove the alias: the site serves its own page there', zh: '请删掉这个别名：网站在那里有自己的页面' } });
  if (holder.copy !== undefined && holder.alias !== undefined)
    return new ThroughlineError({ en: `${alias} is also an alias of the copy ${holder.copy} (copyOf), which leads to the page of ${holder.file}`, zh: `${alias} 也是副本 ${holder.copy}（copyOf）的别名，那里会转到 ${holder.file} 的页面` }, { file, field: 'aliases', hint });
  if (holder.copy !== undefined)
    return new ThroughlineError(
      { en: `${alias} is the address of the copy ${holder.copy} (copyOf), which leads to the page of ${holder.file}`, zh: `${alias} 是副本 ${holder.copy}（copyOf）的地址，那里会转到 ${holder.file} 的页面` },
      { file, field: 'aliases', hint: { en: `remove the alias, or move the copy ${holder.copy} to another id: the build writes one file per path`, zh: `请删掉这个别名，或把副本 ${holder.copy} 移到别的 id：同一路径只能生成一个文件` } },
    );
  if (holder.alias === undefined) return new ThroughlineError({ en: `${alias} is the page of ${holder.file}`, zh: `${alias} 是 ${holder.file} 的页面` }, { file, field: 'aliases', hint });
  return new ThroughlineError({ en: `${alias} is also an alias of ${holder.file}`, zh: `${alias} 也是 ${holder.file} 的别名` }, { file, field: 'aliases', hint });
}

/**
 * The files (under the build's output folder, aliasFile) of the redirect pages for the post `id`
 * with these aliases: one per file, in order, without the post's own page (an alias that is its
 * own address needs no redirect, and a page there would replace the post with a redirect to
 * itself).
 */
export function redirectFiles(id: string, aliases: readonly string[]): string[] {
  const own = idKey(postPageFile(id));
  const seen = new Set<string>([own]);
  const files: string[] = [];
  for (const alias of aliases) {
    const file = aliasFile(alias);
    const key = idKey(file);
    if (seen.has(key)) continue;
    seen.add(key);
    files.push(file);
  }
  return files;
}
