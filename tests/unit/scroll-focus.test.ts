/**
 * Body blocks that scroll sideways are reachable by keyboard (src/pages/_lib/scroll-focus.ts):
 * AstroPaper's frontmatter table on a phone was a scrollable region no key could reach.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';
import { proseDollars, texMath } from '../../src/pages/_lib/tex-math.ts';
import { scrollFocus } from '../../src/pages/_lib/scroll-focus.ts';
import { renderPreview } from '../../src/studio/drafts/markdown-preview.ts';

// As astro.config.mjs runs it: after the sanitizer and the TeX plugin.
const render = async (source: string) =>
  (await (await createSatteriMarkdownProcessor({ features: { math: true }, mdastPlugins: [proseDollars], hastPlugins: [sanitizeHtml, texMath, scrollFocus] })).render(source)).code;

describe('scrollFocus', () => {
  test('gives a table, a display formula and an author\'s own <pre> tabindex="0"', async () => {
    const html = await render('| Property | Description |\n| --- | --- |\n| **_ogImage_** | OG image of the post. Useful for social media sharing and SEO. |\n\n$$\n\\int_{-\\infty}^{\\infty} e^{-x^2} dx\n$$\n\n<pre>raw output</pre>\n');
    expect(html).toMatch(/<table tabindex="0">/);
    expect(html).toMatch(/<math display="block"[^>]* tabindex="0"/);
    expect(html).toContain('<pre tabindex="0">raw output</pre>');
  });

  test('leaves inline formulas and a tabindex the block already has alone', async () => {
    const html = await render('Inline $x^2$ here.\n\n<table tabindex="-1"><tr><td>a</td></tr></table>\n');
    expect(html).toMatch(/<math(?![^>]*tabindex)[^>]*>/);
    expect(html).toContain('<table tabindex="-1">');
  });

  test("the studio's editor preview gives them tabindex=\"0\" too", () => {
    const html = renderPreview('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```\ncode\n```\n\n<pre>raw</pre>\n');
    expect(html).toContain('<table tabindex="0">');
    expect(html).toContain('<pre tabindex="0"><code>code');
    // An author's own <pre>, shown as the page shows it (the preview renders raw HTML sanitized).
    expect(html).toContain('<pre tabindex="0">raw</pre>');
  });

  test('is in the render key, so stored pages are rendered again when it changes', () => {
    expect(MARKDOWN_PLUGIN_MODULES.some((u) => u.pathname.endsWith('/scroll-focus.ts'))).toBe(true);
  });
});
