import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCheckReport } from '../../../src/core/check.ts';
import { BRAND_TEXT } from '../../../src/studio/brand/strings.ts';
import { DRAFTS_TEXT } from '../../../src/studio/drafts/strings.ts';
import { MANAGE_TEXT } from '../../../src/studio/shared/manage-strings.ts';
import { loadStudioData, scoreDraft } from '../../../src/studio/shared/studio-data.ts';
import { tempRoot } from '../helpers.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const sample = tempRoot();
afterAll(() => sample.cleanup());

describe('flags in the studio', () => {
  test('come in the cookie language the page passes: every message and hint in Chinese for 中文', async () => {
    const { report } = await loadStudioData(sample.root, NOW, 'zh');
    expect(report.flags.length).toBeGreaterThan(0);
    for (const flag of report.flags) {
      expect(flag.message).toMatch(/\p{Script=Han}/u);
      expect(flag.message).not.toMatch(/has no published post|reads as|rather than/);
      expect(flag.hint ?? '').not.toMatch(/if that was a planned pause|Tie it to a pillar/);
    }
  });

  test('stay English by default', async () => {
    const { report } = await loadStudioData(sample.root, NOW);
    expect(report.flags.some((f) => /has no published post|reads as/.test(f.message))).toBe(true);
  });

  test('of a draft being edited follow the language too', async () => {
    const { planner, posts } = await loadStudioData(sample.root, NOW);
    const { flags } = scoreDraft(planner, posts, { id: 'x', title: 'Crypto', body: 'Why I rebalanced my crypto portfolio and tokens this quarter.', status: 'draft' }, 'zh');
    expect(flags[0]?.message).toMatch(/而不是品牌的支柱/);
  });

  // A trial's draft marked "on theme after all" still showed "Pillar mismatch" in the editor and on the dashboard.
  test('of a draft marked on theme after all: none, as check says, not even for its pillar', async () => {
    const { planner, posts } = await loadStudioData(sample.root, NOW);
    const draft = { id: 'x', title: 'Crypto', body: 'Why I rebalanced my crypto portfolio and tokens this quarter.', status: 'draft' };
    expect(scoreDraft(planner, posts, draft).flags.map((f) => f.kind)).toEqual(['off-theme']);
    const marked = { ...planner, theme: { ...planner.theme, acceptedOnTheme: ['x'] } };
    const { theme, flags } = scoreDraft(marked, posts, draft);
    expect(flags).toEqual([]);
    expect(theme).toMatchObject({ onTheme: true, accepted: true });
  });

  // Before, the live panel judged a code-only draft with `lang: zh` as English, unlike check.
  test('of a draft whose body is only code are judged in its saved lang, as check judges it', async () => {
    const { planner, posts } = await loadStudioData(sample.root, NOW);
    const saved = { ...posts[0]!, id: 'code', data: { ...posts[0]!.data, lang: 'zh' } } as (typeof posts)[number];
    const body = '```python\nprint("hello world")\n```\n';
    expect(scoreDraft(planner, [...posts, saved], { id: 'code', title: 'Snippet', body, status: 'draft' }).theme?.language).toBe('zh');
    expect(scoreDraft(planner, [...posts, saved], { id: 'code', title: 'Snippet', body: `${body}\nA line of English prose.`, status: 'draft' }).theme?.language).toBe('en');
  });

  // The editor has the button that writes theme.acceptedOnTheme: its hint sent people to edit the file by hand.
  test('of an off-theme draft name the editor\'s "On theme after all", not planner.json, in both languages', async () => {
    const { planner, posts, report } = await loadStudioData(sample.root, NOW);
    const offTheme = report.flags.filter((f) => f.kind === 'off-theme');
    expect(offTheme.length).toBeGreaterThan(0);
    for (const flag of offTheme) expect(flag.hint).toMatch(/press "On theme after all" in its editor\.$/);
    const draft = { id: 'x', title: 'Crypto', body: 'Why I rebalanced my crypto portfolio and tokens this quarter.', status: 'draft' };
    expect(scoreDraft(planner, posts, draft).flags[0]?.hint).not.toContain('planner.json');
    expect(scoreDraft(planner, posts, draft, 'zh').flags[0]?.hint).toContain('在它的编辑页点“其实切题”');
  });

  // The plan page's "Declare a break" writes the break: the hint sent people to planner.json.
  test('of a gap name the plan page\'s "Declare a break", not planner.json, in both languages', async () => {
    for (const [lang, words] of [['en', /under "Declare a break" on the Plan page$/], ['zh', /在“计划”页的“添加休息期”里/]] as const) {
      const { report } = await loadStudioData(sample.root, NOW, lang);
      const gaps = report.flags.filter((f) => f.kind === 'gap');
      expect(gaps.length).toBeGreaterThan(0);
      for (const flag of gaps) {
        expect(flag.hint).toMatch(words);
        expect(flag.hint).not.toContain('planner.json');
      }
    }
  });

  // Each told a studio user to edit a file by hand beside the button or field that does it.
  test('of posts and the brand name the control that fixes them, by its label, where check names the file', async () => {
    const own = tempRoot();
    try {
      const { report: first } = await loadStudioData(own.root, NOW);
      const gap = first.flags.find((f) => f.kind === 'gap') as { channel: string; date: string };
      const posts = join(own.root, 'content/posts');
      writeFileSync(join(posts, 'drafts/gone-live.md'), '---\ntitle: Gone live\nchannel: blog\nstatus: published\npublishedAt: 2026-11-03\n---\n\nBraised pork belly with soy sauce.\n');
      writeFileSync(join(posts, '2026/empty-body.md'), '---\ntitle: An empty post\nchannel: blog\nstatus: published\npublishedAt: 2026-11-02\n---\n');
      writeFileSync(join(posts, '2026/late.md'), `---\ntitle: Late\nchannel: ${gap.channel}\nstatus: draft\nplannedFor: ${gap.date}\n---\n\nBraised noodles with ginger.\n`);
      const plannerFile = join(own.root, 'content/planner.json');
      const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
      planner.brand.pillars[0].keywords.push('R');
      writeFileSync(plannerFile, JSON.stringify(planner, null, 2));
      for (const lang of ['en', 'zh'] as const) {
        const q = (label: string) => (lang === 'zh' ? `“${label}”` : `"${label}"`);
        const data = await loadStudioData(own.root, NOW, lang);
        const cli = buildCheckReport({ planner: data.planner, posts: data.posts, now: NOW, lang, readableTimes: true });
        const hint = (flags: typeof cli.flags, kind: string) => flags.find((f) => f.kind === kind)?.hint ?? '';
        const over = data.report.flags.find((f) => f.kind === 'slot-over') as { target: string };
        const expected: Record<string, [string[], RegExp]> = {
          'draft-address': [[q(MANAGE_TEXT['post.move']![lang]), q(MANAGE_TEXT['post.actions']![lang])], /move the file|移动文件/],
          'empty-post': [[q(DRAFTS_TEXT['drafts.status']![lang])], /status: draft|status 改为 draft/],
          'slot-over': [[q(MANAGE_TEXT['offslot.move']![lang].replace('{date}', over.target))], /plannedFor/],
          'keyword-not-counted': [[q(BRAND_TEXT['brand.pillarKeywords']![lang])], /^(?!)/],
        };
        for (const [kind, [labels, file]] of Object.entries(expected)) {
          const studio = hint(data.report.flags, kind);
          for (const label of labels) expect(studio, kind).toContain(label);
          expect(studio, kind).not.toMatch(file);
          // check's words are kept: its hint names the file or field, not the studio's labels.
          expect(hint(cli.flags, kind), kind).not.toBe(studio);
          if (kind !== 'keyword-not-counted') expect(hint(cli.flags, kind), kind).toMatch(file);
        }
      }
    } finally {
      own.cleanup();
    }
  });
});
