/**
 * The cover of a post moved from another generator when its frontmatter names it by a path
 * relative to the post: a Hugo page bundle's `cover: cover.jpg` (or PaperMod's
 * `cover: {image: cover.jpg}`), Fuwari's `image: ./cover.jpeg`, AstroPaper's
 * `ogImage: ../../assets/og.png`, the Astro blog template's `heroImage: ../../assets/a.jpg`. import copies the file beside the new folder post and writes
 * `cover:` as that path, which the build serves (pages/covers); a file the source folder lacks
 * is left out, with a note, so the post is imported with the generated card instead of refused.
 */
import { isLocalImage } from '../image-address.ts';
import type { Text } from '../i18n/text.ts';
import { parseFrontmatterYaml, splitFrontmatter } from '../post-file.ts';
import { applyFrontmatterAliases, COVER_ALIASES, type CoverAlias } from '../schema/post-aliases.ts';
import { CoverSchema } from '../schema/post.ts';
import type { MovedPost } from './plan.ts';
import { setFrontmatterKeys } from './plan.ts';

/** The cover `raw.cover` gives: PaperMod's `cover: {image}` object's image, else the value itself. */
function ownCover(raw: Record<string, unknown>): unknown {
  return typeof raw.cover === 'object' && raw.cover !== null ? (raw.cover as Record<string, unknown>).image : raw.cover;
}

/** How the source file writes the cover under `key`, for notes: `cover.image` inside PaperMod's object. */
function keyAsWritten(raw: Record<string, unknown>, key: RelativeCover['key']): string {
  return key === 'cover' && typeof raw.cover === 'object' ? 'cover.image' : key;
}

/** A cover given by a path relative to the post: the key the file writes it under, and the path. */
export interface RelativeCover {
  key: 'cover' | CoverAlias;
  path: string;
}

/**
 * The relative cover of a moved post's frontmatter `raw` (as written, aliases not applied), or
 * null when it has none, or when a site path or URL gives the cover already (Throughline's own
 * `cover` wins over the aliases, as post-aliases.ts reads them).
 */
export function relativeCoverOf(raw: Record<string, unknown>): RelativeCover | null {
  if ((applyFrontmatterAliases(raw) as { cover?: unknown }).cover !== undefined && !isRelative(raw.cover)) return null;
  const own = ownCover(raw);
  if (isRelative(own)) return { key: 'cover', path: own.trim() };
  if (own !== undefined && own !== null && own !== '') return null;
  for (const key of COVER_ALIASES) if (isRelative(raw[key])) return { key, path: (raw[key] as string).trim() };
  return null;
}

/**
 * A path relative to the post that can name an image: not one ending in `/`, a folder, as a post
 * template leaves its cover unfilled (Fuwari's `image: ../assets/images/`), which counts as not
 * set, as an empty `image: ''` does (before, the import's note said to write `cover: ../assets/images/`).
 */
const isRelative = (value: unknown): value is string => typeof value === 'string' && isLocalImage(value.trim()) && !/[\\/]$/.test(value.trim());

/**
 * The cover of a moved post's frontmatter `raw` when it is a site path (`/images/a.jpg`, served
 * from the old site's root: Hugo's `static/`, Hexo's `source/`), as post-aliases.ts reads it
 * (Throughline's `cover`, PaperMod's `cover.image`, else `ogImage` or `image`), with the key it
 * is written under; null for any other cover or none.
 */
export function siteCoverOf(raw: Record<string, unknown>): RelativeCover | null {
  const cover = (applyFrontmatterAliases(raw) as { cover?: unknown }).cover;
  if (typeof cover !== 'string' || !cover.startsWith('/') || cover.startsWith('//')) return null;
  const own = ownCover(raw);
  const same = (value: unknown) => typeof value === 'string' && value.trim() === cover;
  return { key: same(own) ? 'cover' : COVER_ALIASES.find((key) => same(raw[key])) ?? 'cover', path: cover };
}

/** `paths` as a sentence's list: `a, b and c` (`a、b 和 c`). */
function listOf(paths: string[]): Text {
  const head = paths.slice(0, -1);
  return head.length === 0 ? { en: paths.join(''), zh: paths.join('') } : { en: `${head.join(', ')} and ${paths.at(-1)}`, zh: `${head.join('、')} 和 ${paths.at(-1)}` };
}

/**
 * `move` with its relative `cover` (`image: assets/images/a.avif`), which is not beside the post
 * but is in the old site's root (store/site-root.ts: Jekyll's folder of _config.yml, Hexo's
 * source/, Hugo's static/), written under the same key as the site path `sitePath`
 * (`/assets/images/a.avif`): Jekyll themes print such a field as
 * `{{ site.baseurl }}/{{ page.image }}`, a path from the site's root. withSiteCover then copies it
 * to public/ as any site-path cover; `move.siteRootCover` keeps how the file wrote it and `why`
 * it is that path (`a path from the Jekyll site's root`), for its note.
 */
export function coverFromSiteRoot(move: MovedPost, cover: RelativeCover, sitePath: string, why: Text): MovedPost {
  const { yaml } = splitFrontmatter(move.text, move.from);
  const raw = parseFrontmatterYaml(yaml, move.from);
  const text = setFrontmatterKeys(move.text, yaml, { [cover.key]: sitePath });
  return { ...move, text, siteRootCover: { written: `${keyAsWritten(raw, cover.key)}: ${cover.path}`, why } };
}

/**
 * What import says of the covers found nowhere (`missing`, each with its post's file, in the
 * order of the files): one note per post, and with two or more, one closing line. A single
 * cover's note names the places looked in and what to do; with more, each note is one short line
 * naming the file's field, and the closing line says where the first was looked for and what to
 * do, once (a trial's 35 covers gave 35 long lines that said the same).
 */
export function missingCoverLines(missing: { from: string; cover: MissingCover }[]): { notes: Text[]; closing?: Text } {
  if (missing.length === 1) {
    const { written, lookedFor, fix } = missing[0]!.cover;
    const list = listOf(lookedFor);
    return {
      notes: [
        {
          en: `its cover (${written}) was not found (looked for ${list.en}): imported without it, with the generated social card (to use it, ${fix.en})`,
          zh: `找不到封面（${written}）（找过 ${list.zh}）：文章已导入，但没有这张封面，改用自动生成的分享卡片（要使用它，${fix.zh}）`,
        },
      ],
    };
  }
  const notes = missing.map(({ cover }): Text => ({ en: `its cover (${cover.written}) was not found: imported without it`, zh: `找不到封面（${cover.written}）：文章已导入，但没有这张封面` }));
  if (missing.length === 0) return { notes };
  const { from, cover } = missing[0]!;
  const list = listOf(cover.lookedFor);
  const closing: Text = {
    en: `${missing.length} covers were not found (named above), each looked for as ${from}'s was: ${list.en}; those posts get the generated social card (to use a cover, ${cover.fix.en}, and likewise for the others)`,
    zh: `有 ${missing.length} 张封面找不到（见上文），每张都像 ${from} 的那样找过：${list.zh}；这些文章改用自动生成的分享卡片（要使用封面，${cover.fix.zh}，其余同理）`,
  };
  return { notes, closing };
}

/** A cover found nowhere: how the file wrote it (`image: a.jpg`), the files looked for, and what to do to use it. */
export interface MissingCover {
  written: string;
  lookedFor: string[];
  fix: Text;
}

/** What to do to use a cover `sitePath` (`/a.jpg`) found nowhere: put it at `publicFile` (from the root). */
export const publicCoverFix = (publicFile: string, sitePath: string): Text => ({
  en: `put the image at ${publicFile} and write cover: ${sitePath}`,
  zh: `请把图片放到 ${publicFile}，并写上 cover: ${sitePath}`,
});

/**
 * `move` with its site-path `cover` settled: `found` (public/ holds it, or the old site's folders
 * do), the post keeps it and, when `copyFrom` is set, `move.siteCover` asks import to copy it to
 * public/; else the key that gives it is removed (an alias too: the build would read it), so the
 * post is imported with the generated card instead of stopping check and the build, and
 * `move.missingCover` names `lookedFor` and where to put the image (`publicFile`, from the root),
 * for import to say (missingCoverLines).
 */
export function settleSiteCover(move: MovedPost, cover: RelativeCover, found: { copy: boolean } | null, lookedFor: string[], publicFile: string): MovedPost {
  const { yaml } = splitFrontmatter(move.text, move.from);
  const raw = parseFrontmatterYaml(yaml, move.from);
  const written = `${keyAsWritten(raw, cover.key)}: ${cover.path}`;
  if (found !== null) {
    // A relative cover read from the old site's root (coverFromSiteRoot): one note says both.
    const was = move.siteRootCover;
    if (!found.copy) {
      if (was === undefined) return move;
      const note: Text = { en: `its cover (${was.written}, ${was.why.en}) is now ${written}, which ${publicFile} holds`, zh: `封面（${was.written}，${was.why.zh}）已改为 ${written}，${publicFile} 里已有这张图片` };
      return { ...move, notes: [...move.notes, note] };
    }
    const note: Text =
      was === undefined
        ? { en: `its cover (${written}) is copied to ${publicFile}`, zh: `封面（${written}）已复制到 ${publicFile}` }
        : { en: `its cover (${was.written}, ${was.why.en}) is copied to ${publicFile} and is now ${written}`, zh: `封面（${was.written}，${was.why.zh}）已复制到 ${publicFile}，并已改为 ${written}` };
    return { ...move, siteCover: cover.path, notes: [...move.notes, note] };
  }
  // Every key that gives this path goes: a Jekyll theme writes it under both image: and cover:,
  // and the alias left behind would be read as the cover (and stop check).
  const same = (['cover', ...COVER_ALIASES] as const).filter((key) => typeof raw[key] === 'string' && (raw[key] as string).trim() === cover.path);
  const text = setFrontmatterKeys(move.text, yaml, Object.fromEntries([cover.key, ...same].map((key) => [key, null])));
  // A relative cover read as a site path (coverFromSiteRoot) is named as the file wrote it.
  const named = move.siteRootCover?.written ?? written;
  return { ...move, text, droppedCover: cover.path, missingCover: { written: named, lookedFor, fix: publicCoverFix(publicFile, cover.path) } };
}

/**
 * `move` with its relative `cover` settled: `found` (the source folder holds the file), the post
 * keeps it as `cover:` (written in place of PaperMod's object or beside Fuwari's `image`) and
 * `move.cover` asks import to copy it; else a `cover:` that names it is removed, so the post is
 * imported with the generated card, `move.droppedCover` is set and `move.missingCover` says
 * where to put the image (missingCoverLines). `lookedFor` names the files looked for. `placedAs`: the file name the
 * cover is copied under beside the post when its path, read from there, would leave
 * content/posts/ (AstroPaper's `../../../assets/c.png` from a subfolder); `cover:` then names it.
 * `fix`: what to do to use a cover found nowhere, when not to put it beside the new post (a
 * path from an old site's root goes under public/: publicCoverFix).
 */
export function settleCover(move: MovedPost, cover: RelativeCover, found: boolean, lookedFor: string[], placedAs?: string, fix?: Text): MovedPost {
  const { yaml } = splitFrontmatter(move.text, move.from);
  const raw = parseFrontmatterYaml(yaml, move.from);
  const written = `${keyAsWritten(raw, cover.key)}: ${cover.path}`;
  if (found && placedAs !== undefined) {
    const text = setFrontmatterKeys(move.text, yaml, { cover: placedAs });
    const note: Text = {
      en: `its cover (${written}) is copied beside it as ${placedAs}, which cover: now names (that path, read beside the new post, would leave content/posts/)`,
      zh: `封面（${written}）已复制到文章旁边，名为 ${placedAs}，并已改为 cover: ${placedAs}（从新文章的位置读，原路径会离开 content/posts/）`,
    };
    return { ...move, text, cover: placedAs, coverSource: cover.path, notes: [...move.notes, note] };
  }
  if (found) {
    const text = typeof raw.cover === 'string' ? move.text : setFrontmatterKeys(move.text, yaml, { cover: cover.path });
    // A path that climbs out of the post's folder (../../assets/c.png) puts the copy there, not beside the post.
    const climbs = /(^|\/)\.\.\//.test(cover.path);
    const where: Text = climbs ? { en: 'where that path leads from the new post', zh: '从新文章出发该路径所指的位置' } : { en: 'beside it', zh: '文章旁边' };
    const note: Text =
      text === move.text
        ? { en: `its cover ${cover.path} is copied ${where.en}`, zh: `封面 ${cover.path} 已复制到${where.zh}` }
        : { en: `its cover (${written}) is copied ${where.en} and is now cover: ${cover.path}`, zh: `封面（${written}）已复制到${where.zh}，并已改为 cover: ${cover.path}` };
    return { ...move, text, cover: cover.path, notes: [...move.notes, note] };
  }
  const text = cover.key === 'cover' ? setFrontmatterKeys(move.text, yaml, { cover: null }) : move.text;
  const beside: Text = { en: `put the image beside the new post and write cover: ${cover.path}`, zh: `请把图片放到新文章旁边，并写上 cover: ${cover.path}` };
  return { ...move, text, droppedCover: cover.path, missingCover: { written, lookedFor, fix: fix ?? beside } };
}

/**
 * `move` with a cover the site cannot serve settled, so that the post is imported instead of
 * refused (check and the build refuse such a `cover:`: schema/post.ts CoverSchema) or silently
 * shown without it (post-aliases.ts reads only a site path or an http(s) URL from PaperMod's
 * `cover.image`, AstroPaper's `ogImage` and Fuwari's `image`): a protocol-relative
 * `//host/x.png` becomes `cover: https://host/x.png` (the portfolio is served over https; it
 * takes the place of PaperMod's object and is written beside an alias key); any other
 * (`file:///C:/x.jpg`, `C:\x.jpg`, `data:`, `ftp://`) is left out, with a note (a `cover:` is
 * removed, an alias key kept: nothing reads it), and the post keeps the generated social card.
 * A cover that is fine, a relative one (settleCover's), or none, leaves `move` as it is.
 */
export function settleUnusableCover(move: MovedPost): MovedPost {
  const { yaml } = splitFrontmatter(move.text, move.from);
  const raw = parseFrontmatterYaml(yaml, move.from);
  let key: RelativeCover['key'];
  let cover: string;
  if (typeof raw.cover === 'string') {
    if (raw.cover.trim() === '' || CoverSchema.safeParse(raw.cover).success) return move;
    [key, cover] = ['cover', raw.cover.trim()];
  } else {
    // Written under an alias: the first one the reader would take (post-aliases.ts), unless one
    // of them gives a cover the site serves, or a relative file that settleCover copies.
    if ((applyFrontmatterAliases(raw) as { cover?: unknown }).cover !== undefined) return move;
    const own = ownCover(raw);
    const given = ([['cover', own], ...COVER_ALIASES.map((k) => [k, raw[k]] as const)] as const)
      .filter((entry): entry is readonly [RelativeCover['key'], string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
      .map(([k, v]) => [k, v.trim()] as const);
    if (given.length === 0 || given.some(([, v]) => isLocalImage(v))) return move;
    [key, cover] = given[0]!;
  }
  const written = keyAsWritten(raw, key);
  const https = `https:${cover}`;
  if (cover.startsWith('//') && CoverSchema.safeParse(https).success) {
    const note: Text =
      written === 'cover'
        ? { en: `its cover ${cover} (an address without a scheme) is now cover: ${https}`, zh: `封面 ${cover}（缺少 https: 的地址）已改为 cover: ${https}` }
        : { en: `its cover (${written}: ${cover}, an address without a scheme) is now cover: ${https}`, zh: `封面（${written}: ${cover}，缺少 https: 的地址）已改为 cover: ${https}` };
    return { ...move, text: setFrontmatterKeys(move.text, yaml, { cover: https }), notes: [...move.notes, note] };
  }
  const note: Text = {
    en: `its cover (${written}: ${cover}) is not an image the site can serve (a web address, a path under public/ or a file beside the post): imported without it, with the generated social card`,
    zh: `封面（${written}: ${cover}）不是网站能提供的图片（网址、public/ 下的路径或文章旁边的文件）：文章已导入，但没有这张封面，改用自动生成的分享卡片`,
  };
  const text = key === 'cover' ? setFrontmatterKeys(move.text, yaml, { cover: null }) : move.text;
  return { ...move, text, droppedCover: cover, notes: [...move.notes, note] };
}
