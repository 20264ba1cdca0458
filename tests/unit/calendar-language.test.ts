import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { channelLanguage, postLanguageMix } from '../../src/core/language.ts';
import { channelNameLanguage } from '../../src/core/platform-names.ts';
import { PlannerSchema, type PlannerInput } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import { occurrences, parse } from './calendar-client.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const ZONE = 'Asia/Shanghai';

function plannerOf(brand: Partial<PlannerInput['brand']>, blogName = '博客') {
  return PlannerSchema.parse({
    version: 1,
    brand: {
      name: '梅林的厨房', label: '会拍照的家常菜厨师', timezone: ZONE,
      pillars: [{ id: 'recipes', name: '菜谱' }, { id: 'photo', name: '美食摄影' }],
      ...brand,
    },
    channels: [
      { id: 'blog', name: blogName, platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-11-03', time: '09:00', pillars: ['recipes'] },
      { id: 'wechat', name: '公众号', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-11-07', time: '20:00' },
    ],
  });
}

function post(id: string, data: Partial<PostFrontmatter> & Pick<PostFrontmatter, 'title' | 'status'>): Post {
  return { id, file: `content/posts/${id}.md`, body: '', data: { channel: 'blog', ...data } as PostFrontmatter };
}

const posts = [
  post('2026/hong-shao-rou', { title: '红烧肉：妈妈的做法', status: 'draft', plannedFor: '2026-11-24' }),
  post('2026/zz-second', { title: '第二篇', status: 'idea', plannedFor: '2026-11-24' }),
  post('2026/dumplings', { title: '手包饺子', status: 'published', plannedFor: '2026-11-20', publishedAt: '2026-11-20', url: 'https://meilin.example/dumplings' }),
];

const at = (text: string, channel: string, date: string, time = '09:00') => {
  const [from] = [Date.parse(`${date}T00:00:00+08:00`)];
  return occurrences(text, channel, from, from + 86_400_000).find((o) => new Date(o.epoch).toISOString() === new Date(`${date}T${time}:00+08:00`).toISOString());
};

describe('buildCalendar in the brand’s language', () => {
  const zh = plannerOf({});
  const privateText = buildCalendar({ planner: zh, posts, now: NOW, studioUrl: 'https://studio.example/studio' });
  const publicText = buildCalendar({ planner: zh, posts, now: NOW, public: true });

  test('names a Chinese brand’s calendars in Chinese, all channels and one', () => {
    expect(parse(privateText).getFirstPropertyValue('x-wr-calname')).toBe('梅林的厨房：内容计划');
    expect(parse(buildCalendar({ planner: zh, posts, now: NOW, channel: 'wechat' })).getFirstPropertyValue('x-wr-calname')).toBe('梅林的厨房：公众号');
  });

  test.each([
    ['an open slot of a one-pillar channel', 'blog', '2026-12-01', '09:00', '博客：写一篇“菜谱”文章', '内容支柱：菜谱\n在工作室中安排：https://studio.example/studio/plan'],
    ['an open slot of a rotating channel', 'wechat', '2026-11-28', '20:00', '公众号：写一篇文章', '轮换的内容支柱：菜谱、美食摄影\n在工作室中安排：https://studio.example/studio/plan'],
    ['a slot with two planned posts', 'blog', '2026-11-24', '09:00', '博客：红烧肉：妈妈的做法（另有 1 篇）', '内容支柱：菜谱\n红烧肉：妈妈的做法（草稿）：https://studio.example/studio/drafts/2026/hong-shao-rou\n第二篇（想法）：https://studio.example/studio/drafts/2026/zz-second'],
  ])('writes %s in Chinese in the private calendar', (_what, channel, date, time, summary, description) => {
    const o = at(privateText, channel, date, time);
    expect(o?.summary).toBe(summary);
    expect(o?.description).toBe(description);
  });

  test.each([
    ['an open slot', 'blog', '2026-12-01', '博客：发布排期（菜谱）', '内容支柱：菜谱'],
    ['a slot whose posts are unpublished', 'blog', '2026-11-24', '博客：发布排期（菜谱）', '内容支柱：菜谱'],
    ['a slot with a published post', 'blog', '2026-11-20', '博客：手包饺子', '内容支柱：菜谱\n手包饺子：https://meilin.example/dumplings'],
  ])('writes %s in Chinese in the public calendar', (_what, channel, date, summary, description) => {
    const o = at(publicText, channel, date);
    expect(o?.summary).toBe(summary);
    expect(o?.description).toBe(description);
  });

  test('keeps every unpublished title out of the Chinese public calendar', () => {
    for (const p of posts.filter((p) => p.data.status !== 'published')) expect(publicText).not.toContain(p.data.title.slice(0, 3));
    expect(publicText).not.toContain('工作室');
  });

  // A channel with no post whose name tells nothing (Blog, not 博客) speaks the brand's language.
  test('follows brand.language over the brand text, both ways, and keeps the UIDs of the other language', () => {
    const uids = (text: string) => [...new Set(text.match(/^UID:.*$/gm))].sort();
    const asEnglish = buildCalendar({ planner: plannerOf({ language: 'en' }, 'Blog'), posts: [], now: NOW });
    expect(at(asEnglish, 'blog', '2026-12-01')?.summary).toBe('Blog: write a post (菜谱)');
    expect(parse(asEnglish).getFirstPropertyValue('x-wr-calname')).toBe('梅林的厨房: content plan');
    const asChinese = buildCalendar({ planner: plannerOf({ name: 'Mei Lin', label: 'Home cook', language: 'zh' }, 'Blog'), posts: [], now: NOW });
    expect(at(asChinese, 'blog', '2026-12-01')?.summary).toBe('Blog：写一篇“菜谱”文章');
    expect(uids(asEnglish)).toEqual(uids(privateText));
    expect(uids(asChinese)).toEqual(uids(privateText));
  });

  test('writes a brand that writes in English but quotes Chinese in English, as its portfolio pages do (one rule)', () => {
    const brand = { name: 'Mei Lin', label: 'The home cook who makes 红烧肉 on weeknights', audience: 'Busy cooks in Berlin' };
    const mixed = buildCalendar({ planner: plannerOf(brand, 'Blog'), posts: [], now: NOW, public: true });
    expect(at(mixed, 'blog', '2026-12-01')?.summary).toBe('Blog: publishing slot (菜谱)');
  });

  test('keeps an English brand’s entries in English', () => {
    const en = buildCalendar({ planner: plannerOf({ name: 'Mei Lin', label: 'Home cook' }, 'Blog'), posts: [], now: NOW, public: true });
    expect(at(en, 'blog', '2026-12-01')?.summary).toBe('Blog: publishing slot (菜谱)');
  });
});

describe('buildCalendar in each channel’s language', () => {
  // A Chinese brand with a Chinese blog, an English LinkedIn and a newsletter with nothing published yet.
  const bilingual = PlannerSchema.parse({
    version: 1,
    brand: { name: '梅林的厨房', label: '会拍照的家常菜厨师', timezone: ZONE, pillars: [{ id: 'recipes', name: '菜谱' }] },
    channels: [
      { id: 'blog', name: '博客', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-03', time: '09:00' },
      { id: 'linkedin', name: 'LinkedIn', platform: 'linkedin', cadence: 'FREQ=WEEKLY;BYDAY=TH', start: '2026-11-05', time: '09:00' },
      { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-11-06', time: '09:00' },
    ],
  });
  const on = (channel: string, data: Partial<PostFrontmatter> & Pick<PostFrontmatter, 'title' | 'status'>, body = '') => ({ ...post(`${channel}/${data.title}`, { channel, ...data }), body });
  const bilingualPosts = [
    on('blog', { title: '红烧肉', status: 'published', publishedAt: '2026-11-03' }, '妈妈的做法，一步一步。'),
    on('linkedin', { title: 'What a home kitchen teaches about teams', status: 'published', publishedAt: '2026-11-05' }, 'Three lessons from cooking for a family.'),
    on('linkedin', { title: 'Weeknight planning', status: 'published', publishedAt: '2026-11-12' }, 'How I plan a week of dinners.'),
    // Detected as Chinese but published nowhere yet: the channel stays English.
    on('linkedin', { title: '周末菜单', status: 'draft', plannedFor: '2026-12-03' }, '一周的菜单怎么排。'),
    // An English post planned on the Chinese blog, marked by `lang`.
    on('blog', { title: 'Braise, step by step', status: 'draft', plannedFor: '2026-12-08', lang: 'en' }),
  ];
  const privateText = buildCalendar({ planner: bilingual, posts: bilingualPosts, now: NOW, studioUrl: 'https://studio.example/studio' });
  const publicText = buildCalendar({ planner: bilingual, posts: bilingualPosts, now: NOW, public: true });

  test('writes an English channel of a Chinese brand in English, its Chinese channel in Chinese', () => {
    expect(at(privateText, 'linkedin', '2026-12-10')).toMatchObject({ summary: 'LinkedIn: write a post (菜谱)', description: 'Pillar: 菜谱\nPlan it in the studio: https://studio.example/studio/plan' });
    expect(at(publicText, 'linkedin', '2026-12-10')).toMatchObject({ summary: 'LinkedIn: publishing slot (菜谱)', description: 'Pillar: 菜谱' });
    expect(at(privateText, 'blog', '2026-12-01')?.summary).toBe('博客：写一篇“菜谱”文章');
    expect(at(publicText, 'blog', '2026-12-01')?.summary).toBe('博客：发布排期（菜谱）');
  });

  test('writes a channel with nothing published in the brand’s language', () => {
    expect(at(privateText, 'letter', '2026-12-04')?.summary).toBe('Letter：写一篇“菜谱”文章');
  });

  test('writes a slot with a planned post in the post’s language, in the private calendar only', () => {
    expect(at(privateText, 'linkedin', '2026-12-03')).toMatchObject({ summary: 'LinkedIn：周末菜单', description: '内容支柱：菜谱\n周末菜单（草稿）：https://studio.example/studio/drafts/linkedin/%E5%91%A8%E6%9C%AB%E8%8F%9C%E5%8D%95' });
    expect(at(privateText, 'blog', '2026-12-08')?.summary).toBe('博客: Braise, step by step');
    // The public calendar shows nothing of an unpublished post, its language included.
    expect(at(publicText, 'linkedin', '2026-12-03')?.summary).toBe('LinkedIn: publishing slot (菜谱)');
    expect(at(publicText, 'blog', '2026-12-08')?.summary).toBe('博客：发布排期（菜谱）');
  });

  // A published post dated after now is kept off the portfolio (check's `waiting`): `export ics
  // --public` printed its title, which the site's own /calendar.ics (built from the portfolio's
  // posts) does not, and such posts, which no reader has seen, decided the channel's language.
  test('lets no post dated after now show in the public calendar or decide a channel’s language', () => {
    const waiting = [
      on('blog', { title: 'Launch week secret', status: 'published', publishedAt: '2026-12-15T09:00:00+08:00', plannedFor: '2026-12-15' }, 'An English post going live later.'),
      on('blog', { title: 'Another English one', status: 'published', publishedAt: '2026-12-22T09:00:00+08:00' }, 'More English words for later.'),
    ];
    const posts = [...bilingualPosts, ...waiting];
    const pub = buildCalendar({ planner: bilingual, posts, now: NOW, public: true });
    expect(pub).not.toContain('Launch week');
    expect(at(pub, 'blog', '2026-12-15')?.summary).toBe('博客：发布排期（菜谱）');
    expect(at(pub, 'blog', '2026-12-01')?.summary).toBe('博客：发布排期（菜谱）');
    expect(at(buildCalendar({ planner: bilingual, posts, now: NOW }), 'blog', '2026-12-01')?.summary).toBe('博客：写一篇“菜谱”文章');
    // Once its date has passed it is the portfolio's, and shows.
    expect(buildCalendar({ planner: bilingual, posts, now: Date.parse('2026-12-16T00:00:00Z'), public: true })).toContain('Launch week secret');
  });

  test('names a one-channel calendar in the channel’s language, the whole one in the brand’s', () => {
    expect(parse(buildCalendar({ planner: bilingual, posts: bilingualPosts, now: NOW, channel: 'linkedin', public: true })).getFirstPropertyValue('x-wr-calname')).toBe('梅林的厨房: LinkedIn');
    expect(parse(publicText).getFirstPropertyValue('x-wr-calname')).toBe('梅林的厨房：内容计划');
  });

  test('keeps the UIDs whatever the channels’ languages', () => {
    const uids = (text: string) => [...new Set(text.match(/^UID:.*$/gm))].sort();
    expect(uids(buildCalendar({ planner: bilingual, posts: [], now: NOW }))).toEqual(uids(privateText));
  });

  test.each([
    ['most published posts', ['zh', 'en', 'en'], 'zh', 'en'],
    ['most published posts, the other way', ['zh', 'zh', 'en'], 'en', 'zh'],
    ['as many of each: the site’s', ['zh', 'en'], 'en', 'en'],
    ['none published: the site’s', [], 'zh', 'zh'],
  ] as const)('takes a channel’s language from %s', (_what, langs, site, expected) => {
    const published = langs.map((lang, i) => ({ body: lang === 'zh' ? '一步一步的做法' : 'step by step', data: { title: `p${i}`, status: 'published' } }));
    const drafts = [{ body: '草稿不算', data: { title: '草稿', status: 'draft' } }];
    expect(channelLanguage([...published, ...drafts], site)).toBe(expected);
  });
});

describe('buildCalendar for a bilingual writer: English blog and LinkedIn, Chinese 小红书 and 即刻, a newsletter in both', () => {
  const EN_PARAGRAPH = 'This week I read three books about design systems, typography and calm software, and I wrote down what stayed with me.';
  const ZH_PARAGRAPH = '这周我读了三本关于设计系统、排版和安静软件的书，并记下了留在我心里的东西。';
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Mei Lin', label: 'A designer who writes about calm software', timezone: ZONE, pillars: [{ id: 'design', name: 'Design' }, { id: 'craft', name: 'Craft' }] },
    channels: [
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-11-03', time: '09:00' },
      { id: 'newsletter', name: 'Newsletter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-11-06', time: '09:00' },
      { id: 'xhs', name: '小红书', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-11-07', time: '20:00' },
      { id: 'jike', name: '即刻', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-11-08', time: '20:00' },
      { id: 'red', name: 'RedNote', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-09', time: '20:00' },
    ],
  });
  const on = (channel: string, id: string, data: Partial<PostFrontmatter> & Pick<PostFrontmatter, 'title' | 'status'>, body: string): Post =>
    ({ id: `${channel}/${id}`, file: `content/posts/${channel}/${id}.md`, body, data: { channel, ...data } as PostFrontmatter });
  const posts = [
    on('blog', 'calm', { title: 'Designing calm interfaces', status: 'published', publishedAt: '2026-11-03' }, 'Calm software respects your attention. Here is how I design for it, step by step.'),
    // Each paragraph in both languages: about as many English words as Chinese ones.
    on('newsletter', 'n1', { title: 'Weekly notes 每周笔记', status: 'published', publishedAt: '2026-11-06' }, `${EN_PARAGRAPH}\n\n${ZH_PARAGRAPH}`),
    on('newsletter', 'n2', { title: 'Weekly notes 每周笔记', status: 'published', publishedAt: '2026-11-13' }, `${EN_PARAGRAPH}\n\n${ZH_PARAGRAPH}`),
    on('newsletter', 'n3', { title: 'Weekly notes 每周笔记', status: 'draft', plannedFor: '2026-12-04' }, `${EN_PARAGRAPH}\n\n${ZH_PARAGRAPH}`),
    on('xhs', 'day', { title: '设计师的一天', status: 'draft', plannedFor: '2026-12-05' }, '早上八点起床，先画草图，再去咖啡馆写东西。'),
  ];
  const text = buildCalendar({ planner, posts, now: NOW });

  test('reads a post with each paragraph in both languages as bilingual, not Chinese, and an English post quoting Chinese as English', () => {
    expect(postLanguageMix('Weekly notes 每周笔记', undefined, `${EN_PARAGRAPH}\n\n${ZH_PARAGRAPH}`)).toBe('both');
    expect(postLanguageMix('Braising at home', undefined, `${EN_PARAGRAPH} My mother called it 红烧肉.`)).toBe('en');
    expect(postLanguageMix('每周笔记', undefined, ZH_PARAGRAPH)).toBe('zh');
    expect(postLanguageMix('Weekly notes', 'zh', `${EN_PARAGRAPH}\n\n${ZH_PARAGRAPH}`)).toBe('zh');
    expect(channelLanguage(posts.filter((p) => p.data.channel === 'newsletter'), 'en')).toBe('en');
  });

  test('keeps the blog in its own posts’ language, whatever the newsletter’s', () => {
    expect(at(text, 'blog', '2026-12-01')?.summary).toBe('Blog: write a post');
  });

  test('writes a newsletter in both languages, and a bilingual issue planned in it, in the brand’s language, not in Chinese', () => {
    expect(at(text, 'newsletter', '2026-11-27')?.summary).toBe('Newsletter: write a post');
    expect(at(text, 'newsletter', '2026-12-04')?.summary).toBe('Newsletter: Weekly notes 每周笔记');
  });

  test('gives a channel with nothing published the language of its planned posts, else of its platform’s name', () => {
    // 小红书: Chinese planned posts (and a Chinese name), in the private and the public calendar.
    expect(at(text, 'xhs', '2026-11-28', '20:00')?.summary).toBe('小红书：写一篇文章');
    expect(at(buildCalendar({ planner, posts, now: NOW, public: true }), 'xhs', '2026-11-28', '20:00')?.summary).toBe('小红书：发布排期');
    // 即刻 and RedNote (小红书's English name): nothing at all, a Chinese platform by name.
    expect(at(text, 'jike', '2026-11-29', '20:00')?.summary).toBe('即刻：写一篇文章');
    expect(at(text, 'red', '2026-11-30', '20:00')?.summary).toBe('RedNote：写一篇文章');
  });

  test('lets a channel’s own planned posts decide before the brand: an English blog planned on a Chinese brand', () => {
    const zhBrand = PlannerSchema.parse({ ...planner, brand: { ...planner.brand, name: '林梅', label: '写安静软件的设计师' } });
    const drafts = [
      on('blog', 'plan', { title: 'Notes on calm software', status: 'draft', plannedFor: '2026-12-08' }, 'A draft in English about attention and design.'),
      on('newsletter', 'zh', { title: '本周笔记', status: 'published', publishedAt: '2026-11-06' }, ZH_PARAGRAPH),
    ];
    const calendar = buildCalendar({ planner: zhBrand, posts: drafts, now: NOW });
    expect(at(calendar, 'blog', '2026-12-01')?.summary).toBe('Blog: write a post');
    expect(at(calendar, 'newsletter', '2026-11-27')?.summary).toBe('Newsletter：写一篇文章');
  });
});

describe('channelNameLanguage', () => {
  test.each([
    ['小红书', 'other', 'zh'], ['即刻', 'other', 'zh'], ['公众号', 'wechat', 'zh'], ['Zhihu', 'zhihu', 'zh'], ['Weibo', 'other', 'zh'],
    ['Xiaohongshu notes', 'other', 'zh'], ['WeChat', 'wechat', 'zh'],
    ['Blog', 'blog', undefined], ['LinkedIn', 'linkedin', undefined], ['Newsletter', 'newsletter', undefined], ['Jikes and japes', 'other', undefined],
    // Chinese counted in words (1.7 characters a word), as posts are: a name more English than Chinese tells nothing.
    ['LinkedIn 领英', 'linkedin', 'zh'], ['Kitchen notes 厨房', 'blog', undefined],
  ] as const)('reads %s (%s) as %s', (name, platform, expected) => {
    expect(channelNameLanguage({ name, platform })).toBe(expected);
  });
});
