/** A planner in four zones with history, COUNT, UNTIL, breaks and awkward titles, for the .ics tests. */
import { PlannerSchema, type Planner } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

export const NOW = Date.parse('2026-11-23T00:00:00Z');

export const planner: Planner = PlannerSchema.parse({
  version: 1,
  brand: {
    name: 'Mei Lin',
    label: 'The home cook who photographs her food',
    timezone: 'Asia/Shanghai',
    pillars: [
      { id: 'recipes', name: 'Recipes' },
      { id: 'photo', name: 'Food photography' },
    ],
  },
  channels: [
    {
      id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06', time: '09:00',
      pillars: ['recipes'], reminder: { minutesBefore: 1440 },
      history: [{ cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2025-09-01', time: '08:00' }],
    },
    { id: 'newsletter', name: 'Newsletter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-01-04', time: '09:00', timezone: 'America/New_York' },
    {
      id: 'linkedin', name: 'LinkedIn', platform: 'linkedin', cadence: 'FREQ=MONTHLY;BYDAY=1TH;COUNT=10', start: '2026-03-01', time: '18:30',
      timezone: 'Europe/Berlin', pillars: ['photo'],
      history: [{ cadence: 'FREQ=WEEKLY;BYDAY=MO;COUNT=50', start: '2025-12-01', time: '07:15' }],
    },
    { id: 'x', name: 'X', platform: 'x', cadence: 'FREQ=DAILY;UNTIL=20270415', start: '2026-09-20', time: '07:00', timezone: 'Australia/Sydney' },
  ],
  breaks: [
    { from: '2026-12-20', to: '2027-01-03', reason: 'new year' },
    { from: '2026-08-01', to: '2026-08-14', channels: ['blog'], reason: 'holiday' },
  ],
});

function post(id: string, data: Partial<PostFrontmatter> & Pick<PostFrontmatter, 'title' | 'status'>): Post {
  return { id, file: `content/posts/${id}.mdx`, body: '', data: { channel: 'blog', ...data } as PostFrontmatter };
}

export const CHINESE_TITLE = '红烧肉：妈妈的做法，一步一步';
export const PUNCTUATED_TITLE = 'Salt, fat; acid, heat; and a \\ backslash, too';

export const posts: Post[] = [
  post('2026/hong-shao-rou', { title: CHINESE_TITLE, status: 'draft', plannedFor: '2026-11-24', pillar: 'recipes' }),
  post('2026/salt-fat', { title: PUNCTUATED_TITLE, status: 'scheduled', plannedFor: '2026-11-27' }),
  post('2026/dumplings', { title: 'Dumplings, folded by hand', status: 'published', plannedFor: '2026-11-20', publishedAt: '2026-11-20', url: 'https://meilin.example/dumplings' }),
  post('2026/secret-idea', { title: 'Secretidea noodles', status: 'idea', plannedFor: '2026-12-01', channel: 'x' }),
  post('2026/on-break', { title: 'Holiday braise', status: 'draft', plannedFor: '2026-12-22' }),
];
