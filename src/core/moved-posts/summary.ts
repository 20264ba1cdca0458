/** The last line of a folder import, in both languages. */
import { countOf, type Text } from '../i18n/text.ts';
import { isCatchAll } from '../feed/pillar-map.ts';
import { guessPillar, type PillarWords } from './pillar-guess.ts';

/**
 * `imported 76 of 78 Markdown files into "blog"; 1 already there; 1 not imported (see above)`:
 * `files` found, `written` (or listed, on a dry run), `already` skipped because their post
 * exists, `failed` refused by validation; the rest were skipped with a line of their own.
 * `noteBoxes`, `assetTags` and `figures`: how many Hexo note boxes and asset tags and Hugo figure shortcodes of the written posts
 * became Markdown; `mathSpans`, how many kramdown span `$$x$$` became `$x$` (kramdown-math.ts). `withoutCover`: written posts whose relative cover the source folder lacks (moved-posts/cover.ts).
 * `withMissingImages`: written posts whose body shows a site-path image found nowhere (missingSiteImagesNote).
 */
export function folderSummary(
  n: { files: number; written: number; already: number; failed: number; noteBoxes?: number; assetTags?: number; figures?: number; mathSpans?: number; withoutCover?: number; withMissingImages?: number },
  opts: { channel: string; dryRun: boolean },
): Text {
  const files = countOf(n.files, ['Markdown file', 'Markdown files'], '个 Markdown 文件');
  const boxes = countOf(n.noteBoxes ?? 0, ['Hexo note box', 'Hexo note boxes'], '个 Hexo 提示框');
  const tags = countOf(n.assetTags ?? 0, ['Hexo asset tag', 'Hexo asset tags'], '个 Hexo 资源标签');
  const figures = countOf(n.figures ?? 0, ['Hugo figure shortcode', 'Hugo figure shortcodes'], '个 Hugo figure 短代码');
  const spans = countOf(n.mathSpans ?? 0, ['$$…$$ inside a sentence', '$$…$$ inside sentences'], '处句中的 $$…$$');
  const converted = [...(n.noteBoxes ? [boxes] : []), ...(n.assetTags ? [tags] : []), ...(n.figures ? [figures] : [])];
  const other = n.files - n.written - n.already - n.failed;
  const en =
    `${opts.dryRun ? 'dry run: would import' : 'imported'} ${n.written} of ${files.en} into "${opts.channel}"` +
    `${n.already ? `; ${n.already} already there` : ''}${n.failed ? `; ${n.failed} not imported (see above: fix them there and run the import again)` : ''}` +
    `${other ? `; ${other} skipped (see above)` : ''}` +
    `${n.withoutCover ? `; ${n.withoutCover} ${opts.dryRun ? 'would be ' : ''}imported without ${n.withoutCover === 1 ? 'its cover' : 'their covers'}, not found or not an image the site can serve (see above)` : ''}` +
    `${n.withMissingImages ? `; ${n.withMissingImages} with images not found (see above)` : ''}` +
    `${converted.length ? `; ${opts.dryRun ? 'would convert' : 'converted'} ${converted.map((c) => c.en).join(' and ')} to Markdown (see above)` : ''}` +
    `${n.mathSpans ? `; ${opts.dryRun ? 'would write' : 'wrote'} ${spans.en} as $…$, inline math as the old site's Markdown read ${n.mathSpans === 1 ? 'it' : 'them'} (see above)` : ''}${opts.dryRun ? '; nothing was written' : ''}`;
  const zh =
    `${opts.dryRun ? '试运行：将' : '已'}把 ${files.zh}中的 ${n.written} 个导入渠道 "${opts.channel}"` +
    `${n.already ? `；${n.already} 个已经存在` : ''}${n.failed ? `；${n.failed} 个未导入（见上文：在原处改好后再运行一次导入）` : ''}` +
    `${other ? `；已跳过 ${other} 个（见上文）` : ''}` +
    `${n.withoutCover ? `；${n.withoutCover} 个${opts.dryRun ? '将' : '已'}在没有封面的情况下导入：封面找不到，或不是网站能提供的图片（见上文）` : ''}` +
    `${n.withMissingImages ? `；${n.withMissingImages} 篇有图片找不到（见上文）` : ''}` +
    `${converted.length ? `；${opts.dryRun ? '将把' : '已把'} ${converted.map((c) => c.zh).join('和 ')}改为 Markdown（见上文）` : ''}` +
    `${n.mathSpans ? `；${opts.dryRun ? '将把' : '已把'} ${spans.zh}改写为 $…$，即旧网站的 Markdown 读出的行内公式（见上文）` : ''}${opts.dryRun ? '；没有写入任何内容' : ''}`;
  return { en, zh };
}

/**
 * What import says of a moved post whose body shows images by site paths (`/assets/a.png`) that
 * neither public/ nor the old site's folders hold (`missing`, in the body's order, each with the
 * files looked for): they are kept as written, and check and the build warn of them
 * (missing-image) until each is under public/, once the post is on the site (`published`
 * false: a draft, or a post dated later). One line for the post, field `body`; with several
 * images, the places looked for are the first one's.
 */
export function missingSiteImagesNote(missing: { url: string; lookedFor: string[] }[], published = true): Text {
  const urls = listOf(missing.map((m) => m.url));
  const looked = listOf(missing[0]!.lookedFor);
  const publicFile = missing[0]!.lookedFor[0]!;
  // check raises missing-image for the posts on the site only (store/file-flags.ts): a draft's, once it is published.
  const once = published ? { en: '', zh: '' } : { en: 'once the post is published, ', zh: '文章发布后，' };
  if (missing.length === 1)
    return {
      en: `body: image ${urls.en} was not found (looked for ${looked.en}): kept as written; ${once.en}check and the build warn missing-image until it is at ${publicFile}`,
      zh: `body：找不到图片 ${urls.zh}（找过 ${looked.zh}）：已按原样保留；${once.zh}在它放到 ${publicFile} 之前，check 和构建会给出 missing-image 警告`,
    };
  return {
    en: `body: images ${urls.en} were not found (looked for each as for the first: ${looked.en}): kept as written; ${once.en}check and the build warn missing-image until each is at its path under public/ (the first at ${publicFile})`,
    zh: `body：找不到图片 ${urls.zh}（每张都像第一张那样找过：${looked.zh}）：已按原样保留；${once.zh}在每张放到 public/ 下的对应路径（第一张是 ${publicFile}）之前，check 和构建会给出 missing-image 警告`,
  };
}

/** `items` as a sentence's list: `a, b and c` (`a、b 和 c`). */
function listOf(items: string[]): Text {
  const head = items.slice(0, -1);
  return head.length === 0 ? { en: items.join(''), zh: items.join('') } : { en: `${head.join(', ')} and ${items.at(-1)}`, zh: `${head.join('、')} 和 ${items.at(-1)}` };
}

/**
 * What import says when it is given a site's root (store/site-layout.ts): which folders of it it
 * reads (`read`, from the root: `_posts/`), what else there holds Markdown (`unread`, at most
 * five named, then a count) and, when one of those is a folder, how to import it: the folder
 * passed by name (`source` as given, `channel` the import's).
 */
export function siteRootNote(site: { generator: string; read: string[]; unread: string[]; source: string; channel: string; collections?: { folder: string; documents: number }[] }): Text {
  const read = site.read.map((r) => `${r}/`);
  const collections = collectionsPart(site.collections ?? [], site.source.replace(/[\\/]+$/, ''), site.channel);
  const shown = site.unread.slice(0, 5);
  const more = site.unread.length - shown.length;
  // A Jekyll `_posts` folder left out holds posts the site published: the one to name first.
  const folder = site.unread.find((u) => u.endsWith('/_posts/')) ?? site.unread.find((u) => u.endsWith('/'));
  const command = folder ? `import ${site.source.replace(/[\\/]+$/, '')}/${folder.slice(0, -1)} --channel ${site.channel}` : '';
  const en =
    `${/^[AEIOU]/.test(site.generator) ? 'an' : 'a'} ${site.generator} site: importing ${read.join(' and ')}` +
    (collections ? `; ${collections.en}` : '') +
    (shown.length ? `; not read: ${shown.join(', ')}${more ? ` and ${more} more` : ''}` : '') +
    (folder ? ` (to import one of those folders, pass it: ${command})` : '');
  const zh =
    `这是 ${site.generator} 网站：导入 ${read.join(' 和 ')}` +
    (collections ? `；${collections.zh}` : '') +
    (shown.length ? `；未读取：${shown.join('、')}${more ? ` 等 ${site.unread.length} 项` : ''}` : '') +
    (folder ? `（要导入其中的文件夹，请直接给出它：${command}）` : '');
  return { en, zh };
}

/**
 * What import says when it is given a Hugo site's `content/` folder (or a language's folder in
 * it) whose single pages it leaves out, as the site's root import does (store/site-layout.ts
 * hugoContentPages): `pages` from that folder, at most five named, then a count.
 */
export function hugoPagesNote(pages: string[]): Text {
  const shown = pages.slice(0, 5);
  const more = pages.length - shown.length;
  return {
    en: `a Hugo site's content folder: its pages that are no posts are not read: ${shown.join(', ')}${more ? ` and ${more} more` : ''} (the site's own pages, as when its root is imported)`,
    zh: `这是 Hugo 网站的 content 文件夹：不是文章的页面未读取：${shown.join('、')}${more ? ` 等 ${pages.length} 项` : ''}（网站自己的页面，与导入网站根目录时相同）`,
  };
}

/**
 * The part of siteRootNote that names a Jekyll site's published collections (`folder` from the
 * root, `documents` its Markdown files; at most five named, then a count) and how to import
 * them: one by its folder, all by a shell loop over their folders (`root` as given).
 */
function collectionsPart(collections: { folder: string; documents: number }[], root: string, channel: string): Text | undefined {
  if (collections.length === 0) return undefined;
  const shown = collections.slice(0, 5);
  const more = collections.length - shown.length;
  const docs = (n: number) => countOf(n, ['document', 'documents'], ' 篇');
  const one = `import ${root}/${collections[0]!.folder} --channel ${channel}`;
  const all = `for c in ${collections.map((c) => c.folder).join(' ')}; do npm run --silent throughline -- import "${root}/$c" --channel ${channel}; done`;
  const n = collections.length;
  return {
    en:
      `${n === 1 ? 'its collection' : `its ${n} collections`} (Jekyll wrote ${n === 1 ? 'its pages' : 'their pages'}: output: true) ${n === 1 ? 'is' : 'are'} imported by ${n === 1 ? 'its folder' : 'folder, one at a time'}: ` +
      `${shown.map((c) => `${c.folder}/ (${docs(c.documents).en})`).join(', ')}${more ? ` and ${more} more` : ''}` +
      ` (${n === 1 ? 'to import it' : 'to import one'}: ${one}${n === 1 ? '' : `; all ${n}: ${all}`})`,
    zh:
      `它的 ${n} 个集合（collection，output: true，Jekyll 为其生成了页面）要按文件夹逐个导入：` +
      `${shown.map((c) => `${c.folder}/（${c.documents} 篇）`).join('、')}${more ? ` 等 ${n} 个` : ''}` +
      `（导入一个：${one}${n === 1 ? '' : `；全部 ${n} 个：${all}`}）`,
  };
}

/**
 * What import says when posts it brought in name no pillar while the brand has pillars: the
 * portfolio's pillar cards and pages list only posts that name one, so after a whole blog came
 * in they all said "Coming soon." (a real bilingual blog: 146 posts, 3 pillars, no word of it).
 * `posts`: the imported posts' pillar and tags (tags and categories, as the post reads them);
 * `folders`: the folders each was filed in within the imported one (a wiki keeps its notes by
 * subject, Arduino/, 前端/). null when every post has a pillar or the brand has none. Names the
 * commonest tags and folders, the words a `--pillar-map` is written with, and suggests the map
 * of those (up to five, commonest first) whose pillar its id, name or keywords say (guessPillar);
 * when none does it says so and leaves the pillar to the user.
 */
export function pillarlessNote(posts: readonly { pillar?: string; tags?: readonly string[]; folders?: readonly string[] }[], pillars: readonly PillarWords[], dryRun: boolean): Text | null {
  const without = posts.filter((p) => !p.pillar);
  if (without.length === 0 || pillars.length === 0) return null;
  const topTags = commonest(without.map((p) => p.tags ?? []));
  const topFolders = commonest(without.map((p) => p.folders ?? []));
  const n = countOf(without.length, ['post', 'posts'], '篇文章');
  const list = (top: { name: string; n: number }[], lang: 'en' | 'zh') => top.map((t) => `${t.name} (${t.n})`).join(lang === 'zh' ? '、' : ', ');
  // A catch-all (其他, uncategorized) is no subject to pair with a pillar: the first real one is.
  const subject = [...topTags, ...topFolders].find((t) => !isCatchAll(t.name));
  const subjects = [...commonest(without.map((p) => p.tags ?? []), Infinity), ...commonest(without.map((p) => p.folders ?? []), Infinity)].filter((t) => !isCatchAll(t.name));
  // A name that is both a tag and a folder (java/ holding posts tagged java) is one pair, said once.
  const pairs = [...new Set(subjects.flatMap((t) => {
    const pillar = guessPillar(t.name, pillars);
    return pillar ? [`${t.name}=${pillar}`] : [];
  }))];
  const example = pairs.length ? pairs.slice(0, 5).join(',') : `${subject?.name ?? 'Tag'}=PILLAR`;
  const ids = pillars.map((p) => p.id);
  const none = [...new Set([...topTags, ...topFolders].filter((t) => !isCatchAll(t.name) && guessPillar(t.name, pillars) === undefined).map((t) => t.name))];
  const unmatched: Text = pairs.length
    ? none.length
      ? { en: ` (${none.join(', ')} ${none.length === 1 ? 'is' : 'are'} no pillar's id, name or keyword: map ${none.length === 1 ? 'it' : 'them'} yourself if ${none.length === 1 ? 'it says' : 'they say'} a pillar)`, zh: `（${none.join('、')} 不是任何支柱的 id、名称或关键词：如属于某个支柱，请自己加上）` }
      : { en: '', zh: '' }
    : { en: ` (no tag or folder of theirs is a pillar's id, name or keyword: pick the pillar, one of ${ids.join(', ')})`, zh: `（它们的标签和文件夹都不是某个支柱的 id、名称或关键词：请自己选支柱，可选 ${ids.join('、')}）` };
  const them = without.length === 1 ? 'it' : 'them';
  const en = [topTags.length ? `their commonest tags: ${list(topTags, 'en')}` : '', topFolders.length ? `their commonest folders: ${list(topFolders, 'en')}` : ''].filter(Boolean);
  const zh = [topTags.length ? `它们最常见的标签：${list(topTags, 'zh')}` : '', topFolders.length ? `它们最常见的文件夹：${list(topFolders, 'zh')}` : ''].filter(Boolean);
  return {
    en:
      `${n.en} ${dryRun ? 'would come' : 'came'} in without a pillar: the portfolio's pillar cards and pages list only posts that name one ("Coming soon." on a pillar with none)` +
      `${en.map((part) => `; ${part}`).join('')}. To give ${them} pillars, ${dryRun ? 'import with' : 'import again with'} --pillar-map "${example},…" (a tag, category or folder = a pillar id)${unmatched.en} or --pillar ID${dryRun ? '' : ` (the re-run writes only a pillar: line into each post already here that has none; edits made since stay)`}, or set pillar: in each`,
    zh:
      `${n.zh}${dryRun ? '将' : ''}没有支柱：作品集的支柱卡片和支柱页只列出写明支柱的文章（没有文章的支柱显示“即将发布。”）` +
      `${zh.map((part) => `；${part}`).join('')}。要给它们支柱，${dryRun ? '导入时加上' : '请再导入一次并加上'} --pillar-map "${example},…"（标签、分类或文件夹名=支柱 id）${unmatched.zh}或 --pillar ID${dryRun ? '' : '（再次导入只会给已有且没有支柱的文章写入一行 pillar:，之后所做的修改都会保留）'}，或在每篇里写上 pillar:`,
  };
}

/** The `limit` (five) names most posts carry (each post's names counted once, case aside), most first, then by name. */
function commonest(names: readonly (readonly string[])[], limit = 5): { name: string; n: number }[] {
  const counts = new Map<string, { name: string; n: number }>();
  for (const list of names)
    for (const name of new Set(list)) {
      const entry = counts.get(name.toLowerCase()) ?? { name, n: 0 };
      entry.n++;
      counts.set(name.toLowerCase(), entry);
    }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)).slice(0, limit);
}

/**
 * What a re-run of import with `--pillar-map` or `--pillar` did to the posts already here
 * (null when it found none to give a pillar): `given`, the pillars written (pillar id -> how
 * many posts), `own`, the posts left as they are because they name a pillar of their own, `kept`,
 * those whose file could not take the line (named above, each).
 */
export function existingPillarsNote(n: { given: ReadonlyMap<string, number>; own: number; kept: number }, dryRun: boolean): Text | null {
  const total = [...n.given.values()].reduce((a, b) => a + b, 0);
  if (total + n.own + n.kept === 0) return null;
  const list = (sep: string) => [...n.given].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p, count]) => `${p} (${count})`).join(sep);
  const posts = countOf(total, ['post', 'posts'], '篇已有的文章');
  const own = countOf(n.own, ['post', 'posts'], '篇');
  const kept = countOf(n.kept, ['post', 'posts'], '篇');
  const en = [
    total ? `${posts.en} already here ${dryRun ? 'would get' : 'got'} a pillar: ${list(', ')}` : `no post already here ${dryRun ? 'would get' : 'got'} a pillar`,
    n.own ? `${own.en} already here ${n.own === 1 ? 'names its' : 'name their'} own pillar: left as ${n.own === 1 ? 'it is' : 'they are'}` : '',
    n.kept ? `${kept.en} could not take a pillar: line (see above)` : '',
  ];
  const zh = [
    total ? `${posts.zh}${dryRun ? '将得到' : '得到了'}支柱：${list('、')}` : `没有已有的文章${dryRun ? '将得到' : '得到'}支柱`,
    n.own ? `${own.zh}已有的文章写有自己的支柱：保持不变` : '',
    n.kept ? `${kept.zh}无法写入 pillar: 行（见上文）` : '',
  ];
  return { en: en.filter(Boolean).join('; ') + (dryRun ? '; nothing was written' : ''), zh: zh.filter(Boolean).join('；') + (dryRun ? '；没有写入任何内容' : '') };
}
