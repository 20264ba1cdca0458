/**
 * What `import` does with the tag and category pages of the site a blog moved from
 * (generators.ts): each address that differs from the page it is here goes into
 * `portfolio.taxonomyAliases`, naming the tag, or the pillar `--pillar-map` made of it; one line
 * of the import's summary says how many were kept.
 */
import { idKey } from '../feed/slug.ts';
import type { PillarMap } from '../feed/pillar-map.ts';
import type { Text } from '../i18n/text.ts';
import { aliasFile, aliasProblem } from '../redirects/alias-path.ts';
import { siteOwnPage } from '../redirects/clashes.ts';
import { taxonomyTarget, type TaxonomyAlias } from './address.ts';
import type { OldTerm } from './generators.ts';

/** The `list` an old list page (OldTerm kind) is kept as. */
const LISTS = { list: 'tags', posts: 'posts', home: 'home' } as const;

/** The old pages to add, and how many were left out: the same page here, or one only in case (`case`). */
export interface KeptTaxonomies {
  add: TaxonomyAlias[];
  same: number;
  caseOnly: string[];
}

/**
 * The entries of `terms` to add to `existing` (`portfolio.taxonomyAliases`): a pillar's when
 * `pillarMap` maps the name, else the tag's; each file once, none that `existing` holds, none that
 * is its target's page or its tag's page here (`same`: a mapped tag's posts keep the tag), and none that differs from it in case only (`caseOnly`: one file
 * on a case-insensitive disk, where a redirect would replace the page it leads to).
 */
export function taxonomiesToKeep(terms: readonly OldTerm[], existing: readonly TaxonomyAlias[] = [], pillarMap?: PillarMap): KeptTaxonomies {
  const seen = new Set(existing.map((a) => idKey(aliasFile(a.path))));
  const kept: KeptTaxonomies = { add: [], same: 0, caseOnly: [] };
  for (const term of terms) {
    // A site's home at its root is the home here: nothing to keep, nothing to count.
    if (aliasProblem(term.path) || (term.kind === 'home' && term.path === '/')) continue;
    const file = aliasFile(term.path);
    const key = idKey(file);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = LISTS[term.kind as keyof typeof LISTS];
    const pillar = list !== undefined ? undefined : pillarMap?.get(term.tag.toLowerCase());
    const alias: TaxonomyAlias = list !== undefined ? { path: term.path, list } : pillar ? { path: term.path, pillar } : { path: term.path, tag: term.tag };
    const own = aliasFile(taxonomyTarget(alias));
    // A mapped tag keeps its tag's page here (its posts keep the tag): an old address that is that
    // page (AstroPaper's /tags/java/) answers already, and a page there would clash with it.
    const tagPage = pillar ? aliasFile(taxonomyTarget({ path: term.path, tag: term.tag })) : own;
    // An old list at one of this site's own pages (a Hugo section about/ or search/) is that page here.
    if (list !== undefined && list !== 'tags' && own !== file && siteOwnPage(term.path) !== undefined) continue;
    if (own === file || tagPage === file) kept.same++;
    else if (idKey(own) === key || idKey(tagPage) === key) kept.caseOnly.push(term.path);
    // Its later pages (/tags/java/2/) lead where its first one is: the tag's page.
    else if (pillar && key.startsWith(idKey(tagPage).replace(/index\.html$/, ''))) kept.add.push({ path: term.path, tag: term.tag });
    else kept.add.push(alias);
  }
  return kept;
}

/** The summary's one line (undefined when the old site had no such pages). */
export function keptTaxonomiesNote(kept: KeptTaxonomies, dryRun: boolean): Text | undefined {
  const n = kept.add.length;
  const lists = kept.add.filter((a) => a.list === 'tags').length;
  const postLists = kept.add.filter((a) => a.list === 'posts').length;
  const home = kept.add.find((a) => a.list === 'home');
  if (n + kept.same + kept.caseOnly.length === 0) return undefined;
  const where = { en: `portfolio.taxonomyAliases in content/planner.json${dryRun ? ', not written in a dry run' : ''}`, zh: `content/planner.json 的 portfolio.taxonomyAliases${dryRun ? '；试运行不写入' : ''}` };
  const en = [
    n > 0 ? `${n} ${n === 1 ? 'address is' : 'addresses are'} kept: the build writes a page at each that leads to its tag's or pillar's page here (${where.en})` : '',
    lists > 0 ? `${lists} of ${n === 1 ? 'it' : 'them'} listed every tag or category: ${lists === 1 ? 'it leads' : 'they lead'} to the list of tags (/tags/)` : '',
    postLists > 0 ? `${postLists} of ${n === 1 ? 'it' : 'them'} listed posts (archives, a section's list, a home's later pages): ${postLists === 1 ? 'it leads' : 'they lead'} to the archive (/archive/)` : '',
    home ? `the old home page (${home.path}) leads to the home page here` : '',
    kept.same > 0 ? `${kept.same} ${kept.same === 1 ? 'is' : 'are'} the same address here already` : '',
    kept.caseOnly.length > 0 ? `${kept.caseOnly.length} differ${kept.caseOnly.length === 1 ? 's' : ''} from the page here in case only (${kept.caseOnly[0]}): a case-insensitive disk holds one file for both, so no page is written there; a host that reads case answers them 404 unless you add a redirect rule there` : '',
  ].filter(Boolean);
  const zh = [
    n > 0 ? `保留了 ${n} 个地址：构建会在每个地址写一个页面，转到这里对应的标签或支柱页面（${where.zh}）` : '',
    lists > 0 ? `其中 ${lists} 个列出了全部标签或分类：转到标签列表（/tags/）` : '',
    postLists > 0 ? `其中 ${postLists} 个是文章列表（归档、栏目列表、首页的后续分页）：转到归档（/archive/）` : '',
    home ? `旧首页（${home.path}）转到这里的首页` : '',
    kept.same > 0 ? `${kept.same} 个与这里的地址本来就相同` : '',
    kept.caseOnly.length > 0 ? `${kept.caseOnly.length} 个与这里的页面只有大小写不同（${kept.caseOnly[0]}）：不区分大小写的磁盘上两者是同一个文件，因此那里不写页面；区分大小写的主机会对它们返回 404，除非你在主机上加一条跳转规则` : '',
  ].filter(Boolean);
  const lead = postLists > 0 || home ? { en: "the old site's tag, category and list pages", zh: '旧网站的标签、分类和列表页面' } : { en: "the old site's tag and category pages", zh: '旧网站的标签和分类页面' };
  return { en: `${lead.en}: ${en.join('; ')}`, zh: `${lead.zh}：${zh.join('；')}` };
}
