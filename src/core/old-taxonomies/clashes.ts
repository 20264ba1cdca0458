/**
 * Old tag and category page addresses (`portfolio.taxonomyAliases`) that would take a file the
 * build writes already: one of the site's pages, a post's page or alias, another tag's or a
 * pillar's page, an old feed address, a generated folder's file, or another entry's; and a
 * pillar the brand does not have. The build never overwrites one with the other; `check` and the
 * build check refuse the planner instead (store/project.ts), naming planner.json and the field.
 */
import { ThroughlineError } from '../errors.ts';
import { idKey } from '../feed/slug.ts';
import type { Text } from '../i18n/text.ts';
import { feedAliasFile } from '../old-feeds/address.ts';
import { aliasFile } from '../redirects/alias-path.ts';
import { GENERATED_FOLDERS, ownSiteFiles } from '../redirects/clashes.ts';
import type { Planner } from '../schema/planner.ts';
import type { Post } from '../schema/post.ts';
import { taxonomyTarget } from './address.ts';

const PLANNER = 'content/planner.json';

/** What the build writes at each file (idKey) it owns for `posts`, the posts it publishes: the site's own (ownSiteFiles) and the old feed addresses. */
function ownPages(planner: Planner, posts: readonly Pick<Post, 'id' | 'file' | 'data'>[]): Map<string, Text> {
  const own = ownSiteFiles(planner, posts);
  for (const { path } of planner.portfolio?.feedAliases ?? []) own.set(idKey(feedAliasFile(path)), { en: `the old feed address ${path} (portfolio.feedAliases)`, zh: `旧 feed 地址 ${path}（portfolio.feedAliases）` });
  return own;
}

/**
 * One error per entry of `portfolio.taxonomyAliases` naming a pillar the brand lacks, or whose
 * file (aliasFile) the build writes itself for `posts` (those a build publishes) or an earlier
 * entry takes; compared as a case-insensitive file system would (idKey). An entry whose file is
 * its own target's page, in any case, is no clash: the build writes nothing there
 * (address.ts taxonomyRedirects).
 */
export function findTaxonomyAliasClashes(planner: Planner, posts: readonly Pick<Post, 'id' | 'file' | 'data'>[]): ThroughlineError[] {
  const own = ownPages(planner, posts);
  const pillars = new Set(planner.brand.pillars.map((p) => p.id));
  const taken = new Map<string, string>();
  const errors: ThroughlineError[] = [];
  (planner.portfolio?.taxonomyAliases ?? []).forEach((alias, i) => {
    const field = `portfolio.taxonomyAliases[${i}]`;
    if (alias.pillar !== undefined && !pillars.has(alias.pillar)) {
      errors.push(new ThroughlineError({ en: `there is no pillar "${alias.pillar}"`, zh: `支柱 "${alias.pillar}" 不存在` }, { file: PLANNER, field: `${field}.pillar`, hint: { en: `use one of the brand's pillars: ${[...pillars].join(', ')}, or "tag" instead`, zh: `请使用品牌的支柱之一：${[...pillars].join(', ')}，或改用 "tag"` } }));
      return;
    }
    const key = idKey(aliasFile(alias.path));
    if (key === idKey(aliasFile(taxonomyTarget(alias)))) return;
    const where = { file: PLANNER, field: `${field}.path` };
    const folder = GENERATED_FOLDERS.find((f) => key.startsWith(`${f}/`));
    const what = folder ? { en: `in /${folder}/, whose files the site names itself`, zh: `位于 /${folder}/ 中，那里的文件由网站自己命名` } : own.get(key);
    const twin = taken.get(key);
    if (what) errors.push(new ThroughlineError({ en: `${alias.path} is ${what.en}: the build writes it already`, zh: `${alias.path} 是${what.zh}：构建已经会写这个文件` }, { ...where, hint: HINT }));
    else if (twin !== undefined) errors.push(new ThroughlineError({ en: `${alias.path} is the same page as ${twin}, given before it`, zh: `${alias.path} 与前面的 ${twin} 是同一个页面` }, { ...where, hint: HINT }));
    else taken.set(key, alias.path);
  });
  return errors;
}

const HINT = { en: `remove this entry from portfolio.taxonomyAliases in ${PLANNER}: one page per path`, zh: `请从 ${PLANNER} 的 portfolio.taxonomyAliases 中删掉这一项：同一路径只能有一个页面` };
