import { describe, expect, test } from 'vitest';
import type { FeedDocument } from '../../src/core/feed/entry.ts';
import { historyMessage, importSummary } from '../../src/core/feed/import-summary.ts';
import { pillarlessNote } from '../../src/core/moved-posts/summary.ts';

const doc = (entries: number, skipped: FeedDocument['skipped'] = []): FeedDocument => ({ format: 'wordpress', entries: Array.from({ length: entries }, () => ({})), skipped });

describe('the import summary line', () => {
  test('counts written, already imported and skipped entries and the items left out, in both languages', () => {
    const text = importSummary(doc(6, [{ kind: 'page', count: 2 }, { kind: 'menu item', count: 1 }]), { planned: 3, written: 3, alreadyImported: 2 }, { channel: 'blog', dryRun: true, backfill: false });
    expect(text.en).toBe('dry run: would import 3 of 6 entries into "blog"; 2 already imported; 1 skipped (see above); left out (not posts): 2 pages, 1 menu item; nothing was written');
    expect(text.zh).toBe('试运行：将把 6 条中的 3 条导入渠道 "blog"；2 条之前已导入；已跳过 1 条（见上文）；未导入（不是文章）：2 个页面、1 个菜单项；没有写入任何内容');
  });

  test('says "entry" for a source of one entry', () => {
    expect(importSummary(doc(1), { planned: 1, written: 1, alreadyImported: 0 }, { channel: 'blog', dryRun: false, backfill: false })).toEqual({
      en: 'imported 1 of 1 entry into "blog"',
      zh: '已把 1 条中的 1 条导入渠道 "blog"',
    });
  });
});

describe('the message about history before the channel starts', () => {
  const history = { channel: 'blog', count: 2, first: '2025-01-07', to: '2024-02-27', firstPost: '2024-03-01' };

  test('without --backfill tells how to make the posts count', () => {
    const text = historyMessage(history, { dryRun: false, backfill: false });
    expect(text.en).toBe(
      "2 posts are before the blog channel's start 2025-01-07: they count nowhere. Re-run with --backfill to move the start back to 2024-02-27 (the last slot day on or before the first post, 2024-03-01)",
    );
    expect(text.zh).toBe('有 2 篇文章早于渠道 blog 的开始日期 2025-01-07，不会计入任何排期。加上 --backfill 重新运行，可把开始日期提前到 2024-02-27（第一篇文章 2024-03-01 当天或之前的最后一个排期日）');
  });

  test('one post: it counts nowhere', () => {
    expect(historyMessage({ ...history, count: 1 }, { dryRun: false, backfill: false }).en).toMatch(/^1 post is before the blog channel's start 2025-01-07: it counts nowhere\. /);
  });

  // A trial: a blog of 2015-2017 moved in 2026 and backfilled as the message advised: 1,134 gaps, consistency 2%.
  test('names the silence that --backfill would turn into gaps, before and after, when the last such post is long before the start', () => {
    const silent = { ...history, to: '2015-10-27', firstPost: '2015-10-29', lastPost: '2017-02-03', first: '2026-10-06' };
    const before = historyMessage(silent, { dryRun: false, backfill: false });
    expect(before.en).toContain('; every slot from 2015-10-27 on with no post then counts, so the slots between the last of these posts (2017-02-03) and 2026-10-06 become gaps, unless you add a break covering them (breaks in content/planner.json; the studio\'s channel page)');
    expect(before.zh).toContain('这些文章中最后一篇（2017-02-03）到 2026-10-06 之间的排期都会成为断更');
    expect(historyMessage(silent, { dryRun: false, backfill: true }).en).toContain('become gaps, unless you add a break covering them');
    // Posts up to a few weeks before the start: nothing to warn of.
    expect(historyMessage({ ...silent, lastPost: '2026-09-01' }, { dryRun: false, backfill: false }).en).not.toContain('gaps');
  });

  // Fuwari's pages dated 1999-01-01 (a placeholder) before posts of 2024 on (XuexGao/Fuwari): --backfill as
  // advised would have moved the start back 25 years, every slot of them a gap, and nothing said so.
  test('names the first posts before a silence of a year or more, with their files, as likely placeholder dates', () => {
    const posts = (...dates: string[]) => dates.map((date, i) => ({ date, file: `content/posts/p${i}.md` }));
    const lone = { ...history, to: '1998-12-29', firstPost: '1999-01-01', lastPost: '2024-12-30', posts: posts('1999-01-01', '2022-06-01', '2024-12-30') };
    for (const opts of [{ dryRun: false, backfill: false }, { dryRun: true, backfill: true }, { dryRun: false, backfill: true }]) {
      const text = historyMessage(lone, opts);
      expect(text.en).toContain('; the first of these posts (1999-01-01, content/posts/p0.md) is over 23 years before the next (2022-06-01): if its date is a placeholder, correct it first, or the slots between become gaps too');
      expect(text.zh).toContain('；其中第一篇（1999-01-01，content/posts/p0.md）比下一篇（2022-06-01）早 23 年多：如果它的日期只是占位，请先改正，否则两者之间的排期也会成为断更');
    }
    const two = historyMessage({ ...lone, posts: posts('1999-01-01', '1999-01-01', '2024-10-14', '2024-10-15') }, { dryRun: false, backfill: false });
    expect(two.en).toContain('; the first 2 of these posts (1999-01-01, content/posts/p0.md; 1999-01-01, content/posts/p1.md) are over 25 years before the next (2024-10-14): if their dates are placeholders, correct them first');
    expect(two.zh).toContain('；其中最早的 2 篇（1999-01-01，content/posts/p0.md；1999-01-01，content/posts/p1.md）比下一篇（2024-10-14）早 25 年多');
    // A year to the day: named; less than a year, or a single post: not.
    expect(historyMessage({ ...lone, posts: posts('1999-01-01', '2000-01-01') }, { dryRun: false, backfill: false }).en).toContain('is a year before the next (2000-01-01)');
    expect(historyMessage({ ...lone, posts: posts('1999-01-01', '1999-12-31') }, { dryRun: false, backfill: false }).en).not.toContain('placeholder');
    expect(historyMessage({ ...lone, posts: posts('1999-01-01') }, { dryRun: false, backfill: false }).en).not.toContain('placeholder');
  });

  test('names the longest pause of a year or more after many posts as gaps to come, not as placeholders', () => {
    const posts = ['2012-01-01', '2012-02-01', '2012-03-01', '2012-04-01', '2013-01-01', '2016-05-01', '2016-06-01'].map((date) => ({ date }));
    const text = historyMessage({ ...history, firstPost: '2012-01-01', posts }, { dryRun: false, backfill: false });
    expect(text.en).toContain('; the slots between 2013-01-01 and 2016-05-01 (a pause of over 3 years) become gaps too, unless a break covers them');
    expect(text.en).not.toContain('placeholder');
    expect(text.zh).toContain('；2013-01-01 到 2016-05-01 之间（停更 3 年多）的排期也会成为断更，除非有休息期覆盖');
  });

  test('of several pauses of a year or more names the longest, and of two as long (731 days each) the first', () => {
    const at = (...dates: string[]) => historyMessage({ ...history, firstPost: dates[0]!, posts: dates.map((date) => ({ date })) }, { dryRun: false, backfill: false }).en;
    const many = ['2010-01-01', '2010-02-01', '2010-03-01', '2010-04-01'];
    expect(at(...many, '2011-06-01', '2011-07-01', '2015-07-01', '2017-01-01')).toContain('the slots between 2011-07-01 and 2015-07-01 (a pause of over 4 years)');
    expect(at(...many, '2012-04-01', '2012-05-01', '2014-05-02')).toContain('the slots between 2010-04-01 and 2012-04-01 (a pause of over 2 years)');
  });

  test('with --backfill names the move, and leaves out the reason when the start is the first post day', () => {
    expect(historyMessage({ ...history, to: '2024-03-01' }, { dryRun: true, backfill: true }).zh).toBe('试运行：--backfill 将把渠道 blog 的开始日期从 2025-01-07 提前到 2024-03-01');
    expect(historyMessage(history, { dryRun: false, backfill: true }).zh).toBe(
      '已把渠道 blog 的开始日期从 2025-01-07 提前到 2024-02-27（content/planner.json: channels[].history）；从那天起的文章都会计入',
    );
  });
});

describe('pillarlessNote', () => {
  const pillars = [{ id: 'kubernetes-and-containers' }, { id: 'ai-coding-tools' }];
  test('says how many imported posts name no pillar, their commonest tags and how to give them pillars (a real blog of 146 posts came in with none, its pillar cards all "Coming soon.")', () => {
    const posts = [{ tags: ['Kubernetes', 'docker'] }, { tags: ['kubernetes'] }, { tags: ['AI'] }, { pillar: 'ai-coding-tools', tags: ['AI'] }];
    const note = pillarlessNote(posts, pillars, false)!;
    expect(note.en).toBe(
      '3 posts came in without a pillar: the portfolio\'s pillar cards and pages list only posts that name one ("Coming soon." on a pillar with none); their commonest tags: Kubernetes (2), AI (1), docker (1). To give them pillars, import again with --pillar-map "Kubernetes=kubernetes-and-containers,AI=ai-coding-tools,…" (a tag, category or folder = a pillar id) (docker is no pillar\'s id, name or keyword: map it yourself if it says a pillar) or --pillar ID (the re-run writes only a pillar: line into each post already here that has none; edits made since stay), or set pillar: in each',
    );
    expect(note.zh).toContain('3 篇文章没有支柱');
    expect(pillarlessNote([{ tags: [] }], pillars, true)!.en).toMatch(/^1 post would come in without a pillar: .*\. To give it pillars, import with --pillar-map "Tag=PILLAR,…" \(a tag, category or folder = a pillar id\) \(no tag or folder of theirs is a pillar's id, name or keyword: pick the pillar, one of kubernetes-and-containers, ai-coding-tools\)/);
  });

  test('names the commonest folders of posts filed by subject with no tags (a docsify wiki: Arduino/, STM32/, 前端/), which --pillar-map reads too', () => {
    const posts = [{ folders: ['Arduino'] }, { folders: ['Arduino'] }, { folders: ['进阶', 'STM32'] }, { folders: ['前端'] }];
    const note = pillarlessNote(posts, [{ id: '嵌入式' }], false)!;
    expect(note.en).toContain('; their commonest folders: Arduino (2), STM32 (1), 前端 (1), 进阶 (1). ');
    expect(note.en).toContain('--pillar-map "Arduino=PILLAR,…" (a tag, category or folder = a pillar id)');
    expect(note.zh).toContain('；它们最常见的文件夹：Arduino (2)、STM32 (1)、前端 (1)、进阶 (1)。');
    expect(note.zh).toContain('（标签、分类或文件夹名=支柱 id）');
  });

  test('never tells the user to remove the posts: a re-run with the map gives those already here their pillar (a real Hexo blog of 736 posts was told to delete 421)', () => {
    const note = pillarlessNote([{ tags: ['Java'] }], pillars, false)!;
    expect(note.en).not.toMatch(/remove/);
    expect(note.zh).not.toMatch(/删掉/);
    expect(note.zh).toContain('请再导入一次并加上 --pillar-map "Java=PILLAR,…"');
  });

  test.each([
    ['其他', '其他'],
    ['Uncategorized', 'Uncategorized'],
    ['未分类', '未分类'],
    ['misc', 'Misc'],
  ])('pairs the first pillar with the commonest real subject, not the catch-all %s (a Hexo blog was offered "其他=java-核心")', (_, catchAll) => {
    const posts = [{ tags: [catchAll, 'Java'] }, { tags: [catchAll, 'Spring'] }, { tags: [catchAll, 'Java'] }];
    const note = pillarlessNote(posts, [{ id: 'java-核心' }], false)!;
    // The catch-all is still counted among the commonest: only the suggested pair skips it.
    expect(note.en).toContain(`their commonest tags: ${catchAll} (3), Java (2), Spring (1).`);
    expect(note.en).toContain('--pillar-map "Java=java-核心,…"');
  });

  // A real ML blog (lilianweng/lil-log) was offered "reinforcement-learning=前端工程", its brand's
  // first pillar, although pillar ml listed "reinforcement learning" among its keywords.
  test("pairs each tag with the pillar whose id, name or keywords say it, in any case and in Chinese, never the first pillar for want of one", () => {
    const brand = [{ id: '前端工程', name: '前端工程', keywords: ['前端', 'CSS'] }, { id: 'ml', name: 'Machine learning', keywords: ['Reinforcement Learning', 'NLP'] }];
    const posts = [{ tags: ['reinforcement-learning', 'long-read'] }, { tags: ['reinforcement-learning', 'nlp'] }, { tags: ['前端开发', 'machine_learning'] }];
    const note = pillarlessNote(posts, brand, true)!;
    expect(note.en).toContain('--pillar-map "reinforcement-learning=ml,machine_learning=ml,nlp=ml,前端开发=前端工程,…" (a tag, category or folder = a pillar id) (long-read is no pillar\'s id, name or keyword: map it yourself if it says a pillar)');
    expect(note.zh).toContain('--pillar-map "reinforcement-learning=ml,machine_learning=ml,nlp=ml,前端开发=前端工程,…"（标签、分类或文件夹名=支柱 id）（long-read 不是任何支柱的 id、名称或关键词：如属于某个支柱，请自己加上）');
    const zh = pillarlessNote([{ tags: ['前端'] }, { tags: ['CSS 布局'] }], brand, true)!;
    expect(zh.en).toContain('--pillar-map "CSS 布局=前端工程,前端=前端工程,…"');
  });

  test('falls back to a placeholder when the posts carry catch-alls only', () => {
    expect(pillarlessNote([{ tags: ['其他'] }], pillars, false)!.en).toContain('--pillar-map "Tag=PILLAR,…"');
  });

  test('says nothing when every post has a pillar or the brand has none', () => {
    expect(pillarlessNote([{ pillar: 'ai-coding-tools' }], pillars, false)).toBeNull();
    expect(pillarlessNote([{ tags: ['x'] }], [], false)).toBeNull();
  });
});
