/**
 * Files under `public/` that only unpublished posts show: the build leaves them out of `dist/`.
 * Astro copies `public/` whole, so an image an imported draft brought along
 * (`![](/assets/launch-mockup.png)`, `cover: /img/launch.jpg`) was on the site before its post
 * (a trial: a Jekyll draft's mockup shipped in `dist/assets/`); the portfolio holds the published
 * posts "with the images those posts reference. Nothing else" (README).
 *
 * Conservative: a file is left out only when an unpublished post shows it (a body image or a
 * cover with a site path) and nothing published could be using it: no published post, and not
 * planner.json, names its file name anywhere in its text (a link, raw HTML, a srcset), written
 * as it is or percent-encoded. Everything else under public/ (favicon, fonts, files no post
 * names) is copied as Astro copies it.
 */
import { basename } from 'node:path';
import { addressPath } from '../core/image-address.ts';
import type { Post } from '../core/schema/post.ts';
import { siteImages } from './body-images.ts';
import { coverFileOf, isServedFile } from './cover-files.ts';

/**
 * The files under `publicDir` (paths relative to it, `/`-separated) that only unpublished posts
 * show. `published(post)` tells whether a post is on the portfolio; `plannerText` is
 * planner.json's text (its brand may name a file under public/).
 */
export async function draftOnlyPublicFiles(publicDir: string, posts: readonly Post[], published: (post: Post) => boolean, plannerText = ''): Promise<string[]> {
  const shownByDrafts = new Set<string>();
  const publishedTexts: string[] = [plannerText];
  for (const post of posts) {
    const cover = typeof post.data.cover === 'string' ? post.data.cover : undefined;
    if (published(post)) {
      publishedTexts.push(post.body, cover ?? '');
      continue;
    }
    for (const url of [...(await siteImages(post)), ...(cover?.startsWith('/') && !cover.startsWith('//') ? [cover] : [])]) {
      const path = addressPath(url).replace(/^\/+/, '');
      if (path !== '' && isServedFile(publicDir, coverFileOf(publicDir, `/${path}`)!)) shownByDrafts.add(path);
    }
  }
  if (shownByDrafts.size === 0) return [];
  const published_ = publishedTexts.join('\n');
  return [...shownByDrafts].filter((path) => {
    const name = basename(path);
    return !published_.includes(name) && !published_.includes(encodeURIComponent(name)) && !published_.includes(encodeURI(name));
  }).sort();
}
