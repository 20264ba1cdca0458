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
