/**
 * The local images of a post moved from another generator (`![x](pic.png)`), which Astro
 * imports from beside the post when it builds the page: found in the source folder, in Hexo's
 * post asset folder (`source/_posts/<name>/pic.png`, hexo.io/docs/asset-folders) or beside the
 * file (a Hugo page bundle's `content/posts/<name>/index.md` + `featured.jpg`,
 * gohugo.io/content-management/page-bundles/), and copied to the same relative place beside the
 * new post, which is then a folder post (`content/posts/<year>/<name>/index.md`) so that two
 * posts' `featured.jpg` never meet and the body's links stay as written.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { coverFromSiteRoot, publicCoverFix, relativeCoverOf, settleCover, settleSiteCover, siteCoverOf } from '../core/moved-posts/cover.ts';
import type { MovedPost } from '../core/moved-posts/plan.ts';
import type { Text } from '../core/i18n/text.ts';
import { parseFrontmatterYaml, splitFrontmatter } from '../core/post-file.ts';
import { addressPath, isLocalImage, withoutQuery } from '../core/image-address.ts';
import { renameImageUrls } from '../core/moved-posts/image-urls.ts';
import { imagePath, localImages, siteImages } from './body-images.ts';
import { setFrontmatterKeys } from '../core/moved-posts/plan.ts';
import { findAstroRoot } from './site-root.ts';
import { coverFileOf } from './cover-files.ts';
import { POSTS_DIR } from './post-paths.ts';
import type { SiteRoot } from './site-root.ts';
import { aliasTargets, findPathAliases, unreadableText } from './tsconfig-paths.ts';

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/** Where an image address puts its file beside a post in `folder` (a path under content/posts; `../…` when it leaves). */
const placeBeside = (folder: string, url: string) => posix.normalize(posix.join(folder, imagePath(url)));

/** `name`, else `name` numbered before its extension (`c-2.png`, `c-3.png`…) while `taken` says that one is. */
function freeName(name: string, taken: (candidate: string) => boolean): string {
  let candidate = name;
  for (let n = 2; taken(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, (ext) => `-${n}${ext}`);
  return candidate;
}
const sameBytes = async (a: string, b: string) => (await readFile(a)).equals(await readFile(b));

/**
 * Jekyll's site address in front of an image path, `{{ site.url }}/assets/a.png`,
 * `{{ site.baseurl }}/…` (or both), or a path through its `relative_url` / `absolute_url` filter,
 * `{{ "/assets/a.png" | relative_url }}`: Liquid that Jekyll expands to the site's address. Group 1
 * or 2 is the path on the site.
 */
const LIQUID_SITE_PATH = /^(?:\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\})+(\/[^{}]*)$|^\{\{-?\s*(["'])(\/[^"'{}]*)\2\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}$/;

/**
 * `move` with each image address written through Jekyll's site address
 * (`<img src="{{ site.url }}/assets/logo.png">`, LIQUID_SITE_PATH) written as the site path it
 * stands for (`/assets/logo.png`), so that it is found and copied like any site-path image
 * (from the folder above `_posts`, Jekyll's site root) and the portfolio shows it; a note says so.
 * Only the address inside an image's own syntax changes (core/moved-posts/image-urls.ts).
 */
export async function withLiquidSiteImages(move: MovedPost): Promise<MovedPost> {
  const { body } = splitFrontmatter(move.text, move.from);
  if (!body.includes('{{')) return move;
  const renamed = new Map<string, string>();
  for (const url of await localImages({ file: move.from, body })) {
    const m = LIQUID_SITE_PATH.exec(url);
    if (m) renamed.set(url, m[1] ?? m[3]!);
  }
  if (renamed.size === 0) return move;
  const text = move.text.slice(0, move.text.length - body.length) + renameImageUrls(body, move.ext === 'mdx', renamed);
  const notes = [...renamed].map(([url, to]): Text => ({ en: `image ${url} is now ${to} (Jekyll's site address, written as the path on the site)`, zh: `图片 ${url} 已改为 ${to}（Jekyll 的网站地址，改写为网站上的路径）` }));
  return { ...move, text, notes: [...move.notes, ...notes] };
}

/**
 * `move` with each relative image that is neither beside the post nor in its asset folder
 * (Hexo's `source/_posts/<name>/`) but is in one of the old site's `roots` at that path (Hugo's
 * `static/images/x.jpg` for `![x](images/x.jpg)`; store/site-root.ts findSiteRoots) written as
 * that site path (`/images/x.jpg`), so it is copied to public/ like any site-path image and the
 * portfolio shows it; one note per image. A trial on a real Hugo blog (coderzh-hugo-blog) wrote
 * `images/x.jpg` in 52 posts with the files in `static/images/`: each post was refused, its image
 * "not found". Only the address inside an image's own syntax changes (core/moved-posts/image-urls.ts).
 */
export async function withSiteRootImages(move: MovedPost, roots: readonly SiteRoot[]): Promise<MovedPost> {
  if (roots.length === 0) return move;
  const { body } = splitFrontmatter(move.text, move.from);
  const source = resolve(process.cwd(), move.from);
  const bundle = source.replace(/\.[^./\\]+$/, '');
  const renamed = new Map<string, string>();
  const notes: Text[] = [];
  for (const url of await localImages({ file: move.from, body })) {
    const path = posix.normalize(imagePath(url));
    if (path.startsWith('../') || path.startsWith('/')) continue;
    if ((await isFile(resolve(dirname(source), path))) || (await isFile(resolve(bundle, path)))) continue;
    for (const root of roots) {
      if (!(await isFile(join(root.dir, path)))) continue;
      const to = `/${url.trim().replace(/^(?:\.\/)+/, '')}`;
      renamed.set(url, to);
      notes.push({ en: `image ${url} is not beside it but in ${root.name.en} (the old site's root): now ${to}`, zh: `图片 ${url} 不在它旁边，而在 ${root.name.zh}（旧网站的根目录）：已改为 ${to}` });
      break;
    }
  }
  if (renamed.size === 0) return move;
  const text = move.text.slice(0, move.text.length - body.length) + renameImageUrls(body, move.ext === 'mdx', renamed);
  return { ...move, text, notes: [...move.notes, ...notes] };
}

/**
 * `move` with each image path written from the folder of the Astro project it comes from
 * (`/src/assets/x.png`: Vite reads a path starting with `/src/` from the project's root, so the
 * theme imports it as an asset; it is no file of public/) written as the relative path from the
 * post's file to that file (`../../../src/assets/x.png`), when the project (store/site-root.ts
 * findAstroRoot) holds it: the cover under any key that gives one (`cover`, `ogImage`, `image`,
 * `heroImage`; withMovedCover then copies it beside the post) and the body's images (copied
 * beside it by withImagesInside), each with a note. A cover written through a path alias of the
 * source's tsconfig.json (`heroImage: '@assets/a.png'`) is read the same way, as the file the
 * alias names (body images: withAliasedImages). Anything else is left as written.
 */
export async function withAstroRootPaths(move: MovedPost): Promise<MovedPost> {
  const { body, yaml } = splitFrontmatter(move.text, move.from);
  const raw = parseFrontmatterYaml(yaml, move.from);
  const covers = ['cover', 'ogImage', 'image', 'heroImage'].filter((key) => typeof raw[key] === 'string' && isLocalImage((raw[key] as string).trim()));
  if (!move.text.includes('/src/') && covers.length === 0) return move;
  const project = await findAstroRoot(dirname(move.from));
  const source = resolve(process.cwd(), move.from);
  const fromProject = async (url: string): Promise<string | undefined> => {
    if (project === undefined || !url.startsWith('/src/')) return undefined;
    const file = join(project, imagePath(url));
    return (await isFile(file)) ? relative(dirname(source), file).split('\\').join('/') : undefined;
  };
  const notes = [...move.notes];
  const keys: Record<string, string> = {};
  for (const key of ['cover', 'ogImage', 'image', 'heroImage']) {
    const value = raw[key];
    const to = typeof value === 'string' ? await fromProject(value.trim()) : undefined;
    if (to === undefined) continue;
    keys[key] = to;
    notes.push({
      en: `its cover (${key}: ${(value as string).trim()}) is a path from the Astro project's folder, which is no path on the site: read as the file ${to}`,
      zh: `封面（${key}: ${(value as string).trim()}）是从 Astro 项目文件夹算起的路径，不是网站上的路径：按文件 ${to} 读取`,
    });
  }
  // A cover written through a path alias of the source's tsconfig.json (`heroImage: '@assets/a.png'`,
  // `"@assets/*": ["src/assets/*"]`), as withAliasedImages reads the body's: the file it names.
  const aliases = covers.some((key) => !(raw[key] as string).trim().startsWith('.')) ? findPathAliases(dirname(source)) : null;
  for (const key of covers) {
    const value = (raw[key] as string).trim();
    if (aliases === null || aliases.unreadable || value.startsWith('.')) continue;
    const files = aliasTargets(aliases, imagePath(value));
    const found = files[(await Promise.all(files.map(isFile))).findIndex(Boolean)];
    if (found === undefined) continue;
    const to = relative(dirname(source), found).split('\\').join('/');
    keys[key] = to;
    notes.push({
      en: `its cover (${key}: ${value}) is a path alias of the source's tsconfig.json: read as the file it names, ${to}`,
      zh: `封面（${key}: ${value}）是原项目 tsconfig.json 的路径别名：按它指向的文件 ${to} 读取`,
    });
  }
  let text = Object.keys(keys).length > 0 ? setFrontmatterKeys(move.text, yaml, keys) : move.text;
  const renamed = new Map<string, string>();
  for (const url of await siteImages({ file: move.from, body })) {
    const to = await fromProject(url);
    if (to !== undefined) renamed.set(url, to);
  }
  if (renamed.size > 0) {
    const { body: now } = splitFrontmatter(text, move.from);
    text = text.slice(0, text.length - now.length) + renameImageUrls(now, move.ext === 'mdx', renamed);
    for (const [url, to] of renamed)
      notes.push({ en: `image ${url} is a path from the Astro project's folder, which is no path on the site: read as the file ${to}`, zh: `图片 ${url} 是从 Astro 项目文件夹算起的路径，不是网站上的路径：按文件 ${to} 读取` });
  }
  return text === move.text ? move : { ...move, text, notes };
}

/**
 * `move` with each image written through a path alias of the source project's tsconfig.json
 * (AstroPaper's `![x](@/assets/images/x.png)`, `"@/*": ["./src/*"]`; the nearest tsconfig.json
 * above the post, matched as tsconfig-paths.ts says) written as the relative path
 * from the post's file to the file it names (`../../assets/images/x.png`), so it is found and
 * copied like any relative image; a note says so. Only the address inside an image's own syntax
 * changes (core/moved-posts/image-urls.ts). An alias whose file is missing stays as written.
 * A tsconfig.json that is not JSON renames nothing and is named in `unreadableAliases`.
 */
export async function withAliasedImages(move: MovedPost): Promise<MovedPost> {
  const { body } = splitFrontmatter(move.text, move.from);
  const source = resolve(process.cwd(), move.from);
  const urls = (await localImages({ file: move.from, body })).filter((url) => !url.startsWith('.'));
  if (urls.length === 0) return move;
  const aliases = findPathAliases(dirname(source));
  if (aliases === null) return move;
  if (aliases.unreadable) {
    // Said only if one of these images is then not found (the import's missing-image error).
    const why = unreadableText(aliases.unreadable);
    const file = isAbsolute(move.from) ? aliases.unreadable.file : relative(process.cwd(), aliases.unreadable.file);
    return { ...move, unreadableAliases: { en: `${file} ${why.en}, so its path aliases (@/…) were not tried`, zh: `${file} ${why.zh}，所以没有按它的路径别名（@/…）查找` } };
  }
  const renamed = new Map<string, string>();
  for (const url of urls) {
    const files = aliasTargets(aliases, imagePath(url));
    const found = files[(await Promise.all(files.map(isFile))).findIndex(Boolean)];
    if (found !== undefined) renamed.set(url, relative(dirname(source), found).split('\\').join('/'));
  }
  if (renamed.size === 0) return move;
  const text = move.text.slice(0, move.text.length - body.length) + renameImageUrls(body, move.ext === 'mdx', renamed);
  const notes = [...renamed].map(([url, to]): Text => ({ en: `image ${url} is now ${to} (a path alias of the source's tsconfig.json, written as the file it names)`, zh: `图片 ${url} 已改为 ${to}（原项目 tsconfig.json 的路径别名，改写为它指向的文件）` }));
  return { ...move, text, notes: [...move.notes, ...notes] };
}

/**
 * `move` with the cover its frontmatter names by a relative path (`cover: cover.jpg`,
 * `image: ./cover.jpeg`) settled by whether its source folder holds the file
 * (core/moved-posts/cover.ts): kept and marked for copying, or left out with a note.
 * `roots`: the old site's roots (store/site-root.ts) when the posts come from a site; a cover not
 * beside the post but in one of them (`image: assets/images/a.avif`, which a Jekyll theme prints
 * as `{{ site.baseurl }}/{{ page.image }}`) becomes the site path `/assets/images/a.avif`, which
 * withSiteCover copies to public/. A cover written through Jekyll's site address
 * (`image: "{{ site.baseurl }}/a.jpg"`, LIQUID_SITE_PATH) is that site path too.
 */
export async function withMovedCover(move: MovedPost, roots: SiteRoot[] = []): Promise<MovedPost> {
  const cover = relativeCoverOf(parseFrontmatterYaml(splitFrontmatter(move.text, move.from).yaml, move.from));
  if (cover === null) return move;
  const liquid = LIQUID_SITE_PATH.exec(cover.path);
  if (liquid) return coverFromSiteRoot(move, cover, liquid[1] ?? liquid[3]!, { en: "Jekyll's site address, written as the path on the site", zh: 'Jekyll 的网站地址，改写为网站上的路径' });
  const found = (await sourceImage(move, imagePath(cover.path))) !== undefined;
  // Named as the folder was given; a bundle's index file has no Hexo asset folder to name.
  const path = imagePath(cover.path);
  const beside = posix.join(posix.dirname(move.from), path);
  const places = /(?:^|\/)index(?:\.[\w-]+)?\.(?:md|markdown|mdx)$/i.test(move.from) ? [beside] : [posix.join(move.from.replace(/\.(?:md|markdown|mdx)$/i, ''), path), beside];
  let fix: Text | undefined;
  // A path that climbs out of the site's root is no path on the site.
  const fromRoot = posix.normalize(cover.path);
  const file = posix.normalize(path);
  if (!found && roots.length > 0 && ![fromRoot, file].some((p) => p === '..' || p.startsWith('../') || p.startsWith('/'))) {
    for (const root of roots) {
      if (await isFile(join(root.dir, file))) return coverFromSiteRoot(move, cover, `/${fromRoot}`, { en: `a path from ${root.name.en}`, zh: `从 ${root.name.zh}${/[\w/]$/.test(root.name.zh) ? ' ' : ''}算起的路径` });
      places.push(shownAsGiven(move.from, root.dir, file));
      // The theme may print the key under a folder of its own (`<img src="/img/{{ page.image }}">`).
      for (const prefix of await layoutPrefixes(root.dir, cover.key)) {
        const inFolder = posix.join(prefix, fromRoot);
        if (await isFile(join(root.dir, inFolder)))
          return coverFromSiteRoot(move, cover, `/${inFolder}`, { en: `a path from ${prefix}/ of ${root.name.en}, where its layouts print page.${cover.key}`, zh: `从 ${root.name.zh} 的 ${prefix}/ 算起的路径（它的布局在那里输出 page.${cover.key}）` });
        places.push(shownAsGiven(move.from, root.dir, inFolder));
      }
    }
    fix = publicCoverFix(`public/${fromRoot}`, `/${fromRoot}`);
  }
  // Found, it makes the post a folder post (asFolderPost); read from that folder, a path that
  // leaves content/posts/ names no file the site serves, so the file goes beside it by its name.
  const folder = posix.dirname(/(?:^|\/)index$/.test(move.id) ? move.id : `${move.id}/index`);
  const leaves = posix.normalize(posix.join(folder, path)).startsWith('../');
  return settleCover(move, cover, found, places, found && leaves ? await freeCoverName(move, folder, path) : undefined, fix);
}

const LAYOUT_DIRS = ['_layouts', '_includes'];
const PREFIXES = new Map<string, Promise<string[]>>();

/**
 * The folders a Jekyll theme prints the frontmatter `key` under, read from its `_layouts/` and
 * `_includes/` in the site's folder `dir`: `src="/img/{{ page.image }}"` or
 * `{{ site.baseurl }}/img/{{ page.image }}` give `img` (a real blog's theme served every cover
 * from img/, and all 44 were dropped). Memoised per folder and key; none when there are no layouts.
 */
function layoutPrefixes(dir: string, key: string): Promise<string[]> {
  const memo = `${dir}\0${key}`;
  let found = PREFIXES.get(memo);
  if (!found) PREFIXES.set(memo, (found = readLayoutPrefixes(dir, key)));
  return found;
}

async function readLayoutPrefixes(dir: string, key: string): Promise<string[]> {
  const use = new RegExp(`["'(=]\\s*(?:\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?\\}\\})?/?([\\w.-]+(?:/[\\w.-]+)*)/\\{\\{-?\\s*(?:page|post|include)\\.${key}\\s*-?\\}\\}`, 'g');
  const prefixes = new Set<string>();
  for (const folder of LAYOUT_DIRS) {
    const files = await readdir(join(dir, folder), { recursive: true }).catch(() => [] as string[]);
    for (const name of files.filter((f) => /\.(?:html?|liquid|md)$/i.test(f)).sort()) {
      const text = await readFile(join(dir, folder, name), 'utf8').catch(() => '');
      for (const m of text.matchAll(use)) if (!m[1]!.split('/').includes('..')) prefixes.add(m[1]!);
    }
  }
  return [...prefixes];
}

/** `file` in the folder `dir` (absolute), named as `from` (a source file's path as the folder was given) is: relative when that is. */
function shownAsGiven(from: string, dir: string, file: string): string {
  const path = join(dir, file);
  return (isAbsolute(from) ? path : relative(process.cwd(), path)).split('\\').join('/');
}

/**
 * The name beside the new post (in `folder`) for a cover copied there by its file name (`path`'s):
 * that name, else `c-2.png`, `c-3.png`… while a body image that stays beside the post holds it and
 * is another file (a body's `![](./c.png)` beside an AstroPaper post whose ogImage is
 * `../../../assets/c.png`): the two were one name, the cover was not copied and cover: showed
 * the body's picture.
 */
async function freeCoverName(move: MovedPost, folder: string, path: string): Promise<string> {
  const name = posix.basename(path);
  const coverFile = await sourceImage(move, path);
  const { body } = splitFrontmatter(move.text, move.from);
  const inside = new Map<string, string | undefined>();
  for (const url of await localImages({ file: move.from, body })) {
    const place = placeBeside(folder, url);
    if (!place.startsWith('../')) inside.set(place, await sourceImage(move, imagePath(url)));
  }
  return freeName(name, (placed) => inside.has(posix.join(folder, placed)) && inside.get(posix.join(folder, placed)) !== coverFile);
}

/**
 * `move` with the cover its frontmatter gives by a site path (`cover: {image: /a.jpg}`,
 * `ogImage: /og/a.png`) settled (core/moved-posts/cover.ts): kept when `root`'s public/ holds
 * the file, kept and marked for copying when the old site's folders do (siteSources), else left
 * out with a note, since check and the build refuse a cover that names no file.
 */
export async function withSiteCover(root: string, site: SiteFolders, move: MovedPost): Promise<MovedPost> {
  const cover = siteCoverOf(parseFrontmatterYaml(splitFrontmatter(move.text, move.from).yaml, move.from));
  if (cover === null) return move;
  const publicDir = join(root, 'public');
  const to = coverFileOf(publicDir, cover.path)!;
  const rel = relative(publicDir, to);
  const shown = relative(root, to).split('\\').join('/');
  // A path that climbs out of public/ names no file the site serves (check refuses it).
  if (rel.startsWith('..')) return settleSiteCover(move, cover, null, [shown], shown);
  if (await isFile(to)) return settleSiteCover(move, cover, { copy: false }, [], shown);
  const candidates = siteSources(site, rel);
  const found = (await Promise.all(candidates.map(isFile))).some(Boolean);
  return settleSiteCover(move, cover, found ? { copy: true } : null, [shown, ...candidates], shown);
}

/** The imported folder as given, and its old site's roots (store/site-root.ts). */
export interface SiteFolders {
  folder: string;
  roots: SiteRoot[];
}

/**
 * Where the old site served the file of a site path `rel` (relative to its root) from: the
 * imported folder (Hexo's asset folders under `source/_posts/`, as Typora's
 * `typora-root-url: ./` writes their paths), the site's roots (Jekyll's folder of _config.yml,
 * Hexo's `source/`, Hugo's `static/`: store/site-root.ts) and the folder above the imported one.
 * Paths as the folder was given (absolute for an absolute one), in that order, once each.
 */
function siteSources(site: SiteFolders, rel: string): string[] {
  const dir = resolve(process.cwd(), site.folder);
  const places = [join(dir, rel), ...site.roots.map((r) => join(r.dir, rel)), join(dirname(dir), rel)];
  const shown = places.map((p) => (isAbsolute(site.folder) ? p : relative(process.cwd(), p)).split('\\').join('/'));
  return [...new Set(shown)];
}

/** The local images of a moved post, each as its place beside the new post and its path from the source file: those its `body` shows, and its cover to copy. */
async function movedImages(move: MovedPost, body: string): Promise<{ url: string; from: string }[]> {
  const urls = (await localImages({ file: move.from, body })).map((url) => ({ url, from: move.imageSources?.[url] ?? url }));
  if (move.cover === undefined || urls.some((u) => u.url === move.cover)) return urls;
  return [...urls, { url: move.cover, from: move.coverSource ?? move.cover }];
}

/**
 * `move` written as a folder post (`<id>/index`, published at the same address, post-paths.ts
 * postSlug) when its `body` shows a local image, or its cover is one, that its source folder
 * holds, or it imports files from that folder (`move.moduleFiles`), so that the images go in its own folder; else `move` (a post with no image there stays
 * one file).
 */
export async function asFolderPost(move: MovedPost, body: string): Promise<MovedPost> {
  if (/(?:^|\/)index$/.test(move.id)) return move;
  // The files an .mdx post imports from its folder go beside it too (mdx-moved-imports.ts).
  if ((move.moduleFiles?.length ?? 0) > 0) return { ...move, id: `${move.id}/index` };
  for (const { from } of await movedImages(move, body)) if ((await sourceImage(move, imagePath(from))) !== undefined) return { ...move, id: `${move.id}/index` };
  return move;
}

/**
 * `move` with each body image that its source folder holds but whose place beside the new post
 * would leave content/posts/ (a path that climbs out of the old post's folder, as AstroPaper's
 * `![x](../../assets/images/x.png)` from `src/data/blog/` does), which the site could not serve,
 * copied beside the post by its file name instead (`x.png`; `x-2.png` when another image of the
 * post has that name): the body names it so (core/moved-posts/image-urls.ts), `imageSources`
 * keeps where the file is, and a note says so. Called once asFolderPost has settled the id, on
 * which the place depends.
 */
export async function withImagesInside(move: MovedPost): Promise<MovedPost> {
  const { body } = splitFrontmatter(move.text, move.from);
  const urls = await localImages({ file: move.from, body });
  const folder = posix.dirname(move.id);
  const leaving: string[] = [];
  const taken = new Set<string>();
  // The cover copied beside the post (withMovedCover) holds its name: a body image of another
  // file must not take it, and one of the same file shows it under that name.
  const coverFrom = move.cover === undefined ? undefined : posix.normalize(imagePath(move.coverSource ?? move.cover));
  if (move.cover !== undefined) taken.add(posix.join(folder, addressPath(move.cover)));
  for (const url of urls) {
    const place = placeBeside(folder, url);
    if (!place.startsWith('../')) taken.add(place);
    else if ((await sourceImage(move, imagePath(move.imageSources?.[url] ?? url))) !== undefined) leaving.push(url);
  }
  if (leaving.length === 0) return move;
  const renamed = new Map<string, string>();
  const sources: Record<string, string> = { ...move.imageSources };
  const notes = [...move.notes];
  for (const url of leaving) {
    const name = withoutQuery(url).split('/').pop()!;
    const source = move.imageSources?.[url] ?? url;
    const sameAsCover = move.cover !== undefined && posix.normalize(imagePath(source)) === coverFrom;
    const candidate = sameAsCover ? move.cover! : freeName(name, (c) => taken.has(posix.join(folder, addressPath(c))));
    taken.add(posix.join(folder, addressPath(candidate)));
    const to = candidate + url.slice(withoutQuery(url).length);
    renamed.set(url, to);
    sources[to] = source;
    notes.push({ en: `image ${url} is copied beside it as ${to} (that path, read beside the new post, would leave ${POSTS_DIR}/)`, zh: `图片 ${url} 已复制到文章旁边，名为 ${to}（从新文章的位置读，原路径会离开 ${POSTS_DIR}/）` });
  }
  const text = move.text.slice(0, move.text.length - body.length) + renameImageUrls(body, move.ext === 'mdx', renamed);
  return { ...move, text, notes, imageSources: sources };
}

/** The file a moved post's image path names: in its Hexo asset folder, which Hexo looks in first (its marked renderer's postAsset option), else beside it; undefined when neither holds it. */
async function sourceImage(move: MovedPost, path: string): Promise<string | undefined> {
  const candidates = sourceCandidates(move, path);
  return candidates[(await Promise.all(candidates.map(isFile))).findIndex(Boolean)];
}

/** Where a moved post's image may be: its Hexo asset folder, then beside it. */
function sourceCandidates(move: MovedPost, path: string): string[] {
  const source = resolve(process.cwd(), move.from);
  return [join(source.replace(/\.(?:md|markdown|mdx)$/i, ''), path), join(dirname(source), path)];
}

/** An image whose place beside the new post holds, or will hold, another image with the same name. */
export interface ImageClash {
  url: string;
  /** The place, from the root (`content/posts/2024/cover.png`). */
  file: string;
}

/**
 * Copies (unless `dryRun`) each local image of `move` (whose `body` is given; its cover too) found in its source folder to its place
 * beside `content/posts/<id>.md`; an image there already with the same bytes is left as it is.
 * `claimed` (place -> source file) holds the places that posts accepted earlier in the same run
 * will copy to. Returns the images copied (paths from the root), the `placed` pairs to add to
 * `claimed`, the addresses found nowhere, those found whose place would lie outside content/posts
 * (`outside`: address and place from the root), and the
 * clashes: places that hold or will hold another image of the same name (two Hexo asset folders
 * each with a `cover.png`), which must not be shared, or the post would show the other's image.
 */
export async function placeMovedImages(
  root: string,
  move: MovedPost,
  body: string,
  opts: { dryRun: boolean; claimed?: ReadonlyMap<string, string> },
): Promise<{ copied: string[]; missing: string[]; outside: ImageClash[]; clashes: ImageClash[]; placed: [string, string][] }> {
  const posts = join(root, POSTS_DIR);
  const targetDir = dirname(join(posts, move.id));
  const result = { copied: [] as string[], missing: [] as string[], outside: [] as ImageClash[], clashes: [] as ImageClash[], placed: [] as [string, string][] };
  for (const { url, from: source } of await movedImages(move, body)) {
    const to = join(targetDir, imagePath(url));
    const from = await sourceImage(move, imagePath(source));
    if (relative(posts, to).startsWith('..')) {
      if (from === undefined) result.missing.push(url);
      else result.outside.push({ url, file: relative(root, to).split('\\').join('/') });
      continue;
    }
    // One file may be named in two spellings (`my%20pic.png` and `<my pic.png>`, `x.png?v=1`):
    // a dry run, which copies nothing, must list it once too.
    const there = (await isFile(to)) ? to : (opts.claimed?.get(to) ?? result.placed.find(([place]) => place === to)?.[1]);
    if (from === undefined) {
      if (there === undefined) result.missing.push(url);
      continue;
    }
    if (there !== undefined) {
      if (!(await sameBytes(there, from))) result.clashes.push({ url, file: relative(root, to).split('\\').join('/') });
      continue;
    }
    result.placed.push([to, from]);
    if (!opts.dryRun) {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to, constants.COPYFILE_EXCL);
    }
    result.copied.push(relative(root, to).split('\\').join('/'));
  }
  return result;
}

/**
 * Copies (unless `dryRun`) each image `body` shows by a site path (`![x](/images/x.png)`), and
 * the site-path `cover` withSiteCover found, that public/ lacks from where the other generator
 * serves it (siteSources) to the same path under public/, so that the page shows it. A file in
 * public/ is never replaced. `listed` (places under public/) keeps a dry run from listing one
 * image twice. Returns the images copied, paths from the root, and the body's site paths found
 * nowhere (`missing`: each with the files looked for, public/'s first), which check and the
 * build warn of (missing-image).
 */
export async function placeSiteImages(
  root: string,
  site: SiteFolders,
  body: string,
  file: string,
  opts: { dryRun: boolean; listed: Set<string>; cover?: string },
): Promise<{ copied: string[]; missing: { url: string; lookedFor: string[] }[] }> {
  const publicDir = join(root, 'public');
  const copied: string[] = [];
  const missing: { url: string; lookedFor: string[] }[] = [];
  const urls = await siteImages({ file, body });
  for (const url of opts.cover === undefined || urls.includes(opts.cover) ? urls : [...urls, opts.cover]) {
    const to = coverFileOf(publicDir, url)!;
    if (relative(publicDir, to).startsWith('..') || opts.listed.has(to) || (await isFile(to))) continue;
    const candidates = siteSources(site, relative(publicDir, to));
    const found = candidates[(await Promise.all(candidates.map(isFile))).findIndex(Boolean)];
    if (found === undefined) {
      missing.push({ url, lookedFor: [relative(root, to).split('\\').join('/'), ...candidates] });
      continue;
    }
    opts.listed.add(to);
    if (!opts.dryRun) {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(found, to, constants.COPYFILE_EXCL);
    }
    copied.push(relative(root, to).split('\\').join('/'));
  }
  return { copied, missing };
}
