/**
 * Body images with a site path (`![x](/media/x.png)`) that public/ does not hold. Astro serves
 * such a path from public/ as is and never looks at it, so the build passes and the page shows a
 * broken image. This is a warning, not an error like a missing relative image (which stops the
 * build) or a missing `cover`: the host may serve that path from elsewhere (a moved blog's old
 * media folder), and nothing breaks the build. Which paths are missing is found on disk by
 * store/body-images.ts.
 */
import { addressPath, withoutQuery } from './image-address.ts';
import type { Lang } from './language.ts';

/** A published post's body images whose site paths name no file in public/, as written. */
export interface MissingSiteImages {
  post: string;
  file: string;
  paths: string[];
}

export interface MissingImageFlag {
  kind: 'missing-image';
  severity: 'warning';
  post: string;
  file: string;
  /** Always `body`: where the paths are written. */
  field: 'body';
  /** The site paths (as written) with no file in public/. */
  paths: string[];
  message: string;
  hint: string;
}

/** Paths the portfolio generates itself (src/pages): its social cards and icon. */
const GENERATED = /^\/(?:og\.png|og\/|favicon\.ico)/;

/** True for a site path the portfolio makes in the build rather than copies from public/. */
export function isGeneratedPath(path: string): boolean {
  return GENERATED.test(path);
}

/** A site path as the file it names: its query and fragment dropped, percent-decoded where it can be. */
function fileOfPath(path: string): string {
  return addressPath(path);
}

/** One warning per post, naming its first missing path, how many more, and where it was looked for. */
export function flagMissingSiteImages(missing: readonly MissingSiteImages[], lang: Lang): MissingImageFlag[] {
  const zh = lang === 'zh';
  return missing.map(({ post, file, paths }) => {
    const first = paths[0]!;
    const shown = `public${withoutQuery(first)}`;
    // "more" counts files: /x.png?v=2 and /x.png#a name the same one.
    const more = new Set(paths.map(fileOfPath)).size - 1;
    return {
      kind: 'missing-image' as const,
      severity: 'warning' as const,
      post,
      file,
      field: 'body' as const,
      paths,
      message: zh
        ? `正文：找不到图片 "${first}"${more ? `（还有 ${more} 张）` : ''}：没有文件 ${shown}，页面上的图片会打不开`
        : `body: image "${first}"${more ? ` (and ${more} more)` : ''} not found: no file ${shown}; the page shows it broken`,
      hint: zh
        ? '把图片复制到 public/ 下的相同路径，或改正路径，或改用完整的 https:// 地址'
        : 'copy the image into public/ at that path, fix the path, or use a full https:// URL',
    };
  });
}
