/**
 * The editor preview leaves out an empty heading and a link with nothing to click, and names a
 * heading whose text gives no id, as the built page does (pages/_lib/unnamed-headings.ts,
 * empty-links.ts): the same plugins, listed once (pages/_lib/body-fixes.ts). Before, the preview
 * showed an empty `<h5>` and `<a href>` with no text, which the page leaves out.
 */
import { describe, expect, test } from 'vitest';
import { BODY_FIXES } from '../../../../src/pages/_lib/body-fixes.ts';
import { applyHastPlugins } from '../../../../src/studio/drafts/preview-hast.ts';
import { PREVIEW_ID_PREFIX, renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';
import { builtHtml, tight } from './built-page.ts';

// The page's heading ids (Astro's slugs) are not the preview's work: compared without them; a void
// element as HTML writes it (micromark writes `<img />`).
const noIds = (html: string) => html.replace(/ id="[^"]*"/g, '').replaceAll(' />', '>');
const same = (source: string) => expect(noIds(tight(renderPreview(source)))).toBe(noIds(tight(builtHtml(source))));

describe('the editor preview of empty headings and links', () => {
  test.each([
    ['## [](#c-nunit)C＃NUnit\n\nText.\n'],
    ['See [ ](https://example.com) this, and [that](https://example.com).\n'],
    ['Caption one\n\n#####\n\nCaption two\n'],
    ['## ##\n\nText.\n'],
    ['## Part\n\n> ### [](#x)Quoted\n'],
    ['> ### [](#x)Quoted\n'],
    ['[![alt](a.png)](https://e.com) stays, [](https://e.com) goes, & so on.\n'],
  ])('%j looks as on the built page', same);

  // The language of parts (part-languages.ts): the post's language from its title and `lang` as
  // the page's pipeline hands them (frontmatter), the preview given them apart from the body.
  test.each([
    ['ARTS第四周', undefined, '## 2.1 Evaluate Reverse Polish Notation\n\n本周完成了两个与栈相关的题目。\n\n> Valid operators are +, -, *, /.\n\n- Each operand may be an integer\n- 每个操作数\n\nRun `npm install` before the build.\n\n```\nreturn the value\n```\n'],
    ['Notes on tea', undefined, 'I spent the weekend reading about the history of tea in China, and these are my notes.\n\n> 学而时习之，不亦说乎。\n\n| Word | Meaning |\n| - | - |\n| 茶 | tea |\n'],
    ['ARTS第四周', 'zh', 'Evaluate the value of an arithmetic expression in Reverse Polish Notation.\n\n中文句子。\n'],
    ['ARTS第四周', undefined, '<p>Division between two integers should truncate toward zero.</p>\n\n本周完成了两个与栈相关的题目。\n'],
  ])('the language of parts of %j (lang %j) looks as on the built page', (title, lang, body) => {
    const front = `---\ntitle: ${title}\n${lang ? `lang: ${lang}\n` : ''}---\n\n`;
    const preview = noIds(tight(renderPreview(body, { title, lang })));
    expect(preview).toContain('lang="');
    expect(preview).toBe(noIds(tight(builtHtml(front + body))));
  });

  test('names a heading of punctuation alone with an id of its own, scoped as every preview id', () => {
    // Moved up to h2 as on the page: the body's only heading.
    expect(renderPreview('### }\n').trim()).toBe(`<h2 id="${PREVIEW_ID_PREFIX}tl-heading-1">}</h2>`);
  });

  test('leaves HTML alone when the source holds nothing to fix', () => {
    const html = '<p>a &amp; b<br />c</p>';
    expect(applyHastPlugins(html, 'a & b  \nc', BODY_FIXES)).toBe(html);
  });

  test('refuses a plugin whose visitors it does not run, rather than preview differently', () => {
    const plugin = () => ({ name: 'texts', text: () => undefined });
    expect(() => applyHastPlugins('<p>x</p>', 'x', [plugin])).toThrow(/plugin texts uses text/);
  });
});
