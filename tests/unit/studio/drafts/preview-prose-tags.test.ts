/**
 * The editor preview reads an HTML block that opens a tag the author meant as text (`<script>
 * 标签是什么`, closed by no raw HTML after it) as the built page does (core/prose-tags.ts): the tag
 * as text, the rest of the post as Markdown. Before, the preview showed the rest as written
 * (`## 标题` as text), or, after an unclosed `<!--`, nothing at all.
 */
import { describe, expect, test } from 'vitest';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { builtHtml, tight } from './built-page.ts';

const same = (source: string) => expect(tight(renderPreview(source))).toBe(tight(builtHtml(source)));

describe('the editor preview of a tag meant as text that opens an HTML block', () => {
  test.each([
    ['<script> 标签是什么\n\n## 标题\n\n- **要点**\n'],
    ['<!-- 注释没有结束\n\n## 标题\n\n正文\n'],
    ['<style> 一\n\n<textarea> 二\n\n## 标题\n'],
    ['> <script> 标签是什么\n\n## 标题\n'],
    ['> <script> 标签是什么\n\n```\n</script>\n```\n\n## 标题\n'],
    ['浏览器遇到\n\n<iframe> 时\n\n## 标题\n'],
  ])('%j looks as on the built page', (source) => {
    same(source);
    expect(renderPreview(source)).toMatch(/<h2[^>]*>标题<\/h2>/);
  });

  test('a closed script or comment is still no text of the preview, nor a heading inside it', () => {
    const html = renderPreview('<!-- 注释 -->\n\n<script>\n## 不是标题\n</script>\n\n## 标题\n');
    expect(html).not.toMatch(/注释|<h2[^>]*>不是标题/);
    expect(html).toMatch(/<h2[^>]*>标题<\/h2>/);
  });
});
