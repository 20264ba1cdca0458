/**
 * The feed addresses a static site generator served, read from its config the way the generator
 * (or its feed plugin) reads it, with its defaults when the config says nothing: `import`
 * records them in planner.json (`portfolio.feedAliases`) so that the build keeps them answering.
 * Each rule names the documentation or code it follows.
 */
import type { FeedAliasFormat } from './address.ts';

/** One feed address the old site served, and the format it had. */
export interface OldFeed {
  path: string;
  format: Exclude<FeedAliasFormat, 'json'>;
  /**
   * How it named each post, where that is known and not the post's absolute address: `jekyll-id`,
   * jekyll-feed's `{{ post.id | absolute_url }}` (the address without its `.html` or last `/`).
   * `address`: a Jekyll template's `{{ site.url }}{{ post.url }}`. Read by `import` for `guid`.
   */
  ids?: 'address' | 'jekyll-id';
}

type Config = Record<string, unknown>;

/** `config[name]` read as Hugo reads its keys, in any case. */
function anyCase(config: unknown, name: string): unknown {
  if (!config || typeof config !== 'object') return undefined;
  const found = Object.keys(config).find((k) => k.toLowerCase() === name.toLowerCase());
  return found === undefined ? undefined : (config as Config)[found];
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/**
 * Hugo (gohugo.io/configuration/outputs/, /templates/rss/): RSS 2.0 at `/index.xml` for the home
 * page and `/<section>/index.xml` for each section, unless `disableKinds` holds `rss` or the
 * config's `outputs` for that kind leaves RSS out; the file's name is `outputFormats.rss.baseName`
 * (default `index`). `sections` are the imported sections (`posts` of content/posts), `prefix` the
 * language's folder in the address (`zh-cn`); paths in lower case unless `keepCase`. Taxonomy
 * feeds (`/tags/x/index.xml`) hold one tag's posts: the site's feed there would be another feed.
 */
export function hugoFeeds(config: Config, where: { sections?: string[]; prefix?: string; keepCase?: boolean } = {}): OldFeed[] {
  if (listOf(anyCase(config, 'disableKinds')).some((k) => k.toLowerCase() === 'rss')) return [];
  const outputs = anyCase(config, 'outputs');
  const servesRss = (kind: string) => {
    const formats = anyCase(outputs, kind);
    return formats === undefined || listOf(formats).some((f) => f.toLowerCase() === 'rss');
  };
  const baseName = anyCase(anyCase(anyCase(config, 'outputFormats'), 'rss'), 'baseName');
  const file = `${typeof baseName === 'string' && baseName.trim() ? baseName.trim() : 'index'}.xml`;
  const at = (folder: string) => {
    const path = `/${[where.prefix, folder].filter(Boolean).join('/')}/${file}`.replace(/\/+/g, '/');
    return where.keepCase ? path : path.toLowerCase();
  };
  const feeds: OldFeed[] = servesRss('home') ? [{ path: at(''), format: 'rss' }] : [];
  if (servesRss('section')) for (const section of where.sections ?? []) feeds.push({ path: at(section), format: 'rss' });
  return feeds;
}

/**
 * Jekyll: a feed template of the site's own (a `feed.xml` with front matter at its root, served
 * at its `permalink` or its path; `templates`, format read from its root element), and
 * jekyll-feed when the site loads it (`plugin`: listed in `plugins`/`gems`, its Gemfile, or the
 * minima theme, which depends on it): Atom at `feed.path`, default `/feed.xml`
 * (github.com/jekyll/jekyll-feed#usage).
 */
export function jekyllFeeds(config: Config, site: { plugin: boolean; templates: { path: string; text: string }[] }): OldFeed[] {
  const feeds: OldFeed[] = [];
  for (const t of site.templates) {
    // Its front matter, empty as Jekyll templates often have it (`---` twice): Jekyll renders only a file with one.
    const front = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(t.text);
    if (!front || !/<(?:rss|feed)\b/.test(t.text)) continue;
    const permalink = /^permalink:\s*["']?(\/[^\s"']*)["']?\s*$/m.exec(front[1] ?? '')?.[1];
    // What the template puts in each entry's <guid> or <id>: the post's id or its address.
    const entryId = /<(?:guid|id)\b[^>]*>[^<]*\bpost\.(id|url)\b/.exec(t.text)?.[1];
    const ids = entryId === 'id' ? ({ ids: 'jekyll-id' } as const) : entryId === 'url' ? ({ ids: 'address' } as const) : {};
    feeds.push({ path: permalink ?? `/${t.path}`, format: /<feed\b/.test(t.text.slice(front[0].length)) ? 'atom' : 'rss', ...ids });
  }
  const plugin = site.plugin || [...listOf(config.plugins), ...listOf(config.gems)].includes('jekyll-feed') || config.theme === 'minima';
  const own = config.feed && typeof config.feed === 'object' ? (config.feed as Config).path : undefined;
  const path = typeof own === 'string' && own.trim() ? `/${own.trim().replace(/^\/+/, '')}` : '/feed.xml';
  if (plugin && !feeds.some((f) => f.path === path)) feeds.push({ path, format: 'atom', ids: 'jekyll-id' });
  return feeds;
}

/**
 * Hexo with hexo-generator-feed (`plugin`: in the site's package.json; without one, a `feed:`
 * section of the config; github.com/hexojs/hexo-generator-feed#use): `feed.type` `atom` (the
 * default) or `rss2`, or both as a list, each at its `feed.path` (in the same order; `.xml` added
 * when it has no extension), by default `atom.xml` / `rss2.xml`; none with `feed.enable: false`.
 */
export function hexoFeeds(config: Config, site: { plugin: boolean | undefined }): OldFeed[] {
  const feed = config.feed && typeof config.feed === 'object' ? (config.feed as Config) : undefined;
  if (!(site.plugin ?? feed !== undefined) || feed?.enable === false) return [];
  // As the plugin reads `type`: in any case, at most two, anything else read as atom.
  const types = listOf(feed?.type ?? 'atom').slice(0, 2).map((t) => (t.toLowerCase() === 'rss2' ? 'rss2' : 'atom'));
  const paths = listOf(feed?.path);
  return types.map((type, i) => {
    const given = paths[i]?.trim().replace(/^\/+/, '');
    const path = given ? (/\.[A-Za-z0-9]+$/.test(given) ? given : `${given}.xml`) : `${type}.xml`;
    return { path: `/${path}`, format: type === 'atom' ? 'atom' : 'rss' };
  });
}

/**
 * WordPress (wordpress.org/documentation/article/wordpress-feeds/): RSS 2.0 at `/feed/` and Atom
 * at `/feed/atom/` under the blog's address (`base_blog_url` of its export: `/blog/feed/` for a
 * blog at https://example.com/blog). The comments feed (`/comments/feed/`) holds comments, not posts.
 */
export function wordpressFeeds(blogUrl: string | undefined): OldFeed[] {
  let base = '';
  try {
    base = blogUrl ? new URL(blogUrl).pathname.replace(/\/+$/, '') : '';
  } catch {
    base = '';
  }
  return [
    { path: `${base}/feed/`, format: 'rss' },
    { path: `${base}/feed/atom/`, format: 'atom' },
  ];
}
