/**
 * Fence languages real blogs write that Shiki does not know by that name (```objectivec,
 * ```shell-session, ```Python) printed a Shiki warning per block and lost their colours; an
 * unknown one (```nonesuch) printed a warning per block too. Known ones now reach Shiki by its
 * name, unknown ones as plain code, counted for one line at the end of the build.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { bundledLanguagesInfo } from 'shiki';
import { describe, expect, it } from 'vitest';
import { ALIASES, codeLanguages, shikiLanguage, takeUnknownLanguages } from '../../src/pages/_lib/code-languages.ts';
import { MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';

const render = (source: string) => (markdownToHtml(source, { mdastPlugins: [codeLanguages] }) as { html: string }).html;

describe("a fence's language", () => {
  it("is Shiki's name for the names real blogs write: objectivec, shell-session, golang, a capital", () => {
    const html = render('```objectivec\n@end\n```\n\n```shell-session\n$ ls\n```\n\n```Python\nx = 1\n```\n\n```vue-html\n<div/>\n```\n');
    expect(html).toContain('class="language-objective-c"');
    expect(html).toContain('class="language-shellsession"');
    expect(html).toContain('class="language-python"');
    expect(html).toContain('class="language-vue-html"');
  });

  // The plugin was handed only a body with a fence at the start of a line.
  it.each([
    ['a blockquote', '> ```objectivec\n> @end\n> ```\n'],
    ['a list item', '- ```objectivec\n  @end\n  ```\n'],
    ['a nested list item, a ~~~ fence', '- a\n  - b\n\n    ~~~objectivec\n    @end\n    ~~~\n'],
    ['a list item indented by a tab, CRLF', '1. a\r\n\r\n\t```objectivec\r\n\t@end\r\n\t```\r\n'],
  ])("is Shiki's name for a fence in %s", (_, body) => {
    expect(render(body)).toContain('class="language-objective-c"');
  });

  // A real docsify wiki (linyuxuanlin/Wiki_docsify: HTML 学习笔记) writes ```markup, Prism's name for
  // HTML and XML, which docsify, VuePress 1 and Gatsby highlight with: 4 blocks came out plain.
  it("is Shiki's language for Prism's names: markup, mathml, ssml, rss, atom", () => {
    expect(['markup', 'mathml', 'ssml', 'rss', 'atom'].map((name) => shikiLanguage(name).lang)).toEqual(['html', 'xml', 'xml', 'xml', 'xml']);
  });

  it('every alias names a language Shiki has', () => {
    const shiki = new Set(bundledLanguagesInfo.flatMap((l) => [l.id, ...(l.aliases ?? [])]));
    for (const [name, to] of Object.entries(ALIASES)) expect(to === 'plaintext' || shiki.has(to), `${name} -> ${to}`).toBe(true);
  });

  it('an unknown one is plain code, counted once per name for the summary; math and plain text are left alone', () => {
    takeUnknownLanguages();
    const html = render('```nonesuch\na\n```\n\n```nonesuch\nb\n```\n\n```math\nx^2\n```\n\n```text\nt\n```\n\n```\nno language\n```\n');
    expect(html).toContain('<code class="language-plaintext">a');
    expect(html).toContain('class="language-math"');
    expect(html).toContain('class="language-text"');
    expect(takeUnknownLanguages()).toEqual([['nonesuch', 2]]);
    expect(takeUnknownLanguages()).toEqual([]);
    expect(shikiLanguage('objectivec')).toEqual({ lang: 'objective-c' });
  });

  it('meta written with no language (```{1,3}, ```frame="none") is no language, not an unknown one', () => {
    takeUnknownLanguages();
    const html = render('```{1,3}\na\n```\n\n```frame="none"\nb\n```\n');
    expect(html).not.toContain('language-');
    expect(html).toContain('<code>a');
    expect(takeUnknownLanguages()).toEqual([]);
  });

  it('an unknown name written in two cases is one language of the summary, as it is one name to Shiki', () => {
    takeUnknownLanguages();
    render('```nonesuch\na\n```\n\n```NoneSuch\nb\n```\n\n``` NONESUCH\nc\n```\n');
    expect(takeUnknownLanguages()).toEqual([['nonesuch', 3]]);
  });

  it('in MDX too, and is part of the render key', () => {
    const js = String((mdxToJs('```objectivec\nx\n```\n', { mdastPlugins: [codeLanguages] } as never) as { code?: string }).code ?? '');
    expect(js).toContain('language-objective-c');
    expect(MARKDOWN_PLUGIN_MODULES.some((u) => u.pathname.endsWith('/code-languages.ts'))).toBe(true);
  });
});
