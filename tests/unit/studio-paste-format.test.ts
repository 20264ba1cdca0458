import { describe, expect, it } from 'vitest';
import { toPlainText, toWechatHtml } from '../../src/studio/_lib/paste-format.ts';
import { countLength, limitsFor } from '../../src/studio/_lib/platform-limits.ts';

describe('toWechatHtml', () => {
  it('escapes the post text so that no tag or attribute of the post reaches the HTML', () => {
    const html = toWechatHtml('A <b>title</b>', 'Hello <script>alert(1)</script> & "quotes" <img src=x onerror=alert(2)>\n\n5 < 6 > 4');
    expect(html).not.toMatch(/<script|<img|<b>|onerror/);
    expect(html).toContain('A &lt;b&gt;title&lt;/b&gt;');
    expect(html).toContain('&amp; &quot;quotes&quot;');
    expect(html).toContain('5 &lt; 6 &gt; 4');
  });

  it('drops MDX imports, exports and expressions instead of running them', () => {
    const html = toWechatHtml('T', "import Chart from './chart.astro'\nexport const x = 1\n\nText {x * 2} <Chart data={x} /> end");
    expect(html).not.toMatch(/import|export|Chart|\{/);
    expect(html).toContain('Text');
    expect(html).toContain('end');
  });

  it('styles headings, paragraphs, lists, quotes and code inline, and links only http(s) targets', () => {
    const html = toWechatHtml('T', '## Step one\n\n- **soy** sauce\n- ginger\n\n> tip\n\n[site](https://example.com) [bad](javascript:alert(1))\n\n```\na < b\n```');
    expect(html).toMatch(/<h2 style="[^"]+">Step one<\/h2>/);
    expect(html).toMatch(/<p style="[^"]+">• <strong>soy<\/strong> sauce<\/p>/);
    expect(html).toMatch(/<blockquote style="[^"]+">tip<\/blockquote>/);
    expect(html).toContain('<a href="https://example.com" style="color:#576b95;">site</a>');
    expect(html).not.toContain('href="javascript');
    expect(html).toMatch(/<pre style="[^"]+">a &lt; b<\/pre>/);
  });
});

describe('toPlainText', () => {
  it('removes Markdown marks, keeps link targets, and joins wrapped Chinese lines without a space', () => {
    expect(toPlainText('# 标题\n\n冬至要吃饺子。\n和面时水要分三次加。\n\nA **bold** [link](https://x.example)')).toBe(
      '标题\n\n冬至要吃饺子。和面时水要分三次加。\n\nA bold link (https://x.example)',
    );
  });
});

describe('platform limits', () => {
  it('counts Chinese characters as one, and as two for X', () => {
    expect(countLength('饺子ab')).toBe(4);
    expect(countLength('饺子ab', true)).toBe(6);
  });

  it('knows Weibo, WeChat and Xiaohongshu (by channel name) limits, and none for a blog', () => {
    expect(limitsFor('weibo', 'Weibo').map((l) => l.max)).toEqual([2000, 140]);
    expect(limitsFor('wechat', 'WeChat').map((l) => `${l.part}:${l.max}`)).toEqual(['title:64', 'body:20000']);
    expect(limitsFor('other', '小红书').map((l) => l.max)).toEqual([20, 1000]);
    expect(limitsFor('blog', 'Blog')).toEqual([]);
  });
});
