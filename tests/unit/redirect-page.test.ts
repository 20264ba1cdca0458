import { describe, expect, test } from 'vitest';
import { redirectHtml } from '../../src/core/redirects/redirect-page.ts';

const page = { to: '/posts/2026/a/', canonical: 'https://example.com/posts/2026/a/' };

describe('an alias\'s redirect page says its post\'s language', () => {
  test('the post\'s own tag when the page\'s words are in its language', () => {
    const html = redirectHtml({ ...page, title: '繁體中文的文章', lang: 'zh', tag: 'zh-TW' });
    expect(html).toContain('<html lang="zh-TW">');
    expect(html).toContain('这篇文章已移至 <a href="/posts/2026/a/">繁體中文的文章</a>。');
  });

  test('a title in another language than the words carries its own lang', () => {
    const html = redirectHtml({ ...page, title: '블로그를 옮겼습니다', lang: 'en', tag: 'ko' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('This post has moved to <a href="/posts/2026/a/" lang="ko">블로그를 옮겼습니다</a>.');
  });

  test('English and Simplified Chinese posts as before', () => {
    expect(redirectHtml({ ...page, title: 'Moved', lang: 'en', tag: 'en' })).toContain('<html lang="en">');
    expect(redirectHtml({ ...page, title: '红烧肉', lang: 'zh', tag: 'zh-CN' })).toContain('<html lang="zh-CN">');
    expect(redirectHtml({ ...page, title: 'Moved', lang: 'en' })).not.toContain(' lang="en"><');
  });
});
