import { describe, expect, test } from 'vitest';
import { redirectHtml } from '../../src/core/redirects/redirect-page.ts';
import { siteWord } from '../../src/pages/_lib/site-words.ts';

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

describe('a redirect page of a site written in Traditional Chinese', () => {
  const traditional = (text: string) => siteWord(text, 'zh-Hant');

  test('says its words in Traditional characters with the site words\' tag, the title as written', () => {
    const html = redirectHtml({ ...page, title: '烘焙', lang: 'zh', wordsTag: 'zh-Hant', script: traditional, kind: 'page' });
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('<title>已移至：烘焙</title>');
    expect(html).toContain('這個頁面已移至 <a href="/posts/2026/a/">烘焙</a>。');
  });

  test('keeps a post\'s old address in the post\'s own tag and script', () => {
    const html = redirectHtml({ ...page, title: '手沖咖啡', lang: 'zh', tag: 'zh-TW', script: traditional });
    expect(html).toContain('<html lang="zh-TW">');
    expect(html).toContain('這篇文章已移至');
  });
});
