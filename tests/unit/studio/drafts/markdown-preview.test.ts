import { describe, expect, it } from 'vitest';
import { renderPreview } from '../../../../src/studio/drafts/markdown-preview.ts';

describe('the editor preview', () => {
  it('renders headings, emphasis, lists, GFM tables and Chinese text', () => {
    const html = renderPreview('# 红烧肉\n\nSlow **braise**, *then* glaze.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    // Under the page title, as on the built page: the body's `# heading` is an <h2> there.
    // Chinese alone in an English post: its own language, as on the page (pages/_lib/part-languages.ts).
    expect(html).toContain('<h2 lang="zh-CN">红烧肉</h2>');
    expect(html).toContain('<strong>braise</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<td>2</td>');
  });

  it('removes scripts, event handlers and frames from raw HTML, as the built page does', () => {
    const html = renderPreview('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nText <iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|onerror|<iframe|alert/i);
    expect(html).toContain('<img src="x" />');
    expect(html).toContain('<a href="https://evil.example/">evil.example</a>');
  });

  it('drops javascript: and vbscript: URLs from links and images', () => {
    const html = renderPreview('[click](javascript:alert(1)) [v](vbscript:msgbox) ![i](javascript:alert(2)) [ok](https://example.com)');
    expect(html).not.toMatch(/javascript:|vbscript:/i);
    expect(html).toContain('href="https://example.com"');
  });

  it('shows MDX imports and JSX as text, never as elements', () => {
    const html = renderPreview('import X from "./x.js"\n\n<X onClick={() => steal()} />\n\nexport const y = 1');
    expect(html).not.toMatch(/<X/);
    expect(html).toContain('import X from');
    expect(html).toContain('&lt;X');
  });

  it('leaves out HTML comments as the built page does, other raw HTML as elements, code as written', () => {
    // The comment closes a real page (vuejs-translations/docs-zh-cn src/about/faq.md).
    const html = renderPreview('Text\n\n<!-- ## TODO How does Vue compare to React? -->\n\nMore <!-- inline --> here\n\n```\n<!-- in code -->\n```\n\n<!--\nmulti\nline\n-->\n\n<!-- a --> <b>after</b>\n\n<div>kept</div>\n');
    expect(html).not.toContain('TODO');
    expect(html).not.toContain('multi');
    expect(html).toContain('<p>More  here</p>');
    expect(html).toContain('<code>&lt;!-- in code --&gt;');
    expect(html).toContain(' <b>after</b>');
    expect(html).toContain('<div>kept</div>');
  });
});

/**
 * The preview is part of the editor page, whose own ids (`main` for the skip link, `title`, `body`,
 * `preview`) a post's `## Main {#main}` repeated: the skip link or a label could reach the heading.
 * Every id the preview writes is scoped as GitHub scopes a README's, and its `#` links with them.
 */
describe('ids in the preview', () => {
  const html = renderPreview('## Main {#main}\n\n## 标题 {#title}\n\nSee [main](#main), [标题](#title) and [out](https://example.com/#main) and [top](#) a note[^1].\n\n[^1]: A note.\n');
  const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);

  it('all start with user-content-, so none is one of the page\'s', () => {
    expect(ids).toContain('user-content-main');
    expect(ids).toContain('user-content-title');
    expect(ids.filter((id) => !id!.startsWith('user-content-'))).toEqual([]);
  });

  it('keeps every # link and aria-describedby of the body pointing at its element in the preview', () => {
    const targets = [...html.matchAll(/ (?:href="#|aria-describedby=")([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(targets.length).toBeGreaterThanOrEqual(5);
    for (const target of targets) expect(ids).toContain(target);
    expect(html).toContain('href="https://example.com/#main"');
    expect(html).toContain('href="#"');
  });
});
