import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { channelBoilerplate, withoutBoilerplate } from '../../src/core/theme/boilerplate.ts';
import type { Planner } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';

const HEADER = 'This newsletter is [open source](https://example.com/repo/1), send us [tips](https://example.com/tips) and [job posts](https://example.com/jobs).';
const TOPICS = [
  'Rust compiler releases a faster borrow checker for async code and trait solving.',
  'Kubernetes operators schedule containers across clusters with custom controllers.',
  'Postgres query planner picks index scans for selective predicates and joins.',
  'TypeScript adds stricter inference for generic functions and template literal types.',
  'Linux kernel scheduler patches reduce latency for interactive desktop workloads.',
  'WebAssembly runtimes compile modules ahead of time for serverless functions.',
  'Git merges rename detection improvements and faster packfile compression.',
  'Python packaging tools resolve dependencies with lockfiles and wheels.',
];

function post(id: string, body: string, status: 'published' | 'draft', day = 1): Post {
  return {
    id,
    file: `content/posts/${id}.md`,
    body,
    data: { title: id, channel: 'weekly', status, ...(status === 'published' ? { publishedAt: `2026-01-${String(day).padStart(2, '0')}T09:00:00+08:00` } : {}) },
  } as unknown as Post;
}

const planner = {
  version: 1,
  brand: {
    name: 'Dev Weekly', label: 'The engineer who curates developer news', audience: 'Software engineers', strengths: ['software'], impressions: [], timezone: 'Asia/Shanghai',
    pillars: [{ id: 'software', name: 'Software engineering', description: 'Compilers, databases, cloud and developer tools', keywords: ['compiler', 'database', 'kubernetes', 'programming'] }],
  },
  channels: [{ id: 'weekly', name: 'Weekly', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-01-02', time: '09:00' }],
  breaks: [],
} as unknown as Planner;

describe('channel template text (theme/boilerplate.ts)', () => {
  test('a paragraph most published posts of a channel repeat is template text (a heading is not), whatever its link targets; a draft is read without it', () => {
    const issues = TOPICS.map((t, i) => post(`2026/issue-${i + 1}`, `${HEADER.replace('/1)', `/${i})`)}\n\n## Cover\n\n${t}\n\n${t}`, 'published', i + 1));
    const template = channelBoilerplate(issues);
    // A heading every issue repeats still names the subject: it stays.
    expect([...template.get('weekly')!]).toEqual(['This newsletter is [open source], send us [tips] and [job posts].']);
    expect(withoutBoilerplate(`${HEADER}\n\n## Cover\n\nOwn words.\n`, template.get('weekly'))).toBe('## Cover\n\nOwn words.\n');
    expect(channelBoilerplate(issues.slice(0, 4)).size).toBe(0);
  });

  test('the same paragraph with other spacing (tabs, runs of spaces, a wrapped line, a no-break space) is the same block, and a body with no blank line is one block', () => {
    const spacings = [HEADER, HEADER.replace(/ /g, '  '), HEADER.replace(' send', '\tsend'), HEADER.replace(' send', '\nsend'), HEADER.replace(' send', '\u00a0send'), ` ${HEADER}\u3000`];
    const issues = spacings.map((h, i) => post(`2026/issue-${i + 1}`, `${h}\n  \t\r\n${TOPICS[i]}`, 'published', i + 1));
    expect([...channelBoilerplate(issues).get('weekly')!]).toEqual(['This newsletter is [open source], send us [tips] and [job posts].']);
    // One line each, no blank line: each whole body is its block; five identical ones are template text.
    const oneLiners = TOPICS.slice(0, 5).map((_, i) => post(`2026/line-${i + 1}`, `  ${TOPICS[0]}\n`, 'published', i + 1));
    expect([...channelBoilerplate(oneLiners).get('weekly')!]).toEqual([TOPICS[0]]);
    expect(channelBoilerplate(oneLiners.slice(0, 4)).size).toBe(0);
  });

  test('an off-theme draft under the channel\'s standard header is still flagged, and the header is no evidence of an issue', () => {
    const issues = TOPICS.map((t, i) => post(`2026/issue-${i + 1}`, `${HEADER}\n\n${t}\n\n${t}`, 'published', i + 1));
    const recipe = 'Braise the pork belly with soy sauce, rock sugar, ginger and star anise, then simmer until tender and glossy.';
    const draft = post('drafts/braised-pork', `${HEADER}\n\n${recipe}\n\n${recipe}`, 'draft');
    const report = buildCheckReport({ planner, posts: [...issues, draft], now: Date.parse('2026-03-01T00:00:00Z') });
    const theme = report.posts.find((p) => p.id === 'drafts/braised-pork')!.theme!;
    expect(theme.onTheme).toBe(false);
    expect(report.flags.some((f) => f.kind === 'off-theme' && f.post === 'drafts/braised-pork')).toBe(true);
    for (const p of report.posts.filter((p) => p.status === 'published')) expect(p.theme!.terms).not.toContain('newsletter');
  });
});
