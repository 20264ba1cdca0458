import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { cjkLineBreaks } from '../../src/pages/_lib/cjk-line-breaks.ts';

const context = (source: string) => ({ source, fileURL: undefined, sourceFormat: 'markdown', data: {} }) as Parameters<typeof cjkLineBreaks>[0];

describe('the CJK line break plugin', () => {
  test('joins a Chinese paragraph wrapped in the source and keeps English line ends, in Markdown and MDX', async () => {
    const source = '外婆的红烧肉要小火慢炖，\n酱汁才会发亮。\n\nThe braise simmers\nslowly.\n';
    const { html } = await markdownToHtml(source, { mdastPlugins: [cjkLineBreaks] });
    expect(html).toContain('外婆的红烧肉要小火慢炖，酱汁才会发亮。');
    expect(html).toContain('The braise simmers\nslowly.');
    const { code } = await mdxToJs(source, { jsxImportSource: 'astro', mdastPlugins: [cjkLineBreaks] });
    expect(code).toContain('外婆的红烧肉要小火慢炖，酱汁才会发亮。');
  });

  test('leaves itself out of a document with no line break between two CJK characters', () => {
    expect(cjkLineBreaks(context('外婆的红烧肉要小火慢炖，酱汁才会发亮。\n\nThe braise simmers\nslowly.\n'))).toBeNull();
    expect(cjkLineBreaks(context('红烧 and\n面条'))).toBeNull();
    expect(cjkLineBreaks(context('红烧\n面条'))).not.toBeNull();
    // The same answer however often it is asked (the pattern is global: no state may leak between calls).
    expect(cjkLineBreaks(context('红烧\n面条'))).not.toBeNull();
  });
});
