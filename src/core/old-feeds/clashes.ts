/**
 * Old feed addresses (`portfolio.feedAliases`) that would take a file the build writes already:
 * one of the site's own feeds, pages or files, a file of public/, or another old feed address.
 * The build never overwrites one with the other; `check` and the build check refuse the planner
 * instead (store/project.ts), naming planner.json and the field.
 */
import { ThroughlineError } from '../errors.ts';
import type { Text } from '../i18n/text.ts';
import { idKey } from '../feed/slug.ts';
import type { Planner } from '../schema/planner.ts';
import type { Post } from '../schema/post.ts';
import { GENERATED_FOLDERS, ownSiteFiles, SITE_FEEDS } from '../redirects/clashes.ts';
import { feedAliasFile } from './address.ts';

const PLANNER = 'content/planner.json';
/** Folders whose files the build names itself (social images, covers, calendars, assets, the search index). */
const SITE_FOLDERS = GENERATED_FOLDERS;

/**
 * One error per entry of `portfolio.feedAliases` whose file (feedAliasFile) the build writes
 * itself for `posts` (those a build publishes: ownSiteFiles), that `inPublic` holds (files of
 * public/, as feedAliasFile names them, keyed by idKey), or that an earlier entry takes.
 */
export function findFeedAliasClashes(planner: Planner, posts: readonly Pick<Post, 'id' | 'file' | 'data'>[], inPublic: ReadonlySet<string> = new Set()): ThroughlineError[] {
  const own = ownSiteFiles(planner, posts);
  const taken = new Map<string, string>();
  const errors: ThroughlineError[] = [];
  (planner.portfolio?.feedAliases ?? []).forEach(({ path }, i) => {
    const key = idKey(feedAliasFile(path));
    const where = { file: PLANNER, field: `portfolio.feedAliases[${i}].path` };
    const what = holderOf(key, own, inPublic);
    const twin = taken.get(key);
    if (what) errors.push(new ThroughlineError({ en: `${path} is ${what.en}: the build writes it already`, zh: `${path} 是${what.zh}：构建已经会写这个文件` }, { ...where, hint: own.has(key) && isSiteFeed(key) ? SERVED_HINT : TAKEN_HINT }));
    else if (twin !== undefined) errors.push(new ThroughlineError({ en: `${path} is the same file as ${twin}, given before it`, zh: `${path} 与前面的 ${twin} 是同一个文件` }, { ...where, hint: TWIN_HINT }));
    else taken.set(key, path);
  });
  return errors;
}

/** Whether `key`, a file the build writes (ownSiteFiles), is one of the site's feeds: at its root, of a language or of a pillar. */
const isSiteFeed = (key: string) => SITE_FEEDS.some(([file]) => key === file || key.endsWith(`/${file}`));

/** What holds the file `key` (idKey of a feedAliasFile) already, if anything. */
function holderOf(key: string, own: Map<string, Text>, inPublic: ReadonlySet<string>): Text | undefined {
  const folder = SITE_FOLDERS.find((f) => key.startsWith(`${f}/`));
  if (own.has(key)) return own.get(key);
  if (folder) return { en: `in /${folder}/, whose files the site names itself`, zh: `位于 /${folder}/ 中，那里的文件由网站自己命名` };
  return inPublic.has(key) ? { en: 'a file of your public/ folder', zh: '你的 public/ 文件夹里的文件' } : undefined;
}

const SERVED_HINT = { en: `remove this entry from portfolio.feedAliases in ${PLANNER}: readers subscribed there get the site's feed already`, zh: `请从 ${PLANNER} 的 portfolio.feedAliases 中删掉这一项：订阅那里的读者已经能收到网站的 feed` };
const TAKEN_HINT = { en: `remove this entry from portfolio.feedAliases in ${PLANNER}, or give the old feed's own path: one file per path`, zh: `请从 ${PLANNER} 的 portfolio.feedAliases 中删掉这一项，或写旧 feed 自己的路径：同一路径只能写一个文件` };
const TWIN_HINT = { en: `remove one of the two from portfolio.feedAliases in ${PLANNER}`, zh: `请从 ${PLANNER} 的 portfolio.feedAliases 中删掉其中一项` };
