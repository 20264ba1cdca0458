import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { buildDashboard, GROUP_OVER } from '../../../../src/studio/dashboard/dashboard.ts';
import { DASHBOARD_TEXT } from '../../../../src/studio/dashboard/strings.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: '林梅', label: '会拍照的家常菜厨师', audience: '', strengths: [], timezone: 'Asia/Shanghai', pillars: [{ id: '家常菜', name: '家常菜', description: '', keywords: [] }] },
  channels: [
    { id: 'wechat', name: '微信公众号', platform: 'wechat', cadence: 'FREQ=DAILY', start: '2026-10-01', time: '09:00', timezone: 'Australia/Lord_Howe' },
    { id: 'news', name: 'Newsletter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU', start: '2026-10-04', time: '09:00', timezone: 'Europe/London' },
  ],
  breaks: [],
});

function dashboard(lang: 'en' | 'zh') {
  const word = (key: string) => DASHBOARD_TEXT[key]![lang];
  const words = {
    'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'),
    gap: word('flagText.gap') || undefined, 'streak-at-risk': word('flagText.streak-at-risk') || undefined,
    gaps: word('flagText.gaps'), 'open-slots': word('flagText.open-slots'),
  };
  return buildDashboard({ planner, posts: [], now: Date.parse('2026-12-01T03:00:00Z'), lang, allLabel: 'all', words });
}

describe('the dashboard\'s needs-attention list for a channel started weeks ago with nothing published', () => {
  test('shows a daily channel\'s 30 gaps as one line naming the count and the span, linking to the latest', () => {
    const gaps = dashboard('en').flags.filter((f) => f.kind === 'gap' && f.slot?.channel === 'wechat');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.message).toBe('微信公众号 missed 30 recent slots (2026-11-01 to 2026-11-30)');
    expect(gaps[0]!.href).toContain('2026-11-30');
  });

  test('keeps a channel\'s few gaps as a line each', () => {
    const gaps = dashboard('en').flags.filter((f) => f.kind === 'gap' && f.slot?.channel === 'news');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.length).toBeLessThanOrEqual(GROUP_OVER);
    for (const g of gaps) expect(g.message).toMatch(/Newsletter has no published post for its \d{4}-\d{2}-\d{2} slot/);
  });

  test('shows a daily channel\'s open slots this week as one line, in Chinese too', () => {
    const open = dashboard('zh').flags.filter((f) => f.kind === 'open-slot' && f.slot?.channel === 'wechat');
    expect(open).toHaveLength(1);
    expect(open[0]!.message).toMatch(/^“微信公众号”未来 7 天有 \d 个排期还空着（2026-12-0\d 至 2026-12-0\d）$/);
    expect(dashboard('zh').flags.filter((f) => f.kind === 'gap').length).toBeLessThanOrEqual(1 + GROUP_OVER);
  });

  // The check report's own line names the slot by its ISO start (2026-12-01T09:00:00+10:30):
  // the dashboard names its date, in English as in Chinese.
  test('names a slot at risk by its date, not its ISO start', () => {
    for (const lang of ['en', 'zh'] as const) {
      const risk = dashboard(lang).flags.filter((f) => f.kind === 'streak-at-risk');
      expect(risk.length, lang).toBeGreaterThan(0);
      for (const f of risk) expect(f.message).not.toMatch(/T\d{2}:\d{2}/);
    }
    expect(dashboard('en').flags.find((f) => f.kind === 'streak-at-risk')!.message).toMatch(/^\S+'s slot on \d{4}-\d{2}-\d{2} has no post planned or published$/);
  });
});

// A newcomer saw "Off theme  reads as "rebalanced, portfolio, tokens" rather than the brand's
// pillars" on the dashboard with no word of which draft: `check` prints the file above the line,
// the dashboard printed the line alone. It now names the post by its title.
describe('a post\'s flag on the dashboard', () => {
  const cook = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei', label: 'The home cook', audience: '', strengths: ['cooking'], timezone: 'Asia/Shanghai',
      pillars: [{ id: 'recipes', name: 'Recipes', description: 'Weeknight recipes', keywords: ['recipe', 'braise', 'noodles', 'soy sauce'] }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-01', time: '09:00' }],
    breaks: [],
  });
  const post = {
    id: 'drafts/crypto', file: 'content/posts/drafts/crypto.md', data: { title: 'My crypto portfolio', channel: 'blog', status: 'draft' as const },
    body: 'Why I rebalanced my crypto portfolio and tokens this quarter: staking, wallets, exchanges and tokens.',
  };
  const published = {
    id: '2026/noodles', file: 'content/posts/2026/noodles.md',
    data: { title: 'Braised noodles', channel: 'blog', status: 'published' as const, publishedAt: '2026-11-03' },
    body: 'A braise of soy sauce and noodles: the recipe, with ginger and a slow simmer in the wok.',
  };
  function flagsOf(lang: 'en' | 'zh') {
    const word = (key: string) => DASHBOARD_TEXT[key]![lang];
    const words = { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift') };
    return buildDashboard({ planner: cook, posts: [post, published] as never, now: Date.parse('2026-12-01T03:00:00Z'), lang, allLabel: 'all', words }).flags;
  }
  test('names the post by its title, in English and in Chinese', () => {
    const en = flagsOf('en').find((f) => f.kind === 'off-theme');
    expect(en?.message).toMatch(/^My crypto portfolio: reads as /);
    const zh = flagsOf('zh').find((f) => f.kind === 'off-theme');
    expect(zh?.message).toMatch(/^My crypto portfolio：读起来是/);
  });
});

// A newcomer's dashboard listed the same slot twice: "Streak at risk: YouTube's slot on 2026-12-04
// has no post planned or published" and "Open slot this week: YouTube has an open slot on 2026-12-04".
describe('a slot at risk that is also open this week', () => {
  const weekly = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Lin Wei', label: 'The designer who ships her own tools', audience: '', strengths: [], timezone: 'Asia/Kathmandu', pillars: [{ id: 'design', name: 'Design', description: '', keywords: [] }] },
    channels: [{ id: 'youtube', name: 'YouTube', platform: 'youtube', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-12-02', time: '07:00' }],
    breaks: [],
  });
  test('is listed once, as at risk', () => {
    for (const lang of ['en', 'zh'] as const) {
      const word = (key: string) => DASHBOARD_TEXT[key]![lang];
      const words = {
        'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'),
        gap: word('flagText.gap') || undefined, 'streak-at-risk': word('flagText.streak-at-risk') || undefined,
        gaps: word('flagText.gaps'), 'open-slots': word('flagText.open-slots'),
      };
      const flags = buildDashboard({ planner: weekly, posts: [], now: Date.parse('2026-12-02T07:20:00Z'), lang, allLabel: 'all', words }).flags;
      const slots = flags.filter((f) => f.slot?.date === '2026-12-04').map((f) => f.kind);
      expect(slots, lang).toEqual(['streak-at-risk']);
      expect(flags.filter((f) => f.kind === 'open-slot').map((f) => f.slot?.date), lang).toEqual(['2026-12-08']);
    }
  });
});

describe('the dashboard\'s line for an acceptedOnTheme entry that names no post', () => {
  test('names planner.json and the entry, in the page language, and links to the brand page', () => {
    const withEntry = { ...planner, theme: { acceptedOnTheme: ['content/posts/gone.md'] } };
    const word = (key: string) => DASHBOARD_TEXT[key]!.zh;
    const words = { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'), gaps: word('flagText.gaps'), 'open-slots': word('flagText.open-slots') };
    const { flags } = buildDashboard({ planner: withEntry, posts: [], now: Date.parse('2026-12-01T03:00:00Z'), lang: 'zh', allLabel: 'all', words });
    const line = flags.find((f) => f.kind === 'unknown-accepted');
    expect(line).toMatchObject({ severity: 'warning', href: '/studio/brand' });
    expect(line!.message).toBe('content/planner.json：theme.acceptedOnTheme：“content/posts/gone.md”不是任何文章的 id，所以什么也没有接受');
    expect(DASHBOARD_TEXT['flag.unknown-accepted']!.zh).toMatch(/\p{Script=Han}/u);
  });
});

describe("the dashboard's line for a pillar keyword that never counts", () => {
  test('names the pillar (as the brand page shows it) and the keyword, in the page language, and links to the brand page', () => {
    const withR = { ...planner, brand: { ...planner.brand, pillars: planner.brand.pillars.map((p, i) => (i === 0 ? { ...p, keywords: ['R'] } : p)) } };
    const word = (key: string) => DASHBOARD_TEXT[key]!.zh;
    const words = { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'), gaps: word('flagText.gaps'), 'open-slots': word('flagText.open-slots') };
    const { flags } = buildDashboard({ planner: withR, posts: [], now: Date.parse('2026-12-01T03:00:00Z'), lang: 'zh', allLabel: 'all', words });
    const line = flags.find((f) => f.kind === 'keyword-not-counted');
    expect(line).toMatchObject({ severity: 'warning', href: '/studio/brand' });
    expect(line!.message).toBe('支柱“家常菜”：“R”永远不会计入主题：“R”只有一个字母，太短，不算一个词');
    expect(DASHBOARD_TEXT['flag.keyword-not-counted']!.zh).toMatch(/\p{Script=Han}/u);
  });
});

// An imported blog of 213 posts showed 33 "Pillar mismatch" lines, one per published post, under
// "Needs attention", burying everything else.
describe("many posts' flags of one kind", () => {
  const cook = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei', label: 'The home cook', audience: '', strengths: ['cooking'], timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes', description: 'Weeknight recipes', keywords: ['recipe'] }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-01', time: '09:00' }],
    breaks: [],
  });
  const tagged = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `2026/p${i}`, file: `content/posts/2026/p${i}.md`,
      data: { title: `Post ${i}`, channel: 'blog', status: 'published' as const, publishedAt: `2026-11-0${(i % 9) + 1}`, pillar: 'recipes' },
      body: `A recipe.\n\n{% note warning %}\nHot oil.\n{% endnote %}\n`,
    }));
  function flagsOf(lang: 'en' | 'zh', n: number) {
    const word = (key: string) => DASHBOARD_TEXT[key]![lang];
    const words = { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'), posts: word('flagText.posts') };
    return buildDashboard({ planner: cook, posts: tagged(n) as never, now: Date.parse('2026-12-01T03:00:00Z'), lang, allLabel: 'all', words }).flags;
  }
  test('are one line naming how many, linking to the drafts list filtered by that flag, in English and Chinese', () => {
    const en = flagsOf('en', GROUP_OVER + 2).filter((f) => f.kind === 'template-tag');
    expect(en).toEqual([{ kind: 'template-tag', severity: 'warning', message: `${GROUP_OVER + 2} posts, listed in Posts`, href: '/studio/drafts?flag=template-tag' }]);
    const zh = flagsOf('zh', GROUP_OVER + 2).filter((f) => f.kind === 'template-tag');
    expect(zh.map((f) => f.message)).toEqual([`${GROUP_OVER + 2} 篇文章，见文章列表`]);
  });
  test('up to GROUP_OVER stay a line each, naming the post', () => {
    const few = flagsOf('en', GROUP_OVER).filter((f) => f.kind === 'template-tag');
    expect(few).toHaveLength(GROUP_OVER);
    for (const f of few) expect(f.message).toMatch(/^Post \d: /);
  });
});

describe('the dashboard\'s line for a post whose file name the studio refuses as an id', () => {
  test('names the post and the suggested id, and links its editor address, which offers the rename', () => {
    const word = (key: string) => DASHBOARD_TEXT[key]!.en;
    const post = { id: 'wechat/bad id', file: 'content/posts/wechat/bad id.md', data: { title: 'Bad id', channel: 'wechat', status: 'draft' }, body: 'text' };
    const { flags } = buildDashboard({ planner, posts: [post] as never, now: Date.parse('2026-12-01T03:00:00Z'), lang: 'en', allLabel: 'all', words: { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'), gaps: word('flagText.gaps'), 'open-slots': word('flagText.open-slots') } });
    const line = flags.find((f) => f.kind === 'post-id');
    expect(line?.message).toMatch(/^Bad id: its file name makes an id the studio refuses .*"wechat\/bad␣id" has a space \(shown as ␣\); try "wechat\/bad-id"$/);
    // Its editor address shows the rename form (studio/drafts/refused-id.ts).
    expect(line?.href).toBe('/studio/drafts/wechat/bad%20id');
  });
});

describe("the dashboard's line for a key of planner.json that Throughline does not read", () => {
  test('names the file, the key\'s path and the key meant, in the page language, with the hint and no page to fix it on', () => {
    const typo = PlannerSchema.parse({ ...planner, channels: planner.channels.map((c, i) => (i === 1 ? { ...c, timezon: 'Europe/Paris' } : c)) });
    for (const lang of ['en', 'zh'] as const) {
      const word = (key: string) => DASHBOARD_TEXT[key]![lang];
      const words = { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'), gaps: word('flagText.gaps'), 'open-slots': word('flagText.open-slots') };
      const { flags } = buildDashboard({ planner: typo, posts: [], now: Date.parse('2026-12-01T03:00:00Z'), lang, allLabel: 'all', words });
      const line = flags.find((f) => f.kind === 'unknown-key');
      expect(line, lang).toMatchObject({ severity: 'warning' });
      expect(line!.href, lang).toBeUndefined();
      expect(line!.message, lang).toBe(lang === 'zh'
        ? 'content/planner.json：channels[1].timezon：Throughline 不认识这个键，所以它不起作用（是不是想写 "timezone"？）'
        : 'content/planner.json: channels[1].timezon: Throughline does not know this key, so it has no effect (did you mean "timezone"?)');
      expect(line!.hint, lang).toBe(lang === 'zh' ? '请把 "timezon" 改成 "timezone"' : 'rename "timezon" to "timezone"');
    }
    expect(DASHBOARD_TEXT['flag.unknown-key']!.zh).toMatch(/\p{Script=Han}/u);
  });
});
