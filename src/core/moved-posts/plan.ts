/**
 * A folder of Markdown posts from another generator (Hexo `source/_posts`, Hugo
 * `content/posts`, Jekyll `_posts`) -> post files for content/posts/: each file's text as it
 * was, with `channel:` added (and `status:` when `--status` asks for another than the file's),
 * Hexo note boxes as admonitions. Every other frontmatter key and every other byte of the body
 * is kept; the aliases (schema/post-aliases.ts) read the generators' own keys. Ids are
 * `YYYY/name` like a feed import's (core/feed/import-plan.ts): the year of the post's date, the
 * file's name without Jekyll's date prefix.
 */
import { posix } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { stringify } from 'yaml';
import { ThroughlineError } from '../errors.ts';
import type { Text } from '../i18n/text.ts';
import { postLanguage, type Lang } from '../language.ts';
import { flowValueLines, parseFrontmatterYaml, quotedValueLines, splitFrontmatter } from '../post-file.ts';
import { withCleanFences } from '../post-split.ts';
import { applyFrontmatterAliases, dateValueOf, flagOf } from '../schema/post-aliases.ts';
import { flagValue } from '../schema/post-alias-writes.ts';
import { type PostStatus, PublishedAtSchema } from '../schema/post.ts';
import { isOffsetless, repairedDate, withOffsetIn } from './dates.ts';
import { astroZoneOf, siteZoneNote, siteZoneOf, type OffsetlessTime, type ShiftedDay } from './site-zone.ts';
import { localDateOf } from '../zoned-time.ts';
import { givenPillar, type PillarMap, unmatchedPillarWarnings } from '../feed/pillar-map.ts';
import { idKey, slugify, uniqueSlug } from '../feed/slug.ts';
import { postSlug } from '../post-slug.ts';
import { SLUG_MAX_BYTES, slugWords } from '../slug-words.ts';
import { renameLinkUrls } from './image-urls.ts';
import { convertWikilinks } from './wikilinks.ts';
import Slugger from 'github-slugger';
import { type ConvertedAssets, convertHexoAssetTags, convertHugoFigures } from './hexo-assets.ts';
import { convertHexoNotes } from './hexo-notes.ts';
import { convertGithubCards } from './github-cards.ts';
import { withHugoRefs } from './hugo-refs.ts';
import { withHexoPostLinks } from './hexo-post-links.ts';
import { withLinkTagsAnswered } from './link-tag-notes.ts';
import { SITE_PREFIX, withSiteUrls } from './jekyll-site-urls.ts';
import { codeTagsNote, convertCodeTags } from './code-tags.ts';
import { kramdownNote, stripKramdownMarks } from './kramdown.ts';
import { inlineKramdownMath, kramdownMathNote } from './kramdown-math.ts';
import { pelicanToYaml } from './pelican.ts';
import { plainToml, tomlDateLiterals } from './toml-dates.ts';
import { openedHexoFrontMatter } from './hexo-front-matter.ts';
import { isAstroThemePost, oldAddressOf, oldUrlOf, type OldPost, type OldSite } from './old-url.ts';
import { claimAliases, takenAliasesNote, type AliasOwners } from './shared-aliases.ts';
import { utcTimeKeys } from './astro-dates.ts';
import { astroThemeOfKey } from './wall-times.ts';
import { oldListsOf, oldTermsOf, type OldTerm } from '../old-taxonomies/generators.ts';
import { oldPostListsOf } from '../old-taxonomies/post-lists.ts';
import { customTagFields, customTagsNote, missingTagNames } from '../custom-tags.ts';
import { aliasProblem } from '../redirects/alias-path.ts';
import { caseOnlyAlias, idInCaseOf } from '../redirects/alias-case.ts';
import { siteOwnPage } from '../redirects/clashes.ts';
import type { MissingCover } from './cover.ts';
import { elsewhereReason, idsByName, importedElsewhere } from './same-file.ts';
import { bulkCommitWarning, gitDateNote } from './git-date-notes.ts';
import { draftCopyReason, numberedNote, publishedFirst, saysDraft } from './draft-copies.ts';
import { subjectFolders } from './pillar-folders.ts';
import { JEKYLL_TERM_KEYS, jekyllPostDefaults } from '../jekyll-defaults.ts';
import { ownCanonicalNote, readCanonicalUrl, type CanonicalTarget } from './canonical-url.ts';
import { appendTo } from '../map-lists.ts';

/** What a post already in content/posts/ is known by, to tell it from a moved file that would take its address. */
export interface KnownPost {
  title?: string;
  /** Its publishedAt as written or parsed (only its date, the first 10 characters, is compared). */
  publishedAt?: unknown;
  /** Its language (core/language.ts postLanguage): a moved file in another language is another post, its translation. */
  lang?: Lang;
  translationKey?: string;
  /** Its `aliases:` when it is published (old addresses it answers): a moved post does not take one (shared-aliases.ts). */
  aliases?: readonly string[];
  /** Its channel, `url`, pillar, and whether it is published and no copy: a moved post whose `canonical_url` names it is its copy (canonical-url.ts). */
  channel?: string;
  url?: string;
  pillar?: string;
  original?: boolean;
}

/** The `YYYY-MM-DD` of a date value as YAML or the schema gives it (a string or a Date), else ''. */
function dayOf(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? '';
}

/** True when `post` is known and neither its title nor its date is the moved file's (`data`, aliases applied). */
function isOtherPost(post: KnownPost | undefined, data: Record<string, unknown>): boolean {
  if (!post) return false;
  const title = typeof data.title === 'string' ? data.title.trim() : '';
  if (post.title !== undefined && post.title.trim() === title) return false;
  const day = dayOf(data.publishedAt);
  return !(day !== '' && dayOf(post.publishedAt) === day);
}

/** A Markdown file of the source folder: its path there (`/`-separated) and its text. */
export interface SourceFile {
  path: string;
  text: string;
  /** The commit that added the file (`import --git-dates`): the date of a post whose file gives none. */
  committed?: { date: string; commit: string };
  /** Why the file could not be read as text (not UTF-8): it is skipped with this reason, `text` is empty. */
  unreadable?: Text;
  /**
   * A file of the generator's drafts folder (Jekyll's `_drafts/`, Hexo's `source/_drafts/`): a
   * draft whatever its frontmatter says, with no old address (the site never served it).
   */
  draft?: true;
}

export interface MovedPost {
  /** The source file's path. */
  from: string;
  /** Post id: path under content/posts/ without extension. */
  id: string;
  ext: 'md' | 'mdx';
  /** The new file's text. */
  text: string;
  /**
   * The source project's tsconfig.json (or a file it extends) is not JSON, and the body has images
   * that could be its path aliases: what to say of it, file named (store/moved-images.ts withAliasedImages).
   */
  unreadableAliases?: Text;
  /** What changed besides `channel:` (a renamed id, converted note boxes and asset tags), one line each. */
  notes: Text[];
  /** The folders it was filed in within the imported one, nearest first (Arduino of Arduino/x.md): what --pillar-map reads besides its categories. */
  folders?: string[];
  /** Made a draft because its file gives neither a status nor any date. */
  undated?: boolean;
  /** How many Hexo note boxes and asset tags (`asset_img`, `asset_path`) and Hugo figure shortcodes became Markdown. */
  converted: { noteBoxes: number; assetTags: number; figures: number; mathSpans?: number };
  /** A cover relative to the post that the source folder holds, to copy with the body's images (cover.ts). */
  cover?: string;
  /** When the cover is copied under another name (`cover`) than its source path gives: that path (cover.ts). */
  coverSource?: string;
  /** A site-path cover (`/images/a.jpg`) that public/ lacks and the old site's folders hold, to copy to public/ (cover.ts). */
  siteCover?: string;
  /**
   * A relative cover found in the old site's root instead of beside the post, now written as
   * that site path: how the file wrote it (`image: assets/a.jpg`) and why it is that path, for
   * the note (cover.ts coverFromSiteRoot).
   */
  siteRootCover?: { written: string; why: Text };
  /** A relative or site-path cover found nowhere or not servable: the post is imported without it (cover.ts). */
  droppedCover?: string;
  /** A cover found nowhere: what import says of it (cover.ts missingCoverLines). */
  missingCover?: MissingCover;
  /**
   * Body images renamed to be copied beside the post (store/moved-images.ts withImagesInside):
   * the new address -> the address the source post wrote, which names the file in the source folder.
   */
  imageSources?: Record<string, string>;
  /**
   * The files an .mdx post imports from its source folder (and those they import from it in
   * turn), paths from that folder, to copy to the same places beside the new post
   * (store/mdx-moved-imports.ts).
   */
  moduleFiles?: string[];
  /** How many of an .mdx post's imports name what this project has not: it comes in as a draft (store/mdx-moved-imports.ts). */
  unresolvedImports?: number;
}

export interface MovePlan {
  moves: MovedPost[];
  /**
   * Source files left where they are: their post exists already (`id`), or they are not posts;
   * with the reason. `pillar`: what `--pillar-map` or `--pillar` gives the post that is there,
   * when the file names no pillar of its own (the CLI writes it into that post unless it has one).
   */
  skipped: { from: string; id?: string; reason: Text; pillar?: { pillar: string; note: Text } }[];
  /** What the whole folder gives reason to say: a `--pillar-map` name no file has. */
  warnings: Text[];
  /**
   * The tag and category pages the old site served for the posts this folder publishes, moved now
   * or by an earlier run (core/old-taxonomies/generators.ts), for `import` to keep their addresses.
   */
  terms?: OldTerm[];
}

export interface MoveOptions {
  channel: string;
  /**
   * The channel's IANA time zone (core/slots.ts channelZone), where the portfolio, feeds, calendar
   * and streaks place each post's day: a time the old site read in another zone may fall on
   * another day there, which the zone note then says.
   */
  channelZone?: string;
  /** The status of posts the file gives as published or does not give (`--status`); a draft stays one. */
  status: PostStatus;
  /**
   * The imported folder as the files' paths begin with it (`/home/mei/blog/content/posts`): a
   * bundle's translationKey is its folder within it (`trip`), the same however the folder is named.
   */
  folder?: string;
  /**
   * The folder the user imported (`import mysite`), as the files' paths begin with it, when it is
   * not `folder` (a site's root): a post's folders (`MovedPost.folders`) are counted from there.
   */
  root?: string;
  /** The Hexo or Jekyll site the folder is the posts of (store/old-site.ts): its permalink gives each post's old address. */
  site?: OldSite;
  /** `--pillar-map`: a post without its own `pillar:` whose categories or tags name a mapped one gets that pillar. */
  pillarMap?: PillarMap;
  /** `--pillar`: the pillar of a post without its own `pillar:` that the map gives none. */
  pillar?: string;
  /** The image files of the imported folder (paths as the files'): what an Obsidian embed (`![[photo.png]]`) may name. */
  images?: readonly string[];
  /**
   * The Jekyll site's folder (the one holding `_config.yml`), as the files' paths begin with it:
   * a `{% link _notes/a.md %}` tag names a file from there.
   */
  siteRoot?: string;
  /** Its `collections_dir` (jekyllrb.com/docs/collections/), from `siteRoot`: a link tag may name a file from there (Jekyll 4.3 reads `_notes/a.md` as `my/_notes/a.md`). */
  collectionsDir?: string;
  /**
   * Jekyll `{% link %}` and `{% post_url %}` targets whose file an earlier import made a post of
   * (found by its old address among the posts' aliases, store side): `link _notes/a.md` or
   * `post_url 2020-01-01-a` -> that post's id.
   */
  linkedBefore?: ReadonlyMap<string, string>;
  /** Hexo `{% post_link %}` and `{% post_path %}` slugs whose file an earlier import made a post of (store/hexo-links.ts) -> that post. */
  hexoLinkedBefore?: ReadonlyMap<string, { id: string; title?: string }>;
}

/** Jekyll's file-name date (Document::DATE_FILENAME_MATCHER: a month and day of one or two digits): year, month, day, name. */
const JEKYLL_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)$/;
const REPO_FILES = /^(?:readme|license|licence|changelog|contributing|code_of_conduct|security)(?:\.[\w-]+)?$/i;
const SEGMENT = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u;

/**
 * Plans the move of `files` (sorted by path, so that numbering is stable) next to the posts of
 * `knownIds`. A file whose id is taken already is skipped, never overwritten: running the import
 * again writes only what is new. With `knownPosts` (id -> title and date), a post at that id
 * whose title and date both differ is another post, and the file is numbered instead (`-2`). Two files of the folder that would take one id are numbered
 * (`-2`) with a note. Throws nothing: a file whose frontmatter cannot be read is skipped with the
 * reason.
 */
export function planMove(files: SourceFile[], knownIds: Iterable<string>, opts: MoveOptions, knownPosts?: ReadonlyMap<string, KnownPost>): MovePlan {
  // Keyed by address (postSlug): a folder post `2024/a/index` holds `2024/a`, which a file that
  // would be `2024/a.md` or `2024/a/index.md` must not take again (import writes either).
  const known = new Map([...knownIds].map((id) => [idKey(postSlug(id)), id]));
  const knownAt = new Map([...(knownPosts ?? [])].map(([id, post]) => [idKey(postSlug(id)), post]));
  const knownByName = idsByName(known.values());
  const taken = new Set<string>();
  // The file of the folder that took each id (idKey), to name it, and to tell a draft of it.
  const holders = new Map<string, KnownPost & { path: string; text: string; draft: boolean }>();
  const plan: MovePlan = { moves: [], skipped: [], warnings: [] };
  // Placeholders of the old site's permalink that no post's old address could be filled from.
  const unreadPlaceholders = new Set<string>();
  let unreadPosts = 0;
  // Posts of a known old site whose address there was not worked out (movedAliases `unknown`).
  let unknownAddresses = 0;
  // Posts whose canonical_url is their own old page (canonical-url.ts): said once for the folder.
  let ownCanonicals = 0;
  let ownCanonicalExample: string | undefined;
  let unknownExample: string | undefined;
  // Each moved post's old paths on its site (its aliases) -> its id.
  const oldPaths = new Map<string, string>();
  // Each old address an alias of a moved post holds -> that post's id (shared-aliases.ts).
  const aliasOwners: AliasOwners = new Map();
  for (const [id, post] of knownPosts ?? []) claimAliases(post.aliases ?? [], id, aliasOwners);
  const canonicalTargets: CanonicalTarget[] = [...(knownPosts ?? [])].map(([id, post]) => ({ ...post, id, original: post.original === true }));
  // The zone the old site read times without a UTC offset in, and the posts that give such times.
  const siteZone = siteZoneOf(opts.site);
  // An Astro site read unquoted times without an offset as UTC (astro-dates.ts); written so only
  // when its theme showed days in a zone its config names, else they stay as written (wall-times.ts).
  const astroRule = astroZoneOf(opts.site);
  // The key of the first Astro post's unquoted time without an offset (its theme's key).
  let astroKey: string | undefined;
  let offsetlessPosts = 0;
  let offsetlessExample: OffsetlessTime | undefined;
  // The posts giving such times, as written (`content/posts/…`), for the note to name.
  const offsetlessFiles: string[] = [];
  // Hugo keys written in another case (`Categories`), written as its fields: how many files, which keys.
  let caseKeyPosts = 0;
  const caseKeys = new Set<string>();
  // Of those, the posts whose publication day in the channel's zone is not the old site's.
  let shiftedPosts = 0;
  let shiftedExample: ShiftedDay | undefined;
  // Each readable file's category and tag names, for the --pillar-map names that none has.
  const names: string[][] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  // How many files of the folder each commit added: one that added many at once often brought
  // older posts into the repository, so its date is not theirs.
  const added = new Map<string, number>();
  for (const file of files) if (file.committed) added.set(file.committed.commit, (added.get(file.committed.commit) ?? 0) + 1);
  // The files each such commit dated, named once for the commit (git-date-notes.ts).
  const datedBy = new Map<string, { date: string; files: string[] }>();
  // Each file's place among the translations of its post (a Hugo bundle's index.<lang>.md, a
  // file's x.<lang>.md beside x.md, a content/<lang>/ folder per language): the post it is a
  // version of, and its language.
  const version = translationVersions(sorted, opts.folder);
  // The version of each post that takes the plain name: the one without a language (Hugo's
  // default), else the first by path.
  const mainVersion = new Map<string, string>();
  // How many posts (translations) each post holds: two or more are one post in several languages.
  const versions = new Map<string, number>();
  for (const file of sorted) {
    const v = version.get(file.path);
    if (!v) continue;
    if (!mainVersion.has(v.group) || !v.lang) mainVersion.set(v.group, file.path);
    versions.set(v.group, (versions.get(v.group) ?? 0) + 1);
  }
  const copies = copiesOf(sorted);
  const conflicts = conflictCopiesOf(sorted, copies);
  // Published files first: a draft kept beside its post (Jekyll's _drafts/, read before _posts/ by
  // path) must not take the post's address (draft-copies.ts).
  for (const listed of publishedFirst(sorted, (f) => f.draft === true || conflicts.has(f.path) || saysDraft(f.text))) {
    // A sync tool's conflict copy edited since: its own text, but not a post of its own to publish.
    const conflictOf = conflicts.get(listed.path);
    const file: SourceFile = conflictOf ? { ...listed, draft: true } : listed;
    if (file.unreadable) {
      plan.skipped.push({ from: file.path, reason: file.unreadable });
      continue;
    }
    const copyOf = copies.get(file.path);
    if (copyOf) {
      const kept = posix.basename(copyOf);
      plan.skipped.push({ from: file.path, reason: { en: `the same text as ${kept} beside it (a copy a sync tool or an editor left): imported once`, zh: `与同一文件夹里的 ${kept} 内容完全相同（同步工具或编辑器留下的副本）：只导入一次` } });
      continue;
    }
    const fileName = file.path.split('/').pop()!.replace(/\.(?:md|markdown|mdx)$/i, '');
    const bundle = bundleIndex(fileName);
    const own = version.get(file.path);
    // A translation by file name (x.zh.md beside x.md) is named by its name without the language.
    const name = own?.stem ?? fileName;
    if (bundle?.list) {
      plan.skipped.push({ from: file.path, reason: { en: 'a Hugo list page, not a post', zh: 'Hugo 的列表页，不是文章' } });
      continue;
    }
    // Hexo's front matter without its opening --- (hexo-front-matter reads it) gets that line.
    const hexo = openedHexoFrontMatter(file.text);
    // Hugo's TOML front matter (+++) is read and written as YAML, as `hugo convert toYAML` would.
    const toml = hexo ? null : tomlToYaml(file.text);
    if (toml && 'error' in toml) {
      plan.skipped.push({ from: file.path, reason: toml.error });
      continue;
    }
    // Pelican's `Title:` / `Date:` metadata lines are read as Pelican reads them, and written as YAML.
    const pelican = toml || hexo ? null : pelicanToYaml(file.text);
    if (pelican && 'error' in pelican) {
      plan.skipped.push({ from: file.path, reason: pelican.error });
      continue;
    }
    // Pelican reads the files under content/pages/ (PAGE_PATHS) as pages (About, Privacy), not articles.
    if (pelican && /^pages(?:\/|$)/.test(withinFolder(dirOf(file.path), opts.folder))) {
      plan.skipped.push({ from: file.path, reason: { en: 'a Pelican page (pages/), not an article', zh: 'Pelican 的页面（pages/），不是文章' } });
      continue;
    }
    const original = hexo ? hexo.text : toml ? toml.text : pelican ? pelican.text : file.text;
    // A file with no frontmatter at all (a notes app's export, a folder of plain drafts) is read
    // as one with an empty block: channel, status and title are added below.
    const bare = !/^\uFEFF?---[ \t]*\r?\n/.test(original);
    // A repository's own documents, which a blog's folder may hold beside its posts.
    if (bare && REPO_FILES.test(name)) {
      plan.skipped.push({ from: file.path, reason: { en: 'a repository document (README, LICENSE…) without frontmatter, not a post', zh: '没有 frontmatter 的仓库文档（README、LICENSE 等），不是文章' } });
      continue;
    }
    // A fence line written `--- ` (Jekyll reads it) is written back as a clean `---`.
    let source = bare ? `---\n---\n${original.replace(/^\uFEFF/, '')}` : withCleanFences(original);
    let data: Record<string, unknown>;
    let raw: Record<string, unknown>;
    let yaml: string;
    let mendedKeys: string[] = [];
    let mendedLists: string[] = [];
    let yamlRenamed: string[] | undefined;
    let defaulted: Record<string, unknown> = {};
    try {
      yaml = splitFrontmatter(source, file.path).yaml;
      try {
        raw = parseFrontmatterYaml(yaml, file.path) as Record<string, unknown>;
      } catch (error) {
        // A quoted title running onto an unindented line, which Jekyll reads and YAML refuses, or a
        // list whose `]` closes at the line's start, which Hugo reads: read as they read it, and
        // written with those lines indented (a note says so).
        const quoted = quotedValueLines(yaml);
        const flowed = flowValueLines(quoted?.yaml ?? yaml);
        const mended = flowed?.yaml ?? quoted?.yaml;
        if (mended === undefined) throw error;
        raw = parseFrontmatterYaml(mended, file.path) as Record<string, unknown>;
        source = source.replace(yaml, () => mended);
        yaml = mended;
        mendedKeys = quoted?.keys ?? [];
        mendedLists = flowed?.keys ?? [];
      }
      // Hugo reads its keys in any case: an old Hugo site's `Tags:` or `Categories:` in YAML is its
      // field, written as that field (as TOML front matter is above).
      if (!toml && opts.site?.generator === 'hugo') {
        const cased = hugoKeysInCase(yaml, raw);
        if (cased) {
          source = source.replace(yaml, () => cased.yaml);
          yaml = cased.yaml;
          raw = parseFrontmatterYaml(yaml, file.path) as Record<string, unknown>;
          yamlRenamed = cased.renamed;
        }
      }
      data = applyFrontmatterAliases(raw) as Record<string, unknown>;
      // Jekyll's `defaults:` gave the post what its own front matter leaves out: its address and terms read so.
      const own = raw;
      defaulted = Object.fromEntries(Object.entries(file.draft || opts.site?.generator !== 'jekyll' ? {} : jekyllPostDefaults(opts.site, withinFolder(file.path, opts.folder))).filter(([key]) => !(key in own)));
      if (Object.keys(defaulted).length > 0) {
        raw = { ...defaulted, ...raw };
        data = applyFrontmatterAliases(raw) as Record<string, unknown>;
      }
    } catch (error) {
      if (!(error instanceof ThroughlineError)) throw error;
      // The line already starts with the file: the reason names the field and what is wrong, not the file again.
      const reason = (lang: 'en' | 'zh') => (error.file === file.path ? error.format(lang).slice(`${file.path}: `.length) : error.format(lang));
      plan.skipped.push({ from: file.path, reason: { en: reason('en'), zh: reason('zh') } });
      continue;
    }
    // A theme's own tag field (tagLinks): its names go into tags:, which the site reads (custom-tags.ts);
    // a tags: written as one string keeps its form, and check names what it lacks.
    const customFields = customTagFields(raw);
    const customNames = missingTagNames(customFields, Array.isArray(data.tags) ? data.tags.map(String) : []);
    const customTags = customNames.length > 0 && (raw.tags === undefined || raw.tags === null || Array.isArray(raw.tags)) ? [...(Array.isArray(raw.tags) ? raw.tags.flat(Infinity).map(String) : []), ...customNames] : undefined;
    if (customTags) {
      raw = { ...raw, tags: customTags };
      data = applyFrontmatterAliases(raw) as Record<string, unknown>;
    }
    // Dates the generator read and the schema does not (RFC 1123, one-digit parts) as ISO 8601;
    // an unreadable optional one (updated) left out, so that the post is not refused for it.
    // An Astro site's unquoted times without an offset were UTC there (astro-dates.ts).
    const astro = opts.site?.generator === 'astro' || (opts.site === undefined && isAstroThemePost(raw));
    const utcKeys = astro ? utcTimeKeys(yaml, DATE_KEYS) : undefined;
    const dates = movedDates(raw, siteZone && 'zone' in siteZone ? siteZone.zone : undefined, utcKeys && { keys: utcKeys, written: astroRule.shown !== undefined });
    if (utcKeys?.size && dates.offsetless) astroKey ??= dates.offsetless.key;

    if (Object.keys(dates.keys).length > 0) {
      raw = Object.fromEntries(Object.entries({ ...raw, ...dates.keys }).filter(([, v]) => v !== null));
      data = applyFrontmatterAliases(raw) as Record<string, unknown>;
    }
    // Its folders within the imported one, nearest first: a wiki's notes are filed by subject (Arduino/, 前端/).
    const folders = subjectFolders(file.path, opts.root ?? opts.folder);
    const categories = categoryNames(raw, data);
    names.push([...categories, ...folders]);
    // The file's own pillar is the author's choice; the map (then --pillar) fills only an empty one.
    const pillarOf = (fallback: string | undefined) => (raw.pillar === undefined || raw.pillar === null ? givenPillar(categories, folders, opts.pillarMap, fallback) : undefined);
    // A post's other translations take `<name>-<lang>` (hello-world/index.zh.md beside
    // index.en.md -> hello-world-zh, content/zh-cn/posts/a.md beside content/en/posts/a.md ->
    // a-zh-cn): the same on every run, so a re-run skips them.
    const multi = own !== undefined && (versions.get(own.group) ?? 0) > 1;
    const lang = multi && own.lang && mainVersion.get(own.group) !== file.path ? own.lang.toLowerCase() : undefined;
    // Pelican names a post by its Slug:, else by its title (SLUGIFY_SOURCE's default), never by its file.
    const pelicanName = pelican ? pelicanSlug(pelican.meta, file.path) : undefined;
    // With --git-dates, a post to publish whose file gives no date (nor Jekyll's name) takes the
    // day its file was first committed (a weekly kept in a repository): its year names its folder.
    const published = !file.draft && (data.status === undefined || data.status === 'published' ? opts.status : data.status) === 'published';
    if (published) {
      const within = withinFolder(file.path, opts.folder);
      (plan.terms ??= []).push(...oldTermsOf(raw, opts.site, within), ...oldListsOf(raw, opts.site, within), ...oldPostListsOf(raw, opts.site, within));
      // The custom field's own links to its old tag pages, as the site wrote them.
      for (const tag of customFields.flatMap((f) => f.tags)) if (tag.path) plan.terms.push({ path: tag.path, tag: tag.name, kind: 'tag' });
    }
    const fromGit = data.publishedAt === undefined && published && !jekyllDate(file.path, name) ? file.committed : undefined;
    const nameless = idOf(file.path, name, fromGit ? { ...data, publishedAt: fromGit.date } : data, pelicanName);
    const named = nameless.id + (lang ? `-${lang}` : '');
    // A post already at that address is this one (moved by an earlier run) unless both its title
    // and its date differ: then it is another post, and this one is numbered (-2) as a feed
    // import numbers a taken slug.
    // Compared as the import writes it: a file without a title or a date (a plain Markdown weekly)
    // has the title of its first heading or name and the date of its name or commit, so a re-run
    // finds the post an earlier run made of it.
    const hasTitle = data.title !== undefined && data.title !== null && String(data.title).trim() !== '';
    const heading = hasTitle ? null : leadingHeading(splitFrontmatter(source, file.path).body);
    const title = hasTitle ? undefined : (heading?.title ?? titleFromName(jekyll(file.path, name)));
    const asWritten = { ...data, title: title ?? data.title, publishedAt: data.publishedAt ?? jekyllDate(file.path, name) ?? fromGit?.date };
    // A post already at that address in the other language is not this one, whatever its title and
    // date (a translation has the same date, and often the same file name: en/posts/a.md and
    // zh-cn/posts/a.md imported one folder at a time): this one takes `-<lang>`, as a translation does.
    const there = known.has(idKey(named)) ? knownAt.get(idKey(named)) : undefined;
    const ownLang = postLanguage(String(asWritten.title ?? ''), typeof data.lang === 'string' ? data.lang : undefined, splitFrontmatter(source, file.path).body);
    const otherLanguage = there?.lang !== undefined && there.lang !== ownLang ? there : undefined;
    const base = otherLanguage ? `${named}-${ownLang}` : named;
    let wanted = base;
    for (let n = 2; known.has(idKey(wanted)) && isOtherPost(knownAt.get(idKey(wanted)), asWritten); n++) wanted = `${base}-${n}`;
    if (known.has(idKey(wanted))) {
      const pillar = pillarOf(opts.pillar);
      plan.skipped.push({ from: file.path, id: known.get(idKey(wanted))!, reason: { en: 'already there, not overwritten', zh: '已经存在，没有覆盖' }, ...(pillar ? { pillar } : {}) });
      continue;
    }
    // A file without a date of its own whose status the options give is dated (and foldered) by
    // them (--git-dates, --status): an earlier run with others put it in another year's folder or
    // drafts/. A draft of the generator's drafts folder is drafts/ whatever the options.
    const byOptions = !file.draft && (data.status === undefined || data.status === 'published') && data.publishedAt === undefined && !jekyllDate(file.path, name);
    const elsewhere = byOptions ? importedElsewhere(base, asWritten.title, knownByName, (id) => knownAt.get(idKey(postSlug(id)))?.title) : undefined;
    if (elsewhere) {
      const pillar = pillarOf(opts.pillar);
      plan.skipped.push({ from: file.path, id: elsewhere, reason: elsewhereReason(elsewhere, fromGit?.date), ...(pillar ? { pillar } : {}) });
      continue;
    }
    // A draft of a post this folder publishes (the same title or date) is that post: left out, named.
    const holder = holders.get(idKey(wanted));
    const isDraft = file.draft === true || data.status === 'draft';
    if (isDraft && holder && !holder.draft && !isOtherPost(holder, asWritten)) {
      plan.skipped.push({ from: file.path, reason: draftCopyReason(holder.path, wanted, holder.text === file.text) });
      continue;
    }
    const numberedId = uniqueSlug(wanted, new Set([...known.keys(), ...taken]));
    const aliases = movedAliases(raw, {
      path: withinFolder(file.path, opts.folder),
      raw,
      date: dayText(data.publishedAt) ?? jekyllDate(file.path, name) ?? fromGit?.date,
      jekyllName: jekyll(file.path, name),
      site: file.draft ? undefined : opts.site,
    });
    // An old address that is the post's page in another case (Hugo lowercases addresses) gives the
    // id its case: one folder cannot hold both on a case-insensitive disk, so the build writes no
    // redirect there, and a host that reads case would answer the old links with a 404.
    const caseAlias = aliases?.list ? caseOnlyAlias(numberedId, aliases.list) : undefined;
    const id = caseAlias !== undefined ? idInCaseOf(numberedId, caseAlias) : numberedId;
    taken.add(idKey(id));
    holders.set(idKey(id), { path: file.path, text: file.text, draft: isDraft, title: typeof asWritten.title === 'string' ? asWritten.title : undefined, publishedAt: asWritten.publishedAt });
    const notes: Text[] = [];
    let undated = false;
    if (hexo) notes.push({ en: 'its front matter had no opening --- line, as Hexo allows (Hugo and Jekyll show such lines as text): the line is added', zh: '它的 front matter 缺少开头的 --- 行（Hexo 允许这样写，Hugo 和 Jekyll 会把这些行当正文显示）：已补上这一行' });
    if (nameless.from) {
      const shown = file.path.split('/').pop()!;
      notes.push(nameless.from === 'title'
        ? { en: `its file name ${shown} has no letter or digit for an id: named ${id} from its title`, zh: `它的文件名 ${shown} 没有可用作 ID 的字母或数字：按标题命名为 ${id}` }
        : { en: `its file name ${shown} has no letter or digit for an id, nor has its title: named ${id} from its date`, zh: `它的文件名 ${shown} 和标题都没有可用作 ID 的字母或数字：按日期命名为 ${id}` });
    }
    if (toml) notes.push({ en: 'its TOML front matter (+++) is now YAML (---)', zh: '它的 TOML front matter（+++）已改为 YAML（---）' });
    const renamedKeys = toml && 'renamed' in toml ? toml.renamed : yamlRenamed;
    if (renamedKeys) {
      caseKeyPosts++;
      for (const pair of renamedKeys) caseKeys.add(pair);
    }
    if (mendedKeys.length) {
      const named = mendedKeys.map((k) => `"${k}"`);
      const en = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
      notes.push({ en: `the quoted value of ${en} ran onto an unindented line, which Jekyll reads and YAML does not: that line is now indented (the value is the same)`, zh: `${mendedKeys.map((k) => `“${k}”`).join('、')}的引号值延续到了没有缩进的下一行，Jekyll 能读而 YAML 不能：那一行已缩进（值不变）` });
    }
    if (mendedLists.length) {
      const named = mendedLists.map((k) => `"${k}"`).join(', ');
      notes.push({ en: `the list of ${named} ran onto lines indented no deeper than it, which Hugo reads and YAML does not: those lines are now indented (the value is the same)`, zh: `${mendedLists.map((k) => `“${k}”`).join('、')}的列表延续到了没有更深缩进的行，Hugo 能读而 YAML 不能：那些行已缩进（值不变）` });
    }
    if (pelican) notes.push({ en: 'its Pelican metadata (Title:, Date: … lines) is now YAML front matter (---)', zh: '它的 Pelican 元数据（Title:、Date: 等行）已改为 YAML front matter（---）' });
    if (lang) {
      const of = bundle ? dirOf(file.path) : mainVersion.get(own!.group)!;
      notes.push({ en: `a translation (${lang}) of the post of ${of}, so it is ${id}`, zh: `它是 ${of} 那篇文章的 ${lang} 译文，因此保存为 ${id}` });
    }
    // Linked to the post in the other language when that one names a key; else the note says how.
    const linkKey = otherLanguage?.translationKey !== undefined && raw.translationKey === undefined ? otherLanguage.translationKey : undefined;
    if (otherLanguage) {
      const knownId = known.get(idKey(named))!;
      const other = otherLanguage.title ?? '';
      const name = otherLanguage.lang === 'zh' ? { en: 'Chinese', zh: '中文' } : { en: 'English', zh: '英文' };
      notes.push(
        linkKey
          ? { en: `${knownId} is its ${name.en} version ("${other}"), so this one is ${id}, linked to it by translationKey: ${linkKey}`, zh: `${knownId} 是它的${name.zh}版（“${other}”），因此这一篇保存为 ${id}，并以 translationKey: ${linkKey} 和它关联` }
          : { en: `${knownId} is another post, in ${name.en} ("${other}"), so this one is ${id}: if it is its translation, give both the same translationKey to link them`, zh: `${knownId} 是另一篇${name.zh}文章（“${other}”），因此这一篇保存为 ${id}：如果两篇互为译文，请给它们写上相同的 translationKey` },
      );
    } else if (wanted !== named) {
      const other = knownAt.get(idKey(named))?.title ?? '';
      notes.push({ en: `${known.get(idKey(named))} is another post ("${other}"), so this one is ${id}`, zh: `${known.get(idKey(named))} 是另一篇文章（“${other}”），因此这一篇保存为 ${id}` });
    } else if (numberedId !== wanted) notes.push(numberedNote(wanted, id, holder!.path));
    let status = file.draft ? 'draft' : data.status === undefined || data.status === 'published' ? opts.status : undefined;
    let flagged: { key: string; value: unknown } | undefined;
    if (conflictOf) {
      const kept = posix.basename(conflictOf);
      notes.push({ en: `a sync tool's conflict copy of ${kept}, with other text: imported as a draft, to compare with it and delete`, zh: `这是同步工具留下的 ${kept} 的冲突副本，内容不同：已作为草稿导入，请与原文比较后删除` });
    }
    // Jekyll takes a post's date from its file name when the frontmatter gives none (jekyllrb.com/docs/posts/).
    const fromName = data.publishedAt === undefined && (status ?? data.status) === 'published' ? jekyllDate(file.path, name) : undefined;
    // Else, with --git-dates, the day its file was first committed (a weekly kept in a repository).
    if (fromGit) {
      const count = added.get(fromGit.commit) ?? 1;
      notes.push(gitDateNote(fromGit.date, fromGit.commit, count));
      if (count > 1) {
        const dated = datedBy.get(fromGit.commit) ?? { date: fromGit.date, files: [] };
        dated.files.push(withinFolder(file.path, opts.folder));
        datedBy.set(fromGit.commit, dated);
      }
    }
    // A file that gives neither a status nor any date has no day to be published on: it comes in
    // as a draft, rather than being refused (or every dated post of the folder made a draft with it).
    if (status === 'published' && data.status === undefined && data.publishedAt === undefined && !fromName && !fromGit) {
      status = 'draft';
      undated = true;
      // What to do with such drafts is said once for the folder (cli import), not on every file's line.
      // A flag of its own that says published (draft: false, Jekyll's published: true) is made to
      // say draft, in its own words, rather than contradicted by a status: beside it (alias-conflict).
      const key = (['draft', 'published'] as const).find((k) => flagOf(raw[k]) !== undefined);
      if (key) {
        flagged = { key, value: flagValue(raw[key], key === 'draft') };
        const was = `${key}: ${yamlScalar(raw[key])}`;
        const now = `${key}: ${yamlScalar(flagged.value)}`;
        notes.push({ en: `it gives no date, so it is a draft: ${was} is now ${now}`, zh: `它没有日期，因此作为草稿导入：${was} 已改为 ${now}` });
      } else notes.push({ en: 'it gives no date, so it is a draft', zh: '它没有日期，因此作为草稿导入' });
    }
    // No title: Docusaurus's rule, the first heading when the text starts with an h1 (which then
    // is the title, not a second heading under it), else Jekyll's, the file name titleized.
    if (bare) notes.push({ en: 'it had no frontmatter: one is added', zh: '它没有 frontmatter：已加上' });
    if (title !== undefined)
      notes.push(heading ? { en: `title: "${title}", its first heading`, zh: `title：“${title}”，取自它的第一个标题` } : { en: `title: "${title}", from its file name`, zh: `title：“${title}”，取自文件名` });
    // Hugo links a post's translations by their folder or path; here they link by translationKey
    // (that path within the imported folder, without a language), unless the file names its own.
    const translationKey = multi && raw.translationKey === undefined ? own.group : undefined;
    if (aliases?.note) notes.push(aliases.note);
    if (id !== numberedId) notes.push({ en: `its old address ${caseAlias} is its new one in another case: named ${id}, as the old address writes it, so that old links find it on a host that reads case`, zh: `它的旧地址 ${caseAlias} 与新地址只有大小写不同：按旧地址的写法保存为 ${id}，区分大小写的主机上旧链接也能找到它` });
    // Its old paths, for links from other posts to the old site's page of it (withPostLinks).
    for (const path of [...(aliases?.list ?? []), ...[raw.aliases].flat().filter((a): a is string => typeof a === 'string')]) if (!oldPaths.has(path.trim())) oldPaths.set(path.trim(), id);
    // A post the old site published, of a site whose addresses are read (its config, or an Astro
    // theme's own fields), whose address was not worked out: counted, said once for the folder.
    if (aliases?.unknown && !isDraft && (opts.site !== undefined || isAstroThemePost(raw))) {
      unknownAddresses++;
      unknownExample ??= withinFolder(file.path, opts.folder);
    }
    if (aliases?.unread) {
      unreadPosts++;
      for (const placeholder of aliases.unread) unreadPlaceholders.add(placeholder);
    }
    // The file's own pillar is the author's choice; the map fills only an empty one.
    const mapped = pillarOf(undefined);
    if (mapped) notes.push(mapped.note);
    const pillar = mapped ?? pillarOf(opts.pillar);
    const keys: Record<string, string | string[] | null> = {
      ...(title !== undefined ? { title } : {}),
      channel: opts.channel,
      ...(flagged ? { [flagged.key]: flagged.value as string | boolean } : status && status !== data.status ? { status } : {}),
      ...(pillar ? { pillar: pillar.pillar } : {}),
      ...(fromName ? { date: fromName } : fromGit ? { date: fromGit.date } : {}),
      ...(translationKey ? { translationKey } : linkKey ? { translationKey: linkKey } : {}),
    };
    Object.assign(keys, dates.keys);
    notes.push(...dates.notes);
    if (customTags) {
      keys.tags = customTags;
      notes.push(customTagsNote(customFields.map((f) => f.key), customNames));
    }
    // The terms the site's defaults gave it are written in, as its pages showed them (tags: the portfolio reads).
    const givenTerms = Object.entries(defaulted).filter(([key]) => JEKYLL_TERM_KEYS.includes(key));
    for (const [key, value] of givenTerms) keys[key] = Array.isArray(value) ? value.map(String) : String(value);
    if (givenTerms.length > 0) {
      const said = givenTerms.map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`).join('; ');
      notes.push({ en: `${said}, from the site's _config.yml defaults: written in`, zh: `${said}，来自网站 _config.yml 的 defaults：已写入` });
    }
    // Jekyll did not build a post its defaults gave `published: false` (its path's or type's scope): a draft here.
    if (flagOf(defaulted.published) === false) {
      keys.status = 'draft';
      notes.push({ en: `published: false, from the site's config defaults: Jekyll did not publish it, so it is a draft`, zh: `published: false，来自网站配置的 defaults：Jekyll 没有发布它，因此作为草稿导入` });
    }
    // Hugo's `url: 2015/08/29/hugo/` written without its "/" is the same path from the site's root
    // (gohugo.io/content-management/urls/#url); as written, the schema took it for Throughline's
    // url and refused the post: 12 of a real blog's posts (coderzh-hugo-blog) were not imported.
    const hugoPath = opts.site === undefined || opts.site.generator === 'hugo' ? relativeSitePath(raw.url) : undefined;
    if (hugoPath !== undefined) {
      keys.url = `/${hugoPath}`;
      notes.push({ en: `url: ${hugoPath} is a path on the old site, from its root: written /${hugoPath}`, zh: `url：${hugoPath} 是旧网站上从根开始的路径：已写成 /${hugoPath}` });
    }
    // dev.to's and jekyll-seo-tag's canonical_url: a copy of a post here, the post's own old page, or where it first appeared.
    const canonical = readCanonicalUrl(raw, [...(aliases?.list ?? []), ...[raw.aliases].flat().filter((a): a is string => typeof a === 'string')], opts.site?.address, opts.channel, canonicalTargets);
    if (canonical && 'own' in canonical) {
      ownCanonicals++;
      ownCanonicalExample ??= withinFolder(file.path, opts.folder);
    } else if (canonical) {
      Object.assign(keys, canonical.keys);
      notes.push(canonical.note);
    }
    if (aliases?.list) keys.aliases = aliases.list.length ? aliases.list : null;
    // An old address an earlier post of this import holds stays that post's: one page per path.
    const ownAliases = aliases?.list ?? [raw.aliases].flat().filter((a): a is string => typeof a === 'string');
    const claimed = claimAliases(ownAliases, id, aliasOwners);
    if (claimed.taken.length) {
      keys.aliases = claimed.kept.length ? claimed.kept : null;
      notes.push(takenAliasesNote(claimed.taken));
    }
    // The old site's feed named each post by its absolute address: the same id here, so that the
    // moved feed's readers do not show every post again as new.
    const feedId = isDraft || raw.guid !== undefined ? undefined : oldFeedId(opts.site, aliases?.oldUrl, typeof raw.slug === 'string' && raw.slug.trim() ? raw.slug.trim() : jekyll(file.path, name));
    if (feedId) keys.guid = feedId;
    const withKeys = setFrontmatterKeys(source, yaml, keys);
    const whole = splitFrontmatter(withKeys, file.path).body;
    // A body that opens by repeating its title (early Jekyll's `{{ page.title }}` over `===`, the
    // title itself, or an Obsidian note's file name) would show it twice: the post's page prints the title above the body.
    const repeated = hasTitle ? repeatedTitle(whole, String(data.title), baseName(file.path, name)) : null;
    if (repeated)
      notes.push({
        en: `its first heading "${repeated.heading}" repeated the title: left out, as the post's page shows the title above the body`,
        zh: `它的第一个标题“${repeated.heading}”与 title 重复：已去掉，文章页面会在正文上方显示标题`,
      });
    const written = heading ? heading.rest : (repeated?.rest ?? whole);
    const code = convertCodeTags(written);
    const { body: noted, kinds } = convertHexoNotes(code.body);
    const assets = convertHexoAssetTags(noted);
    const figures = convertHugoFigures(assets.body);
    const repoCards = convertGithubCards(figures.body);
    // kramdown is Jekyll's Markdown; an .mdx file is not kramdown.
    const kramdown = /\.mdx$/i.test(file.path) ? null : stripKramdownMarks(repoCards.body);
    // kramdown and kramed read a `$$…$$` inside a sentence as inline math; the portfolio, as a block.
    const spanReader = /\.mdx$/i.test(file.path) ? null : spanDollarReader(opts.site);
    const spanMath = spanReader ? inlineKramdownMath(kramdown?.body ?? repoCards.body) : null;
    const text = withKeys.slice(0, withKeys.length - whole.length) + (spanMath?.body ?? kramdown?.body ?? repoCards.body);
    if (repoCards.cards)
      notes.push({
        en: `${repoCards.cards === 1 ? "a Fuwari repository card (::github{repo=…}) is now a link to the repository" : `${repoCards.cards} Fuwari repository cards (::github{repo=…}) are now links to the repositories`}`,
        zh: `${repoCards.cards} 个 Fuwari 仓库卡片（::github{repo=…}）已改为指向仓库的链接`,
      });
    if (kinds.length > 0)
      notes.push({
        en: `${kinds.length === 1 ? 'a Hexo note box is' : `${kinds.length} Hexo note boxes are`} now ${[...new Set(kinds)].map((k) => `:::${k}`).join(', ')}`,
        zh: `${kinds.length} 个 Hexo 提示框已改为 ${[...new Set(kinds)].map((k) => `:::${k}`).join('、')}`,
      });
    const codeNote = codeTagsNote(code);
    if (codeNote) notes.push(codeNote);
    const note = assetNote(assets);
    if (note) notes.push(note);
    if (figures.figures) {
      const sized = figures.sized ? { en: ` (${figures.sized === 1 ? 'one had' : `${figures.sized} had`} a width or height, which Markdown has not: dropped)`, zh: `（其中 ${figures.sized} 个的宽度或高度已去掉：Markdown 没有这一项）` } : { en: '', zh: '' };
      notes.push({
        en: `${figures.figures === 1 ? 'a Hugo {{< figure >}} shortcode is now a Markdown image' : `${figures.figures} Hugo {{< figure >}} shortcodes are now Markdown images`}${sized.en}`,
        zh: `${figures.figures} 个 Hugo {{< figure >}} 短代码已改为 Markdown 图片${sized.zh}`,
      });
    }
    const marks = kramdown && kramdownNote(kramdown.counts);
    if (marks) notes.push(marks);
    const spanNote = spanMath && kramdownMathNote(spanMath.spans, spanReader!);
    if (spanNote) notes.push(spanNote);
    if (dates.offsetless) {
      offsetlessPosts++;
      offsetlessExample ??= dates.offsetless;
      offsetlessFiles.push(`content/posts/${id}.${/\.mdx$/i.test(file.path) ? 'mdx' : 'md'}`);
      // The day the old site showed: in its zone; an Astro site's in its theme's zone (astroZoneOf), else as written.
      const oldZone = siteZone && 'zone' in siteZone ? siteZone.zone : utcKeys?.size ? astroRule.shown?.zone : undefined;
      const shifted = oldZone && opts.channelZone ? shiftedDay(dates.zoned, data.publishedAt, oldZone, opts.channelZone) : undefined;
      if (shifted) {
        shiftedPosts++;
        shiftedExample ??= shifted;
      }
    }
    plan.moves.push({ ...(undated ? { undated } : {}), ...(folders.length ? { folders } : {}), from: file.path, id, ext: /\.mdx$/i.test(file.path) ? 'mdx' : 'md', text, notes, converted: { noteBoxes: kinds.length, assetTags: assets.images + assets.paths, figures: figures.figures, ...(spanMath?.spans ? { mathSpans: spanMath.spans } : {}) } });
  }
  plan.warnings.push(...unmatchedPillarWarnings(opts.pillarMap, names, 'file'));
  // Said once for the folder: the old site read every post's times in one zone.
  const zoneRule = siteZone ?? (astroKey === undefined ? undefined : astroRule.shown ? astroRule : { generator: 'Astro' as const, asWritten: astroThemeOfKey(astroKey) });
  const shifted = shiftedExample && opts.channelZone ? { posts: shiftedPosts, example: shiftedExample, channelZone: opts.channelZone } : undefined;
  const zoneNote = zoneRule && offsetlessExample ? siteZoneNote(zoneRule, offsetlessPosts, offsetlessExample, opts.channel, shifted, { files: offsetlessFiles, channelZone: opts.channelZone }) : null;
  if (zoneNote) plan.warnings.push(zoneNote);
  // Said once for the folder: an old Hugo site writes its keys one way throughout.
  if (caseKeyPosts > 0) {
    const keys = [...caseKeys].join(', ');
    plan.warnings.push({
      en: `${caseKeyPosts === 1 ? '1 post writes' : `${caseKeyPosts} posts write`} Hugo's keys in another case (${keys}): written as its fields, as Hugo reads keys in any case`,
      zh: `${caseKeyPosts} 篇文章的 Hugo 键名大小写不同（${keys}）：已按 Hugo 的字段名写出（Hugo 不区分键的大小写）`,
    });
  }
  for (const [commit, { date, files: dated }] of datedBy) plan.warnings.push(bulkCommitWarning(commit, date, added.get(commit)!, dated));
  // Said once for the folder: every post of the site shares the permalink.
  if (unreadPlaceholders.size) {
    const list = [...unreadPlaceholders].join(', ');
    const abbr = unreadPlaceholders.size === 1 && unreadPlaceholders.has(':abbrlink');
    // A Jekyll collection's document without a date had the time of the build that wrote it.
    const undatedDocs = opts.site?.generator === 'jekyll' && opts.site.collection !== undefined && [...unreadPlaceholders].every((p) => DATE_PLACEHOLDERS.has(p));
    const n = unreadPosts;
    const why = abbr
      ? { en: `${n === 1 ? 'its' : 'their'} frontmatter does not give (hexo-abbrlink writes abbrlink: into each post when the old site is built)`, zh: '而它们的 frontmatter 里没有写（hexo-abbrlink 会在旧网站构建时把 abbrlink: 写进每篇文章）' }
      : undatedDocs
        ? { en: `${n === 1 ? 'its' : 'their'} frontmatter gives no date for (Jekyll used the time of the build)`, zh: '而它们的 frontmatter 里没有日期（Jekyll 用的是构建时的时间）' }
        : { en: 'import does not read', zh: 'import 读不出它' };
    plan.warnings.push({
      en: `${n} ${n === 1 ? 'post gets' : 'posts get'} no alias of ${n === 1 ? 'its' : 'their'} old address: the old site's permalink uses ${list}, which ${why.en}; add ${n === 1 ? 'its old path' : 'their old paths'} to aliases: by hand to keep old links working`,
      zh: `${n} 篇文章没有旧地址的别名：旧网站的 permalink 用到了 ${list}，${why.zh}；如需保留旧链接，请手动把旧路径写进 aliases:`,
    });
  }
  if (unknownAddresses > 0) {
    const n = unknownAddresses;
    plan.warnings.push({
      en: `${n} ${n === 1 ? 'post gets' : 'posts get'} no alias of ${n === 1 ? 'its' : 'their'} old address, which import could not work out from the old site (${n === 1 ? '' : 'the first: '}${unknownExample}): links to ${n === 1 ? 'it' : 'them'} on the old site will not find ${n === 1 ? 'it' : 'them'}; add ${n === 1 ? 'its old path' : 'their old paths'} to aliases: by hand to keep them working`,
      zh: `${n} 篇文章没有旧地址的别名：import 无法从旧网站推算出它们的地址（${n === 1 ? '' : '第一篇：'}${unknownExample}）：旧网站上指向它们的链接将找不到文章；如需保留旧链接，请手动把旧路径写进 aliases:`,
    });
  }
  if (ownCanonicalExample !== undefined) plan.warnings.push(ownCanonicalNote(ownCanonicals, ownCanonicalExample));
  const unpublished = opts.site?.generator === 'jekyll' && opts.site.collection && !opts.site.collection.output ? opts.site.collection : undefined;
  if (unpublished && plan.moves.length > 0) plan.warnings.push(unpublishedNote(unpublished, plan.moves.length));
  const site = opts.site?.generator === 'jekyll' ? opts.site : undefined;
  return withHexoPostLinks(withHugoRefs(withJekyllLinks(withPostLinks(site ? withJekyllSiteUrls(plan, site) : plan, opts.folder, { address: opts.site?.address, oldPaths }, opts.images), opts.siteRoot, opts.linkedBefore, opts.collectionsDir), opts.folder), opts.hexoLinkedBefore);
}

/**
 * What old-url.ts reads of the file `path` (its name, `/`-separated; within its `_posts` or
 * collection folder, as `site` says) with the text `text`, for the old address of a post an
 * earlier import made of it; undefined when its frontmatter does not parse.
 */
export function oldPostOf(path: string, text: string, site: OldSite): OldPost | undefined {
  const name = path.split('/').pop()!.replace(/\.(?:md|markdown|mdx)$/i, '');
  try {
    const raw = parseFrontmatterYaml(splitFrontmatter(withCleanFences(text), path).yaml, path) as Record<string, unknown>;
    const data = applyFrontmatterAliases(raw) as Record<string, unknown>;
    return { path, raw, date: dayText(data.publishedAt) ?? jekyllDate(path, name), jekyllName: jekyll(path, name), site };
  } catch (error) {
    if (error instanceof ThroughlineError) return undefined;
    throw error;
  }
}

/** The permalink placeholders of a date (jekyllrb.com/docs/permalinks/#placeholders). */
const DATE_PLACEHOLDERS = new Set([':year', ':short_year', ':month', ':i_month', ':short_month', ':long_month', ':day', ':i_day', ':y_day', ':w_year', ':week', ':w_day', ':short_day', ':long_day', ':hour', ':minute', ':second']);

/** Jekyll's `{% link path %}` and `{% post_url name %}` tags (jekyllrb.com/docs/liquid/tags/#links); the argument is all up to the closing `%}`. */
export const JEKYLL_LINK_TAG = /\{%-?\s*(link|post_url)\s+([^%]*?)\s*-?%\}/g;

/** What a kept Jekyll link tag's note says: where the file was looked for, and what to do. */
const JEKYLL_LINK_HINT = {
  missing: { en: 'imported so far', zh: '还没有导入成文章' },
  fix: { en: "import the folder of the file named, then this post's folder again (a re-run skips what is there, so remove this post first)", zh: '请先导入该文件所在的文件夹，再重新导入这篇文章所在的文件夹（再运行会跳过已有的文章，所以请先删掉这一篇）' },
};

/**
 * Each Jekyll `{% link path %}` and `{% post_url name %}` tag in the moved posts' prose (outside
 * code, replaceInProse) that names a file moved by this run (or skipped as there already), or one
 * of `linkedBefore`, as that post's page (`/posts/<slug>/`), as Jekyll wrote the page's address
 * there. `link` names a file from the site's folder `siteRoot`; `post_url` a post of a `_posts`
 * folder by its file name without extension, its folders within `_posts` written or not
 * (Jekyll's PostComparer). A tag naming no such file stays as written, said in a note: `check`
 * flags it with how to write it.
 */
function withJekyllLinks(plan: MovePlan, siteRoot?: string, before: ReadonlyMap<string, string> = new Map(), collectionsDir = ''): MovePlan {
  const idOfFile = new Map<string, string>();
  for (const s of plan.skipped) if (s.id) idOfFile.set(s.from, s.id);
  for (const m of plan.moves) idOfFile.set(m.from, m.id);
  const posts = [...idOfFile].flatMap(([path, id]) => {
    const m = /(?:^|\/)_posts\/(.+)\.(?:md|markdown|mdx)$/i.exec(path);
    return m && (siteRoot === undefined || siteRoot === '.' || path.startsWith(`${siteRoot}/`)) ? [{ within: m[1]!, id }] : [];
  });
  const target = (kind: string, arg: string): string | undefined => {
    const path = arg.replace(/^\/+/, '');
    if (kind === 'link') return (siteRoot === undefined ? undefined : (idOfFile.get(posix.join(siteRoot, path)) ?? idOfFile.get(posix.join(siteRoot, collectionsDir, path)))) ?? before.get(`link ${arg}`);
    const name = arg.replace(/^\/+/, '');
    const found = posts.filter((p) => p.within === name || (!name.includes('/') && p.within.split('/').pop() === name));
    return (found.length === 1 ? found[0]!.id : undefined) ?? before.get(`post_url ${arg}`);
  };
  const moves = plan.moves.map((move) => {
    if (!move.text.includes('{%')) return move;
    return withLinkTagsAnswered(move, 'Jekyll', { needle: '{%', pattern: new RegExp(SITE_PREFIX + JEKYLL_LINK_TAG.source, 'g') }, JEKYLL_LINK_HINT, (written, [kind, arg]) => {
      // The site variables before the tag are the tag's: both become the page here.
      const tag = written.replace(/^[^%]*(?=\{%)/, '');
      const id = target(kind!, arg!);
      if (id === undefined) return { text: written, kept: tag };
      return { text: `/posts/${postSlug(id)}/`, linked: `${tag} -> /posts/${postSlug(id)}/` };
    });
  });
  return { ...plan, moves };
}

/**
 * Why `n` posts of a Jekyll `_<label>` folder get no alias: Jekyll wrote no page of them, the
 * folder being no collection of `collections:` (Jekyll does not read a `_` folder) or one
 * without `output: true` (jekyllrb.com/docs/collections/#output).
 */
function unpublishedNote(c: { label: string; listed: boolean }, n: number): Text {
  const posts = { en: `${n} ${n === 1 ? 'post gets' : 'posts get'} no alias of an old address`, zh: `${n} 篇文章没有旧地址的别名` };
  return c.listed
    ? { en: `${posts.en}: the collection "${c.label}" has no output: true in _config.yml, so Jekyll wrote no page of _${c.label}/`, zh: `${posts.zh}：_config.yml 里的集合 "${c.label}" 没有 output: true，Jekyll 没有为 _${c.label}/ 生成页面` }
    : { en: `${posts.en}: _${c.label}/ is no collection of _config.yml (collections:), so Jekyll did not read it`, zh: `${posts.zh}：_${c.label}/ 不是 _config.yml 里的集合（collections:），Jekyll 不会读取它` };
}

/**
 * A post's category names, then its tag names, as `--pillar-map` matches them (a feed entry's
 * order, import-plan.ts): `category` and `categories` as written (a name, a list, Hexo's nested
 * lists), each name of a Jekyll `categories: a b` string too (Jekyll splits it at spaces,
 * jekyllrb.com/docs/front-matter/), then the tags as the aliases read them (post-aliases.ts).
 */
function categoryNames(raw: Record<string, unknown>, data: Record<string, unknown>): string[] {
  const written = [raw.category, raw.categories].flat(Infinity).filter((c) => typeof c === 'string' || typeof c === 'number').map((c) => String(c).trim());
  const words = typeof raw.categories === 'string' ? raw.categories.split(/\s+/) : [];
  const tags = Array.isArray(data.tags) ? data.tags.flat(Infinity).map(String) : [];
  return [...written, ...words, ...tags].filter(Boolean);
}

/** Each move's Jekyll site-address Liquid written as the old site's address (jekyll-site-urls.ts), before withPostLinks reads links to old posts. */
function withJekyllSiteUrls(plan: MovePlan, site: OldSite): MovePlan {
  const moves = plan.moves.map((move) => {
    const { text, note } = withSiteUrls(move.text, move.from, site);
    return note ? { ...move, text, notes: [...move.notes, note] } : move;
  });
  return { ...plan, moves };
}

/**
 * A link from one file of the folder to another (`[Issue 24](issue-24.md)`, `./a.md#part`, as
 * GitHub and editors follow them) names that post's page on the site (`/posts/2018/issue-24/`,
 * the fragment kept): written as the file, it would be a dead link there. The file is looked for
 * beside the post, then from the imported folder (`folder`: an Obsidian vault's root, which its
 * "absolute path in vault" links start from), then, for a bare file name, as the one file of
 * that name in the folder (Obsidian's "shortest path when possible"). Files an earlier run
 * imported count too. A link to a Markdown file found nowhere, or to a file on the writer's own
 * computer (`file:///…`), is named in a note: on the site it leads nowhere. A link to a moved
 * post's old address (a path from the site's root, or a full address on the old site's host)
 * names its page too, in any letter case when only one post's old address matches so. Links to
 * anything else stay as written.
 */
function withPostLinks(plan: MovePlan, folder?: string, old: { address?: string; oldPaths?: ReadonlyMap<string, string> } = {}, images: readonly string[] = []): MovePlan {
  const idOfFile = new Map<string, string>();
  for (const s of plan.skipped) if (s.id) idOfFile.set(s.from, s.id);
  for (const m of plan.moves) idOfFile.set(m.from, m.id);
  const noteFiles = obsidianLookup(idOfFile, folder);
  const attachments = obsidianLookup(new Map(images.map((path) => [path, path])), folder);
  // A link to the old site's page of a moved post (`http://devblog.example.com/rails/2015/11/17/a.html`,
  // as posts link each other by full address): its path is one of that post's old paths.
  const siteKey = (url: string) => url.replace(/^https?:\/\/(?:www\.)?/i, '').toLowerCase();
  const address = old.address ? siteKey(old.address) : undefined;
  const byOldPath = new Map<string, string>();
  // Lower-cased too: a writer links a post in the case of its file name (`/posts/ks-01-Install-k3s`)
  // where the old site served it slugged (`/posts/ks-01-install-k3s/`); taken only when one post has it.
  const byLowerPath = new Map<string, Set<string>>();
  for (const [path, id] of old.oldPaths ?? []) {
    let decoded = path;
    try {
      decoded = decodeURI(path);
    } catch {}
    for (const p of [path, decoded]) {
      const key = p.replace(/\/index\.html?$/i, '/').replace(/\/$/, '');
      byOldPath.set(key, id);
      byLowerPath.set(key.toLowerCase(), (byLowerPath.get(key.toLowerCase()) ?? new Set()).add(id));
    }
  }
  const idOfOldPath = (key: string): string | undefined => {
    const exact = byOldPath.get(key);
    if (exact !== undefined) return exact;
    const ids = byLowerPath.get(key.toLowerCase());
    return ids?.size === 1 ? [...ids][0] : undefined;
  };
  const toOldSite = (url: string): { id: string; fragment: string } | undefined => {
    // A path from the old site's root (`/blog/2018/01/02/a.html`, as Jekyll's `{{ site.baseurl }}/…` wrote it).
    if (/^\/(?!\/)/.test(url)) return oldPathOf(url);
    if (!address || !/^https?:\/\//i.test(url)) return undefined;
    const key = siteKey(url);
    if (!key.startsWith(address) || !/^(?:[/?#]|$)/.test(key.slice(address.length))) return undefined;
    return oldPathOf(url.slice(url.length - (key.length - address.length)));
  };
  const oldPathOf = (rest: string): { id: string; fragment: string } | undefined => {
    const m = /^([^?#]*)(?:\?[^#]*)?(#.*)?$/.exec(rest)!;
    let path = m[1] || '/';
    try {
      path = decodeURI(path);
    } catch {}
    const id = idOfOldPath(path.replace(/\/index\.html?$/i, '/').replace(/\/$/, ''));
    return id === undefined ? undefined : { id, fragment: m[2] ?? '' };
  };
  const moves = plan.moves.map((move) => {
    const { body: source } = splitFrontmatter(move.text, move.from);
    const dir = posix.dirname(move.from);
    const dead = new Set<string>();
    // Obsidian's [[wikilinks]]: a note is found as Obsidian finds it, from the vault's root, by
    // its unique name, or beside the post.
    const wiki = convertWikilinks(source, (note) => {
      const file = /\.(?:md|markdown)$/i.test(note) ? note : `${note}.md`;
      const id = noteFiles.find(dir, file);
      return id === undefined ? undefined : `/posts/${postSlug(id)}/`;
    }, (name) => {
      const found = attachments.find(dir, name);
      if (found === undefined) return undefined;
      const rel = posix.relative(dir, found);
      return rel.startsWith('.') ? rel : `./${rel}`;
    });
    const body = wiki.body;
    const { body: linked, renamed } = renameLinkUrls(body, move.ext === 'mdx', (url) => {
      const moved = toOldSite(url);
      if (moved !== undefined) return `/posts/${postSlug(moved.id)}/${moved.fragment}`;
      if (/^file:/i.test(url)) {
        dead.add(url);
        return undefined;
      }
      const m = /^([^?#]*\.(?:md|markdown|mdx))([?#][\s\S]*)?$/i.exec(url);
      if (!m || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
      let path: string;
      try {
        path = decodeURI(m[1]!);
      } catch {
        return undefined;
      }
      // A Markdown link is relative first, as GitHub and editors follow it.
      const id = noteFiles.beside(dir, path) ?? (!path.startsWith('.') ? noteFiles.fromRoot(path) : undefined) ?? (!path.includes('/') ? noteFiles.named(path) : undefined);
      if (id === undefined) dead.add(url);
      return id === undefined || id === move.id ? undefined : `/posts/${postSlug(id)}/${anchorOf((m[2] ?? '').replace(/^\?[^#]*/, ''))}`;
    }, address);
    if (renamed.length === 0 && dead.size === 0 && body === source && wiki.embeds.length === 0) return move;
    const said: Text[] = [];
    if (wiki.linked.length)
      said.push({
        en: `its Obsidian ${wiki.linked.length === 1 ? 'link' : 'links'} (${wiki.linked.map(([from, to]) => `${from} -> ${to}`).join(', ')}) ${wiki.linked.length === 1 ? "is now a Markdown link to the post's page" : "are now Markdown links to the posts' pages"}`,
        zh: `它的 Obsidian 链接（${wiki.linked.map(([from, to]) => `${from} -> ${to}`).join('，')}）已改为 Markdown 链接，指向文章页面`,
      });
    if (wiki.unresolved.length) {
      const names = [...new Set(wiki.unresolved)].map((n) => `[[${n}]]`).join(', ');
      said.push({ en: `${names} ${wiki.unresolved.length === 1 ? 'names' : 'name'} no note of the imported folder: now plain text`, zh: `${names} 在导入的文件夹里找不到对应的笔记：已改为纯文本` });
    }
    // Markdown has no image width: a width written in the embed (`|200`, `|200x100`) is dropped.
    const widthDropped = wiki.images.some(([from]) => /\|\s*\d+(?:x\d+)?\s*\]\]$/.test(from));
    if (wiki.images.length)
      said.push({
        en: `its Obsidian ${wiki.images.length === 1 ? 'image embed' : 'image embeds'} (${wiki.images.map(([from, to]) => `${from} -> ${to}`).join(', ')}) ${wiki.images.length === 1 ? 'is now a Markdown image' : 'are now Markdown images'}${widthDropped ? ' (a width, which Markdown has not, dropped)' : ''}`,
        zh: `它的 Obsidian 图片嵌入（${wiki.images.map(([from, to]) => `${from} -> ${to}`).join('，')}）已改为 Markdown 图片${widthDropped ? '（宽度已去掉：Markdown 没有这一项）' : ''}`,
      });
    if (wiki.blocks.length) {
      const ids = [...new Set(wiki.blocks)].map((b) => `^${b}`).join(', ');
      said.push({ en: `its Obsidian block ${wiki.blocks.length === 1 ? 'id' : 'ids'} (${ids}) left out: Obsidian hides ${wiki.blocks.length === 1 ? 'it' : 'them'}, the site would show ${wiki.blocks.length === 1 ? 'it' : 'them'} as text`, zh: `它的 Obsidian 块 ID（${ids}）已去掉：Obsidian 不显示它们，网站上会显示为文字` });
    }
    if (wiki.embeds.length) {
      const names = [...new Set(wiki.embeds)].map((n) => `![[${n}]]`).join(', ');
      said.push({ en: `${names}: an Obsidian embed of a file, left as written, which the site shows as text; write it as ![](path/to/the/file) to show the image`, zh: `${names}：Obsidian 的文件嵌入，已按原样保留，网站上会显示为文字；请改写为 ![](文件路径) 来显示图片` });
    }
    if (renamed.length)
      said.push(
        renamed.length === 1
          ? { en: `its link to ${renamed[0]![0]} now names that post's page, ${renamed[0]![1]}`, zh: `它指向 ${renamed[0]![0]} 的链接已改为那篇文章的页面 ${renamed[0]![1]}` }
          : { en: `its links to ${renamed.length} other files of the folder now name their posts' pages (${renamed.map(([from, to]) => `${from} -> ${to}`).join(', ')})`, zh: `它指向文件夹里另外 ${renamed.length} 个文件的链接已改为那些文章的页面（${renamed.map(([from, to]) => `${from} -> ${to}`).join('，')}）` },
      );
    if (dead.size) {
      const list = [...dead].join(', ');
      said.push({
        en: `its ${dead.size === 1 ? 'link' : 'links'} to ${list} ${dead.size === 1 ? 'names' : 'name'} no file of the imported folder (or a file on your computer): on the site ${dead.size === 1 ? 'it leads' : 'they lead'} nowhere; link to the post's page (/posts/<id>/) or a full https:// address instead`,
        zh: `它指向 ${list} 的链接找不到导入文件夹里的对应文件（或指向你电脑上的文件）：在网站上会打不开；请改为链接到文章页面（/posts/<id>/）或完整的 https:// 地址`,
      });
    }
    return { ...move, text: move.text.slice(0, move.text.length - source.length) + linked, notes: [...move.notes, ...said] };
  });
  return { ...plan, moves };
}

/**
 * Finds a file of the imported folder as Obsidian finds a link's target, over `byPath` (a file's
 * path in the plan -> what the caller wants of it: a post's id, an image's path):
 * - `fromRoot(path)`: its path from the vault's root. The imported folder may be the vault or a
 *   folder in it (`Blog-Posts/coding/a.md` written in a vault whose Blog-Posts/ is imported as
 *   content/), so the path's leading folders are dropped one by one until what is left is a file.
 * - `named(path)`: the one file of that name anywhere (lower case, as Obsidian matches it; its
 *   "shortest path when possible"), undefined when none or several.
 * - `beside(dir, path)`: the file relative to the linking note's folder.
 * - `find(dir, path)`: the three in Obsidian's order (root, name, beside).
 */
function obsidianLookup<T>(byPath: ReadonlyMap<string, T>, folder?: string) {
  const byName = new Map<string, T[]>();
  for (const [path, value] of byPath) {
    const name = posix.basename(path).toLowerCase();
    appendTo(byName, name, value);
  }
  const fromRoot = (path: string): T | undefined => {
    if (folder === undefined) return undefined;
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    for (let k = 0; k < parts.length; k++) {
      const found = byPath.get(posix.normalize(posix.join(folder, ...parts.slice(k))));
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const named = (path: string): T | undefined => {
    const all = byName.get(posix.basename(path).toLowerCase());
    return all?.length === 1 ? all[0] : undefined;
  };
  const beside = (dir: string, path: string): T | undefined => byPath.get(posix.normalize(posix.join(dir, path)));
  return { fromRoot, named, beside, find: (dir: string, path: string) => fromRoot(path) ?? named(path) ?? beside(dir, path) };
}

/**
 * A link's fragment as the site's page spells it: one that names a heading by its text
 * (`#Soil%20and%20water`, as Obsidian writes a Markdown link to a heading) is the heading's slug
 * (`#soil-and-water`, github-slugger's, as Astro's Markdown gives heading ids); an id (no space)
 * stays as written, so a heading's own `{#MyId}` still matches.
 */
function anchorOf(fragment: string): string {
  if (!fragment.startsWith('#')) return fragment;
  let text: string;
  try {
    text = decodeURIComponent(fragment.slice(1));
  } catch {
    return fragment;
  }
  return /\s/.test(text.trim()) && !text.startsWith('^') ? `#${new Slugger().slug(text.trim())}` : fragment;
}

/** The line that says which Hexo asset tags of a file became Markdown, or null for none. */
function assetNote(a: ConvertedAssets): Text | null {
  const parts: Text[] = [];
  if (a.images) parts.push({ en: `${a.images === 1 ? 'a Hexo {% asset_img %} tag is' : `${a.images} Hexo {% asset_img %} tags are`} now ${a.images === 1 ? 'a Markdown image' : 'Markdown images'}`, zh: `${a.images} 个 Hexo {% asset_img %} 标签已改为 Markdown 图片` });
  if (a.paths) parts.push({ en: `${a.paths === 1 ? 'a {% asset_path %} tag is' : `${a.paths} {% asset_path %} tags are`} now the path ${a.paths === 1 ? 'it names' : 'they name'}`, zh: `${a.paths} 个 {% asset_path %} 标签已改为其中的路径` });
  if (parts.length === 0) return null;
  const sized = a.sized ? { en: ` (${a.sized === 1 ? 'one had' : `${a.sized} had`} a width or height, which Markdown has not: dropped)`, zh: `（其中 ${a.sized} 个的宽度或高度已去掉：Markdown 没有这一项）` } : { en: '', zh: '' };
  return { en: parts.map((p) => p.en).join('; ') + sized.en, zh: parts.map((p) => p.zh).join('；') + sized.zh };
}

/**
 * The Markdown of the old site when it reads `$$…$$` inside a sentence as inline math: kramdown,
 * Jekyll's default (not when `markdown:` names another engine), or Hexo's hexo-renderer-kramed.
 * Hugo's goldmark passthrough renders its block delimiters as a block inside a sentence too, and
 * markdown-it-katex has no `$$` span, so neither is rewritten; nor a folder with no site config.
 */
function spanDollarReader(site: OldSite | undefined): 'kramdown' | 'kramed' | null {
  if (site?.generator === 'jekyll') return site.markdown === undefined ? 'kramdown' : null;
  return site?.generator === 'hexo' && site.kramed ? 'kramed' : null;
}

/**
 * The id the old site's feed gave a post at `path` (its address there): its absolute address,
 * where the generator's feed names a post so: Hugo's RSS template `<guid>{{ .Permalink }}</guid>`,
 * hexo-generator-feed's `post.permalink` (RSS guid and Atom id), @astrojs/rss's `link` (AstroPaper,
 * Fuwari), a Jekyll template's `{{ site.url }}{{ post.url }}`; jekyll-feed's
 * `{{ post.id | absolute_url }}`, Document#id: the address's folder (Ruby's File.dirname, the last
 * `/` dropped first) joined with the post's `slug` (its frontmatter's, else its file name without
 * the date), `/2016/08/17/welcome-to-jekyll` of `/2016/08/17/welcome-to-jekyll.html`. Percent-encoded
 * as a URL parser writes it. Undefined without the site's address, or for a Jekyll site whose
 * feeds are unknown or name posts both ways.
 */
function oldFeedId(site: OldSite | undefined, path: string | undefined, jekyllSlug: string): string | undefined {
  if (site?.address === undefined || path === undefined) return undefined;
  let id = path;
  if (site.generator === 'jekyll') {
    const kinds = new Set((site.feeds ?? []).map((f) => f.ids));
    const [kind] = kinds;
    if (kinds.size !== 1 || kind === undefined) return undefined;
    if (kind === 'jekyll-id') id = posix.join(posix.dirname(path.replace(/\/+$/, '') || '/'), jekyllSlug);
  }
  try {
    return new URL(id.replace(/^\/+/, ''), `${site.address.replace(/\/+$/, '')}/`).href;
  } catch {
    return undefined;
  }
}

/** A date as YAML gives it (a Date, or its text) as text, else undefined. */
function dayText(value: unknown): string | undefined {
  return value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : undefined;
}

/**
 * The `aliases` to write into a moved post: the paths it already lists (Hugo's `aliases`) that
 * the build can serve, and its address on the old site (old-url.ts) when that is known and not
 * among them (no `list` when they stay as written); null when nothing is to change or say. An old
 * address no alias can hold is named in the note. A Hugo alias without its leading "/" is the path
 * Hugo gives it (below); any other entry that is no site path (an Obsidian note's other name) is
 * left out, with a note naming it.
 */
function movedAliases(raw: Record<string, unknown>, post: OldPost): { list?: string[]; note?: Text; unread?: string[]; unknown?: true; oldUrl?: string } | null {
  const given = raw.aliases === undefined || raw.aliases === null ? [] : [raw.aliases].flat();
  // A Hugo alias without its leading "/" (`aliases: [old-name]`) is a path from the folder above
  // the page's own (Hugo's renderAliases: path.Join(the page's path, "..", alias)), written as a
  // folder unless it ends in .html: /posts/my-post/ with `old-name` answers /posts/old-name/.
  const pageUrl = post.site?.generator === 'hugo' ? oldUrlOf(post) : undefined;
  const relative = new Map<string, string>();
  // Hugo writes an alias into its public folder, served under the baseURL's path (SiteBase root).
  const root = post.site?.generator === 'hugo' ? post.site.root : undefined;
  let rooted = false;
  const written = given.map((a) => {
    const text = typeof a === 'string' ? a.trim() : '';
    if (root && /^\/(?!\/)/.test(text)) {
      rooted = true;
      return `${root}${text}`;
    }
    if (pageUrl === undefined || text === '' || text.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(text) || /\s/.test(text)) return a;
    const to = posix.join(posix.dirname(pageUrl.replace(/\/+$/, '')), text);
    const path = /\.html?$/i.test(to) ? to : `${to.replace(/\/+$/, '')}/`;
    relative.set(text, path);
    return path;
  });
  const valid = written.filter((a): a is string => typeof a === 'string' && aliasProblem(a.trim()) === undefined).map((a) => a.trim());
  // A path of the site's own pages (/about/, /tags/…) is refused by `check` and the build
  // (redirects/clashes.ts): written, it would stop the project from building.
  const kept = valid.filter((a) => siteOwnPage(a) === undefined);
  const own = valid.filter((a) => siteOwnPage(a) !== undefined);
  const dropped = written.filter((a) => typeof a !== 'string' || aliasProblem(a.trim()) !== undefined).map(String);
  const address = oldAddressOf(post);
  const oldUrl = address && 'url' in address ? address.url : undefined;
  const oldPage = oldUrl === undefined ? undefined : siteOwnPage(oldUrl);
  const old = oldPage === undefined ? oldUrl : undefined;
  const unread = address && 'unread' in address ? address.unread : undefined;
  const list = old === undefined || kept.includes(old) ? kept : [...kept, old];
  // An old address no alias page can answer is said, not dropped in silence (trial 4).
  const unservable = address && 'unservable' in address ? address.unservable : undefined;
  const notes: Text[] = [];
  if (unservable) notes.push({ en: `its old address ${unservable} cannot be an alias (${aliasProblem(unservable)}): old links to it will not find the post`, zh: `它的旧地址 ${unservable} 无法写成别名（aliases）：指向它的旧链接将找不到这篇文章` });
  if (oldUrl !== undefined && oldPage !== undefined && !own.includes(oldUrl))
    notes.push({ en: `its old address ${oldUrl} is the site's own ${oldPage} page: not written as an alias (old links to it find that page)`, zh: `它的旧地址 ${oldUrl} 是网站自己的 ${oldPage} 页面：不写成别名（指向它的旧链接会打开那个页面）` });
  if (relative.size > 0) notes.push({ en: `aliases: ${[...relative].map(([a, to]) => `${a} is ${to}`).join(', ')} (Hugo reads an alias without "/" from the folder above the page's)`, zh: `aliases：${[...relative].map(([a, to]) => `${a} 即 ${to}`).join('、')}（Hugo 从页面上一级文件夹读取不以 "/" 开头的别名）` });
  // What was worked out of the old address: none, nor a reason said (unread, unservable, the
  // site's own page), is `unknown`; one an alias holds is `oldUrl` (its feed id).
  const found = address === undefined ? ({ unknown: true } as const) : old !== undefined ? { oldUrl: old } : {};
  if (!rooted && relative.size === 0 && dropped.length === 0 && own.length === 0 && list.length === written.length) return notes.length || unread || address === undefined || old !== undefined ? { ...(notes.length ? { note: joinTexts(notes) } : {}), ...(unread ? { unread } : {}), ...found } : null;
  const names = dropped.map((a) => `"${a}"`).join(', ');
  if (dropped.length) notes.unshift({ en: `aliases: ${names} ${dropped.length === 1 ? 'is' : 'are'} not a path on the site (starting with "/"): left out`, zh: `aliases：${names} 不是网站上的路径（应以 "/" 开头）：已去掉` });
  if (own.length) {
    const pages = [...new Set(own.map((a) => siteOwnPage(a)!))].join(', ');
    notes.push(own.length === 1
      ? { en: `aliases: ${own[0]} is the site's own ${pages} page: left out`, zh: `aliases：${own[0]} 是网站自己的 ${pages} 页面：已去掉` }
      : { en: `aliases: ${own.join(', ')} are the site's own pages (${pages}): left out`, zh: `aliases：${own.join('、')} 是网站自己的页面（${pages}）：已去掉` });
  }
  return { list, ...(notes.length ? { note: joinTexts(notes) } : {}), ...(unread ? { unread } : {}), ...found };
}

/**
 * A front matter `url` written as a site path without its leading "/" (`2015/08/29/hugo/`, Hugo
 * reads it from the site's root): the path, without a leading `./`; undefined for anything else,
 * a full address, `/x/`, or a host without its scheme (`zhuanlan.zhihu.com/p/1`, which the schema
 * names with the https:// to add).
 */
function relativeSitePath(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const path = url.trim().replace(/^\.\//, '');
  if (!/^[^\s/:?#][^\s:?#]*\/[^\s:]*$/.test(path) || /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(path)) return undefined;
  return path;
}

/** Notes joined into one, `; ` between them (`；` in Chinese). */
function joinTexts(texts: readonly Text[]): Text {
  return { en: texts.map((t) => t.en).join('; '), zh: texts.map((t) => t.zh).join('；') };
}

/** The date keys of Hexo, Hugo, Jekyll, AstroPaper, Fuwari, the Astro blog template and Throughline (schema/post-aliases.ts dateKeysOf). */
const DATE_KEYS = ['date', 'publishDate', 'updated', 'lastmod', 'publishedAt', 'updatedAt', 'pubDatetime', 'modDatetime', 'published', 'pubDate', 'updatedDate', 'last_modified_at', 'modified'];

/** The date keys of a post's last change (schema/post-aliases.ts): optional, so an unreadable one is left out rather than the post refused. */
const UPDATED_KEYS = new Set(['updated', 'lastmod', 'updatedAt', 'modDatetime', 'updatedDate', 'last_modified_at', 'modified']);

/**
 * The date keys of `raw` (a moved file's frontmatter as written) to write otherwise: a value the
 * generator read and the schema does not, as the ISO 8601 it means (dates.ts repairedDate), and an
 * unreadable last-change date (`updated: soon`) as null, to be left out; with one note each. An
 * unreadable publication date is left as it is, for validation to refuse the post naming it. A
 * date-time without a UTC offset is written with the offset of `siteZone` (the old site's,
 * site-zone.ts) when one is given, or of UTC for the keys `utc.keys` names (an Astro post's
 * unquoted ones: astro-dates.ts) when `utc.written` (its theme showed days in a named zone; else
 * they stay as written: wall-times.ts), without a note of its own (import says it once for the folder); `offsetless`
 * names the first such key, as written and as written now; `zoned` lists the publication-date keys
 * so written.
 */
function movedDates(raw: Record<string, unknown>, siteZone: string | undefined, utc?: { keys: ReadonlySet<string>; written: boolean }): { keys: Record<string, string | null>; notes: Text[]; offsetless?: OffsetlessTime; zoned: ZonedDate[] } {
  const keys: Record<string, string | null> = {};
  const notes: Text[] = [];
  let offsetless: OffsetlessTime | undefined;
  const zonedDates: ZonedDate[] = [];
  for (const key of DATE_KEYS) {
    const value = dateValueOf(raw, key);
    if (value === undefined) continue;
    const valid = PublishedAtSchema.safeParse(value).success;
    const repaired = !valid && typeof value === 'string' ? repairedDate(value) : null;
    if (!valid && (repaired === null || (UPDATED_KEYS.has(key) && !PublishedAtSchema.safeParse(repaired).success))) {
      if (!UPDATED_KEYS.has(key)) continue;
      keys[key] = null;
      const written = JSON.stringify(typeof raw[key] === 'string' ? raw[key] : String(raw[key]));
      notes.push({ en: `${key}: ${written} is not a date: left out (the post is imported without it)`, zh: `${key}：${written} 不是日期：已去掉（文章照常导入，只是没有这一项）` });
      continue;
    }
    // Seconds past 59 stay for validation to name (2022-5-2 16:35:83 -> 2022-05-02 16:35:83).
    const text = repaired ?? (typeof value === 'string' ? value : undefined);
    const readable = text !== undefined && (repaired === null || PublishedAtSchema.safeParse(repaired).success);
    const zone = utc?.keys.has(key) ? (utc.written ? 'UTC' : undefined) : siteZone;
    const zoned = readable && zone !== undefined ? withOffsetIn(text, zone) : null;
    // An Astro post's quoted time, which its theme read its own way, is neither zoned nor counted.
    if (readable && isOffsetless(text) && (utc === undefined || utc.keys.has(key))) offsetless ??= { key, text: String(raw[key]), ...(zoned !== null ? { written: zoned } : {}) };
    if (zoned !== null && !UPDATED_KEYS.has(key)) zonedDates.push({ key, text: String(raw[key]), value: zoned });
    if (repaired === null && zoned === null) continue;
    keys[key] = zoned ?? repaired;
    if (repaired !== null) notes.push({ en: `${key}: ${String(raw[key])} is now ${zoned ?? repaired}`, zh: `${key}：${String(raw[key])} 已改为 ${zoned ?? repaired}` });
  }
  return { keys, notes, ...(offsetless ? { offsetless } : {}), zoned: zonedDates };
}

/** A publication date written without an offset and now written with the old site's (movedDates): its key, the text as written, and the value written now. */
interface ZonedDate {
  key: string;
  text: string;
  value: string;
}

/**
 * The publication day of a moved post whose date was written without an offset and read in the
 * old site's zone `siteZone` (movedDates' `zoned`), when the channel's zone `channelZone` places it
 * on another day (`date: 2014-02-24 06:00:00` in Asia/Shanghai is 2014-02-23 in America/New_York):
 * the key and text as written, and both days (YYYY-MM-DD); undefined when the day is the same, or
 * the post's publication date is a plain day or was written with its own offset.
 */
function shiftedDay(zoned: readonly ZonedDate[], publishedAt: unknown, siteZone: string, channelZone: string): ShiftedDay | undefined {
  if (siteZone === channelZone || typeof publishedAt !== 'string') return undefined;
  // The key the post's publishedAt came from (a file may give date: and publishedAt: both).
  const found = zoned.find((z) => z.value === publishedAt);
  if (found === undefined) return undefined;
  const ms = Date.parse(found.value);
  if (Number.isNaN(ms)) return undefined;
  const written = localDateOf(ms, siteZone);
  const shown = localDateOf(ms, channelZone);
  return written === shown ? undefined : { key: found.key, text: found.text, written, shown };
}

/**
 * A Hugo bundle's index file name (without extension): `index` or `_index` (a list page), either
 * with a language (`index.zh`, `_index.en`, `index.zh-cn`: Hugo's translation by file name,
 * gohugo.io/content-management/multilingual/#translation-by-file-name); null for any other name.
 */
function bundleIndex(name: string): { list: boolean; lang?: string } | null {
  const m = /^(_?)index(?:\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?$/.exec(name);
  return m ? { list: m[1] === '_', ...(m[2] ? { lang: m[2] } : {}) } : null;
}

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * True for a language code as Hugo sites name their languages (`en`, `zh`, `zh-cn`, `pt-BR`):
 * two letters, optional subtags, a language Intl knows (so `go`, `js` or `old` are not).
 */
function isLanguageCode(text: string): boolean {
  if (!/^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i.test(text)) return false;
  try {
    return LANGUAGES.of(text.replace(/_/g, '-')) !== undefined;
  } catch {
    return false;
  }
}

/** A file's place among its post's translations: the post (`group`, the translationKey it gets), its language, and the name it gives without the language. */
interface Version {
  group: string;
  lang?: string;
  /** The file's name without its language (`hello` of `hello.zh`), for a translation by file name. */
  stem?: string;
}

/**
 * The translations Hugo would link (gohugo.io/content-management/multilingual/#translate-your-content):
 * by file name, a bundle's `index.<lang>.md` (every bundle index is a version of its folder's
 * post) or a file's `x.<lang>.md` beside `x.md` or another `x.<lang>.md` (alone, `x.zh.md` is left
 * as it was: `notes.ml.md` may not be Malayalam); by content directory, `en/posts/a.md` and
 * `zh-cn/posts/a.md` (or `_posts/en/a.md` and `_posts/zh-cn/a.md`) when the imported folder holds a
 * folder per language (two or more, and at least one path in two of them). Keyed by file path; a group is the post's path within the
 * imported folder, without the language folder, the language or the extension.
 */
function translationVersions(files: SourceFile[], folder: string | undefined): Map<string, Version> {
  const prefix = folder?.split('\\').join('/').replace(/\/+$/, '').replace(/^\.\/?/, '');
  const rel = (path: string) => {
    const p = path.replace(/^\.\//, '');
    return prefix && p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p;
  };
  const stripExt = (path: string) => path.replace(/\.(?:md|markdown|mdx)$/i, '');
  const found = new Map<string, Version>();
  for (const file of files) {
    const name = file.path.split('/').pop()!.replace(/\.(?:md|markdown|mdx)$/i, '');
    const b = bundleIndex(name);
    if (b?.list) continue;
    const dir = dirOf(file.path);
    if (b) {
      found.set(file.path, { group: withinFolder(dir, folder), ...(b.lang ? { lang: b.lang } : {}) });
      continue;
    }
    const m = /^(.+)\.([^.]+)$/.exec(name);
    const at = (n: string) => (dir ? `${dir}/${n}` : n);
    // A version beside it (x.md, or x.<lang>.md) whose text is in another language: `notes.md` and
    // `notes.ml.md` of an English blog (notes on machine learning) are two posts.
    const sibling =
      m &&
      isLanguageCode(m[2]!) &&
      files.some((f) => {
        if (f.path === file.path) return false;
        const other = stripExt(f.path);
        const version = other === at(m[1]!) || (new RegExp(`^${escapeRegExp(at(m[1]!))}\\.([^./]+)$`).test(other) && isLanguageCode(other.split('.').pop()!));
        return version && textLanguageOf(f.text) !== textLanguageOf(file.text);
      });
    if (m && sibling) found.set(file.path, { group: stripExt(rel(`${at(m[1]!)}.md`)), lang: m[2]!, stem: m[1]! });
    else found.set(file.path, { group: stripExt(rel(file.path)) });
  }
  // Translation by content directory: a folder named as a language (the first such folder of the
  // path within the imported one: `en/posts/a.md`, or `_posts/en/a.md` imported from Hexo's
  // source/) holds that language's versions, the same path without it in each.
  const split = (group: string) => {
    const parts = group.split('/');
    const at = parts.slice(0, -1).findIndex((part) => isLanguageCode(part));
    return at < 0 ? null : { lang: parts[at]!, rest: [...parts.slice(0, at), ...parts.slice(at + 1)].join('/') };
  };
  // Each language folder's paths, with the language its file's text is in.
  const byLang = new Map<string, Map<string, Lang>>();
  const textOf = new Map(files.map((f) => [f.path, f.text]));
  for (const [path, v] of found) {
    const s = split(v.group);
    if (s) byLang.set(s.lang, (byLang.get(s.lang) ?? new Map()).set(s.rest, textLanguageOf(textOf.get(path) ?? '')));
  }
  // At least one path in two of them whose texts are in two languages: `ml/intro.md` and
  // `cs/intro.md` of an English blog on machine learning and computer science are no translations.
  const langs = [...byLang.keys()];
  const shared = langs.some((a, i) => langs.slice(i + 1).some((b) => [...byLang.get(a)!].some(([g, lang]) => byLang.get(b)!.has(g) && byLang.get(b)!.get(g) !== lang)));
  if (langs.length < 2 || !shared) return found;
  for (const [path, v] of found) {
    const s = split(v.group);
    if (s) found.set(path, { ...v, group: s.rest, lang: v.lang ?? s.lang });
  }
  return found;
}

/** The language of a source file's title and body (its front matter's keys aside), YAML or TOML. */
function textLanguageOf(text: string): Lang {
  const m = /^\uFEFF?(?:---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text);
  const title = m ? (/^title[ \t]*[:=][ \t]*["']?(.*?)["']?[ \t]*$/m.exec(m[1]!)?.[1] ?? '') : '';
  return postLanguage(title, undefined, m ? text.slice(m[0].length) : text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The folder part of a `/`-separated path (`''` for a file at the top). */
/** `dir` without the leading `folder/` it is read from (both as the import names them); the folder itself by its own name. */
function withinFolder(dir: string, folder: string | undefined): string {
  const prefix = folder?.split('\\').join('/').replace(/\/+$/, '');
  if (!prefix) return dir;
  if (dir === prefix) return prefix.split('/').filter((s) => s !== '' && s !== '.').pop() ?? dir;
  return dir.startsWith(`${prefix}/`) ? dir.slice(prefix.length + 1) : dir;
}

/**
 * Files with the very text of another file of their folder (`post.sync-conflict-20240101-…md`
 * of Syncthing, `post (1).md` of a download, `post copy.md` of Finder): path -> the file kept,
 * the one with the shortest name (a copy's name adds to the original's), then the first by path.
 * Files of other folders are never copies (a Hugo site's untranslated content/zh/ page is its
 * own version); blank files neither.
 */
function copiesOf(files: readonly SourceFile[]): Map<string, string> {
  const first = new Map<string, SourceFile[]>();
  for (const file of files) {
    if (file.unreadable || file.text.trim() === '') continue;
    const key = `${dirOf(file.path)}\0${file.text}`;
    appendTo(first, key, file);
  }
  const copies = new Map<string, string>();
  for (const group of first.values()) {
    if (group.length < 2) continue;
    const kept = group.reduce((a, b) => (keptBefore(b, a, group) ? b : a));
    for (const file of group) if (file !== kept) copies.set(file.path, kept.path);
  }
  return copies;
}

/**
 * Whether `a` is rather the file kept than `b`, of files with one text: the one whose name
 * another's begins with (`post` of `post (1)`, `post.sync-conflict-…`); then one whose name is
 * not mojibake (`状态模式.md` over `״̬ģʽ.md`, the same name read in another code page by an
 * archiver); then the shorter name.
 */
function keptBefore(a: SourceFile, b: SourceFile, group: readonly SourceFile[]): boolean {
  const stem = (f: SourceFile) => posix.basename(f.path).replace(/\.(?:md|markdown|mdx)$/i, '');
  const prefix = (f: SourceFile) => group.some((g) => g !== f && stem(g).startsWith(stem(f)));
  if (prefix(a) !== prefix(b)) return prefix(a);
  const garbled = (f: SourceFile) => MOJIBAKE.test(stem(f));
  if (garbled(a) !== garbled(b)) return !garbled(a);
  return a.path.length < b.path.length;
}
/** Letters a name read in the wrong code page shows (Latin-1, Latin Extended, IPA, Greek, Hebrew) and U+FFFD. */
const MOJIBAKE = /[\u00c0-\u02af\u0370-\u03ff\u0590-\u05ff\ufffd]/u;

/**
 * Conflict copies a sync tool left beside a file of the same folder, whose text differs from it
 * (identical ones are copiesOf's): Syncthing's `post.sync-conflict-20240311-090000-XYZ1234.md`,
 * Dropbox's `post (conflicted copy 2024-03-11).md`, Nextcloud's `post (conflicted copy …).md`,
 * OneDrive's `post-DESKTOP-AB12CD.md` is not told. Path -> the original's path.
 */
function conflictCopiesOf(files: readonly SourceFile[], copies: ReadonlyMap<string, string>): Map<string, string> {
  const paths = new Set(files.map((f) => f.path));
  const out = new Map<string, string>();
  for (const file of files) {
    if (copies.has(file.path)) continue;
    const m = /^(.*?)(?:\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}| \(conflicted copy[^)]*\))(\.(?:md|markdown|mdx))$/i.exec(file.path);
    if (m && paths.has(`${m[1]}${m[2]}`)) out.set(file.path, `${m[1]}${m[2]}`);
  }
  return out;
}

function dirOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/** The name a file gives its post: a bundle's index file (any language) gives its folder's. */
function baseName(path: string, name: string): string {
  return bundleIndex(name) ? (path.split('/').at(-2) ?? name) : name;
}

/** The `YYYY-MM-DD` of a Jekyll file name (`2020-01-02-hello.md`, or a bundle's folder), else undefined. */
/** The file's name without Jekyll's date prefix (`2015-03-01-my-post` -> `my-post`). */
function jekyll(path: string, name: string): string {
  const base = baseName(path, name);
  return JEKYLL_DATE.exec(base)?.[4] ?? base;
}

/**
 * The title a body's opening h1 gives (ATX `# Title`, its closing #s and a `{#id}` dropped, or
 * setext `Title` over `===`) and the body without it; null when the body does not start with
 * one (blank lines aside). Docusaurus reads a document's title so (docusaurus.io/docs/create-doc).
 * Link reference definitions before it (`[#]: url: "…"`, as LCTT's articles hold their metadata)
 * show nothing, so the heading after them is still the opening one; they stay in `rest`.
 */
export function leadingHeading(body: string): { title: string; rest: string } | null {
  const lead = /^(?:[ \t]*\r?\n| {0,3}\[[^\]\r\n]+\]:[ \t]*\S[^\r\n]*(?:\r?\n|$))*/.exec(body)![0];
  const definitions = lead.split(/\r?\n/).filter((line) => line.trim() !== '');
  const after = definitions.length > 0 ? body.slice(lead.length) : body;
  const m = /^(?:[ \t]*\r?\n)*(?: {0,3}#[ \t]+([^\r\n]*?)(?:[ \t]+#+)?[ \t]*|([^\r\n]*\S[^\r\n]*)\r?\n {0,3}=+[ \t]*)(?:\r?\n|$)/.exec(after);
  const title = (m?.[1] ?? m?.[2])?.replace(/[ \t]+\{#[\p{L}\p{N}_-]+\}$/u, '').trim();
  if (!m || !title) return null;
  const rest = after.slice(m[0].length).replace(/^(?:[ \t]*\r?\n)+/, '');
  return { title, rest: definitions.length > 0 ? `${definitions.join('\n')}\n\n${rest}` : rest };
}

// Liquid's output of the page's title, with or without filters (`{{ page.title | escape }}`) and
// whitespace control (`{{- … -}}`): shopify.github.io/liquid/basics/whitespace/.
const LIQUID_PAGE_TITLE = /^\{\{-?\s*page\.title\s*(?:\|[^{}]*)?-?\}\}$/;

/**
 * The body without its opening h1 when that heading repeats the post's `title`: its text is the
 * title, Liquid's `{{ page.title }}`, or, given the file's name (without extension), that name or
 * the title after the name's leading `YYYY-MM-DD ` (an Obsidian note opens with its inline title,
 * the file name, which writes the title without the characters a file name cannot hold:
 * `2012-09-20 PowerShell  XAML =_ GUI` for "PowerShell + XAML => GUI"). Compared with spaces
 * collapsed, Unicode NFC. `heading` is the heading's text as written. Null when the body opens otherwise.
 */
export function repeatedTitle(body: string, title: string, fileName?: string): { heading: string; rest: string } | null {
  const first = leadingHeading(body);
  if (!first) return null;
  const norm = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const date = fileName === undefined ? null : /^\d{4}-\d{2}-\d{2}(?=\s)/.exec(fileName)?.[0];
  const repeats = [title, fileName, date ? `${date} ${title}` : undefined].some((text) => text !== undefined && norm(text) !== '' && norm(first.title) === norm(text));
  return LIQUID_PAGE_TITLE.test(first.title) || repeats ? { heading: first.title, rest: first.rest } : null;
}

/**
 * Jekyll's title for a post without one: its file name's words, each capitalised (`my-first-post`
 * -> `My First Post`). A date in the name stays a date (Obsidian's daily note `2024-07-01` is
 * titled `2024-07-01`, not `2024 07 01`).
 */
export function titleFromName(name: string): string {
  return name.split(/(\b\d{4}-\d{2}-\d{2}\b)|[-_\s]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || name;
}

function jekyllDate(path: string, name: string): string | undefined {
  const base = baseName(path, name);
  const m = JEKYLL_DATE.exec(base);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

/**
 * `YYYY/name`: the year of the post's date (else of Jekyll's file name, else `drafts`, as a feed
 * import names undated posts) and the file's name without Jekyll's date prefix; a bundle's
 * `index.md` (or `index.zh.md`) takes its folder's name. A name that is not a valid id segment is
 * slugged; one with no letter or digit to slug (`🎉.md`, `!!!.md`) is named by the post's title
 * slugged, else by its date (`2026-12-31`), else by a hash of its path: `from` says which of the
 * first two named it, for the post's note.
 */
function idOf(path: string, name: string, data: Record<string, unknown>, given?: string): { id: string; from?: 'title' | 'date' } {
  const base = baseName(path, name);
  const jekyll = JEKYLL_DATE.exec(base);
  const stem = given ?? (jekyll ? jekyll[4]! : base);
  const published = typeof data.publishedAt === 'string' ? data.publishedAt.trim() : '';
  const folder = /^(\d{4})-/.exec(published)?.[1] ?? jekyll?.[1] ?? 'drafts';
  if (SEGMENT.test(stem) || slugWords(stem).length > 0) return { id: `${folder}/${idSegment(stem, path)}` };
  const title = typeof data.title === 'string' ? data.title : '';
  if (slugWords(title).length > 0) return { id: `${folder}/${slugify(title, path)}`, from: 'title' };
  const day = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? (jekyll ? jekyllDate(path, name) : undefined);
  return day ? { id: `${folder}/${day}`, from: 'date' } : { id: `${folder}/${idSegment(stem, path)}` };
}

/** `name` as one segment of a post id: as written when it is a valid one of at most 80 characters and SLUG_MAX_BYTES bytes, else slugged. */
function idSegment(name: string, path: string): string {
  return SEGMENT.test(name) && name.length <= 80 && new TextEncoder().encode(name).length <= SLUG_MAX_BYTES ? name : slugify(name, path);
}

/** The name Pelican gives a post: its `Slug:` (slugged if it is not a valid id segment), else its title slugged; undefined with neither. */
function pelicanSlug(meta: Record<string, string>, path: string): string | undefined {
  const given = meta.slug?.trim() || undefined;
  if (given) return idSegment(given, path);
  const title = meta.title?.trim();
  return title ? slugify(title, path) : undefined;
}

/**
 * `text` with each of `keys` set in its frontmatter: a top-level line of that key (and the
 * indented or list lines under it) replaced, else a line added at the end of the block. Every
 * other byte stays. Values are written as YAML scalars (`yaml` quotes what needs it), a list as a flow sequence; a null
 * value removes the key's lines.
 */
export function setFrontmatterKeys(text: string, yaml: string, keys: Record<string, string | string[] | boolean | null>): string {
  // The block starts on the line after the opening ---; its lines keep their own endings.
  const start = text.indexOf('\n') + 1;
  const cr = text[start - 2] === '\r' ? '\r' : '';
  const lines = yaml === '' ? [] : yaml.split('\n');
  for (const [key, value] of Object.entries(keys)) {
    const at = lines.findIndex((l) => new RegExp(`^${key}[ \\t]*:`).test(l));
    if (value === null) {
      if (at < 0) continue;
      let end = at + 1;
      while (end < lines.length && /^(?:[ \t]|- |-\r?$)/.test(lines[end]!)) end++;
      const last = end === lines.length;
      lines.splice(at, end - at);
      // The block's last line has no line ending of its own: the closing --- line brings it.
      if (last && lines.length > 0) lines[lines.length - 1] = lines.at(-1)!.replace(/\r$/, '');
      continue;
    }
    // A list on one line, as hand-written frontmatter has it: `aliases: [/posts/a/]`.
    const line = Array.isArray(value) ? `${key}: ${stringify(value, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).trimEnd()}` : stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
    if (at < 0) {
      lines.push(line);
      if (lines.length > 1) lines[lines.length - 2] = lines.at(-2)!.replace(/\r?$/, cr);
      continue;
    }
    let end = at + 1;
    while (end < lines.length && /^(?:[ \t]|- |-\r?$)/.test(lines[end]!)) end++;
    lines.splice(at, end - at, end < lines.length ? `${line}${cr}` : line);
  }
  // An empty block has no line of its own to end: the added lines end before the closing ---.
  return text.slice(0, start) + lines.join('\n') + (yaml === '' && lines.length > 0 ? `${cr}\n` : '') + text.slice(start + yaml.length);
}

/**
 * Hugo's front matter fields and default taxonomies (gohugo.io/content-management/front-matter/#fields,
 * /taxonomies/#default-taxonomies) as Throughline reads them; Hugo reads every key in any case, so
 * an old site's `Categories = […]` or `Title = "…"` is these.
 */
const HUGO_KEYS = ['aliases', 'categories', 'date', 'description', 'draft', 'expiryDate', 'images', 'isCJKLanguage', 'keywords', 'lastmod', 'linkTitle', 'publishDate', 'series', 'slug', 'summary', 'tags', 'title', 'translationKey', 'url', 'weight'];
const HUGO_KEY_OF = new Map(HUGO_KEYS.map((k) => [k.toLowerCase(), k]));

/**
 * A YAML front matter block of a Hugo site with each top-level key Hugo reads as one of its fields
 * in another case (`Categories:`, `"Tags":`) written as that field, every other byte kept; null when
 * there is none. A key whose field the block also gives stays as written (Hugo would read one of
 * the two; which one is not documented). `renamed` names them (`Categories -> categories`).
 */
export function hugoKeysInCase(yaml: string, data: Record<string, unknown>): { yaml: string; renamed: string[] } | null {
  const renamed: string[] = [];
  let out = yaml;
  for (const key of Object.keys(data)) {
    const field = HUGO_KEY_OF.get(key.toLowerCase());
    if (field === undefined || field === key || field in data) continue;
    // The key's own top-level line, bare or quoted: `Tags:`, `"Tags":`, `'Tags' :`.
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = new RegExp(`^(["']?)${escaped}\\1([ \\t]*:)`, 'm');
    if (!line.test(out)) continue;
    out = out.replace(line, (_m, q: string, colon: string) => `${q}${field}${q}${colon}`);
    renamed.push(`${key} -> ${field}`);
  }
  return renamed.length ? { yaml: out, renamed } : null;
}

/**
 * A file whose front matter is TOML between +++ lines (Hugo, gohugo.io/content-management/front-matter),
 * with that block written as YAML between --- lines: a TOML date stays a date and a date-time keeps
 * its offset or its lack of one, written as the file wrote it (2024-01-02, 2024-01-02T10:00:00+08:00), tables become maps. null when the file does
 * not start with +++; `error` when the block is not closed or not TOML (TOML v1.0.0, smol-toml).
 * A key Hugo reads as one of its fields in another case (`Categories`) is written as that field,
 * named in `renamed` (`Categories -> categories`).
 */
export function tomlToYaml(text: string): { text: string; renamed?: string[] } | { error: Text } | null {
  if (!/^\uFEFF?\+\+\+[ \t]*\r?\n/.test(text)) return null;
  const block = /^\uFEFF?\+\+\+[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??\+\+\+[ \t]*(?:\r?\n|$)/.exec(text);
  if (!block) return { error: { en: 'its TOML front matter (+++) has no closing +++ line', zh: '它的 TOML front matter（+++）没有结尾的 +++ 行' } };
  let data: Record<string, unknown>;
  try {
    data = parseToml(block[1] ?? '') as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    // The block starts on the file's second line.
    const where = `line ${error.line + 1}, column ${error.column}`;
    const what = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    return { error: { en: `its TOML front matter (+++) cannot be read: ${where}: ${what}`, zh: `它的 TOML front matter（+++）无法读取：第 ${error.line + 1} 行第 ${error.column} 列：${what}` } };
  }
  // A key in another case than Hugo's field (`Categories`, `Tags`, `Title`) is written as the field, unless the file gives both.
  const renamed: string[] = [];
  data = Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const field = HUGO_KEY_OF.get(key.toLowerCase());
      if (field === undefined || field === key || field in data) return [key, value];
      renamed.push(`${key} -> ${field}`);
      return [field, value];
    }),
  );
  const yaml = Object.keys(data).length ? stringify(plainToml(data, tomlDateLiterals(block[1] ?? '')), { lineWidth: 0 }) : '';
  return { text: `---\n${yaml}---\n${text.slice(block[0].length)}`, ...(renamed.length ? { renamed } : {}) };
}

/** A flag's value as YAML shows it in a note: `false`, `"no"`. */
function yamlScalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
