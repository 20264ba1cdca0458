/**
 * The posts an earlier import made of the files that Jekyll `{% link %}` and `{% post_url %}`
 * tags of a moved folder name, for core/moved-posts/plan.ts to write those tags as links to them:
 * each named file is read in the old site, its old address worked out as the import did
 * (old-url.ts), and looked for among the posts' `aliases`.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JEKYLL_LINK_TAG, oldPostOf, type SourceFile } from '../core/moved-posts/plan.ts';
import { oldUrlOf } from '../core/moved-posts/old-url.ts';
import type { Post } from '../core/schema/post.ts';
import { findOldSite } from './old-site.ts';

/** An alias as a host matches it: decoded, without a trailing `/` or `/index.html`. */
export function aliasKey(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {}
  return decoded.replace(/\/index\.html?$/i, '/').replace(/\/$/, '');
}

/**
 * `link <path>` / `post_url <name>` -> the id of the post whose aliases hold that file's old
 * address, for the tags of `files` whose file is in the Jekyll site at `siteDir` (as given from
 * the current directory): `link` from the site's folder or its `collectionsDir`, `post_url` in its
 * `_posts/` (under `collectionsDir`). A file
 * not there, or whose address no post holds, is left out.
 */
export async function jekyllLinksBefore(files: readonly SourceFile[], siteDir: string, posts: readonly Post[], collectionsDir = ''): Promise<Map<string, string>> {
  const byAlias = new Map<string, string>();
  for (const post of posts) for (const alias of post.data.aliases ?? []) byAlias.set(aliasKey(alias), post.id);
  const found = new Map<string, string>();
  if (byAlias.size === 0) return found;
  const sites = new Map<string, ReturnType<typeof findOldSite>>();
  const tags = new Set(files.flatMap((f) => [...f.text.matchAll(JEKYLL_LINK_TAG)].map((m) => `${m[1]} ${m[2]}`)));
  for (const tag of tags) {
    const [kind, ...rest] = tag.split(' ');
    const arg = rest.join(' ').replace(/^\/+/, '');
    const candidates = kind === 'link' ? [join(siteDir, arg), join(siteDir, collectionsDir, arg)] : ['.md', '.markdown'].map((ext) => join(siteDir, collectionsDir, '_posts', `${arg}${ext}`));
    for (const file of candidates) {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      // One read of the site per folder: findOldSite walks a Jekyll site's pages for its tag pages.
      const site = await (sites.get(dirname(file)) ?? sites.set(dirname(file), findOldSite(dirname(file))).get(dirname(file))!);
      const old = site && !('unreadable' in site) ? oldPostOf(file.split(/[\\/]/).pop()!, text, site) : undefined;
      const url = old && oldUrlOf(old);
      const id = url === undefined ? undefined : byAlias.get(aliasKey(url));
      if (id !== undefined) found.set(tag, id);
      break;
    }
  }
  return found;
}
