/**
 * `## Title {#id}`, a heading's own anchor as Hugo, VitePress, Pandoc and kramdown write it (the
 * Chinese Vue docs put one on every heading): the portfolio and the editor's preview showed the
 * braces as part of the title, and the heading's id was a slug of title and braces together, so
 * the post's own `[…](#id)` links went nowhere. Now the heading gets the id and shows no braces;
 * any other `{…}` at the end of a heading stays text.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { admonitions } from '../../src/pages/_lib/admonitions.ts';
import { cjkLineBreaks } from '../../src/pages/_lib/cjk-line-breaks.ts';
import { footnoteLabels } from '../../src/pages/_lib/footnote-labels.ts';
import { headingIds, splitHeadingId } from '../../src/pages/_lib/heading-ids.ts';
import { htmlImages } from '../../src/pages/_lib/html-images.ts';
import { localImageUrls } from '../../src/pages/_lib/local-image-urls.ts';
import { renderPreview } from '../../src/studio/drafts/markdown-preview.ts';

// Real headings from vuejs-translations/docs-zh-cn src/about/faq.md, plus edge cases.
const BODY = [
  '## 谁在维护 Vue？ {#who-maintains-vue}',
  '见[上文](#who-maintains-vue)。',
  '### Is Vue fast? { #is-vue-fast }',
  '## Price {per kg}',
  '## Use `{#not-an-id}`',
  '## 段落 {#段落-一}',
].join('\n\n');

/** As astro.config.mjs sets up the processor. */
async function renderOnSite(markdown: string) {
  const processor = await createSatteriMarkdownProcessor({
    features: { directive: true },
    mdastPlugins: [cjkLineBreaks, admonitions, localImageUrls],
    hastPlugins: [sanitizeHtml, headingIds, footnoteLabels, htmlImages],
  } as never);
  return (processor as unknown as { render(s: string, o: object): Promise<{ code: string; metadata: { headings: { slug: string; text: string }[] } }> }).render(markdown, { frontmatter: {} });
}

describe('a heading written with its own {#id}', () => {
  test('on the portfolio it gets that id, shows no braces, and the table of contents uses it', async () => {
    const { code, metadata } = await renderOnSite(BODY);
    expect(code).toContain('<h2 id="who-maintains-vue">谁在维护 Vue？</h2>');
    expect(code).toContain('<h3 id="is-vue-fast">Is Vue fast?</h3>');
    expect(code).toContain('<h2 id="段落-一">段落</h2>');
    expect(code).toContain('Price {per kg}</h2>');
    expect(code).toContain('<code>{#not-an-id}</code>');
    expect(code).not.toContain('{#who-maintains-vue}');
    expect(metadata.headings.slice(0, 2)).toEqual([
      expect.objectContaining({ slug: 'who-maintains-vue', text: '谁在维护 Vue？' }),
      expect.objectContaining({ slug: 'is-vue-fast', text: 'Is Vue fast?' }),
    ]);
  });

  test("the editor's preview reads it the same way", () => {
    const html = renderPreview(BODY);
    expect(html).toContain('<h2 id="who-maintains-vue">谁在维护 Vue？</h2>');
    expect(html).toContain('<h3 id="is-vue-fast">Is Vue fast?</h3>');
    expect(html).toContain('<h2 id="段落-一">段落</h2>');
    expect(html).toContain('<h2>Price {per kg}</h2>');
    expect(html).toContain('<h2>Use <code>{#not-an-id}</code></h2>');
  });

  test('only a trailing {#id} of letters, digits, - and _ is one', () => {
    expect(splitHeadingId('Title {#a-b_1}')).toEqual({ text: 'Title', id: 'a-b_1' });
    expect(splitHeadingId('Title {#a"><script>}')).toBeNull();
    expect(splitHeadingId('Title{#glued}')).toBeNull();
    expect(splitHeadingId('{#a} in front')).toBeNull();
  });
});
