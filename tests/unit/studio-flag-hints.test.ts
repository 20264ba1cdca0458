/**
 * A flag's hint read in the studio (CheckInput.inStudio) names the control that does the fix, by
 * the label the page shows (taken here from the studio's own strings), where `check` and the
 * build name the file or field to edit; their wording stays as it was, word for word.
 */
import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { flagChannel } from '../../src/core/channel-flags.ts';
import { describeOffSlot } from '../../src/core/plan-flags.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { describeSlotOver } from '../../src/core/slot-over.ts';
import type { ChannelStats } from '../../src/core/streaks.ts';
import { flagTheme, type ThemeResult } from '../../src/core/theme/index.ts';
import { flagNoSubjectPillar } from '../../src/core/theme/form-flags.ts';
import { flagsOfKeywordReads } from '../../src/core/theme/keyword-reads.ts';
import { BRAND_TEXT } from '../../src/studio/brand/strings.ts';
import { DRAFTS_TEXT } from '../../src/studio/drafts/strings.ts';
import { PLAN_TEXT } from '../../src/studio/plan/strings.ts';
import { MANAGE_TEXT } from '../../src/studio/shared/manage-strings.ts';
import { STUDIO_TEXT } from '../../src/studio/shared/i18n.ts';
import { translateMessage } from '../../src/studio/shared/error-strings.ts';

type Lang = 'en' | 'zh';
const LANGS: Lang[] = ['en', 'zh'];
/** A label as the page shows it, quoted as each language quotes it. */
const quoted = (label: string, lang: Lang) => (lang === 'zh' ? `“${label}”` : `"${label}"`);

describe('the hint of a post planned off its cadence or for a slot that is over', () => {
  const f = { post: 'd', file: 'content/posts/d.md', channel: 'blog', date: '2026-11-25', nearest: { before: '2026-11-24', after: '2026-12-01' }, target: '2026-12-01', title: 'T', channelName: 'Blog' };
  test.each(LANGS)('names the "Move to" button beside it in the studio, plannedFor in check (%s)', (lang) => {
    const button = quoted(MANAGE_TEXT['offslot.move']![lang].replace('{date}', '2026-12-01'), lang);
    for (const studio of [describeOffSlot(f, lang, true), describeSlotOver(f, lang, true)]) {
      expect(studio.hint).toContain(button);
      expect(studio.hint).not.toContain('plannedFor');
    }
    const cli = { en: 'move it to 2026-12-01: set plannedFor: 2026-12-01 (the studio does it in one click)', zh: '把它移到 2026-12-01：设置 plannedFor: 2026-12-01（工作室里一键即可）' }[lang];
    expect(describeOffSlot(f, lang).hint).toBe(cli);
    expect(describeSlotOver(f, lang).hint).toBe(cli);
  });
});

describe('the hint of a slot at risk with nothing planned', () => {
  const stats: ChannelStats = {
    id: 'blog', expected: 10, fulfilled: 8, missed: [], missedSince: {}, currentStreak: 4, longestStreak: 5, consistency: 0.8, nextSlot: null,
    consistency90: 0.8, expected90: 10, pending: null, overdue: null, atRisk: { date: '2026-11-24', start: '2026-11-24T09:00:00+08:00' }, buffer: { covered: 0, coveredUntil: null }, days: [],
  };
  const now = Date.parse('2026-11-23T02:00:00Z');
  test.each(LANGS)('names the plan page\'s "Plan a post" in the studio, plannedFor in check (%s)', (lang) => {
    const [studio] = flagChannel(stats, 'Blog', now, 'Asia/Shanghai', lang, null, undefined, true);
    expect(studio!.hint).toContain(quoted(PLAN_TEXT['plan.planPost']![lang], lang));
    expect(studio!.hint).toContain(`${STUDIO_TEXT['nav.plan']![lang]}${lang === 'zh' ? '”页' : ' page'}`);
    expect(studio!.hint).not.toContain('plannedFor');
    const [cli] = flagChannel(stats, 'Blog', now, 'Asia/Shanghai', lang);
    expect(cli!.hint).toBe({ en: 'set plannedFor: 2026-11-24 on a post of channel "blog"', zh: '在渠道 "blog" 的一篇文章上设置 plannedFor: 2026-11-24' }[lang]);
  });
});

describe('the hint of a slot at risk whose day has begun', () => {
  // The slot started yesterday; its window runs to the next slot's day, so a post now still fills it.
  const stats: ChannelStats = {
    id: 'wechat', expected: 10, fulfilled: 8, missed: [], missedSince: {}, currentStreak: 4, longestStreak: 5, consistency: 0.8, nextSlot: '2026-12-12T20:00:00+08:00',
    consistency90: 0.8, expected90: 10, pending: null, overdue: null, atRisk: { date: '2026-12-05', start: '2026-12-05T20:00:00+08:00' }, buffer: { covered: 0, coveredUntil: null }, days: [],
  };
  const now = Date.parse('2026-12-07T02:00:00Z');
  test.each(LANGS)('names the channel as the studio shows it, its id in check (%s)', (lang) => {
    const [studio] = flagChannel(stats, 'WeChat 公众号', now, 'Asia/Shanghai', lang, null, undefined, true);
    expect(studio!.hint).toContain(quoted('WeChat 公众号', lang));
    expect(studio!.hint).not.toMatch(/wechat/);
    expect(studio!.hint).toContain('2026-12-12');
    const [cli] = flagChannel(stats, 'WeChat 公众号', now, 'Asia/Shanghai', lang);
    expect(cli!.hint).toBe({ en: 'publish a post on channel "wechat" before 2026-12-12: it still fills the 2026-12-05 slot', zh: '在 2026-12-12 之前在渠道 "wechat" 发布一篇文章：它仍然算作 2026-12-05 的排期' }[lang]);
  });
});

describe('the hint of a pillar mismatch and of a draft of a pillar named as a form', () => {
  const result: ThemeResult = {
    score: 0.8, onTheme: true, threshold: 0.45, pillar: 'photo', terms: [], offTerms: [], pillarScores: { recipes: 0.1, photo: 0.9, stories: 0.1 },
    language: 'en', confidence: 'high', calibrationPosts: 5,
  };
  const names = { recipes: 'Recipes', photo: 'Food photography', stories: 'Kitchen stories' };
  test.each(LANGS)('names the editor\'s Pillar field in the studio, the frontmatter in check (%s)', (lang) => {
    const post = { id: 'd', file: 'content/posts/d.md', status: 'draft' as const, pillar: 'recipes' };
    const [studio] = flagTheme(post, result, names, lang, { inStudio: true });
    expect(studio!.kind).toBe('pillar-mismatch');
    expect(studio!.hint).toContain(quoted(DRAFTS_TEXT['drafts.pillar']![lang], lang));
    expect(studio!.hint).toContain(quoted('Food photography', lang));
    expect(studio!.hint).not.toContain('frontmatter');
    // The Chinese studio shows an English report's hint in Chinese (error-strings.ts).
    if (lang === 'en') expect(translateMessage(studio!.hint!, 'zh')).toContain(quoted(DRAFTS_TEXT['drafts.pillar']!.zh, 'zh'));
    const [cli] = flagTheme(post, result, names, lang);
    expect(cli!.hint).toBe({ en: 'Set "pillar: photo" in the frontmatter, or bring the post closer to "Recipes".', zh: '在 frontmatter 中设置 pillar: photo，或让文章更贴近“Recipes”。' }[lang]);
  });

  test.each(LANGS)('names the Brand page\'s "A form, not a subject" in the studio, "form": true in check (%s)', (lang) => {
    const off = { ...result, score: 0.2, onTheme: false, pillar: null, offTerms: ['crypto'] };
    const post = { id: 'd', file: 'content/posts/d.md', status: 'draft' as const, pillar: 'stories' };
    const [studio] = flagTheme(post, off, names, lang, { inStudio: true });
    expect(studio!.hint).toContain(quoted(BRAND_TEXT['brand.pillarForm']![lang], lang));
    expect(studio!.hint).not.toContain('planner.json');
    const [cli] = flagTheme(post, off, names, lang);
    expect(cli!.hint).toContain(lang === 'zh' ? '在 content/planner.json 中给这个支柱设置 "form": true' : 'set "form": true on that pillar in content/planner.json');
  });
});

describe('the hints of the Brand page\'s flags', () => {
  test.each(LANGS)('of a brand whose pillars are all forms name its checkbox and "Add a pillar" in the studio (%s)', (lang) => {
    const [studio] = flagNoSubjectPillar([{ form: true }], lang, true);
    expect(studio!.hint).toContain(quoted(BRAND_TEXT['brand.pillarForm']![lang], lang));
    expect(studio!.hint).toContain(quoted(BRAND_TEXT['brand.addPillar']![lang], lang));
    expect(flagNoSubjectPillar([{ form: true }], lang)[0]!.hint).toBe({
      en: 'keep "form": true only on pillars of a form (stories, poems, book notes), and add a pillar for the subject you write about',
      zh: '只在体裁（小说、诗歌、读书笔记）的支柱上保留 "form": true，并为你所写的主题加一个支柱',
    }[lang]);
  });

  test.each(LANGS)('of a keyword that counts for nothing say where the studio edits it (%s)', (lang) => {
    const read = () => ({ lost: [{ word: 'R', reason: 'short' as const }], counts: '' });
    const [studio] = flagsOfKeywordReads(['R'], 0, lang, read, true);
    expect(studio!.hint).toContain(quoted(BRAND_TEXT['brand.pillarKeywords']![lang], lang));
    expect(studio!.hint).toContain(`${STUDIO_TEXT['nav.brand']![lang]}${lang === 'zh' ? '”页' : ' page'}`);
    expect(flagsOfKeywordReads(['R'], 0, lang, read)[0]!.hint).toBe({
      en: 'write words that say what it names, as "rstats", "R language" or "R package" do for R',
      zh: '请写成能说明所指的词，比如 R 写成“rstats”“R language”或“R package”',
    }[lang]);
  });
});

describe('the hints of posts check reads from their files', () => {
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: 'W', label: 'l', timezone: 'UTC', pillars: [{ id: 'db', name: 'Databases' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2014-01-01' }],
    breaks: [],
  });
  const post = (id: string, extra: string, body: string) =>
    parsePostText(`---\ntitle: T\nchannel: blog\nstatus: published\npublishedAt: 2014-03-01\n${extra}---\n${body}`, id, `content/posts/${id}.md`);
  const posts = [post('drafts/live', '', '\nSQL.\n'), post('2014/Learn-To-Database', 'aliases: ["/posts/2014/learn-to-database/"]\n', '\nSQL.\n'), post('2014/empty', '', '')];
  const hints = (lang: Lang, inStudio?: boolean) =>
    Object.fromEntries(buildCheckReport({ planner, posts, now: Date.parse('2014-07-01T00:00:00Z'), lang, inStudio }).flags.filter((f) => 'post' in f && f.kind !== 'off-theme' && f.kind !== 'pillar-mismatch').map((f) => [f.kind, f.hint]));

  test.each(LANGS)('name the editor\'s "Rename / move" and Status in the studio, the file in check (%s)', (lang) => {
    const studio = hints(lang, true);
    for (const kind of ['draft-address', 'alias-case']) {
      expect(studio[kind]).toContain(quoted(MANAGE_TEXT['post.move']![lang], lang));
      expect(studio[kind]).toContain(quoted(MANAGE_TEXT['post.actions']![lang], lang));
      expect(studio[kind]).not.toMatch(/move the file|移动文件/);
    }
    expect(studio['empty-post']).toContain(quoted(DRAFTS_TEXT['drafts.status']![lang], lang));
    expect(studio['empty-post']).toContain(DRAFTS_TEXT['status.draft']![lang]);
    expect(studio['empty-post']).not.toContain('status:');
    if (lang === 'en') expect(translateMessage(studio['empty-post']!, 'zh')).toBe(hints('zh', true)['empty-post']);
    expect(hints(lang)).toEqual({
      en: {
        'draft-address': "rename it to blog/live (the studio editor's Manage this post → Rename / move, or move the file); if its link is already out, list /posts/drafts/live/ in its aliases so the old address keeps working",
        'alias-case': "rename it to 2014/learn-to-database (the studio editor's Manage this post → Rename / move, or move the file): its page is then at the old address",
        'empty-post': 'write it, or set status: draft until it has text',
      },
      zh: {
        'draft-address': '把它重命名为 blog/live（工作室编辑器的“管理这篇内容 → 重命名 / 移动”，或移动文件）；如果旧链接已经分享出去，把 /posts/drafts/live/ 写进它的 aliases，旧地址就仍然有效',
        'alias-case': '把它重命名为 2014/learn-to-database（工作室编辑器的“管理这篇内容 → 重命名 / 移动”，或移动文件），它的页面就在旧地址上',
        'empty-post': '写上正文，或在有内容之前把 status 改为 draft',
      },
    }[lang]);
  });
});
