/**
 * Which folders of a site Jekyll 4.3 reads, so that `import` takes as a Jekyll site's posts the
 * `_posts` folders Jekyll publishes and no others (store/old-site.ts, store/site-layout.ts).
 * Jekyll's own rules: EntryFilter (lib/jekyll/entry_filter.rb) passes over a "special" entry,
 * one whose name starts with ".", "_", "#" or "~", and a backup one, ending with "~"; and an
 * entry whose path from the site's root starts with one of the `exclude:` list, to which
 * Configuration#add_default_excludes adds DEFAULT_EXCLUDES (lib/jekyll/configuration.rb;
 * jekyllrb.com/docs/configuration/options/). A site's own `exclude:` and `include:` are not read.
 */

/** Jekyll 4.3's default excludes (Configuration::DEFAULT_EXCLUDES), paths from the site's root: `vendor/` itself is read. */
export const JEKYLL_DEFAULT_EXCLUDES = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'] as const;

/**
 * Whether Jekyll reads the folder `folders` (its names from the site's root, `['blog']`; none
 * for the root), and so a `_posts` folder in it: no name on the way is special or a backup, and
 * the path does not start with a default exclude. A prefix as Jekyll matches it (String#start_with?):
 * `node_modules` leaves out `node_modules-old` too, `Gemfile` `Gemfile.d`.
 */
export function jekyllReadsFolder(folders: readonly string[]): boolean {
  if (folders.some((name) => /^[._#~]|~$/.test(name))) return false;
  const path = `${folders.join('/')}/`;
  return folders.length === 0 || !JEKYLL_DEFAULT_EXCLUDES.some((exclude) => path.startsWith(exclude));
}
