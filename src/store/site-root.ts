/**
 * The folders an imported folder's old site served from its root (`/assets/a.png`), for
 * `import` to find a post's cover or body image written as a path from there: Jekyll's site
 * folder (the one holding `_config.yml`, jekyllrb.com/docs/structure/; a theme prints
 * `image: assets/a.png` as `{{ site.baseurl }}/{{ page.image }}`), Hexo's `source/` (its
 * `_config.yml` one folder above, hexo.io/docs/setup; `url_for` reads a relative path from the
 * root), Hugo's `static/` beside each `content` folder (gohugo.io/content-management/static-files/)
 * and an Astro project's `public/`.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Text } from '../core/i18n/text.ts';

/** A folder the old site served at its root: its absolute path, and how a note names it. */
export interface SiteRoot {
  dir: string;
  name: Text;
}

/** Jekyll reads the first of these it finds (its `--config` default); Hexo reads `_config.yml`. */
export const CONFIGS = ['_config.yml', '_config.yaml', '_config.toml'];
/** How far above the imported folder a site's config is looked for: `site/_posts/2024/` is two. */
const LEVELS = 3;

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

const JEKYLL: Text = { en: "the Jekyll site's root", zh: 'Jekyll 网站根目录' };
const HEXO: Text = { en: "Hexo's source/", zh: 'Hexo 的 source/' };
const HUGO: Text = { en: "Hugo's static/", zh: 'Hugo 的 static/' };

/**
 * The site roots of `folder` (read from the current directory), nearest first: the folder
 * holding a site config, `folder` or one of its {@link LEVELS} ancestors (Hexo's `source/`
 * below it when `folder` lies there), else the parent of a `_posts` folder there (the layout
 * Jekyll and Hexo share, a copy of the posts without the config); then Hugo's `static/` beside
 * each `content` folder above; then the `public/` of the Astro project it lies in
 * (findAstroRoot). Empty for a folder of none of these.
 */
export async function findSiteRoots(folder: string): Promise<SiteRoot[]> {
  const dir = resolve(process.cwd(), folder);
  const ups = upFrom(dir);
  const roots: SiteRoot[] = [];
  const configured = (await findSiteConfig(folder))?.dir;
  const posts = ups.find((at) => basename(at) === '_posts');
  const top = configured ?? (posts === undefined ? undefined : dirname(posts));
  if (top !== undefined) {
    const within = relative(top, dir).split(sep);
    roots.push(within[0] === 'source' || basename(top) === 'source' ? { dir: within[0] === 'source' ? join(top, 'source') : top, name: HEXO } : { dir: top, name: JEKYLL });
  }
  for (let at = dir; dirname(at) !== at; at = dirname(at)) if (basename(at) === 'content') roots.push({ dir: join(dirname(at), 'static'), name: HUGO });
  // An Astro project serves public/ at its root (docs.astro.build/en/basics/project-structure/):
  // the older blog template's `heroImage: '/blog-placeholder-1.jpg'`.
  const astro = await findAstroRoot(folder);
  if (astro !== undefined) roots.push({ dir: join(astro, 'public'), name: ASTRO });
  return roots;
}

const ASTRO: Text = { en: "the Astro project's public/", zh: 'Astro 项目的 public/' };
/** The config file names Astro looks for in a project's folder (docs.astro.build/en/guides/configuring-astro/). */
export const ASTRO_CONFIG_NAMES = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts'];

/** How far above an imported folder its Astro project may be: a year's folder in a collection (`src/content/blog/2024/`, AstroPaper's `src/data/blog/2025/`) and one more. */
const ASTRO_LEVELS = 5;

/**
 * The folder of the Astro project `folder` (read from the current directory) belongs to: the
 * nearest of it and its {@link ASTRO_LEVELS} ancestors holding an `astro.config.*` (absolute), else
 * undefined. Its `/src/…` paths (Vite's, from the project's root) and public/ are read from there.
 */
export async function findAstroRoot(folder: string): Promise<string | undefined> {
  for (const at of upFrom(resolve(process.cwd(), folder), ASTRO_LEVELS)) for (const name of ASTRO_CONFIG_NAMES) if (await isFile(join(at, name))) return at;
  return undefined;
}

/**
 * The nearest Jekyll or Hexo site config of `folder` (read from the current directory): the
 * first of {@link CONFIGS} in `folder` or one of its {@link LEVELS} ancestors, as absolute
 * paths of its folder (the site's root) and file. Undefined when there is none.
 */
export async function findSiteConfig(folder: string): Promise<{ dir: string; file: string } | undefined> {
  for (const at of upFrom(resolve(process.cwd(), folder))) for (const name of CONFIGS) if (await isFile(join(at, name))) return { dir: at, file: join(at, name) };
  return undefined;
}

/** `dir` and its `levels` ancestors, nearest first. */
function upFrom(dir: string, levels = LEVELS): string[] {
  const ups = [dir];
  for (let i = 0; i < levels && dirname(ups.at(-1)!) !== ups.at(-1); i++) ups.push(dirname(ups.at(-1)!));
  return ups;
}
