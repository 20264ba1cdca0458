/**
 * AstroPaper's posts mark where its table of contents goes with an empty heading
 * (`## Table of contents`, remark-toc's convention; `## 目录` in Chinese posts). Throughline makes
 * its own contents box, so a moved post showed an empty "Table of contents" section in the text
 * and listed it as the first entry of its contents. Such an empty heading is left out; the
 * same words heading a section with text stay.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tocPlaceholders } from '../../src/pages/_lib/toc-placeholder.ts';
import { MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';

const render = (source: string) => (markdownToHtml(source, { mdastPlugins: [tocPlaceholders] }) as { html: string }).html;

describe("AstroPaper's table-of-contents marker", () => {
  it('an empty ## Table of contents, ## 目录 or ## TOC before the next heading is left out', () => {
    for (const marker of ['Table of contents', 'Table of Contents', '目录', 'TOC', 'Contents']) {
      const html = render(`Intro.\n\n## ${marker}\n\n## Creating a Blog Post\n\nText.\n`);
      expect(html).not.toContain(`>${marker}<`);
      expect(html).toContain('<h2>Creating a Blog Post</h2>');
      expect(html).toContain('<p>Intro.</p>');
    }
    expect(render('Intro.\n\n## Table of contents\n')).not.toContain('Table of contents');
  });

  it('the same words heading a section with text, or with subsections, stay', () => {
    expect(render('## Table of contents\n\nThe list below.\n\n## Next\n')).toContain('<h2>Table of contents</h2>');
    expect(render('## Contents\n\n### Part one\n\nx\n')).toContain('<h2>Contents</h2>');
    expect(render('## Table of contents of the book\n\n## Next\n')).toContain('<h2>Table of contents of the book</h2>');
  });

  // daichangya/hexo-blog: three posts show `[TOC]` (Typora's mark) as text at the top; CSDN writes `@[TOC](文章目录)`.
  it("an editor's contents mark on a line of its own ([TOC], [[toc]], [[_TOC_]], ${toc}, @[TOC](目录)) is left out; the same in a sentence, in code or with a definition of its own stays", () => {
    for (const mark of ['[TOC]', '[toc]', '[[toc]]', '[[_TOC_]]', '${toc}', '@[toc]', '@[TOC](文章目录)', '  [TOC]  ']) {
      const html = render(`Intro.\n\n${mark}\n\n## One\n\nText.\n`);
      expect(html, mark).toBe('<p>Intro.</p>\n<h2>One</h2>\n<p>Text.</p>\n');
    }
    expect(render('See [TOC] below.\n')).toContain('See [TOC] below.');
    expect(render('`[TOC]`\n')).toContain('<code>[TOC]</code>');
    expect(render('    [TOC]\n')).toContain('[TOC]');
    expect(render('[TOC] and more\n')).toContain('[TOC] and more');
  });

  it('is part of the render key', () => {
    expect(MARKDOWN_PLUGIN_MODULES.some((u) => u.pathname.endsWith('/toc-placeholder.ts'))).toBe(true);
  });
});
