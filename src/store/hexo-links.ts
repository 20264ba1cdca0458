/**
 * The posts an earlier import made of the files that Hexo `{% post_link %}` and `{% post_path %}`
 * tags of a moved folder name, for core/moved-posts/hexo-post-links.ts to write those tags as
 * links to them, as jekyll-links.ts does for Jekyll's `{% post_url %}`: each named file is read in
 * the old site's `source/_posts`, its old address worked out as the import did (old-url.ts), and
 * looked for among the posts' `aliases`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HEXO_POST_TAG, postTagSlug } from '../core/moved-posts/hexo-post-links.ts';
import { oldPostOf, type SourceFile } from '../core/moved-posts/plan.ts';
import { oldUrlOf } from '../core/moved-posts/old-url.ts';
import type { Post } from '../core/schema/post.ts';
import { aliasKey } from './jekyll-links.ts';
import { findOldSite } from './old-site.ts';

/**
 * A tag's slug (`hello-world`, `Golang/intro`) -> the post (id, title) whose aliases hold the old
 * address of that file of `<siteDir>/source/_posts` (`siteDir` as given from the current
 * directory), for the post_link and post_path tags of `files`. The slug names the file within
 * `_posts/` without its extension, its folders written or not (Hexo 7's post_link); one that
 * names two files, or a file whose address no post holds, is left out.
 */
export async function hexoLinksBefore(files: readonly SourceFile[], siteDir: string, posts: readonly Post[]): Promise<Map<string, { id: string; title?: string }>> {
  const byAlias = new Map<string, Post>();
  for (const post of posts) for (const alias of post.data.aliases ?? []) byAlias.set(aliasKey(alias), post);
  const found = new Map<string, { id: string; title?: string }>();
  const slugs = new Set(files.flatMap((f) => [...f.text.matchAll(HEXO_POST_TAG)].map((m) => postTagSlug(m[2]!)).filter(Boolean)));
  if (byAlias.size === 0 || slugs.size === 0) return found;
  const sites = new Map<string, ReturnType<typeof findOldSite>>();
  const root = join(siteDir, 'source', '_posts');
  const sources = (await readdir(root, { recursive: true }).catch(() => [] as string[])).map((p) => p.split(/[\\/]/).join('/')).filter((p) => /\.(?:md|markdown)$/i.test(p));
  for (const slug of slugs) {
    const named = sources.filter((p) => {
      const stem = p.replace(/\.(?:md|markdown)$/i, '');
      return stem === slug || (!slug.includes('/') && stem.split('/').pop() === slug);
    });
    if (named.length !== 1) continue;
    const file = join(root, named[0]!);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    const site = text === undefined ? undefined : await (sites.get(dirname(file)) ?? sites.set(dirname(file), findOldSite(dirname(file))).get(dirname(file))!);
    const old = site && !('unreadable' in site) ? oldPostOf(file.split(/[\\/]/).pop()!, text!, site) : undefined;
    const url = old && oldUrlOf(old);
    const post = url === undefined ? undefined : byAlias.get(aliasKey(url));
    if (post) found.set(slug, { id: post.id, title: post.data.title });
  }
  return found;
}
