/**
 * Which folders of a site Jekyll 4.3 reads, so that `import` takes as a Jekyll site's posts the
 * `_posts` folders Jekyll publishes and no others (store/old-site.ts, store/site-layout.ts).
 * Jekyll's own rules: EntryFilter (lib/jekyll/entry_filter.rb) passes over a "special" entry,
 * one whose name starts with ".", "_", "#" or "~", and a backup one, ending with "~"; and an
 * entry whose path from the site's root starts with one of the `exclude:` list, to which
 * Configuration#add_default_excludes adds DEFAULT_EXCLUDES (lib/jekyll/configuration.rb;
 * jekyllrb.com/docs/configuration/options/). A site's own `exclude:` is added to those, and its
 * `include:` reads an entry all of these would leave out (`include: [_pages]`): EntryFilter#included?
 * and #excluded? (an entry matches a pattern that globs it, File.fnmatch, or that its path starts with).
 */

/** Jekyll 4.3's default excludes (Configuration::DEFAULT_EXCLUDES), paths from the site's root: `vendor/` itself is read. */
export const JEKYLL_DEFAULT_EXCLUDES = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'] as const;

/** A site's own `exclude:` and `include:` (_config.yml), as jekyllReadRulesOf reads them. */
export interface JekyllReadRules {
  exclude: string[];
  include: string[];
}

/** `exclude:` and `include:` of a Jekyll config: lists of strings (anything else is none). */
export function jekyllReadRulesOf(config: Record<string, unknown>): JekyllReadRules {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim().replace(/^\.?\/+/, '')) : []);
  return { exclude: list(config.exclude), include: list(config.include) };
}

/**
 * Whether Jekyll reads the folder `folders` (its names from the site's root, `['blog']`; none
 * for the root), and so a `_posts` folder in it: at each folder on the way, one the site
 * includes is read; else one whose name is special or a backup, or whose path matches a
 * default or the site's own exclude, is not. A prefix as Jekyll matches it (String#start_with?):
 * `node_modules` leaves out `node_modules-old` too, `Gemfile` `Gemfile.d`.
 */
export function jekyllReadsFolder(folders: readonly string[], rules: JekyllReadRules = { exclude: [], include: [] }): boolean {
  return folders.every((name, i) => jekyllReadsEntry(folders.slice(0, i + 1).join('/'), rules, true));
}

/** Whether Jekyll reads the entry at `path` (from the site's root) among its folder's entries (EntryFilter#filter); `folder` when it is one. */
export function jekyllReadsEntry(path: string, rules: JekyllReadRules, folder = false): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (rules.include.some((pattern) => matches(pattern, path, folder) || matches(pattern, name, folder))) return true;
  if (/^[._#~]|~$/.test(name)) return false;
  const excludes = [...JEKYLL_DEFAULT_EXCLUDES, ...rules.exclude].filter((e) => !rules.include.includes(e));
  return !excludes.some((pattern) => matches(pattern, path, folder));
}

/** EntryFilter#glob_include?'s test of one pattern: a glob (File.fnmatch, `*` crossing "/"), a prefix, or the folder named with a trailing "/". */
function matches(pattern: string, path: string, folder: boolean): boolean {
  if (path.startsWith(pattern) || (folder && pattern === `${path}/`)) return true;
  if (!/[*?[]/.test(pattern)) return false;
  const source = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(path);
}
