/**
 * Does each local image a published post's body shows (`![alt](./loaf.jpg)`, `![alt][ref]` with
 * `[ref]: ./loaf.jpg`, `<img src="loaf.jpg">` in a .md body) exist beside it? Astro imports such an image when it builds the page, and
 * a missing one stopped the build with its own `[ImageNotFound] Could not find requested image
 * ./loaf.jpg` and a stack trace in node_modules, naming no post. `check` and the build check
 * report it instead, with the post file and the path looked for, like a missing `cover`
 * (cover-files.ts). Only posts a build publishes are checked; http(s) and `data:` addresses are
 * not. A site path (`/images/x.png`, in a Markdown image or an HTML `<img src>`) is served from
 * public/ as is and does not stop the build: one that public/ lacks is a warning
 * (findMissingSiteImages), not an error.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Root, RootContent } from 'hast';
import type { MdastNode } from 'satteri';
import { BODY_FEATURES } from '../core/markdown-parser.ts';
import { ThroughlineError } from '../core/errors.ts';
import { isPastedTag, PROSE_PARENTS, TYPOGRAPHIC_QUOTE } from '../core/prose-tags.ts';
import { addressPath, isLocalImage } from '../core/image-address.ts';
import type { Post } from '../core/schema/post.ts';
import { isGeneratedPath, type MissingSiteImages } from '../core/site-images.ts';
import { coverFileOf, isServedFile } from './cover-files.ts';
import { imageVerdictHint, imageVerdictText } from '../core/image-verdict-text.ts';
import { imageKindOf, unreadableImage } from './image-bytes.ts';

/** A site path, served from public/: `/media/x.png`, not `//host/x.png`. */
const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');
/** A cheap test before parsing: the body may show an image with a site path (HTML's `<img src="/x.png">` too). */
const MAYBE_SITE = /!\[[^\]]*\]\(\s*<?\/(?!\/)|^\s*\[[^\]]+\]:\s*<?\/(?!\/)|<img\b[^>]*\ssrc\s*=\s*["']?\s*\/(?!\/)/im;
/** A cheap test before parsing: the body may show a local image (most posts show none). */
const MAYBE_LOCAL = /!\[[^\]]*\]\(\s*<?(?![a-z][a-z0-9+.-]*:|\/|#)|^\s*\[[^\]]+\]:\s*<?(?![a-z][a-z0-9+.-]*:|\/|#)|<img\b[^>]*\ssrc\s*=\s*["']?\s*(?![a-z][a-z0-9+.-]*:|\/|#)/im;

/**
 * The addresses of the images `post`'s body shows from disk, relative to the post (once each, as
 * written); code is not looked in. An HTML `<img src="pic.png">` (JSX in .mdx) counts: the build
 * serves it as it serves `![](pic.png)` (pages/_lib/html-images.ts).
 */
export async function localImages(post: Pick<Post, 'file' | 'body'>): Promise<string[]> {
  if (!MAYBE_LOCAL.test(post.body)) return [];
  return (await bodyImages(post, { html: true })).filter(isLocalImage);
}

/**
 * The site paths (`/images/x.png`) of the images `post`'s body shows, Markdown images and HTML
 * `<img src>` alike (Typora and WordPress write the latter), once each, as written; those the
 * build makes are left out.
 */
export async function siteImages(post: Pick<Post, 'file' | 'body'>): Promise<string[]> {
  if (!MAYBE_SITE.test(post.body)) return [];
  return (await bodyImages(post, { html: true })).filter((url) => isSitePath(url) && !isGeneratedPath(url));
}

/**
 * Every image address of the body (once each, as written), reference images followed; code is
 * not looked in. With `html`, also the `src` of each HTML `<img>` (raw HTML in a .md body, read
 * by hast-util-raw as the build's sanitizer reads it; a JSX `<img src="…">` in an .mdx one).
 */
async function bodyImages(post: Pick<Post, 'file' | 'body'>, opts: { html?: boolean } = {}): Promise<string[]> {
  // Loaded only for a body that may show a local image: a `check` of posts without one never loads the parser.
  const [{ markdownToMdast, mdxToMdast }, { unclosedExpressionError }] = await Promise.all([import('satteri'), import('../core/mdx-guard.ts')]);
  let tree: MdastNode;
  try {
    // A `{` that nothing closes: satteri would search for minutes before failing (core/mdx-guard.ts).
    if (post.file.endsWith('.mdx') && unclosedExpressionError(post.body, BODY_FEATURES) !== null) return [];
    tree = post.file.endsWith('.mdx') ? mdxToMdast(post.body, { position: false, features: BODY_FEATURES }) : markdownToMdast(post.body, { position: false, features: BODY_FEATURES });
  } catch {
    // An MDX body that does not compile is reported by mdx-syntax.ts.
    return [];
  }
  const definitions = new Map<string, string>();
  const images: { url?: string; ref?: string }[] = [];
  const html: string[] = [];
  const walk = (node: MdastNode, parent?: string) => {
    const n = node as MdastNode & { url?: string; identifier?: string; children?: MdastNode[]; value?: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };
    if (n.type === 'image') images.push({ url: n.url });
    // A tag pasted in prose with typographic quotes (`<img src=”a.jpg”>`) is text on the page (core/prose-tags.ts).
    else if (opts.html && n.type === 'html' && n.value && /<img\b/i.test(n.value) && !(PROSE_PARENTS.has(parent ?? 'root') && isPastedTag(n.value))) html.push(n.value);
    else if (opts.html && (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'img') {
      const src = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
      if (typeof src === 'string') images.push({ url: src });
    }
    else if (n.type === 'imageReference') images.push({ ref: n.identifier?.toLowerCase() });
    else if (n.type === 'definition' && n.identifier) definitions.set(n.identifier.toLowerCase(), n.url ?? '');
    for (const child of n.children ?? []) walk(child, n.type);
  };
  walk(tree);
  if (html.length > 0) for (const src of await htmlImageSources(html.join(''))) images.push({ url: src });
  const urls = images.map((i) => i.url ?? (i.ref === undefined ? undefined : definitions.get(i.ref))).filter((u): u is string => u !== undefined);
  return [...new Set(urls)];
}

/** The `src` of each `<img>` in a piece of HTML, as a browser parses it (hast-util-raw, parse5). */
async function htmlImageSources(html: string): Promise<string[]> {
  const { raw } = await import('hast-util-raw');
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root) as Root;
  const sources: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'img' && typeof node.properties.src === 'string') sources.push(node.properties.src.trim());
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return sources;
}

/** Curly quotes around or in an address: `<img src=”a.jpg”>`, pasted from a page that showed the tag as text. */
export const TYPOGRAPHIC_QUOTES = new RegExp(TYPOGRAPHIC_QUOTE);

/**
 * What to do about an `<img>` whose `src` is written in typographic quotes (`src=”a.jpg”`):
 * HTML reads only " and ' as quotes (HTML Living Standard 13.1.2.3, attributes), so the curly
 * ones are part of the address, which then names no file; such a tag is most often an example
 * pasted from a page that showed it as text.
 */
export function typographicQuotesHint(url: string): { en: string; zh: string } {
  const plain = url.replace(new RegExp(`^${TYPOGRAPHIC_QUOTE}+|${TYPOGRAPHIC_QUOTE}+$`, 'g'), '');
  return {
    en: `its quotes are typographic (${url}), which HTML does not read as quotes, so they are part of the address: if the tag is an example of code, put it in backticks (\`<img src="${plain}">\`); if it is an image, write src="${plain}" with straight quotes`,
    zh: `它的引号是弯引号（${url}），HTML 不把它们当作引号，于是它们成了地址的一部分：如果这个标签是代码示例，请用反引号括起来（\`<img src="${plain}">\`）；如果它是图片，请用直引号写成 src="${plain}"`,
  };
}

/** The 1-based line of `file` on which `text` is first written; 0 when the file cannot be read or does not hold it as written. */
function lineOf(file: string, text: string): number {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/).findIndex((l) => l.includes(text)) + 1;
  } catch {
    return 0;
  }
}

/** An image address as a relative file path: percent-decoded, its query and fragment dropped. */
export function imagePath(url: string): string {
  return addressPath(url);
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * One error per missing local image of `posts` (the posts a build publishes), in the order of
 * the posts, naming the post file (relative to `root`), the field `body` and the file looked
 * for, in English and Chinese; also per one that is there but that the build cannot read either
 * (store/image-bytes.ts unreadableImage: empty, a Git LFS pointer, an HTML page, an MP4 or other XML
 * under an image's name, a format Astro does not read, an SVG it cannot size), saying what it
 * holds (core/image-verdict-text.ts). The address is percent-decoded and its query/fragment dropped.
 */
export async function findMissingBodyImages(root: string, posts: Post[]): Promise<ThroughlineError[]> {
  const errors: ThroughlineError[] = [];
  for (const post of posts) {
    for (const url of await localImages(post)) {
      const file = join(root, dirname(post.file), imagePath(url));
      const shown = relative(root, file).split('\\').join('/');
      const unreadable = exists(file) ? unreadableImage(file, { processed: true }) : null;
      if (unreadable) {
        const text = imageVerdictText(unreadable, shown, imageKindOf(file));
        errors.push(new ThroughlineError({ en: `image "${url}": ${text.en}`, zh: `图片 "${url}"：${text.zh}` }, { file: post.file, field: 'body', hint: imageVerdictHint(unreadable, 'body') }));
        continue;
      }
      if (exists(file)) continue;
      // The line it is on in the file (the address may be written percent-encoded or in a reference: then none).
      const line = lineOf(join(root, post.file), url);
      const at = line > 0 ? { en: ` (line ${line})`, zh: `（第 ${line} 行）` } : { en: '', zh: '' };
      errors.push(
        new ThroughlineError(
          { en: `image "${url}"${at.en} not found: no file ${shown}`, zh: `找不到图片 "${url}"${at.zh}：没有文件 ${shown}` },
          {
            file: post.file,
            field: 'body',
            hint: TYPOGRAPHIC_QUOTES.test(url)
              ? typographicQuotesHint(url)
              : {
                  en: 'put the image at that path (beside the post for ./name), fix the path, or use a full https:// URL',
                  zh: '把图片放到这个路径（./name 表示与文章同一文件夹），或改正路径，或改用完整的 https:// 地址',
                },
          },
        ),
      );
    }
  }
  return errors;
}

/**
 * The posts of `posts` (those a build publishes) whose body shows an image by a site path that
 * names no file in `publicDir` (percent-decoded, query dropped; a path leading out of public/
 * names none), with those paths as written; paths the build makes itself (core/site-images.ts)
 * are not looked for. For check's `missing-image` warning.
 */
export async function findMissingSiteImages(publicDir: string, posts: Post[]): Promise<MissingSiteImages[]> {
  const missing: MissingSiteImages[] = [];
  for (const post of posts) {
    if (!MAYBE_SITE.test(post.body)) continue;
    const paths = (await bodyImages(post, { html: true })).filter((url) => isSitePath(url) && !isGeneratedPath(url) && !isServedFile(publicDir, coverFileOf(publicDir, url)!));
    if (paths.length > 0) missing.push({ post: post.id, file: post.file, paths });
  }
  return missing;
}
