/**
 * The theme model takes its evidence in publication order (its first posts make the early
 * stages). `publishedAt` is read in the post's channel zone (shared/interfaces.md §2): the order
 * must not depend on the machine's zone (the unit suite runs under TZ=UTC, America/Los_Angeles
 * and Asia/Shanghai).
 */
import { expect, test } from 'vitest';
import { themeEvidenceInOrder } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'B', label: 'L', timezone: 'Asia/Shanghai', pillars: [{ id: 'a', name: 'A' }] },
  channels: [
    { id: 'nz', name: 'NZ', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-01-01', timezone: 'Pacific/Auckland' },
    { id: 'sh', name: 'SH', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-01-01' },
  ],
  theme: { acceptedOnTheme: ['accepted-draft'] },
});

function post(id: string, channel: string, publishedAt?: string): Post {
  const status = publishedAt ? 'published' : 'draft';
  return { id, file: `content/posts/${id}.md`, body: 'text', data: PostFrontmatterSchema.parse({ title: id, channel, status, publishedAt }) };
}

test('orders published posts by their instant in their channel zone, accepted drafts last', () => {
  const posts = [
    post('accepted-draft', 'nz'),
    post('b-utc-midnight', 'nz', '2026-03-04T00:00:00Z'),
    post('a-wall-time', 'nz', '2026-03-04T10:00'), // Auckland (+13): 2026-03-03T21:00Z
    post('c-plain-date', 'nz', '2026-03-04'), // the start of that Auckland day: 2026-03-03T11:00Z
    post('d-instant', 'nz', '2026-03-03T12:00:00Z'),
    post('e-shanghai-wall', 'sh', '2026-03-03T19:30'), // Shanghai (+8): 2026-03-03T11:30Z
    post('not-evidence', 'sh'),
  ];
  expect(themeEvidenceInOrder(planner, posts).map((p) => p.id)).toEqual(['c-plain-date', 'e-shanghai-wall', 'd-instant', 'a-wall-time', 'b-utc-midnight', 'accepted-draft']);
});

// A post in two languages is one post: "On theme after all" on one version (its id in
// theme.acceptedOnTheme) accepts the others, which share its translationKey; before, the
// Chinese version of an accepted English draft stayed flagged off-theme.
test('a translation of an accepted draft (same translationKey) is accepted and evidence too; other drafts are not', async () => {
  const { buildCheckReport } = await import('../../src/core/check.ts');
  const draft = (id: string, title: string, body: string, translationKey?: string): Post => ({
    id,
    file: `content/posts/${id}.md`,
    body,
    data: PostFrontmatterSchema.parse({ title, channel: 'sh', status: 'draft', ...(translationKey ? { translationKey } : {}) }),
  });
  const brand = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Echo', label: 'Backtests and position sizing for small portfolios', timezone: 'Asia/Shanghai', pillars: [{ id: 'quant', name: 'Quant trading', keywords: ['backtest', 'volatility'] }] },
    channels: [{ id: 'sh', name: 'SH', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2026-01-01' }],
    theme: { acceptedOnTheme: ['drafts/dumplings-en'] },
  });
  const posts = [
    draft('drafts/dumplings-en', 'Chive dumplings', 'My grandmother chopped the chives, folded the wrappers and boiled the dumplings.', 'dumplings'),
    draft('drafts/dumplings', '韭菜饺子', '外婆把韭菜切碎，包好饺子，煮的时候点三次凉水。', 'dumplings'),
    draft('drafts/football', '足球', '下半场球队换上两名前锋，比赛拖进加时，最后靠点球赢下了决赛。'),
  ];
  expect(themeEvidenceInOrder(brand, posts).map((p) => p.id)).toEqual(['drafts/dumplings', 'drafts/dumplings-en']);
  const report = buildCheckReport({ planner: brand, posts, now: Date.parse('2026-03-01T00:00:00Z') });
  expect(report.flags.flatMap((f) => (f.kind === 'off-theme' ? [f.post] : []))).toEqual(['drafts/football']);
});
