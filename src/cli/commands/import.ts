/**
 * `import <FILE|URL|FOLDER> --channel ID [--status S] [--pillar-map MAP] [--pillar ID] [--backfill] [--git-dates] [--dry-run]`:
 * one `.md` post per feed entry or exported post, or per Markdown file of a folder moved from
 * Hexo, Hugo or Jekyll. Everything that can refuse the import
 * (options, channel, pillar map and pillar, source, format) is checked before the first file is written.
 */
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOptionsOf, synopsisOf } from '../command-table.ts';
import { backfillChannel, backfillStart, channelFirstStart, postsBeforeStart } from '../../core/backfill.ts';
import { namingPlanner, ThroughlineError } from '../../core/errors.ts';
import { postLanguage } from '../../core/language.ts';
import { brandLanguageNote } from '../../core/brand-language-note.ts';
import { isOnPortfolio } from '../../core/portfolio.ts';
import { pick, type Text } from '../../core/i18n/text.ts';
import { type PostDraft, planImport } from '../../core/feed/import-plan.ts';
import { readImportSource } from '../../core/feed/read-source.ts';
import { historyMessage, importSummary } from '../../core/feed/import-summary.ts';
import { keptAddressesNote } from '../../core/feed/old-addresses.ts';
import { parseFrontmatterYaml, parsePostText, serializePost, splitFrontmatter } from '../../core/post-file.ts';
import { expiryNote, expiryOf } from '../../core/moved-posts/expiry.ts';
import { unrenderedBy, unrenderedNote } from '../../core/moved-posts/hugo-build.ts';
import { POST_STATUSES, type Post, type PostStatus } from '../../core/schema/post.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { channelZone } from '../../core/slots.ts';
import { idKey } from '../../core/feed/slug.ts';
import { type MovedPost, planMove } from '../../core/moved-posts/plan.ts';
import { firstCommitDates, inGitWorkTree } from '../../store/git-dates.ts';
import { missingCoverLines, settleUnusableCover } from '../../core/moved-posts/cover.ts';
import { existingPillarsNote, folderSummary, hugoPagesNote, missingSiteImagesNote, pillarlessNote, siteRootNote } from '../../core/moved-posts/summary.ts';
import { readFeedSource } from '../../store/feed-source.ts';
import { isFolder, listImageFiles, otherMarkupFiles, readMarkdownFolder } from '../../store/markdown-folder.ts';
import { findOldSite, type UnreadableConfig } from '../../store/old-site.ts';
import { siteAddressNote } from '../../core/moved-posts/site-address-note.ts';
import { findUnshownUpdates, flagUnshownUpdates } from '../../core/update-stamps.ts';
import { createPostZoner } from '../../core/period-zones.ts';
import type { OldFeed } from '../../core/old-feeds/generators.ts';
import { feedsToKeep, keptFeedsNote } from '../../core/old-feeds/keep.ts';
import type { OldTerm } from '../../core/old-taxonomies/generators.ts';
import { keptTaxonomiesNote, taxonomiesToKeep } from '../../core/old-taxonomies/keep.ts';
import { withPages } from '../../core/old-taxonomies/pages.ts';
import { findSiteConfig, findSiteRoots } from '../../store/site-root.ts';
import { jekyllLinksBefore } from '../../store/jekyll-links.ts';
import { hexoLinksBefore } from '../../store/hexo-links.ts';
import { collectionsDirOf, hugoContentPages, readSiteFolders, siteLayoutOf, unreadMarkdown } from '../../store/site-layout.ts';
import type { Lang } from '../../core/language.ts';
import { asFolderPost, withAstroRootPaths, type ImageClash, placeMovedImages, placeSiteImages, withAliasedImages, withImagesInside, withLiquidSiteImages, withMovedCover, withSiteCover, withSiteRootImages } from '../../store/moved-images.ts';
import { placeModuleFiles, withMdxImports } from '../../store/mdx-moved-imports.ts';
import { missingImageLines, withRepairedImagePaths } from '../../store/image-path-repair.ts';
import { asDraft, draftForImagesNote, type MissingImage, missingImageList } from '../../core/moved-posts/missing-images.ts';
import { PLANNER_FILE, readPlanner, updatePlanner } from '../../store/planner-store.ts';
import { POSTS_DIR } from '../../store/post-paths.ts';
import { addPostPillar, createPost, createPostFile, listPosts } from '../../store/posts.ts';
import { shownIn, type CliContext } from '../context.ts';
import { findChannelOption } from '../channel-option.ts';
import { TYPOGRAPHIC_QUOTES, typographicQuotesHint } from '../../store/body-images.ts';
import { createProgress } from '../progress.ts';

const USAGE = { en: `usage: throughline ${synopsisOf('import')}`, zh: `用法：throughline ${synopsisOf('import')}` };

interface Options {
  source: string;
  channel: string;
  status: PostStatus;
  dryRun: boolean;
  backfill: boolean;
  /** Posts whose file gives no date take that of the commit that added the file (a folder only: refused for a feed or an export). */
  gitDates: boolean;
  pillarMap?: string;
  /** `--pillar`: the pillar of every post that neither sets its own nor gets one from the map (checked against brand.pillars). */
  pillar?: string;
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const opts = readOptions(args);
  const planner = await readPlanner(ctx.root);
  if (ctx.keep) (await import('../traditional.ts')).keepProjectWords(ctx.keep, planner);
  findChannelOption(planner, opts.channel);
  const pillarMap = opts.pillarMap === undefined ? undefined : parsePillarMap(opts.pillarMap, planner);
  if (opts.pillar !== undefined) checkPillar(opts.pillar, planner);
  if (await isFolder(opts.source)) return importFolder(planner, opts, ctx, pillarMap);
  const source = await readFeedSource(opts.source);
  if (/\.(?:md|markdown|mdx)$/i.test(opts.source) && !/^https?:\/\//i.test(opts.source)) {
    const folder = dirname(opts.source);
    throw new ThroughlineError(
      { en: 'this is a Markdown post, not a feed: import takes a folder of them', zh: '这是一篇 Markdown 文章，不是 feed：import 接受的是存放文章的文件夹' },
      { file: opts.source, hint: { en: `pass its folder: import ${folder} --channel ${opts.channel} (a re-run skips the posts that are there)`, zh: `请给出它所在的文件夹：import ${folder} --channel ${opts.channel}（再运行时会跳过已有的文章）` } },
    );
  }
  // Every other option works on every source kind; this one has nothing to read in a feed.
  if (opts.gitDates)
    throw new ThroughlineError(
      { en: "--git-dates reads the dates of a folder's files from git; a feed or an export gives its own dates", zh: '--git-dates 从 git 读取文件夹里各文件的日期；feed 和导出文件自带日期' },
      { file: opts.source, field: '--git-dates', hint: { en: 'import without --git-dates', zh: '请去掉 --git-dates 再导入' } },
    );
  const doc = readImportSource(source, opts.source);
  const { posts, problems } = await listPosts(ctx.root);
  const zone = channelZone(findChannelOption(planner, opts.channel), planner.brand);
  const plan = planImport(doc.entries, knownPosts(posts, problems), { channel: opts.channel, status: opts.status, language: doc.language, pillarMap, pillar: opts.pillar, zone });
  const drafts = plan.drafts.filter((draft) => isValidDraft(draft, ctx, opts.source));
  for (const warning of plan.warnings) ctx.stderr(`throughline: ${opts.source}: ${pick(warning, ctx.lang)}\n`);
  const written = opts.dryRun ? printDrafts(drafts, ctx) : await writeDrafts(drafts, ctx);
  ctx.stderr(`${pick(importSummary(doc, { planned: drafts.length, written, alreadyImported: plan.alreadyImported }, opts), ctx.lang)}\n`);
  const addresses = keptAddressesNote(plan.oldAddresses, opts.dryRun);
  if (addresses) ctx.stderr(`throughline: ${pick(addresses, ctx.lang)}\n`);
  if (drafts.length + plan.alreadyImported > 0) await keepOldFeeds(doc.feeds ?? [], opts, ctx);
  // The tag and category pages of the entries that are published here (a draft's tags have no page).
  const published = opts.status === 'published' ? doc.entries.filter((e) => (e.state ?? 'published') === 'published') : [];
  if (drafts.length + plan.alreadyImported > 0) await keepOldTaxonomies(published.flatMap((e) => e.oldTerms ?? []), pillarMap, opts, ctx);
  const pillarless = pillarlessNote(drafts.map((d) => d.frontmatter as { pillar?: string; tags?: string[] }), planner.brand.pillars, opts.dryRun);
  if (pillarless) ctx.stderr(`throughline: ${pick(pillarless, ctx.lang)}\n`);
  await givePillars(plan.pillars.map((p) => ({ ...p, from: opts.source })), opts, ctx);
  if (drafts.length + plan.alreadyImported > 0) sayBrandLanguage(planner, [...posts, ...drafts.map(asCounted)], ctx);
  await reportHistory(drafts, posts, planner, opts, ctx);
  // Not one entry could be read as a post (and none was imported before): bad input, exit 2
  // (shared/interfaces.md §3), so a script or CI job sees that nothing came in. A re-run that
  // finds every post already there still exits 0.
  return drafts.length === 0 && plan.alreadyImported === 0 && doc.entries.length > 0 ? 2 : 0;
}

/**
 * A folder of Markdown posts: each file copied with `channel:` added (core/moved-posts/plan.ts).
 * A file whose post would fail validation is not written and is named with its field, so that
 * the project keeps building; fixed, it is written by the next run, which skips what is there.
 */
async function importFolder(planner: Planner, opts: Options, ctx: CliContext, pillarMap: Map<string, string> | undefined): Promise<number> {
  refuseOwnPosts(opts.source, ctx.root);
  // A site's root is read as its generator reads its posts; any other folder whole.
  const layout = await siteLayoutOf(opts.source);
  // A Hugo site's content/ given itself: its single pages (about.md) are left out as from its root.
  const pages = layout ? [] : await hugoContentPages(opts.source);
  const within = (path: string) => path.slice(opts.source.replace(/[\\/]+$/, '').length + 1);
  const read = layout ? await readSiteFolders(opts.source, layout) : (await readMarkdownFolder(opts.source)).filter((f) => !pages.some((p) => (p.endsWith('/') ? within(f.path).startsWith(p) : within(f.path) === p)));
  const committed = opts.gitDates ? await firstCommitDates(opts.source) : null;
  if (opts.gitDates && !committed)
    throw new ThroughlineError(
      { en: 'this folder is not in a git repository, so --git-dates has no history to read', zh: '这个文件夹不在 git 仓库里，--git-dates 没有历史可读' },
      { file: opts.source, field: '--git-dates', hint: { en: 'give each post a date: in its frontmatter (date: 2024-05-17)', zh: '请给每篇文章写上日期：在 frontmatter 里写 date: 2024-05-17' } },
    );
  const prefix = opts.source.replace(/[\\/]+$/, '').split('\\').join('/');
  // The folder the posts are read from: the site's posts folder for a site's root.
  const postsFolder = layout ? `${prefix}/${layout.posts}` : opts.source;
  const files = read.map((f) => {
    const found = committed?.get(f.path.slice(prefix.length + 1));
    return found ? { ...f, committed: found } : f;
  });
  const { posts, problems } = await listPosts(ctx.root);
  const site = await findOldSite(postsFolder);
  // A Jekyll site's {% link %} tags name files from its folder: that folder, in the files' form.
  const jekyllConfig = site && !('unreadable' in site) && site.generator === 'jekyll' ? await findSiteConfig(postsFolder) : undefined;
  const siteRoot = jekyllConfig ? posix.normalize(posix.join(prefix, relative(resolve(process.cwd(), opts.source), jekyllConfig.dir).split(sep).join('/'))) : undefined;
  const collectionsDir = jekyllConfig ? await collectionsDirOf(jekyllConfig.file) : '';
  const linkedBefore = jekyllConfig ? await jekyllLinksBefore(files, jekyllConfig.dir, posts, collectionsDir) : undefined;
  // A Hexo post_link may name a post an earlier run moved (another folder of source/_posts).
  const hexoConfig = site && !('unreadable' in site) && site.generator === 'hexo' ? await findSiteConfig(postsFolder) : undefined;
  const hexoLinkedBefore = hexoConfig ? await hexoLinksBefore(files, hexoConfig.dir, posts) : undefined;
  const plan = planMove(
    files,
    knownPosts(posts, problems).ids,
    { channel: opts.channel, channelZone: channelZone(planner.channels.find((c) => c.id === opts.channel)!, planner.brand), status: opts.status, folder: postsFolder, root: prefix, site: site && 'unreadable' in site ? undefined : site, pillarMap, pillar: opts.pillar, images: await listImageFiles(postsFolder), ...(siteRoot ? { siteRoot, collectionsDir } : {}), ...(linkedBefore ? { linkedBefore } : {}), ...(hexoLinkedBefore?.size ? { hexoLinkedBefore } : {}) },
    new Map(posts.map((p) => [p.id, { title: p.data.title, publishedAt: p.data.publishedAt, lang: postLanguage(p.data.title, p.data.lang, p.body), translationKey: p.data.translationKey, ...(p.data.status === 'published' ? { aliases: p.data.aliases } : {}), channel: p.data.channel, ...(p.data.url ? { url: p.data.url } : {}), ...(p.data.pillar ? { pillar: p.data.pillar } : {}), original: p.data.status === 'published' && p.data.copyOf === undefined }])),
  );
  const zh = ctx.lang === 'zh';
  // The notes below say what the import does ("is copied"): in a dry run, what it would do.
  if (opts.dryRun) ctx.stderr(zh ? 'throughline: 试运行：不写入任何内容；下面每一行说的是真正导入时会做的事\n' : 'throughline: dry run: nothing is written; each line below says what a real import would do\n');
  if (pages.length > 0) ctx.stderr(`throughline: ${prefix}: ${pick(hugoPagesNote(pages), ctx.lang)}\n`);
  if (layout) {
    const note = siteRootNote({ generator: layout.generator, read: [layout.posts, ...(layout.drafts ? [layout.drafts] : [])], unread: await unreadMarkdown(opts.source, layout), source: opts.source, channel: opts.channel, ...(layout.collections ? { collections: layout.collections } : {}) });
    ctx.stderr(`throughline: ${prefix}: ${pick(note, ctx.lang)}\n`);
  }
  // The file that holds the id, as it is spelled there (.mdx, another case), not the one this would have been.
  const fileOf = new Map([...posts.map((p) => p.file), ...problems.flatMap((p) => (p.file?.startsWith(`${POSTS_DIR}/`) ? [p.file] : []))].map((f) => [idKey(f.slice(POSTS_DIR.length + 1).replace(/\.mdx?$/, '')), f]));
  // Posts written in another markup (a Pelican blog's .rst) are not read: each is named, with what to do.
  const readFolders = layout ? [layout.posts, ...(layout.drafts ? [layout.drafts] : [])].map((f) => `${prefix}/${f}`) : [opts.source];
  for (const other of (await Promise.all(readFolders.map((f) => otherMarkupFiles(f).catch(() => [])))).flat())
    ctx.stderr(
      zh
        ? `throughline: ${other.path}: 未导入：这是 ${other.format} 文件，只读取 Markdown（.md、.markdown、.mdx）；请先转换（例如 pandoc -t gfm）\n`
        : `throughline: ${other.path}: not imported: written in ${other.format}; only Markdown (.md, .markdown, .mdx) is read: convert it first (e.g. pandoc -t gfm)\n`,
    );
  // A Hexo or Jekyll config that does not parse: the posts come in, without their old addresses.
  if (site && 'unreadable' in site) ctx.stderr(`throughline: ${unreadableConfig(site.unreadable, ctx.lang)}\n`);
  for (const warning of plan.warnings) ctx.stderr(`throughline: ${opts.source}: ${pick(warning, ctx.lang)}\n`);
  for (const s of plan.skipped) ctx.stderr(`throughline: ${s.from}: ${zh ? '已跳过：' : 'skipped: '}${s.id ? `${fileOf.get(idKey(s.id)) ?? `${POSTS_DIR}/${s.id}.md`} ` : ''}${pick(s.reason, ctx.lang)}\n`);
  // The old site's roots (Jekyll's folder of _config.yml, Hexo's source/, Hugo's static/): a
  // relative cover or a site-path image may be a path from there.
  const siteFolders = { folder: postsFolder, roots: await findSiteRoots(postsFolder) };
  const settled: MovedPost[] = [];
  for (const given of plan.moves) {
    const repaired = await withRepairedImagePaths(await withLiquidSiteImages(given), siteFolders.roots);
    const planned = await withMdxImports(await withSiteRootImages(await withAliasedImages(await withAstroRootPaths(repaired)), siteFolders.roots), ctx.root);
    settled.push(await withImagesInside(await asFolderPost(await withSiteCover(ctx.root, siteFolders, await withMovedCover(settleUnusableCover(planned), siteFolders.roots)), splitFrontmatter(planned.text, planned.from).body)));
  }
  // Covers found nowhere: with several, one short line each and one line for what they share.
  const missingCovers = settled.flatMap((move) => (move.missingCover ? [{ from: move.from, cover: move.missingCover }] : []));
  const coverLines = missingCoverLines(missingCovers);
  const coverNote = new Map(missingCovers.map(({ from }, i) => [from, coverLines.notes[i]!]));
  const valid: { move: MovedPost; post: Post }[] = [];
  const claimed = new Map<string, string>();
  // The old site's image files: what a path found nowhere may have meant ("did you mean").
  const nearImages = (await Promise.all(siteFolders.roots.map((r) => listImageFiles(r.dir)))).flat();
  let draftedForImages = 0;
  // An expiryDate without offset is read as Hugo read it: in the site's timeZone, else the channel's zone.
  const expiryZone = (site && !('unreadable' in site) ? site.timeZone?.zone : undefined) ?? channelZone(planner.channels.find((c) => c.id === opts.channel)!, planner.brand);
  for (const settledMove of settled) {
    let move = settledMove;
    try {
      let post = parsePostText(move.text, move.id, move.from);
      // Hugo showed no page it was told not to render, nor one past its expiryDate; the portfolio
      // shows every published post and takes none down by date.
      const raw = post.data.status === 'published' ? parseFrontmatterYaml(splitFrontmatter(move.text, move.from).yaml, move.from) : undefined;
      const unrendered = raw && unrenderedBy(raw);
      const expiry = raw && !unrendered ? expiryOf(raw, expiryZone, ctx.now) : undefined;
      if (unrendered || expiry) {
        const draft = unrendered !== undefined || expiry!.passed;
        move = { ...move, text: draft ? asDraft(move.text, move.from) : move.text, notes: [...move.notes, unrendered ? unrenderedNote(unrendered) : expiryNote(expiry!)] };
        post = parsePostText(move.text, move.id, move.from);
      }
      const { missing, outside, clashes, placed } = await placeMovedImages(ctx.root, move, post.body, { dryRun: true, claimed });
      if (outside.length > 0 && post.data.status === 'published') throw imagesOutside(move, outside);
      if (clashes.length > 0) throw imageClashes(move, clashes);
      const lines = missing.length > 0 ? await missingImageLines(move.from, missing, nearImages) : [];
      // A published post's missing image stops the build (body-images.ts): the post comes in as a
      // draft, the path as written (before, the whole post was left out for one bad path).
      if (missing.length > 0 && post.data.status === 'published') {
        move = { ...move, text: asDraft(move.text, move.from), notes: [...move.notes, draftForImagesNote(missing.length)] };
        post = parsePostText(move.text, move.id, move.from);
        draftedForImages++;
      }
      for (const [to, from] of placed) claimed.set(to, from);
      valid.push({ move, post });
      for (const note of move.notes) ctx.stderr(`throughline: ${move.from}: ${pick(note, ctx.lang)}\n`);
      const coverMissing = coverNote.get(move.from);
      if (coverMissing) ctx.stderr(`throughline: ${move.from}: ${pick(coverMissing, ctx.lang)}\n`);
      if (missing.length > 0) ctx.stderr(`throughline: ${missingImages(move, lines).format(ctx.lang, ctx.shown)}\n`);
      if (outside.length > 0) ctx.stderr(`throughline: ${imagesOutside(move, outside).format(ctx.lang, ctx.shown)}\n`);
    } catch (error) {
      if (!(error instanceof ThroughlineError)) throw error;
      ctx.stderr(`throughline: ${zh ? '未导入：' : 'not imported: '}${error.format(ctx.lang, ctx.shown)}\n`);
    }
  }
  if (coverLines.closing) ctx.stderr(`throughline: ${pick(coverLines.closing, ctx.lang)}\n`);
  const progress = createProgress(zh ? '正在导入' : 'importing', opts.dryRun ? 0 : valid.length, ctx);
  const sitePlaced = new Set<string>();
  const listed = new Map<string, string>(); // a dry run copies nothing: an image two posts share is listed once all the same
  let withMissingImages = 0;
  for (const { move, post } of valid) {
    const file = opts.dryRun ? `${POSTS_DIR}/${move.id}.${move.ext}` : (await createPostFile(ctx.root, move.id, move.text, move.ext)).file;
    const { copied, placed } = await placeMovedImages(ctx.root, move, post.body, { dryRun: opts.dryRun, claimed: listed });
    for (const [to, from] of placed) listed.set(to, from);
    const site = await placeSiteImages(ctx.root, siteFolders, post.body, move.from, { dryRun: opts.dryRun, listed: sitePlaced, cover: move.siteCover });
    copied.push(...site.copied);
    const modules = await placeModuleFiles(ctx.root, move, POSTS_DIR, { dryRun: opts.dryRun });
    copied.push(...modules.copied);
    for (const kept of modules.kept)
      ctx.stderr(zh ? `throughline: ${move.from}: ${kept} 已存在且内容不同：未覆盖\n` : `throughline: ${move.from}: ${kept} is there already with other content: not replaced\n`);
    if (ctx.isTTY) progress.clear();
    ctx.stdout(`${[file, ...copied].map((f) => shownIn(ctx, f)).join('\n')}\n`);
    // Kept as written: check and the build warn of them (missing-image) once the post is on the site; the import says so first.
    if (site.missing.length > 0) {
      withMissingImages++;
      ctx.stderr(`throughline: ${move.from}: ${pick(missingSiteImagesNote(site.missing, isOnPortfolio(post, planner, ctx.now)), ctx.lang)}\n`);
    }
    if (!opts.dryRun) progress.tick();
  }
  progress.done();
  const n = {
    files: files.length,
    written: valid.length,
    already: plan.skipped.filter((s) => s.id).length,
    failed: plan.moves.length - valid.length,
    noteBoxes: valid.reduce((sum, { move }) => sum + move.converted.noteBoxes, 0),
    assetTags: valid.reduce((sum, { move }) => sum + move.converted.assetTags, 0),
    figures: valid.reduce((sum, { move }) => sum + move.converted.figures, 0),
    mathSpans: valid.reduce((sum, { move }) => sum + (move.converted.mathSpans ?? 0), 0),
    withoutCover: valid.filter(({ move }) => move.droppedCover !== undefined).length,
    withMissingImages,
  };
  ctx.stderr(`${pick(folderSummary(n, opts), ctx.lang)}\n`);
  if (n.written + n.already > 0) await keepOldFeeds(site && !('unreadable' in site) ? (site.feeds ?? []) : [], opts, ctx);
  if (n.written + n.already > 0) await keepOldTaxonomies(plan.terms ?? [], pillarMap, opts, ctx);
  const addressNote = n.written > 0 ? siteAddressNote(site && !('unreadable' in site) ? site : undefined) : null;
  if (addressNote) ctx.stderr(`throughline: ${pick(addressNote, ctx.lang)}\n`);
  // .mdx posts that import what this project has not: each named above, with what to do.
  const importDrafts = valid.filter(({ move }) => move.unresolvedImports).length;
  if (importDrafts > 0)
    ctx.stderr(
      zh
        ? `throughline: ${importDrafts} 篇 .mdx 文章因为 import 了本项目没有的东西而作为草稿导入（见上文）：check 会提示 unresolved-import，直到它们的 import 都能找到\n`
        : `throughline: ${importDrafts} .mdx post${importDrafts === 1 ? ' came in as a draft for its imports' : 's came in as drafts for their imports'} (named above): check warns unresolved-import until each import names a file or installed package\n`,
    );
  if (draftedForImages > 0)
    ctx.stderr(
      zh
        ? `throughline: ${draftedForImages} 篇已发布的文章因为有图片找不到而${opts.dryRun ? '将' : ''}作为草稿导入（见上文）：图片放好或路径改正后，请在${draftedForImages === 1 ? '它' : '每篇'}里把 status 改为 published\n`
        : `throughline: ${draftedForImages} published post${draftedForImages === 1 ? '' : 's'} ${opts.dryRun ? 'would come' : 'came'} in as ${draftedForImages === 1 ? 'a draft for its images' : 'drafts for their images'} found nowhere (named above): set status: published in ${draftedForImages === 1 ? 'it' : 'each'} once its images are there\n`,
    );
  // Update dates the site will not show (a linter's stamp): said now, in the files' names, as check says them later.
  const unshown = findUnshownUpdates(valid.map(({ post }) => post).filter((p) => p.data.status === 'published'), createPostZoner(planner));
  for (const flag of flagUnshownUpdates(unshown, ctx.lang)) ctx.stderr(`throughline: ${flag.message}${ctx.lang === 'zh' ? '；' : '; '}${flag.hint}\n`);
  const pillarless = pillarlessNote(valid.map(({ move, post }) => ({ ...post.data, folders: move.folders })), planner.brand.pillars, opts.dryRun);
  if (pillarless) ctx.stderr(`throughline: ${pick(pillarless, ctx.lang)}\n`);
  await givePillars(plan.skipped.flatMap((s) => (s.id && s.pillar ? [{ from: s.from, id: s.id, ...s.pillar }] : [])), opts, ctx);
  // Posts made drafts for want of a date, in a folder git keeps: the history knows when each was added.
  const undated = valid.filter(({ move }) => move.undated).length;
  if (undated > 0 && !opts.gitDates && (await inGitWorkTree(opts.source)))
    ctx.stderr(
      zh
        ? `throughline: ${undated} 篇文章没有日期，作为草稿导入。这个文件夹在 git 仓库里：加上 --git-dates 再导入，每篇取加入它的那次提交的日期（请先删掉这次导入的草稿）\n`
        : `throughline: ${undated} post${undated === 1 ? '' : 's'} gave no date, so ${undated === 1 ? 'it is a draft' : 'they are drafts'}. This folder is in a git repository: import with --git-dates to give each the date of the commit that added its file (remove these drafts first)\n`,
    );
  // Else what to do with them, once for the folder (each file's line says only that it is a draft).
  else if (undated > 0)
    ctx.stderr(
      zh
        ? `throughline: ${undated} 篇文章没有日期，作为草稿导入：发布后请在${undated === 1 ? '它' : '每篇'}里填写 publishedAt 并把 status 改为 published\n`
        : `throughline: ${undated} post${undated === 1 ? '' : 's'} gave no date, so ${undated === 1 ? 'it is a draft: set publishedAt and status: published in it' : 'they are drafts: set publishedAt and status: published in each'} once it is out\n`,
    );
  if (opts.gitDates && committed) {
    const untracked = read.filter((f) => !committed.has(f.path.slice(prefix.length + 1))).length;
    if (untracked > 0)
      ctx.stderr(zh ? `throughline: --git-dates：${untracked} 个文件不在 git 历史里（还没有提交），没有日期可取\n` : `throughline: --git-dates: ${untracked} file${untracked === 1 ? ' is' : 's are'} in no commit yet, so git gives ${untracked === 1 ? 'it' : 'them'} no date\n`);
  }
  if (n.written + n.already > 0) sayBrandLanguage(planner, [...posts, ...valid.map(({ post }) => post)], ctx);
  const drafts = valid.map(({ move, post }) => ({ id: move.id, file: `${POSTS_DIR}/${move.id}.${move.ext}`, body: '', frontmatter: { status: post.data.status, publishedAt: post.data.publishedAt } }));
  await reportHistory(drafts, posts, planner, opts, ctx);
  // Not one file could be imported (and none was there before): bad input, exit 2, as for a feed.
  return n.written === 0 && n.already === 0 && n.files > 0 ? 2 : 0;
}

/** Says once, on content/planner.json, that the portfolio's language is not that of most posts (brandLanguageNote). */
function sayBrandLanguage(planner: Planner, posts: Parameters<typeof brandLanguageNote>[1], ctx: CliContext): void {
  const note = brandLanguageNote(planner.brand, posts);
  if (note) ctx.stderr(`throughline: ${shownIn(ctx, PLANNER_FILE)}: ${pick(note, ctx.lang)}\n`);
}

/** A feed entry's draft as brandLanguageNote counts it. */
function asCounted(draft: PostDraft): { body: string; data: { title: string; status: string; lang?: string } } {
  const { title, status, lang } = draft.frontmatter as { title?: unknown; status?: unknown; lang?: unknown };
  return { body: draft.body, data: { title: String(title ?? ''), status: String(status ?? ''), ...(typeof lang === 'string' ? { lang } : {}) } };
}

/**
 * Records the old site's feed addresses that this site does not serve yet in
 * `portfolio.feedAliases` (not in a dry run), and says in one line which are kept and how.
 */
async function keepOldFeeds(feeds: OldFeed[], opts: Options, ctx: CliContext): Promise<void> {
  const kept = feedsToKeep(feeds, (await readPlanner(ctx.root)).portfolio?.feedAliases);
  if (kept.add.length > 0 && !opts.dryRun)
    await updatePlanner(ctx.root, (p) => {
      const portfolio = (p.portfolio ??= {});
      portfolio.feedAliases = [...(portfolio.feedAliases ?? []), ...feedsToKeep(feeds, portfolio.feedAliases).add.map((f) => ({ path: f.path, format: f.format }))];
    });
  const note = keptFeedsNote(kept, opts.dryRun);
  if (note) ctx.stderr(`throughline: ${namingPlanner(pick(note, ctx.lang), ctx.shown)}\n`);
}

/**
 * Records the old site's tag and category page addresses (and their later pages: pages.ts) that differ from the pages here in
 * `portfolio.taxonomyAliases` (not in a dry run), each naming its tag, or the pillar `pillarMap`
 * makes of it, and says in one line how many are kept.
 */
async function keepOldTaxonomies(terms: OldTerm[], pillarMap: Map<string, string> | undefined, opts: Options, ctx: CliContext): Promise<void> {
  const all = withPages(terms);
  const kept = taxonomiesToKeep(all, (await readPlanner(ctx.root)).portfolio?.taxonomyAliases, pillarMap);
  if (kept.add.length > 0 && !opts.dryRun)
    await updatePlanner(ctx.root, (p) => {
      const portfolio = (p.portfolio ??= {});
      portfolio.taxonomyAliases = [...(portfolio.taxonomyAliases ?? []), ...taxonomiesToKeep(all, portfolio.taxonomyAliases, pillarMap).add.map((a) => ({ ...a }))];
    });
  const note = keptTaxonomiesNote(kept, opts.dryRun);
  if (note) ctx.stderr(`throughline: ${namingPlanner(pick(note, ctx.lang), ctx.shown)}\n`);
}

/**
 * Refuses a folder that is, lies in or holds this project's content/posts: its posts would be
 * copied over themselves as new posts of the channel (each one twice on the site).
 */
function refuseOwnPosts(folder: string, root: string): void {
  const posts = resolve(root, POSTS_DIR);
  const dir = resolve(process.cwd(), folder);
  const inside = (a: string, b: string) => !relative(a, b).startsWith('..') && !isAbsolute(relative(a, b));
  if (inside(posts, dir) || inside(dir, posts))
    throw new ThroughlineError(
      { en: `this folder is this project's own ${POSTS_DIR}, lies in it or holds it: its posts are here already`, zh: `这个文件夹是本项目自己的 ${POSTS_DIR}，或在其中，或包含它：其中的文章已经在这里了` },
      { file: folder, hint: { en: "pass the other site's posts folder, e.g. Hexo's source/_posts, Hugo's content/posts or Jekyll's _posts", zh: '请给出另一个网站存放文章的文件夹，例如 Hexo 的 source/_posts、Hugo 的 content/posts 或 Jekyll 的 _posts' } },
    );
}

/** What to say of a site config that does not parse (store/old-site.ts): where, and that the old addresses are then unknown. */
function unreadableConfig({ file, at, reason, format = 'YAML', notUtf8 }: UnreadableConfig['unreadable'], lang: Lang): string {
  if (notUtf8) {
    return new ThroughlineError(
      {
        en: `${pick(notUtf8.message, 'en')}; its permalink: is not known, so the posts keep no alias of their old addresses`,
        zh: `${pick(notUtf8.message, 'zh')}；不知道其中的 permalink:，所以文章不会保留旧地址的别名`,
      },
      { file, hint: notUtf8.hint },
    ).format(lang);
  }
  const error = new ThroughlineError(
    {
      en: `could not be read: not valid ${format}${at ? ` at line ${at.line}, column ${at.column}` : ''} (${reason}); its permalink: is not known, so the posts keep no alias of their old addresses`,
      zh: `无法读取：不是有效的 ${format}${at ? `，在第 ${at.line} 行第 ${at.column} 列` : ''}（${reason}）；不知道其中的 permalink:，所以文章不会保留旧地址的别名`,
    },
    { file, hint: { en: `fix the ${format} there and import again (the posts already imported are skipped: remove them first to get their aliases)`, zh: `请修正该处的 ${format} 后重新导入（已导入的文章会被跳过：想要它们的别名请先删掉它们）` } },
  );
  return error.format(lang);
}

/**
 * What import says of a moved post's images found neither beside it nor in its Hexo asset folder
 * (nor through a tsconfig.json that did not parse: then named), each with its line and the file it may have meant.
 */
function missingImages(move: MovedPost, missing: MissingImage[]): ThroughlineError {
  const list = missingImageList(missing);
  const folder = move.from.replace(/\.(?:md|markdown|mdx)$/i, '/');
  const aliases = move.unreadableAliases;
  const curly = missing.find((m) => TYPOGRAPHIC_QUOTES.test(m.url));
  return new ThroughlineError(
    {
      en: `${missing.length === 1 ? 'image' : 'images'} ${list.en} not found beside the file or in ${folder}: kept as written${aliases ? `; ${aliases.en}` : ''}`,
      zh: `找不到图片 ${list.zh}：文件旁边和 ${folder} 里都没有，路径保持原样${aliases ? `；${aliases.zh}` : ''}`,
    },
    {
      file: move.from,
      field: 'body',
      // One whose quotes are curly (src=”a.jpg”) is, most often, an example pasted as text: that comes first.
      hint: curly
        ? typographicQuotesHint(curly.url)
        : {
            en: `copy the image beside ${POSTS_DIR}/${move.id}.${move.ext} or fix the path there (or use a full https:// URL)`,
            zh: `请把图片复制到 ${POSTS_DIR}/${move.id}.${move.ext} 旁边，或在那里改正路径（或改用完整的 https:// 地址）`,
          },
    },
  );
}

/** The error for a moved post's images whose path, read beside the new post, leaves content/posts/ (the site serves none there). */
function imagesOutside(move: MovedPost, outside: ImageClash[]): ThroughlineError {
  const list = outside.map((o) => `"${o.url}" would be copied to ${o.file}`).join(', ');
  const zh = outside.map((o) => `"${o.url}" 会被复制到 ${o.file}`).join('，');
  return new ThroughlineError(
    { en: `${outside.length === 1 ? 'image' : 'images'} ${list}, outside ${POSTS_DIR}/, where the site serves no image`, zh: `图片 ${zh}，在 ${POSTS_DIR}/ 之外，网站不会提供那里的图片` },
    {
      file: move.from,
      field: 'body',
      hint: { en: 'copy the image beside the post and link it by its name (![alt](c.png)), then run the import again', zh: '把图片复制到文章旁边，并用文件名引用它（![说明](c.png)），然后再运行一次导入' },
    },
  );
}

/** The error for a moved post's images whose place beside it holds another image of that name. */
function imageClashes(move: MovedPost, clashes: ImageClash[]): ThroughlineError {
  const list = clashes.map((c) => `"${c.url}"`).join(', ');
  const places = clashes.map((c) => c.file).join(', ');
  return new ThroughlineError(
    {
      en: `${clashes.length === 1 ? 'image' : 'images'} ${list} would go to ${places}, which another post's image of the same name takes`,
      zh: `图片 ${list} 应放到 ${places}，但那里已是另一篇文章的同名图片`,
    },
    {
      file: move.from,
      field: 'body',
      hint: { en: 'rename the image in the source folder and in the post, then run the import again', zh: '在原文件夹里给图片改名，并改正文章里的路径，然后再运行一次导入' },
    },
  );
}

/**
 * Without --backfill, says how many of the published posts this import brings fall before the
 * channel's start (none: nothing said, whatever an earlier import left there). The start it
 * names, and the one --backfill moves to, is that of the earliest published post of the channel,
 * an earlier import's included, so that re-running an import with --backfill as the message
 * says does what it says.
 */
async function reportHistory(drafts: (PostDraft & { file?: string })[], existing: Post[], planner: Planner, opts: Options, ctx: CliContext): Promise<void> {
  const channel = planner.channels.find((c) => c.id === opts.channel)!;
  const zone = channelZone(channel, planner.brand);
  const imported = drafts.flatMap((d) => (d.frontmatter.status === 'published' && typeof d.frontmatter.publishedAt === 'string' ? [{ publishedAt: d.frontmatter.publishedAt, file: d.file ?? `${POSTS_DIR}/${d.id}.md` }] : []));
  const earlier = existing.flatMap((p) => (p.data.channel === channel.id && p.data.status === 'published' && p.data.publishedAt ? [{ publishedAt: p.data.publishedAt, file: p.file }] : []));
  const early = postsBeforeStart(channel, [...imported, ...earlier], zone);
  const brought = opts.backfill ? early.length : postsBeforeStart(channel, imported, zone).length;
  if (brought === 0) return;
  const first = channelFirstStart(channel);
  const to = backfillStart(channel, early[0]!.date, zone);
  const message = historyMessage({ channel: channel.id, count: brought, first, to, firstPost: early[0]!.date, lastPost: early.at(-1)!.date, posts: early.map((p) => ({ date: p.date, file: shownIn(ctx, p.post.file) })) }, opts);
  if (opts.backfill && !opts.dryRun)
    await updatePlanner(ctx.root, (p) => {
      const i = p.channels.findIndex((c) => c.id === channel.id);
      p.channels[i] = backfillChannel(p.channels[i]!, to, { zone, until: ctx.now });
    });
  ctx.stderr(`${namingPlanner(pick(message, ctx.lang), ctx.shown)}\n`);
}

function readOptions(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    options: parseOptionsOf('import'),
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1)
    throw new ThroughlineError(
      positionals.length ? { en: 'expected one feed file or URL', zh: '只能给一个 feed 文件或网址' } : { en: 'which feed? pass a file or URL', zh: '哪个 feed？请给出文件或网址' },
      { field: 'FILE|URL', hint: USAGE },
    );
  if (!values.channel) throw new ThroughlineError({ en: 'which channel do these posts belong to?', zh: '这些文章属于哪个渠道？' }, { field: '--channel', hint: USAGE });
  if (!(POST_STATUSES as readonly string[]).includes(values.status))
    throw new ThroughlineError(
      { en: `"${values.status}" is not a status`, zh: `"${values.status}" 不是有效的状态` },
      { field: '--status', hint: { en: `use one of: ${POST_STATUSES.join(', ')}`, zh: `请使用以下之一：${POST_STATUSES.join(', ')}` } },
    );
  return {
    source: positionals[0]!,
    channel: values.channel.normalize('NFC'),
    status: values.status as PostStatus,
    dryRun: values['dry-run'],
    backfill: values.backfill,
    gitDates: values['git-dates'],
    pillarMap: values['pillar-map'],
    pillar: values.pillar?.normalize('NFC'),
  };
}

/** Refuses a `--pillar` that is not one of the brand's pillar ids. */
function checkPillar(pillar: string, planner: Planner): void {
  const ids = planner.brand.pillars.map((p) => p.id);
  if (!ids.includes(pillar))
    throw new ThroughlineError(
      { en: `there is no pillar "${pillar}"`, zh: `支柱 "${pillar}" 不存在` },
      { file: PLANNER_FILE, field: '--pillar', hint: { en: `use one of the brand's pillars: ${ids.join(', ')}`, zh: `请使用品牌的支柱之一：${ids.join(', ')}` } },
    );
}

/**
 * `"Recipes=recipes,Photos=photos"` (or 食谱＝recipes，摄影=photos) -> category (lower case) -> pillar id, each pillar checked
 * against planner.json; a map with no pair (`""`) is refused rather than importing without pillars.
 */
function parsePillarMap(text: string, planner: Planner): Map<string, string> {
  const ids = planner.brand.pillars.map((p) => p.id);
  const map = new Map<string, string>();
  // A Chinese keyboard types the full-width comma, enumeration comma and equals sign (，、＝):
  // read as one pair, "articles=写作练习，note=读书笔记" mapped a category no post has.
  for (const pair of text.replaceAll('＝', '=').split(/[,，、]/).filter((p) => p.trim())) {
    const at = pair.lastIndexOf('=');
    const [category, pillar] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (at < 0 || !category || !pillar)
      throw new ThroughlineError(
        { en: `"${pair.trim()}" is not Category=pillar`, zh: `"${pair.trim()}" 不符合“分类=支柱”的格式` },
        { field: '--pillar-map', hint: { en: 'e.g. --pillar-map "Recipes=recipes,Photos=photos"', zh: '例如 --pillar-map "食谱=recipes,摄影=photos"' } },
      );
    if (!ids.includes(pillar))
      throw new ThroughlineError(
        { en: `there is no pillar "${pillar}" (for the category "${category}")`, zh: `分类 "${category}" 对应的支柱 "${pillar}" 不存在` },
        {
          file: PLANNER_FILE,
          field: '--pillar-map',
          hint: { en: `use one of the brand's pillars: ${ids.join(', ')}`, zh: `请使用品牌的支柱之一：${ids.join(', ')}` },
        },
      );
    map.set(category.toLowerCase(), pillar);
  }
  if (map.size === 0)
    throw new ThroughlineError(
      { en: 'it maps no category: give at least one Category=pillar', zh: '其中没有任何分类：请至少写一项“分类=支柱”' },
      { field: '--pillar-map', hint: { en: 'e.g. --pillar-map "Recipes=recipes,Photos=photos"', zh: '例如 --pillar-map "食谱=recipes,摄影=photos"' } },
    );
  return map;
}

/**
 * A re-run with --pillar-map or --pillar: each post already here that the source file or entry
 * it came from gives a pillar (`from`, with the `note` saying whence) gets a `pillar:` line,
 * unless it names a pillar of its own (store/posts.ts addPostPillar); one line per post given
 * one or left for its file, then the counts.
 */
async function givePillars(items: { from: string; id: string; pillar: string; note: Text }[], opts: Options, ctx: CliContext): Promise<void> {
  if (items.length === 0) return;
  const zh = ctx.lang === 'zh';
  const given = new Map<string, number>();
  let own = 0;
  let kept = 0;
  const seen = new Set<string>();
  for (const item of items) {
    // Two source files may be the one post here (a draft beside it): it is given one pillar once.
    if (seen.has(idKey(item.id))) continue;
    seen.add(idKey(item.id));
    try {
      const { file, done } = await addPostPillar(ctx.root, item.id, item.pillar, { dryRun: opts.dryRun });
      const shown = shownIn(ctx, file);
      if (done === 'same') continue;
      if (done === 'own-pillar') own++;
      else if (done === 'unreadable') {
        kept++;
        ctx.stderr(
          zh
            ? `throughline: ${shown}: 已经存在，但它的 frontmatter 无法只加一行 pillar:：保持原样；请在其中写上 pillar: ${item.pillar}\n`
            : `throughline: ${shown}: already there, but its frontmatter cannot take a pillar: line alone: left as it is; set pillar: ${item.pillar} in it\n`,
        );
      } else {
        given.set(item.pillar, (given.get(item.pillar) ?? 0) + 1);
        ctx.stderr(`throughline: ${item.from}: ${shown} ${zh ? `已经存在，${opts.dryRun ? '将写入 ' : '已写入 '}` : `already there, ${opts.dryRun ? 'would get' : 'gets'} `}${pick(item.note, ctx.lang)}\n`);
      }
    } catch (error) {
      if (!(error instanceof ThroughlineError)) throw error;
      kept++;
      ctx.stderr(`throughline: ${error.format(ctx.lang, ctx.shown)}\n`);
    }
  }
  const note = existingPillarsNote({ given, own, kept }, opts.dryRun);
  if (note) ctx.stderr(`throughline: ${pick(note, ctx.lang)}\n`);
}

/** Ids, urls and guids already taken, and each post's title, channel and date; a post file that fails validation still holds its id. */
function knownPosts(posts: Post[], problems: ThroughlineError[]) {
  const brokenIds = problems.flatMap((p) => (p.file?.startsWith(`${POSTS_DIR}/`) ? [p.file.slice(POSTS_DIR.length + 1).replace(/\.mdx?$/, '')] : []));
  return {
    ids: [...posts.map((p) => p.id), ...brokenIds],
    urls: posts.flatMap((p) => (p.data.url ? [p.data.url] : [])),
    guids: posts.flatMap((p) => (typeof p.data.guid === 'string' ? [p.data.guid] : [String(p.data.guid ?? '')].filter(Boolean))),
    posts: posts.map((p) => ({
      id: p.id,
      ...(p.data.url ? { url: p.data.url } : {}),
      ...(p.data.guid !== undefined && p.data.guid !== null && String(p.data.guid) ? { guid: String(p.data.guid) } : {}),
      // A post written by hand, which has neither, is matched by these (core/feed/same-post.ts).
      title: p.data.title,
      channel: p.data.channel,
      ...(p.data.publishedAt ? { publishedAt: String(p.data.publishedAt) } : {}),
      // An entry of another channel with its title and text is its copy (copiedPosts).
      status: p.data.status,
      body: p.body,
      ...(p.data.copyOf !== undefined ? { copyOf: p.data.copyOf } : {}),
      ...(p.data.pillar !== undefined ? { pillar: p.data.pillar } : {}),
    })),
  };
}

function isValidDraft(draft: PostDraft, ctx: CliContext, source: string): boolean {
  const file = `${POSTS_DIR}/${draft.id}.md`;
  try {
    parsePostText(serializePost(draft.frontmatter, draft.body), draft.id, file);
    return true;
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    ctx.stderr(`throughline: ${source}: "${String(draft.frontmatter.title)}": ${ctx.lang === 'zh' ? '已跳过' : 'skipped'}: ${error.format(ctx.lang, ctx.shown)}\n`);
    return false;
  }
}

function printDrafts(drafts: PostDraft[], ctx: CliContext): number {
  for (const draft of drafts) ctx.stdout(`${shownIn(ctx, `${POSTS_DIR}/${draft.id}.md`)}\n`);
  return drafts.length;
}

async function writeDrafts(drafts: PostDraft[], ctx: CliContext): Promise<number> {
  const progress = createProgress(ctx.lang === 'zh' ? '正在导入' : 'importing', drafts.length, ctx);
  for (const draft of drafts) {
    const { file } = await createPost(ctx.root, draft.id, { frontmatter: draft.frontmatter, body: draft.body, ext: 'md' });
    if (ctx.isTTY) progress.clear();
    ctx.stdout(`${shownIn(ctx, file)}\n`);
    progress.tick();
  }
  progress.done();
  return drafts.length;
}
