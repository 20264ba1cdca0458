/**
 * Faults found by a reader of a portfolio built from real blogs moved from Astro themes
 * (OseungKwon/blog, Korean; ChuYao233/MyBlog, Fuwari; TheJiahao, en + zh-CN), on one build of the
 * portfolio fixture with a few posts added.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const post = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

function write(root: string, file: string, text: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// The opening of a real Korean post (OseungKwon/blog, src/content/blog/analyze-zustand.md).
const KOREAN = `\`Zustand\`는 작고 빠르며 확장 가능한 React 프로젝트에서 사용하는 상태 관리 라이브러리입니다.

이전에 \`redux\`, \`recoil\` 등등의 상태 관리 라이브러리를 써왔지만, \`redux\`의 경우 보일러 플레이트가 많고 복잡하다는 단점이 있고, \`recoil\`은 더 이상 라이브러리의 업데이트가 이뤄지지 않는다는 단점이 있었습니다.

이러한 상황 속에서 zustand 라이브러리는 간결하고 경령화된 라이브러리로 점차 인기를 얻고 있습니다.`;

let root: string;
let files: Map<string, string>;
const text = (path: string) => files.get(path) ?? '';

beforeAll(async () => {
  root = await makeRoot('tl-pf-trial-');
  write(root, '2026/analyze-zustand.md', post({ title: "'zustand 라이브러리 코드 분석하기'", channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-22' }, KOREAN));
  write(root, '2026/taiwan.md', post({ title: '台灣小吃的做法', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-23', lang: 'zh-TW' }, '這是一篇用繁體中文寫的文章，講怎麼在家裡做台灣小吃，還有麵包。'));
  // Drafts by a flag written as text (a Hugo or Jekyll habit): never on the portfolio.
  write(root, '2026/quoted-draft.md', post({ title: 'QUOTEDDRAFT one', channel: 'blog', published: '2026-09-20', draft: '"true"' }, 'QUOTEDDRAFT body.'));
  write(root, '2026/yes-draft.md', post({ title: 'QUOTEDDRAFT two', channel: 'blog', pubDatetime: '2026-09-21', draft: 'yes' }, 'QUOTEDDRAFT body.'));
  const { outDir } = await buildPortfolio(root);
  const names = await readdir(outDir, { recursive: true, withFileTypes: true });
  files = new Map();
  for (const d of names.filter((n) => n.isFile())) {
    const path = relative(outDir, join(d.parentPath, d.name)).split('\\').join('/');
    if (/\.(html|xml|json|ics|txt)$/.test(path) || path.startsWith('pagefind/')) files.set(path, await readFile(join(d.parentPath, d.name), 'utf8'));
  }
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a post in a language other than English or Chinese (a Korean blog moved over)', () => {
  it('is published as lang="ko", the site\'s header and footer staying English', () => {
    const page = text('posts/2026/analyze-zustand/index.html');
    expect(page).toMatch(/<html lang="ko">/);
    expect(page).toMatch(/<header class="site-header"[^>]* lang="en"/);
    expect(page).toContain('<meta property="og:locale" content="ko_KR"');
    expect(page).toContain('"inLanguage":"ko"');
  });

  it('is marked ko in the lists of an English site and in the feeds', () => {
    expect(text('archive/index.html')).toMatch(/<li lang="ko">\s*<h\d class="post-title"><a href="\/posts\/2026\/analyze-zustand\/"/);
    const entry = /<entry xml:lang="([^"]*)">(?:(?!<\/entry>)[\s\S])*?zustand 라이브러리/.exec(text('atom.xml'));
    expect(entry?.[1]).toBe('ko');
    const json = JSON.parse(text('feed.json')) as { items: { title: string; language: string }[] };
    expect(json.items.find((i) => i.title.startsWith('zustand'))?.language).toBe('ko');
  });

  it('is not in the English-only feeds ("… (English)")', () => {
    expect(text('en/rss.xml')).toContain('<rss');
    expect(text('en/rss.xml')).not.toContain('zustand');
    expect(text('en/feed.json')).not.toContain('zustand');
    expect(text('rss.xml')).toContain('zustand');
  });
});

describe('search over posts in more than two languages', () => {
  it('loads every language index Pagefind wrote (ko and zh-TW beside en and zh-CN), each once', () => {
    const languages = Object.keys((JSON.parse(text('pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> }).languages).sort();
    expect(languages).toEqual(['en', 'ko', 'zh-cn', 'zh-tw']);
    const merged = [...text('search/index.html').matchAll(/language:'([^']+)'/g)].map((m) => m[1]).sort();
    // The page's own language (en) is its primary index; the others are merged.
    expect(merged).toEqual(['ko', 'zh-cn', 'zh-tw']);
  });

  it('says which languages it searches, Korean included (it said "in English or Chinese")', () => {
    const intro = /<p class="muted">([^<]*)<\/p>/.exec(text('search/index.html'))?.[1] ?? '';
    expect(intro).toMatch(/^Search all \d+ posts, in English, (Chinese, or Korean|Korean, or Chinese)\.$/);
  });
});

describe('a draft flag written as text (draft: "true", draft: yes)', () => {
  it('keeps the post off every page, feed, sitemap and calendar', () => {
    const leaks = [...files].filter(([, t]) => t.includes('QUOTEDDRAFT')).map(([p]) => p);
    expect(leaks).toEqual([]);
    expect(files.size).toBeGreaterThan(20);
  });
});

describe('a post with lang: zh-TW', () => {
  it('is published as zh-TW, not zh-CN, and stays in the Chinese feeds', () => {
    expect(text('posts/2026/taiwan/index.html')).toMatch(/<html lang="zh-TW">/);
    expect(text('posts/2026/taiwan/index.html')).toContain('<meta property="og:locale" content="zh_TW"');
    expect(/<entry xml:lang="([^"]*)">(?:(?!<\/entry>)[\s\S])*?台灣小吃/.exec(text('zh/atom.xml'))?.[1]).toBe('zh-TW');
  });
});
