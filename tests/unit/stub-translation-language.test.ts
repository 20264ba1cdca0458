/**
 * A short post (fewer than 20 words: the "stub" rule, which gives it the site's language) that is
 * one version of a translated post: on a Chinese site, "Hello, this is the first post of my
 * bilingual blog…" (15 English words) was published as zh-CN beside its Chinese version 你好,
 * so the pair was no pair: both listed on the home page, neither linked the other, and the
 * English one was in /zh/rss.xml (bilingual trial, 2026-12-05).
 */
import { describe, expect, it } from 'vitest';
import { postLanguage, postLangTag } from '../../src/core/language.ts';
import { settleStubLanguages } from '../../src/core/stub-languages.ts';

type Version = { title: string; lang?: string; body: string; translationKey?: string };
const en: Version = { title: 'Hello', body: 'Hello, this is the first post of my bilingual blog about developer tools and the terminal.', translationKey: 'hello' };
const zh: Version = { title: '你好', body: '你好，这是我关于开发者工具和终端的双语博客的第一篇文章。', translationKey: 'hello' };

/** What the portfolio reads of each post, as site-data builds it, then settled. */
function site(versions: Version[], siteLang: 'en' | 'zh') {
  const posts = versions.map((v) => ({ data: v, body: v.body, lang: postLanguage(v.title, v.lang, v.body, siteLang), tag: postLangTag(v.title, v.lang, v.body, siteLang) }));
  settleStubLanguages(posts, (p) => p.data, siteLang);
  return posts.map((p) => [p.lang, p.tag]);
}

describe('settleStubLanguages', () => {
  it('an English stub whose Chinese version is on a Chinese site is English', () => {
    expect(site([en, zh], 'zh')).toEqual([['en', 'en'], ['zh', 'zh-CN']]);
  });

  it('a Chinese stub whose English version is on an English site is Chinese', () => {
    const shortZh = { title: '你好', body: '第一篇。', translationKey: 'hello' };
    const long = { title: 'Hello', body: 'Hello, this is the first post of my bilingual blog about developer tools and the terminal, where I write about shells.', translationKey: 'hello' };
    expect(site([long, shortZh], 'en')).toEqual([['en', 'en'], ['zh', 'zh-CN']]);
  });

  it('leaves a stub without a translation, one with its own lang, and a stub whose version is in another language, as they were', () => {
    const alone = { title: 'UserService', body: '![diagram](d.png)' };
    expect(site([alone], 'zh')).toEqual([['zh', 'zh-CN']]);
    expect(site([{ ...en, lang: 'zh-CN' }, zh], 'zh')).toEqual([['zh', 'zh-CN'], ['zh', 'zh-CN']]);
    const longEn = { ...en, body: `${en.body} It covers zsh, Zim, Starship and Nushell, and the editors I use every day.` };
    expect(site([longEn, { title: 'Hi', body: 'Hi there.', translationKey: 'hello' }], 'en')).toEqual([['en', 'en'], ['en', 'en']]);
  });
});
