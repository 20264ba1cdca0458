/**
 * A Chinese post marks emphasis with dots under the characters (base.css, `em:lang(zh)`), as
 * Chinese typography does. Latin words emphasised in a Chinese post (AstroPaper's translated
 * frontmatter table: `**_pubDatetime_**`) got a dot under every letter. Such an `<em>` holding
 * no CJK character is now `lang="en"`: italic, as Latin text is emphasised, and read as English.
 */
import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { latinEmphasis } from '../../src/pages/_lib/latin-emphasis.ts';
import { MARKDOWN_PLUGIN_MODULES } from '../../src/integration/render-key.ts';

const render = (source: string) => (markdownToHtml(source, { hastPlugins: [latinEmphasis] }) as { html: string }).html;

describe('emphasis on Latin words in a Chinese post', () => {
  it('an <em> with no CJK character is lang="en"; one with Chinese keeps the post language', () => {
    const html = render('---\ntitle: 在 AstroPaper 主题中添加新文章\n---\n\n| 属性 | 描述 |\n| - | - |\n| **_pubDatetime_** | 发布日期时间。 |\n\n这是*重点*，还有 *mixed 中文* 和 _Latin only_。\n');
    expect(html).toContain('<strong><em lang="en">pubDatetime</em></strong>');
    expect(html).toContain('<em>重点</em>');
    expect(html).toContain('<em>mixed 中文</em>');
    expect(html).toContain('<em lang="en">Latin only</em>');
  });

  it('leaves an English post alone', () => {
    expect(render('Some *emphasis* here, and more words than anything else.\n')).toContain('<em>emphasis</em>');
  });

  it('the dots apply to the em whose own language is Chinese, and the plugin is in the render key', () => {
    const css = readFileSync(new URL('../../src/styles/base.css', import.meta.url), 'utf8');
    expect(css).toMatch(/em:lang\(zh\)\s*\{[^}]*text-emphasis: filled dot/);
    expect(css).not.toMatch(/:lang\(zh\) em\s*\{/);
    expect(MARKDOWN_PLUGIN_MODULES.some((u) => u.pathname.endsWith('/latin-emphasis.ts'))).toBe(true);
  });
});
