/**
 * A post's body that opens with a thematic break (`---`), as a real docsify wiki's notes do once
 * import has moved their `# Title` into the frontmatter (linyuxuanlin/Wiki_docsify, 47 of 118):
 * every reader of a body took its `---` … `---` for a second frontmatter block and skipped it. The
 * body is what follows the file's frontmatter: it has none of its own (core/markdown-parser.ts).
 */
import { describe, expect, it } from 'vitest';
import { findTemplateTags } from '../../src/core/template-tags.ts';
import { localImages, siteImages } from '../../src/store/body-images.ts';
import { renameImageUrls, renameLinkUrls } from '../../src/core/moved-posts/image-urls.ts';

const opening = (inside: string) => `---\n\n## 背景\n\n${inside}\n\n---\n\n填坑中，敬请期待~\n`;

describe('a body that opens with a thematic break is read whole', () => {
  it('check finds a template tag in it', () => {
    expect(findTemplateTags(opening('{% embed url="https://code.visualstudio.com/" %}'))).toEqual(['{% embed url="https://code.visualstudio.com/" %}']);
  });

  it('the missing-image check and the build see its images', async () => {
    const post = { file: 'content/posts/2020/stm32.md', body: opening('![原理图](/images/stm32.png)\n\n![](pcb.png)') };
    expect(await siteImages(post)).toEqual(['/images/stm32.png']);
    expect(await localImages(post)).toEqual(['pcb.png']);
  });

  it('import renames its images and its links to other notes of the folder', () => {
    const body = opening('![](pcb.png) 见[旧版](../unlist/old.md)');
    expect(renameImageUrls(body, false, new Map([['pcb.png', 'stm32/pcb.png']]))).toContain('![](stm32/pcb.png)');
    expect(renameLinkUrls(body, false, (url) => (url === '../unlist/old.md' ? '/posts/2020/old/' : undefined)).body).toContain('[旧版](/posts/2020/old/)');
  });
});
