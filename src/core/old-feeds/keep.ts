/**
 * What `import` does with the feeds of the site a blog moved from (core/old-feeds/generators.ts):
 * each address this site does not serve already goes into `portfolio.feedAliases`, so that the
 * build writes the site's feed there too; one line of the import's summary says so.
 */
import { idKey } from '../feed/slug.ts';
import type { Text } from '../i18n/text.ts';
import { feedAliasFile, type FeedAlias } from './address.ts';
import { SITE_FEEDS } from '../redirects/clashes.ts';
import type { OldFeed } from './generators.ts';

const NAMES = { rss: 'RSS', atom: 'Atom' } as const;

/**
 * The old feeds to add to `existing` (`portfolio.feedAliases`), and those this site serves
 * already: its own /rss.xml, /atom.xml or /feed.json (Hexo's default /atom.xml), which readers
 * take whatever the format. A feed `existing` holds (the same file) is neither.
 */
export function feedsToKeep(feeds: readonly OldFeed[], existing: readonly FeedAlias[] = []): { add: OldFeed[]; served: OldFeed[] } {
  const seen = new Set(existing.map((a) => idKey(feedAliasFile(a.path))));
  const own = new Set(SITE_FEEDS.map(([file]) => file));
  const add: OldFeed[] = [];
  const served: OldFeed[] = [];
  for (const feed of feeds) {
    const key = idKey(feedAliasFile(feed.path));
    if (own.has(key)) served.push(feed);
    else if (!seen.has(key)) add.push(feed);
    seen.add(key);
  }
  return { add, served };
}

/** The summary's one line: the old feed addresses kept, and where (undefined when there are none). */
export function keptFeedsNote({ add, served }: { add: readonly OldFeed[]; served: readonly OldFeed[] }, dryRun: boolean): Text | undefined {
  if (add.length + served.length === 0) return undefined;
  const listed = (feeds: readonly OldFeed[]) => feeds.map((f) => `${f.path} (${NAMES[f.format]})`).join(', ');
  const several = add.length + served.length > 1;
  const en = [
    add.length > 0 ? `${listed(add)}: the build writes the site's feed there too (portfolio.feedAliases in content/planner.json${dryRun ? ', not written in a dry run' : ''})` : '',
    served.length > 0 ? `${listed(served)}: the site's own feed is there` : '',
  ].filter(Boolean);
  const zh = [
    add.length > 0 ? `${listed(add)}：构建也会在那里写出网站的 feed（content/planner.json 的 portfolio.feedAliases${dryRun ? '；试运行不写入' : ''}）` : '',
    served.length > 0 ? `${listed(served)}：网站自己的 feed 就在那里` : '',
  ].filter(Boolean);
  return {
    en: `the old site's feed address${several ? 'es are' : ' is'} kept, so its subscribers keep getting posts: ${en.join('; ')}`,
    zh: `旧网站的 feed 地址保留了，订阅者会继续收到文章：${zh.join('；')}`,
  };
}
