/**
 * The editor preview moves a body's headings as the built page does (integration/sanitize.ts
 * levelBodyHeadings): the page turned `### 1. 安装` into an <h2> under the title, and `# Title`
 * into an <h2>, while the preview kept <h3> and <h1>.
 */
import { describe, expect, test } from 'vitest';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { levelHeadingsInHtml } from '../../../../src/studio/drafts/preview-heading-levels.ts';
import { builtHtml, tight } from './built-page.ts';

// Heading ids: Astro's slugs on the page are not the preview's work.
const noIds = (html: string) => tight(html).replace(/ id="[^"]*"/g, '');
const levels = (html: string) => [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));

describe('the editor preview of heading levels', () => {
  test.each([
    ['### 1. 安装\n\n正文。\n\n#### 1.1 下载\n'],
    ['# Title\n\nText.\n\n## Part\n'],
    ['#### Deep\n\n###### Deeper\n'],
    ['### One\n\n<b>raw</b> HTML too.\n\n#### Two\n'],
    ['> ### Quoted\n\n### Plain\n'],
    ['- item\n\n  ### In a list\n'],
    ['## Part\n\n### Stays\n'],
    ['### Alone, with a `{`\n'],
  ])('%j has the heading levels of the built page', (source) => {
    expect(levels(renderPreview(source))).toEqual(levels(builtHtml(source)));
    expect(noIds(renderPreview(source))).toBe(noIds(builtHtml(source)));
  });

  test.each([['Text[^1]\n\n### Notes\n\n[^1]: A note.\n'], ['Text[^1] and <b>HTML</b>\n\n### Notes\n\n[^1]: A note.\n']])('%j moves its headings but not the footnotes label', (source) => {
    expect(levels(renderPreview(source))).toEqual(levels(builtHtml(source)));
    expect(levels(renderPreview(source))).toEqual([2, 2]);
  });

  test('moves no heading of a body the page does not sanitize', () => {
    expect(levels(renderPreview('### Three\n\n## Two\n'))).toEqual([3, 2]);
    expect(levels(builtHtml('### Three\n\n## Two\n'))).toEqual([3, 2]);
  });

  test('keeps the attributes and text of a moved heading', () => {
    expect(levelHeadingsInHtml('<h3 id="user-content-a">A <em>b</em></h3>\n<h5>C</h5>')).toBe('<h2 id="user-content-a">A <em>b</em></h2>\n<h4>C</h4>');
  });
});
