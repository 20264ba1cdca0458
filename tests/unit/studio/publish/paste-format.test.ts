import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../../src/core/schema/planner.ts';
import { pasteFormatsFor, pasteKindOf, pasteLabels, toMarkdown, toPlainText, toWechatHtml, type PasteKind } from '../../../../src/studio/publish/paste-format.ts';
import { PLATFORM_LIMITS, XIAOHONGSHU_LIMITS, countLength, limitsFor } from '../../../../src/studio/publish/platform-limits.ts';

describe('toWechatHtml', () => {
  // The 公众号 editor takes the title in its own field and shows it above the article: a title
  // at the top of the pasted body showed twice.
  it('starts with the body, not the title', () => {
    const html = toWechatHtml('第一段正文。\n\n## 小标题');
    expect(html).toMatch(/^<p style="[^"]+">第一段正文。<\/p>/);
    expect(html).not.toContain('<h1');
  });

  it('escapes the post text so that no tag or attribute of the post reaches the HTML', () => {
    const html = toWechatHtml('Hello <b>bold</b> <script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>\n\n5 < 6 > 4');
    expect(html).not.toMatch(/<script|<img|<b>|<[^>]*onerror/);
    expect(html).toContain('Hello bold');
    expect(html).toContain('&amp; &quot;quotes&quot;');
    expect(html).toContain('5 &lt; 6 &gt; 4');
  });

  it('drops MDX imports, exports and expressions instead of running them', () => {
    const html = toWechatHtml("import Chart from './chart.astro'\nexport const x = 1\n\nText {x * 2} <Chart data={x} /> end");
    expect(html).not.toMatch(/import|export|Chart|\{/);
    expect(html).toContain('Text');
    expect(html).toContain('end');
  });

  it('styles headings, paragraphs, lists, quotes and code inline, and links only http(s) targets', () => {
    const html = toWechatHtml('## Step one\n\n- **soy** sauce\n- ginger\n\n> tip\n\n[site](https://example.com) [bad](javascript:alert(1))\n\n```\na < b\n```');
    expect(html).toMatch(/<h2 style="[^"]+">Step one<\/h2>/);
    expect(html).toMatch(/<li style="[^"]+"><strong>soy<\/strong> sauce<\/li>/);
    expect(html).toMatch(/<blockquote style="[^"]+">\s*<p style="[^"]+">tip<\/p>/);
    expect(html).toContain('site<sup style="font-size:12px;color:#576b95;">[1]</sup>');
    expect(html).not.toContain('href="javascript');
    expect(html).toMatch(/<pre style="[^"]+"><code style="[^"]+">a&nbsp;&lt;&nbsp;b<\/code><\/pre>/);
  });

  // A 公众号 article cannot link outside WeChat (its editor drops the address on paste), so the
  // addresses go to a numbered list at the end, as WeChat Markdown tools (lyricat/wechat-format) do.
  // A Chinese comment line ran into the next line of code ("# 打印问候问候 = ..."): the joining of
  // Chinese lines wrapped in the source also ran inside code blocks. WeChat's editor collapses the
  // spaces and line breaks of pasted code too, so code goes as <br> and &nbsp; (as doocs/md does).
  it('keeps every line and indent of a code block with Chinese in it, and still joins wrapped Chinese prose', () => {
    const html = toWechatHtml('```python\n# 打印问候\n问候 = "你好"\nif 问候:\n\tprint(问候)\n        return\n```\n\n正文第一行\n正文第二行');
    const code = /<code style="[^"]+">([\s\S]*?)<\/code>/.exec(html)![1]!;
    expect(code.split('<br>').map((line) => line.replace(/&nbsp;/g, ' ').replace(/&quot;/g, '"'))).toEqual([
      '# 打印问候', '问候 = "你好"', 'if 问候:', '    print(问候)', '        return',
    ]);
    expect(code).not.toMatch(/\n/);
    expect(html).toContain('正文第一行正文第二行');
  });

  // GFM footnotes show on the portfolio, but marked left "[^1]" and "[^1]: …" as written in the
  // WeChat HTML and the plain text (LinkedIn, Weibo …).
  it('shows GFM footnotes as numbered notes at the end, in WeChat HTML and plain text alike', () => {
    const body = 'Vite 使用 esbuild[^go] 预构建依赖[^2]。`a[^go]` 与 [^none] 照原样。\n\n```\nx[^go]\n```\n\n[^go]: esbuild 用 [Go](https://go.dev) 编写，\n    比 JavaScript 快。\n[^2]: 第二条。\n[^unused]: 从未引用。';
    const html = toWechatHtml(body, 'zh');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Vite 使用 esbuild1 预构建依赖2。a[^go] 与 [^none] 照原样。');
    expect(html).toMatch(/esbuild<sup style="[^"]+">1<\/sup>/);
    expect(text).toContain('x[^go]');
    expect(html).toMatch(/<h3 style="[^"]+">注释<\/h3>/);
    expect(text).toContain('1. esbuild 用 Go[1] 编写，比 JavaScript 快。');
    expect(text).toContain('2. 第二条。');
    expect(text).toContain('[1] Go: https://go.dev');
    expect(html).not.toMatch(/\[\^go\]:|\[\^2\]|从未引用/);
    expect(toWechatHtml('Fast[^a].\n\n[^a]: Really.', 'en')).toMatch(/<h3 style="[^"]+">Notes<\/h3>\n<p[^>]*>1\. Really\.<\/p>/);
    expect(toPlainText(body)).toBe('Vite 使用 esbuild[1] 预构建依赖[2]。a[^go] 与 [^none] 照原样。\n\nx[^go]\n\n[1] esbuild 用 Go (https://go.dev) 编写，比 JavaScript 快。\n[2] 第二条。');
  });

  it('turns outside links into numbered references listed at the end, one number per address', () => {
    const body = [
      '诸如 [webpack](https://webpack.js.org/)、[Rollup](https://rollupjs.org) 等工具。',
      '',
      '再看 [webpack 文档](https://webpack.js.org/) 和 <https://vite.dev/guide/>，以及[上一篇](https://mp.weixin.qq.com/s/abc)。',
    ].join('\n');
    const html = toWechatHtml(body, 'zh');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('诸如 webpack[1]、Rollup[2] 等工具。');
    expect(text).toContain('再看 webpack 文档[1] 和 https://vite.dev/guide/[3]，以及上一篇。');
    expect(html).not.toMatch(/<a href="https:\/\/(webpack|rollupjs|vite)/);
    expect(html).toContain('<a href="https://mp.weixin.qq.com/s/abc" style="color:#576b95;">上一篇</a>');
    expect(html).toMatch(/<h3 style="[^"]+">参考资料<\/h3>/);
    const refs = [...html.matchAll(/<p style="[^"]*word-break:break-all;">([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(refs).toEqual(['[1] webpack: https://webpack.js.org/', '[2] Rollup: https://rollupjs.org', '[3] https://vite.dev/guide/']);
    expect(html.indexOf('参考资料')).toBeGreaterThan(html.indexOf('上一篇'));
  });

  it('heads the references in the post language, and adds none without outside links', () => {
    expect(toWechatHtml('Tools like [Rollup](https://rollupjs.org).', 'en')).toMatch(/<h3 style="[^"]+">References<\/h3>\n<p[^>]*>\[1\] Rollup: https:\/\/rollupjs.org<\/p>/);
    const none = toWechatHtml('没有链接，[上一篇](https://mp.weixin.qq.com/s/abc)。');
    expect(none).not.toContain('参考资料');
    expect(none).not.toContain('<sup');
  });

  it('keeps images, tables and nested lists, each with inline styles', () => {
    const body = [
      '![A bowl of noodles](https://example.com/noodles.jpg)',
      '',
      '| 步骤 | 时间 |',
      '| --- | ---: |',
      '| 焯水 | 5 分钟 |',
      '',
      '1. Prepare',
      '   - wash the greens',
      '   - cut the ginger',
      '2. Cook',
    ].join('\n');
    const html = toWechatHtml(body);
    expect(html).toMatch(/<img src="https:\/\/example\.com\/noodles\.jpg" alt="A bowl of noodles" style="[^"]*max-width:100%[^"]*">/);
    expect(html).toMatch(/<table style="[^"]+">/);
    expect(html).toMatch(/<th style="[^"]*border[^"]*">步骤<\/th>/);
    expect(html).toMatch(/<td style="[^"]+">5 分钟<\/td>/);
    expect(html).toMatch(/<ol style="[^"]+">\s*<li style="[^"]+">Prepare\s*<ul style="[^"]+">\s*<li style="[^"]+">wash the greens<\/li>/);
  });

  it('keeps no image whose address is not http(s), only its description', () => {
    const html = toWechatHtml('![local photo](/images/x.jpg) ![x](javascript:alert(1))');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('local photo');
  });
});

describe('toPlainText', () => {
  it('keeps nested lists indented, table rows on their own lines, and drops images to their description', () => {
    const body = '![一碗面](https://example.com/a.jpg)\n\n| 步骤 | 时间 |\n| --- | --- |\n| 熬葱油 | 8 分钟 |\n\n1. 熬葱油\n   - 小火\n2. 拌面\n\nFish & chips < 5 "quoted"';
    expect(toPlainText(body)).toBe('一碗面\n\n步骤 | 时间\n熬葱油 | 8 分钟\n\n1. 熬葱油\n  • 小火\n2. 拌面\n\nFish & chips < 5 "quoted"');
  });

  it('prints a bare URL once', () => {
    expect(toPlainText('Read https://example.com/a and [this](https://example.com/b)')).toBe('Read https://example.com/a and this (https://example.com/b)');
  });

  it('joins wrapped Chinese lines in the WeChat HTML without a space', () => {
    expect(toWechatHtml('冬至要吃饺子。\n和面时水要分三次加。')).toContain('冬至要吃饺子。和面时水要分三次加。');
  });

  it('removes Markdown marks, keeps link targets, and joins wrapped Chinese lines without a space', () => {
    expect(toPlainText('# 标题\n\n冬至要吃饺子。\n和面时水要分三次加。\n\nA **bold** [link](https://x.example)')).toBe(
      '标题\n\n冬至要吃饺子。和面时水要分三次加。\n\nA bold link (https://x.example)',
    );
  });
});

describe('a wrapped line beside full-width punctuation', () => {
  // The portfolio joins "软件。\nTypst" without a space (pages/_lib/cjk-line-breaks.ts); the text to
  // paste into WeChat or Weibo showed "软件。 Typst", a space after the full-width stop.
  it('runs on without a space in the WeChat HTML and the plain text', () => {
    expect(toWechatHtml('排版软件。\nTypst 语法比 LaTeX 简单，\n速度也快。')).toContain('排版软件。Typst 语法比 LaTeX 简单，速度也快。');
    expect(toPlainText('排版软件。\nTypst 语法比 LaTeX 简单，\n速度也快。')).toBe('排版软件。Typst 语法比 LaTeX 简单，速度也快。');
    expect(toPlainText('It ends.\nTypst is next')).toBe('It ends. Typst is next');
  });
});

describe('toMarkdown', () => {
  it('keeps the Markdown for editors that convert it, without MDX imports, components or expressions', () => {
    expect(toMarkdown("import X from './x.astro'\n\n## 标题\n\n- a\n  - b\n\n<X value={1} />\n\n```js\nconst y = {a: 1};\n```")).toBe(
      '## 标题\n\n- a\n  - b\n\n```js\nconst y = {a: 1};\n```',
    );
  });
});

describe('pasteFormatsFor', () => {
  it('offers the WeChat HTML for WeChat only, Markdown for Zhihu, and plain text for LinkedIn', () => {
    expect(pasteFormatsFor('wechat')).toContain('wechat-html');
    expect(pasteFormatsFor('zhihu')).toEqual(['markdown', 'plain']);
    expect(pasteFormatsFor('linkedin')).toEqual(['plain']);
    for (const platform of ['zhihu', 'linkedin', 'weibo', 'x', 'blog'] as const) expect(pasteFormatsFor(platform)).not.toContain('wechat-html');
  });
});

describe('pasteLabels', () => {
  const NAMES: Partial<Record<PasteKind, RegExp>> = { zhihu: /Zhihu|知乎/, wechat: /WeChat|公众号|微信/, weibo: /Weibo|微博/, linkedin: /LinkedIn/, youtube: /YouTube/, xiaohongshu: /Xiaohongshu|小红书/ };

  it("names only the channel kind's own editor in the headings it shows, for every kind and language", () => {
    for (const kind of [...PLATFORMS, 'xiaohongshu'] as const)
      for (const lang of ['en', 'zh'] as const) {
        const labels = pasteLabels(kind, lang);
        const shown = pasteFormatsFor(kind).map((format) => labels[format]).join('\n');
        for (const [other, name] of Object.entries(NAMES)) if (other !== kind) expect(shown, `${kind} ${lang}`).not.toMatch(name);
      }
  });

  it('puts a space between Chinese words and a Latin platform name in the Chinese headings', () => {
    expect(pasteLabels('linkedin', 'zh').plain).toBe('纯文本（粘贴到 LinkedIn 发布框）');
    expect(pasteLabels('x', 'zh').plain).toBe('纯文本（粘贴到 X 发布框）');
    expect(pasteLabels('youtube', 'zh').markdown).toBe('Markdown（用于支持 Markdown 的 YouTube 视频简介）');
    expect(pasteLabels('weibo', 'zh').plain).toBe('纯文本（粘贴到微博发布框）');
  });

  it('treats an "other" channel named for 小红书 as Xiaohongshu: plain text only', () => {
    expect(pasteKindOf('other', '小红书')).toBe('xiaohongshu');
    expect(pasteKindOf('other', 'My RedNote')).toBe('xiaohongshu');
    expect(pasteKindOf('blog', 'Blog')).toBe('blog');
    expect(pasteFormatsFor('xiaohongshu')).toEqual(['plain']);
    expect(pasteLabels('xiaohongshu', 'zh').plain).toContain('小红书');
  });
});

describe('platform limits', () => {
  it('counts Chinese characters as one, and as two for X', () => {
    expect(countLength('饺子ab')).toBe(4);
    expect(countLength('饺子ab', true)).toBe(6);
  });

  it('names every limit and its source in Chinese too', () => {
    const all = [...Object.values(PLATFORM_LIMITS).flat(), ...XIAOHONGSHU_LIMITS];
    for (const limit of all) for (const text of [limit.label.zh, limit.source.zh]) expect(text).toMatch(/\p{Script=Han}/u);
  });

  it('counts a URL as 23 for X, whatever its length, as the counter of X does', () => {
    const url = 'https://example.com/2026/11/a-rather-long-path/to-a-post-about-winter-soups?utm_source=newsletter';
    expect(countLength(`Winter soups: ${url}`, true)).toBe('Winter soups: '.length + 23);
  });

  it('counts an emoji sequence joined by ZWJ as one emoji (2) for X', () => {
    expect(countLength('👨‍👩‍👧‍👦', true)).toBe(2);
    expect(countLength('Family 👨‍👩‍👧‍👦 time', true)).toBe('Family  time'.length + 2);
  });

  it('knows Weibo, WeChat and Xiaohongshu (by channel name) limits, and none for a blog', () => {
    expect(limitsFor('weibo', 'Weibo').map((l) => l.max)).toEqual([2000, 140]);
    expect(limitsFor('wechat', 'WeChat').map((l) => `${l.part}:${l.max}`)).toEqual(['title:64', 'body:20000']);
    expect(limitsFor('other', '小红书').map((l) => l.max)).toEqual([20, 1000]);
    expect(limitsFor('blog', 'Blog')).toEqual([]);
  });
});

// An article pasted from the 公众号 editor is HTML on one line: its tags were dropped and every
// paragraph ran into one in the plain text, the 公众号 HTML and the Markdown.
describe('a body written as HTML', () => {
  const pasted = '<section style="margin: 0px 8px;"><section style="text-align: center;"><span style="font-size: 18px;"><strong>盖碗泡绿茶</strong></span></section><p style="margin-bottom: 16px;"><span>很多朋友问我水温。</span></p><ul><li><p><span>嫩芽茶：80～85度</span></p></li><li><p>炒青：90度</p></li></ul><p>沿着盖碗的壁注水。<br>茶汤会更柔和。</p></section>';

  it('keeps each block a paragraph and each list item a "•" line in the plain text', () => {
    expect(toPlainText(pasted)).toBe('盖碗泡绿茶\n\n很多朋友问我水温。\n\n• 嫩芽茶：80～85度\n\n• 炒青：90度\n\n沿着盖碗的壁注水。\n\n茶汤会更柔和。');
  });

  it('gives one styled paragraph per block in the 公众号 HTML, and paragraphs in the Markdown', () => {
    const html = toWechatHtml(pasted);
    expect(html.match(/<p style="[^"]+">/g)).toHaveLength(6);
    expect(html).toMatch(/<p style="[^"]+">很多朋友问我水温。<\/p>/);
    expect(html).not.toMatch(/<section|<span|margin: 0px 8px/);
    expect(toMarkdown(pasted).split('\n\n')).toEqual(['盖碗泡绿茶', '很多朋友问我水温。', '• 嫩芽茶：80～85度', '• 炒青：90度', '沿着盖碗的壁注水。', '茶汤会更柔和。']);
  });

  it('keeps a tag written in inline code as text', () => {
    expect(toPlainText('用 `<p>` 标签分段，用 `{x}` 插值。')).toBe('用 <p> 标签分段，用 {x} 插值。');
  });
});
