/**
 * The brand's own words in the other language than the page's carry a `lang` of their own: a
 * bilingual user's trial found Chinese pillar names, tags and channel names on an English site
 * (and an English label, pillar and tags on a Chinese one) with none, so browsers drew Han in a
 * Japanese or fallback font and screen readers read 科技周刊 with an English voice. Text in the
 * page's own language gets no `lang` (it inherits `<html lang>`), and the visible text is unchanged.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioValidator } from '../support/html-validate.ts';
import { textLangAttr } from '../../src/core/language.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const textOf = (n: Node): string =>
  'value' in n && n.nodeName === '#text' ? (n as { value: string }).value : 'childNodes' in n ? (n.childNodes as Node[]).map(textOf).join('') : '';

/**
 * Where `text` is shown on the page: for each innermost element whose text contains it (outside
 * <head>), the language it is read in (the nearest `lang` up the tree) and the element that says it.
 */
function langsOf(html: string, text: string): { lang: string; from: string }[] {
  const found: { lang: string; from: string }[] = [];
  const walk = (el: Element, lang: string, from: string): void => {
    const own = el.attrs.find((a) => a.name === 'lang')?.value;
    const here = own ?? lang;
    const by = own !== undefined ? `${el.nodeName}${el.attrs.find((a) => a.name === 'class') ? '.' + el.attrs.find((a) => a.name === 'class')!.value.split(' ')[0] : ''}` : from;
    if (el.nodeName === 'head' || el.nodeName === 'script' || el.nodeName === 'svg') return;
    const children = el.childNodes.filter((c): c is Element => 'tagName' in c);
    const inChild = children.some((c) => textOf(c).includes(text));
    if (!inChild && textOf(el).includes(text)) found.push({ lang: here, from: by });
    for (const c of children) if (textOf(c).includes(text)) walk(c, here, by);
  };
  const doc = parse(html);
  const root = doc.childNodes.find((n): n is Element => n.nodeName === 'html')!;
  walk(root, '', 'html');
  return found;
}

/**
 * Elements whose `lang` equals the language they sit in (noise), as `tag.class: text`; the
 * page's own always-marked parts (the meta line, previous/next, the contents heading) are left out.
 */
function redundantLangs(html: string): string[] {
  const out: string[] = [];
  const walk = (el: Element, lang: string): void => {
    const own = el.attrs.find((a) => a.name === 'lang')?.value;
    const cls = el.attrs.find((a) => a.name === 'class')?.value.split(' ')[0] ?? '';
    const text = textOf(el).trim().slice(0, 30);
    if (own !== undefined && own === lang && !['meta', 'post-nav'].includes(cls) && !(el.nodeName === 'h2')) out.push(`${el.nodeName}.${cls}: ${text}`);
    for (const c of el.childNodes) if ('tagName' in c) walk(c as Element, own ?? lang);
  };
  const root = parse(html).childNodes.find((n): n is Element => n.nodeName === 'html')!;
  for (const c of root.childNodes) if ('tagName' in c) walk(c as Element, root.attrs.find((a) => a.name === 'lang')!.value);
  return out;
}

const planner = (brand: Record<string, unknown>, channels: { id: string; name: string; platform: string }[]) => JSON.stringify({
  version: 1,
  brand: { timezone: 'Asia/Shanghai', ...brand },
  channels: channels.map((c) => ({ ...c, cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '08:00' })),
  breaks: [],
});
const post = (fields: Record<string, string>, body: string) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

async function site(prefix: string, plannerJson: string, posts: Record<string, string>): Promise<{ root: string; page: (path: string) => string }> {
  const root = await makeRoot(prefix);
  rmSync(join(root, 'content/posts'), { recursive: true, force: true });
  writeFileSync(join(root, 'content/planner.json'), plannerJson);
  for (const [file, text] of Object.entries(posts)) {
    mkdirSync(dirname(join(root, 'content/posts', file)), { recursive: true });
    writeFileSync(join(root, 'content/posts', file), text);
  }
  const { outDir } = await buildPortfolio(root);
  return { root, page: (path) => readFileSync(join(outDir, path, 'index.html'), 'utf8') };
}

const validator = portfolioValidator();
async function validate(html: string, path: string): Promise<string[]> {
  const report = await validator.validateString(html, path);
  return report.results.flatMap((r) => r.messages.map((m) => `${path}: ${m.ruleId}: ${m.message}`));
}
/** The page's text, tags removed: adding a lang must never change it. */
const visible = (html: string) => html.replace(/<head>[\s\S]*<\/head>/, '').replace(/<[^>]+>/g, '');

describe('textLangAttr', () => {
  it('gives the text its own tag where it differs from the language around it, and none where it does not', () => {
    expect(textLangAttr('科技周刊', 'en')).toBe('zh-CN');
    expect(textLangAttr('#终端', 'en')).toBe('zh-CN');
    expect(textLangAttr('Developer tools', 'zh-CN')).toBe('en');
    expect(textLangAttr('The engineer who writes about 终端', 'zh-CN')).toBe('en');
    expect(textLangAttr('Developer tools', 'en')).toBeUndefined();
    expect(textLangAttr('Developer tools', 'en-GB')).toBeUndefined();
    expect(textLangAttr('公众号', 'zh-CN')).toBeUndefined();
    // A zh-TW page's Chinese is its own: detection cannot tell simplified from traditional.
    expect(textLangAttr('終端', 'zh-TW')).toBeUndefined();
    // Han alone on a Japanese page is read as Japanese.
    expect(textLangAttr('東京', 'ja')).toBeUndefined();
    expect(textLangAttr('ひらがなの話', 'en')).toBe('ja');
    // No letter: neither language.
    expect(textLangAttr('2026', 'zh-CN')).toBeUndefined();
    expect(textLangAttr('', 'zh-CN')).toBeUndefined();
  });
});

describe('an English site with Chinese pillar, tag, channel, strengths and name', () => {
  let s: { root: string; page: (path: string) => string };
  beforeAll(async () => {
    s = await site('tl-text-lang-en-', planner({
      name: '林一',
      label: 'The engineer who writes about developer tools',
      audience: 'Developers who live in the terminal',
      strengths: ['debugging', '技术写作'],
      impressions: ['patient', '靠谱'],
      pillars: [
        { id: 'weekly', name: '科技周刊', description: '每周值得分享的科技内容' },
        { id: 'tools', name: 'Developer tools', description: 'The tools I use every day' },
      ],
    }, [{ id: 'blog', name: 'Blog', platform: 'blog' }, { id: 'wechat', name: '公众号', platform: 'wechat' }]), {
      '2026/terminal-tips.md': post({ title: 'Terminal tips for every day', channel: 'wechat', pillar: 'weekly', status: 'published', publishedAt: '2026-09-10', tags: '[终端, shell]' }, 'A few habits that make the terminal faster, from history search to aliases and small scripts.'),
      '2026/zhongduan.md': post({ title: '终端里的小技巧', channel: 'blog', pillar: 'tools', status: 'published', publishedAt: '2026-09-14', tags: '[shell, 终端]' }, '从历史搜索到别名和小脚本，几个让终端更快的习惯，每天都用得上。'),
    });
  }, 300_000);
  afterAll(() => rmSync(s.root, { recursive: true, force: true }));

  it('marks the Chinese name, pillar and description, channel and tags on the home page, and nothing English', () => {
    const home = s.page('');
    expect(home).toMatch(/<html lang="en">/);
    for (const text of ['林一', '科技周刊', '每周值得分享的科技内容', '#终端', '公众号']) {
      for (const at of langsOf(home, text)) expect(at.lang, text).toBe('zh-CN');
    }
    expect(langsOf(home, '科技周刊').length).toBeGreaterThan(0);
    expect(langsOf(home, '公众号').length).toBeGreaterThan(0);
    for (const text of ['The engineer who writes about developer tools', 'Developer tools', 'The tools I use every day', '#shell', 'Blog']) {
      const at = langsOf(home, text);
      expect(at.length, text).toBeGreaterThan(0);
      for (const a of at) expect(a.lang, text).toBe('en');
    }
  });

  it('marks the name, strengths, impressions, pillar and channel on the about page', () => {
    const about = s.page('about');
    for (const text of ['林一', '技术写作', '靠谱', '科技周刊', '每周值得分享的科技内容', '公众号']) {
      const at = langsOf(about, text);
      expect(at.length, text).toBeGreaterThan(0);
      for (const a of at) expect(a.lang, text).toBe('zh-CN');
    }
    for (const text of ['debugging', 'patient', 'Developer tools', 'Developers who live in the terminal']) {
      for (const a of langsOf(about, text)) expect(a, text).toEqual({ lang: 'en', from: 'html' });
    }
    expect(about).toContain('About ');
  });

  it('marks the pillar page, the tag page and the tag index', () => {
    const pillar = s.page('pillars/weekly');
    expect(langsOf(pillar, '科技周刊').map((a) => a.lang)).toEqual(expect.arrayContaining(['zh-CN']));
    for (const a of langsOf(pillar, '科技周刊')) expect(a.lang).toBe('zh-CN');
    for (const a of langsOf(pillar, '每周值得分享的科技内容')) expect(a.lang).toBe('zh-CN');
    const tag = s.page('tags/终端');
    expect(langsOf(tag, '#终端').length).toBeGreaterThan(0);
    for (const a of langsOf(tag, '#终端')) expect(a.lang).toBe('zh-CN');
    for (const a of langsOf(tag, '公众号')) expect(a.lang).toBe('zh-CN');
    const tags = s.page('tags');
    expect(langsOf(tags, '#终端').map((a) => a.lang)).toEqual(['zh-CN']);
    expect(langsOf(tags, '#shell')).toEqual([{ lang: 'en', from: 'html' }]);
  });

  it('marks the post meta: the pillar, the channel and the tags, against the post page language', () => {
    const en = s.page('posts/2026/terminal-tips');
    for (const text of ['科技周刊', '公众号', '#终端', '林一']) {
      const at = langsOf(en, text);
      expect(at.length, text).toBeGreaterThan(0);
      for (const a of at) expect(a.lang, text).toBe('zh-CN');
    }
    expect(langsOf(en, '#shell')).toEqual([{ lang: 'en', from: 'html' }]);
    // A Chinese post on the English site: its English pillar and tag are English inside it.
    const zh = s.page('posts/2026/zhongduan');
    expect(zh).toMatch(/<html lang="zh-CN">/);
    for (const a of langsOf(zh, 'Developer tools')) expect(a.lang).toBe('en');
    expect(langsOf(zh, '#shell').map((a) => a.lang)).toEqual(['en']);
    expect(langsOf(zh, '#终端')).toEqual([{ lang: 'zh-CN', from: 'html' }]);
  });

  it('adds no lang that only repeats the language around it', () => {
    for (const p of ['', 'about', 'pillars/weekly', 'pillars/tools', 'tags', 'tags/终端', 'tags/shell', 'posts/2026/terminal-tips', 'posts/2026/zhongduan']) expect(redundantLangs(s.page(p)), p).toEqual([]);
  });

  it('keeps the pages valid HTML', async () => {
    const paths = ['', 'about', 'pillars/weekly', 'tags', 'tags/终端', 'posts/2026/terminal-tips', 'posts/2026/zhongduan'];
    expect((await Promise.all(paths.map((p) => validate(s.page(p), `${p || 'home'}/index.html`)))).flat()).toEqual([]);
  });

  it('shows the same text as before', () => {
    expect(visible(s.page(''))).toContain('© 2026 林一\u00a0· The engineer who writes about developer tools');
    expect(visible(s.page('about'))).toContain('About 林一');
    expect(visible(s.page('about'))).toContain('debugging, 技术写作');
    // Each tag and its count are apart for a screen reader (a visually hidden comma, helper-234).
    expect(visible(s.page('tags'))).toMatch(/#终端, \d posts/);
  });
});

describe('a Chinese site with an English label, pillar and tags', () => {
  let s: { root: string; page: (path: string) => string };
  beforeAll(async () => {
    s = await site('tl-text-lang-zh-', planner({
      name: '林一',
      label: 'The engineer who writes about developer tools',
      audience: '在终端里工作的开发者',
      language: 'zh',
      strengths: ['调试', 'technical writing'],
      impressions: ['耐心'],
      pillars: [
        { id: 'tools', name: 'Developer tools', description: 'The tools I use every day' },
        { id: 'weekly', name: '科技周刊', description: '每周值得分享的科技内容' },
      ],
    }, [{ id: 'blog', name: '博客', platform: 'blog' }, { id: 'letter', name: 'Newsletter', platform: 'newsletter' }]), {
      '2026/zhongduan.md': post({ title: '终端里的小技巧', channel: 'letter', pillar: 'tools', status: 'published', publishedAt: '2026-09-14', tags: '[terminal, 终端]' }, '从历史搜索到别名和小脚本，几个让终端更快的习惯，每天都用得上。'),
      '2026/weekly-1.md': post({ title: '科技周刊第一期', channel: 'blog', pillar: 'weekly', status: 'published', publishedAt: '2026-09-16', tags: '[周刊]' }, '这一期聊聊新的命令行工具、一个好用的字体，还有两篇值得读的文章。'),
    });
  }, 300_000);
  afterAll(() => rmSync(s.root, { recursive: true, force: true }));

  it('marks the English label, pillar, channel and tag on the home page, and nothing Chinese', () => {
    const home = s.page('');
    expect(home).toMatch(/<html lang="zh-CN">/);
    for (const text of ['The engineer who writes about developer tools', 'Developer tools', 'The tools I use every day', '#terminal', 'Newsletter']) {
      const at = langsOf(home, text);
      expect(at.length, text).toBeGreaterThan(0);
      for (const a of at) expect(a.lang, text).toBe('en');
    }
    expect(home).toContain('<p class="label" lang="en">The engineer who writes about developer tools</p>');
    // Chinese inherits (no lang="zh-CN" added: redundantLangs below).
    for (const text of ['林一', '科技周刊', '每周值得分享的科技内容', '在终端里工作的开发者']) {
      for (const a of langsOf(home, text)) expect(a.lang, text).toBe('zh-CN');
    }
  });

  it('marks the about, pillar, tag and post pages', async () => {
    const about = s.page('about');
    for (const text of ['The engineer who writes about developer tools', 'technical writing', 'Developer tools', 'Newsletter']) {
      const at = langsOf(about, text);
      expect(at.length, text).toBeGreaterThan(0);
      for (const a of at) expect(a.lang, text).toBe('en');
    }
    for (const text of ['调试', '耐心']) expect(langsOf(about, text)).toEqual([{ lang: 'zh-CN', from: 'html' }]);
    const pillar = s.page('pillars/tools');
    for (const text of ['Developer tools', 'The tools I use every day', '#terminal', 'Newsletter']) {
      const at = langsOf(pillar, text);
      expect(at.length, text).toBeGreaterThan(0);
      for (const a of at) expect(a.lang, text).toBe('en');
    }
    const tag = s.page('tags/terminal');
    for (const a of langsOf(tag, '#terminal')) expect(a.lang).toBe('en');
    expect(langsOf(tag, '#终端')).toEqual([{ lang: 'zh-CN', from: 'html' }]);
    const p = s.page('posts/2026/zhongduan');
    for (const text of ['Developer tools', 'Newsletter', '#terminal', 'The engineer who writes about developer tools']) {
      const at = langsOf(p, text);
      expect(at.length, text).toBeGreaterThan(0);
      for (const a of at) expect(a.lang, text).toBe('en');
    }
    const paths = ['', 'about', 'pillars/tools', 'tags/terminal', 'posts/2026/zhongduan'];
    for (const q of paths) expect(redundantLangs(s.page(q)), q).toEqual([]);
    expect((await Promise.all(paths.map((q) => validate(s.page(q), `${q || 'home'}/index.html`)))).flat()).toEqual([]);
  });
});
