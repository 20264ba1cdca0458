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
import { GENERATED_FOLDERS, SITE_PAGES } from '../redirects/clashes.ts';
import { feedAliasFile } from './address.ts';

const PLANNER = 'content/planner.json';
/** The site's own feeds at its root (pages/[feed].ts), with their formats' names. */
export const SITE_FEEDS: [string, string][] = [['rss.xml', 'RSS'], ['atom.xml', 'Atom'], ['feed.json', 'JSON Feed']];
/** The site's files outside its feeds: its pages (redirects/clashes.ts SITE_PAGES) and the files of src/pages; keep in step with them. */
const SITE_FILES = [...SITE_PAGES, 'tags/index.html', 'sitemap.xml', 'robots.txt', 'favicon.ico', 'favicon.svg', 'og.png', 'calendar.ics'];
/** Folders whose files the build names itself (social images, covers, calendars, assets, the search index). */
const SITE_FOLDERS = GENERATED_FOLDERS;

/** What the build writes at each file it owns, as a case-insensitive file system compares them. */
function ownFiles(planner: Planner): Map<string, Text> {
  const own = new Map<string, Text>();
  for (const [file, name] of SITE_FEEDS) {
    own.set(file, { en: `the site's own ${name} feed`, zh: `网站自己的 ${name} feed` });
    for (const lang of ['en', 'zh']) own.set(`${lang}/${file}`, { en: `the site's ${name} feed of its posts in ${lang === 'en' ? 'English' : 'Chinese'}`, zh: `网站${lang === 'en' ? '英文' : '中文'}文章的 ${name} feed` });
    for (const p of planner.brand.pillars) own.set(idKey(`pillars/${p.id}/${file}`), { en: `the ${name} feed of the pillar ${p.id}`, zh: `支柱 ${p.id} 的 ${name} feed` });
  }
  for (const file of SITE_FILES) own.set(file, { en: "one of the site's own files", zh: '网站自己的文件之一' });
  return own;
}

/**
 * One error per entry of `portfolio.feedAliases` whose file (feedAliasFile) the build writes
 * itself, that `inPublic` holds (files of public/, as feedAliasFile names them, keyed by idKey),
 * or that an earlier entry takes.
 */
export function findFeedAliasClashes(planner: Planner, inPublic: ReadonlySet<string> = new Set()): ThroughlineError[] {
  const own = ownFiles(planner);
  const taken = new Map<string, string>();
  const errors: ThroughlineError[] = [];
  (planner.portfolio?.feedAliases ?? []).forEach(({ path }, i) => {
    const key = idKey(feedAliasFile(path));
    const where = { file: PLANNER, field: `portfolio.feedAliases[${i}].path` };
    const what = holderOf(key, own, inPublic);
    const twin = taken.get(key);
    if (what) errors.push(new ThroughlineError({ en: `${path} is ${what.en}: the build writes it already`, zh: `${path} 是${what.zh}：构建已经会写这个文件` }, { ...where, hint: own.get(key)?.en.includes('feed') ? SERVED_HINT : TAKEN_HINT }));
    else if (twin !== undefined) errors.push(new ThroughlineError({ en: `${path} is the same file as ${twin}, given before it`, zh: `${path} 与前面的 ${twin} 是同一个文件` }, { ...where, hint: TWIN_HINT }));
    else taken.set(key, path);
  });
  return errors;
}

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
