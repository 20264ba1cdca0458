/**
 * The one wording of an image file that no build can use (store/image-bytes.ts unreadableImage's
 * verdict, core/image-format.ts imageProblem's), for a body image and a cover alike, with what to
 * do about it, in English and Chinese.
 */
import type { Text } from './i18n/text.ts';
import { ASTRO_READS, type ImageFormat, type ImageKind, type ImageVerdict, type NotImage } from './image-format.ts';

const NOT_IMAGE_TEXT: Record<NotImage, Text> = {
  html: { en: 'an HTML page', zh: '一个 HTML 网页' },
  xml: { en: 'an XML document', zh: '一个 XML 文档' },
  video: { en: 'a video (MP4 or QuickTime)', zh: '一段视频（MP4 或 QuickTime）' },
  text: { en: 'text', zh: '文字' },
  bytes: { en: 'bytes of no image format', zh: '无法识别的内容' },
};

const FORMAT_NAMES: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF', heic: 'HEIC', tiff: 'TIFF', bmp: 'BMP', ico: 'ICO', svg: 'SVG' };

/**
 * The one wording of an image file's problem, for a body image and a cover alike: `shown` is the
 * file as the message names it, `kind` what its name says. Says what the file is or holds, EN and 中文.
 */
export function imageVerdictText(verdict: ImageVerdict, shown: string, kind: ImageKind): Text {
  switch (verdict.kind) {
    case 'empty':
      return { en: `${shown} is an empty file`, zh: `${shown} 是空文件` };
    case 'lfs':
      return { en: `${shown} is a Git LFS pointer, not the image`, zh: `${shown} 是 Git LFS 指针文件，不是图片本身` };
    case 'not-image': {
      const holds = NOT_IMAGE_TEXT[verdict.holds];
      return { en: `${shown} holds ${holds.en}, not an image`, zh: `${shown} 里是${holds.zh}，不是图片` };
    }
    case 'format': {
      const found = FORMAT_NAMES[verdict.format];
      const an = /^[AEIOS]/.test(found) ? 'an' : 'a';
      if (!ASTRO_READS.has(verdict.format)) return { en: `${shown} holds ${an} ${found} image, which Astro cannot read (it reads JPEG, PNG, WebP, GIF, AVIF, TIFF and SVG)`, zh: `${shown} 里是 ${found} 图片，Astro 无法读取（它能读取 JPEG、PNG、WebP、GIF、AVIF、TIFF 和 SVG）` };
      const named = kind === 'svg' ? { en: 'an SVG image', zh: 'SVG 图片' } : { en: 'a raster image (JPEG, PNG, WebP…)', zh: '位图（JPEG、PNG、WebP…）' };
      return { en: `${shown} holds ${an} ${found} image, not ${named.en} as its name says`, zh: `${shown} 里是 ${found} 图片，不是文件名所说的${named.zh}` };
    }
    case 'preview': {
      const found = FORMAT_NAMES[verdict.format];
      const an = /^[AEIOS]/.test(found) ? 'an' : 'a';
      return { en: `${shown} holds ${an} ${found} image, which link previews (X, Facebook, LinkedIn) do not show: they show JPEG, PNG, WebP and GIF`, zh: `${shown} 里是 ${found} 图片，链接预览（X、Facebook、领英）不显示它：它们只显示 JPEG、PNG、WebP 和 GIF` };
    }
    case 'svg':
      return verdict.reason === 'late'
        ? { en: `${shown} is an SVG image whose <svg …> tag does not end within its first 1,000 bytes, where Astro reads its size (a long DOCTYPE before it, or a draw.io copy of the diagram in it)`, zh: `${shown} 是 SVG 图片，但它的 <svg …> 标签没有在前 1,000 字节内结束，Astro 在那里读取尺寸（前面有很长的 DOCTYPE，或标签里带着 draw.io 的图表副本）` }
        : { en: `${shown} is an SVG image whose <svg> tag has no width and height nor viewBox, from which Astro reads its size`, zh: `${shown} 是 SVG 图片，但它的 <svg> 标签没有 width 和 height，也没有 viewBox，Astro 读不出它的尺寸` };
  }
}

/**
 * What to do about an image file's problem, EN and 中文: for `body`, an image a post shows (else
 * it can leave the post); for `cover`, a post's cover (a URL or the generated card instead).
 */
export function imageVerdictHint(verdict: ImageVerdict, where: 'body' | 'cover'): Text {
  const fix: Text =
    verdict.kind === 'lfs'
      ? { en: 'run `git lfs pull` in the repository it came from and copy the image again', zh: '在它所在的仓库里运行 `git lfs pull`，再把图片复制过来' }
      : verdict.kind === 'format' || verdict.kind === 'preview'
        ? { en: 'save it again as JPEG, PNG or WebP (as SVG for a .svg name)', zh: '把它重新存为 JPEG、PNG 或 WebP（.svg 文件存为 SVG）' }
        : verdict.kind === 'svg' && verdict.reason === 'late'
          ? { en: 'export it again without "Include a copy of my diagram" (draw.io), or move the <svg> tag to the top of the file', zh: '重新导出时取消勾选 draw.io 的“Include a copy of my diagram”（包含图表副本），或把 <svg> 标签移到文件开头' }
        : verdict.kind === 'svg'
          ? { en: 'give its <svg> tag a width and height or a viewBox', zh: '给它的 <svg> 标签加上 width 和 height 或 viewBox' }
          : { en: 'copy the image again (a download may have saved an error page under its name)', zh: '重新复制这张图片（下载时可能把错误页面存成了这个文件名）' };
  return where === 'body'
    ? { en: `${fix.en}, or remove it from the post`, zh: `${fix.zh}，或把它从文章中去掉` }
    : { en: `${fix.en}, use a full https:// URL, or remove the field to use the generated card`, zh: `${fix.zh}，或改用完整的 https:// 地址，或删掉这个字段以使用自动生成的分享卡片` };
}
