/**
 * A published post moved with a body image found nowhere: a missing image beside a published
 * post stops the build (store/body-images.ts), so the post used to be left out whole for one bad
 * path. It comes in as a draft instead, the path as written, each image named with its line
 * and the file it may have meant; published again once the image is there.
 */
import type { Text } from '../i18n/text.ts';
import { parseFrontmatterYaml, splitFrontmatter } from '../post-file.ts';
import { applyFrontmatterAliases } from '../schema/post-aliases.ts';
import { setFrontmatterKeys } from './plan.ts';

/** An image address found nowhere: its line in the source file (0: not found as written) and a file of that name it may have meant. */
export interface MissingImage {
  url: string;
  line: number;
  meant?: string;
}

/**
 * `text` (a moved post's file) made a draft: `status: draft`, and a theme's `draft:` or
 * `published:` flag beside it dropped, which would contradict it (check's alias-conflict).
 * A post that is a draft already is returned as it is.
 */
export function asDraft(text: string, from: string): string {
  const { yaml } = splitFrontmatter(text, from);
  const raw = parseFrontmatterYaml(yaml, from);
  if ((applyFrontmatterAliases(raw) as { status?: unknown }).status === 'draft') return text;
  const contradicting = Object.fromEntries(['draft', 'published'].filter((key) => typeof raw[key] === 'boolean').map((key) => [key, null]));
  return setFrontmatterKeys(text, yaml, { status: 'draft', ...contradicting });
}

/** `"a.png" (line 12; did you mean ../images/b/a.png?)`, one per image, in both languages. */
export function missingImageList(missing: readonly MissingImage[]): Text {
  const one = (m: MissingImage, lang: 'en' | 'zh') => {
    const parts = [...(m.line > 0 ? [lang === 'en' ? `line ${m.line}` : `第 ${m.line} 行`] : []), ...(m.meant ? [lang === 'en' ? `did you mean ${m.meant}?` : `是不是 ${m.meant}？`] : [])];
    return `"${m.url}"${parts.length ? (lang === 'en' ? ` (${parts.join('; ')})` : `（${parts.join('；')}）`) : ''}`;
  };
  return { en: missing.map((m) => one(m, 'en')).join(', '), zh: missing.map((m) => one(m, 'zh')).join('，') };
}

/** The note of a published post that comes in as a draft for its images found nowhere. */
export function draftForImagesNote(count: number): Text {
  return {
    en: `it comes in as a draft, since a published post's missing ${count === 1 ? 'image stops' : 'images stop'} the build: put ${count === 1 ? 'it' : 'them'} beside the new post or fix the path (named below), then set status: published`,
    zh: `它作为草稿导入，因为已发布文章缺少图片会让构建失败：请把图片放到新文章旁边，或改正路径（见下一行），然后把 status 改为 published`,
  };
}
