/** Pillars removed with no target (core/former-pillars/retired.ts) and the schema's check of `retiredPillars`. */
import { describe, expect, test } from 'vitest';
import { followRetiredPosts, retiredPillarPages, retiredPillarPostIds, retirePillars } from '../../../src/core/former-pillars/retired.ts';
import { PlannerSchema, type Pillar } from '../../../src/core/schema/planner.ts';
import { translateMessage } from '../../../src/core/i18n/zod-issues.ts';

const pillar = (id: string, extra: Partial<Pillar> = {}) => ({ id, name: id.toUpperCase(), description: '', keywords: [], ...extra }) as Pillar;
const none = () => [];

describe('retirePillars', () => {
  test('records a pillar removed with no target, with its name, its former ids and its published posts', () => {
    const before = [pillar('bread', { formerIds: ['loaves'] }), pillar('science')];
    expect(retirePillars(before, [pillar('science')], new Map([['bread', null]]), (id) => (id === 'bread' ? ['2026/a'] : []))).toEqual([
      { id: 'bread', name: 'BREAD', formerIds: ['loaves'], posts: ['2026/a'] },
    ]);
  });

  test('also when no post needed a target (no choice sent)', () => {
    expect(retirePillars([pillar('bread'), pillar('science')], [pillar('science')], new Map([['bread', undefined]]), none)).toEqual([{ id: 'bread', name: 'BREAD' }]);
  });

  test('records nothing for a renamed or merged pillar, which formerIds keeps', () => {
    expect(retirePillars([pillar('bread'), pillar('science')], [pillar('science', { formerIds: ['bread'] })], new Map([['bread', 'science']]), none)).toBeUndefined();
  });

  test('drops an id a pillar takes again, as its id or a former id, in any case, and keeps the others', () => {
    const kept = [{ id: 'bread', name: 'Bread' }, { id: 'cakes', name: 'Cakes', formerIds: ['Tarts'] }];
    expect(retirePillars([pillar('science')], [pillar('science', { formerIds: ['tarts'] }), pillar('Bread')], new Map(), none, kept)).toEqual([{ id: 'cakes', name: 'Cakes' }]);
  });

  test('a pillar taking a retired id again leaves the entry its other addresses: its first free former id becomes its id', () => {
    const kept = [{ id: 'bread', name: 'Bread', formerIds: ['brot', 'loaves'], posts: ['2026/a'], note: 'mine' }];
    expect(retirePillars([pillar('science')], [pillar('science'), pillar('bread')], new Map(), none, kept)).toEqual([
      { id: 'brot', name: 'Bread', formerIds: ['loaves'], posts: ['2026/a'], note: 'mine' },
    ]);
    expect(retirePillars([pillar('science')], [pillar('science', { formerIds: ['brot'] }), pillar('Bread')], new Map(), none, kept)).toEqual([
      { id: 'loaves', name: 'Bread', posts: ['2026/a'], note: 'mine' },
    ]);
  });

  test('a pillar retired again under an old id replaces the older entry', () => {
    const kept = [{ id: 'bread', name: 'Old bread', posts: ['2025/x'] }];
    expect(retirePillars([pillar('bread'), pillar('science')], [pillar('science')], new Map([['bread', null]]), none, kept)).toEqual([{ id: 'bread', name: 'BREAD' }]);
  });
});

describe('retiredPillarPages', () => {
  test('gives each address of each retired pillar', () => {
    const entry = { id: 'bread', name: 'Bread', formerIds: ['loaves'] };
    expect(retiredPillarPages([entry]).map((p) => p.id)).toEqual(['bread', 'loaves']);
    expect(retiredPillarPages(undefined)).toEqual([]);
  });
});

describe('retiredPillarPostIds', () => {
  const entry = { id: 'bread', name: 'Bread', formerIds: ['brot'], posts: ['2026/a', '2026/b', '2026/c', '2026/gone'] };
  test('lists the posts the entry names that no live pillar has taken since', () => {
    const posts = [{ id: '2026/a' }, { id: '2026/b', pillar: 'science' }, { id: '2026/c', pillar: undefined }, { id: '2026/other' }];
    expect([...retiredPillarPostIds(entry, posts)]).toEqual(['2026/a', '2026/c']);
  });

  test('keeps a post that still names one of the retired ids', () => {
    expect([...retiredPillarPostIds(entry, [{ id: '2026/a', pillar: 'brot' }, { id: '2026/b', pillar: 'bread' }])]).toEqual(['2026/a', '2026/b']);
  });

  test('lists nothing for an entry without posts', () => {
    expect(retiredPillarPostIds({ id: 'bread', name: 'Bread' }, [{ id: '2026/a' }]).size).toBe(0);
  });
});

describe('the schema of retiredPillars', () => {
  const planner = (retiredPillars: unknown) => ({
    version: 1,
    brand: { name: 'Lin', label: 'Baker', timezone: 'UTC', pillars: [{ id: 'science', name: 'Science', formerIds: ['chem'] }], retiredPillars },
    channels: [],
  });
  test.each([
    ['a pillar\'s id', [{ id: 'science', name: 'x' }], ['brand', 'retiredPillars', 0, 'id'], 'retired pillar id "science" is a pillar\'s id or former id now: remove it from "retiredPillars"'],
    ['a pillar\'s id in another case', [{ id: 'Science', name: 'x' }], ['brand', 'retiredPillars', 0, 'id'], 'retired pillar id "Science" and pillar id "science" differ only in case: /pillars/Science/ and /pillars/science/ would be one folder on macOS and Windows; remove it from "retiredPillars"'],
    ['a former id', [{ id: 'bread', name: 'x', formerIds: ['chem'] }], ['brand', 'retiredPillars', 0, 'formerIds', 0], 'retired pillar id "chem" is a pillar\'s id or former id now: remove it from "retiredPillars"'],
    ['given twice', [{ id: 'bread', name: 'x' }, { id: 'bread', name: 'y' }], ['brand', 'retiredPillars', 1, 'id'], 'retired pillar id "bread" is given twice: keep it once in "retiredPillars"'],
    ['given twice in another case', [{ id: 'bread', name: 'x' }, { id: 'BREAD', name: 'y' }], ['brand', 'retiredPillars', 1, 'id'], 'retired pillar ids "bread" and "BREAD" differ only in case: /pillars/BREAD/ would be one folder on macOS and Windows; keep one in "retiredPillars"'],
  ])('refuses a retired id that is %s, naming its path', (_, retired, path, message) => {
    const result = PlannerSchema.safeParse(planner(retired));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => ({ path: i.path, message: i.message }))).toContainEqual({ path, message });
  });

  test('says the case clashes in Chinese too', () => {
    const result = PlannerSchema.safeParse(planner([{ id: 'Science', name: 'x' }, { id: 'bread', name: 'x' }, { id: 'BREAD', name: 'y' }]));
    const zh = result.error!.issues.map((i) => translateMessage(i.message));
    expect(zh).toContain('已停用支柱的 ID "Science" 和支柱 ID "science" 只有大小写不同：/pillars/Science/ 和 /pillars/science/ 在 macOS 和 Windows 上会是同一个文件夹；请把它从 "retiredPillars" 中删除');
    expect(zh).toContain('已停用支柱的 ID "bread" 和 "BREAD" 只有大小写不同：/pillars/BREAD/ 在 macOS 和 Windows 上会是同一个文件夹；在 "retiredPillars" 中只保留一个');
  });

  test('accepts retired pillars with their own ids', () => {
    expect(PlannerSchema.safeParse(planner([{ id: 'bread', name: 'Bread', posts: ['2026/a'] }])).success).toBe(true);
  });
});

describe('the address of a retired pillar', () => {
  test('refuses an old category page at /pillars/<retired>/, naming the retired pillar\'s page there', async () => {
    const { findTaxonomyAliasClashes } = await import('../../../src/core/old-taxonomies/clashes.ts');
    const { validatePlanner } = await import('../../../src/core/planner-file.ts');
    const planner = validatePlanner({
      version: 1,
      brand: { name: 'Mei', label: 'x', timezone: 'UTC', pillars: [{ id: 'loaves', name: 'Loaves' }], retiredPillars: [{ id: 'bread', name: 'Bread' }] },
      channels: [],
      portfolio: { taxonomyAliases: [{ path: '/pillars/bread/', pillar: 'loaves' }] },
    }, 'content/planner.json');
    const [error] = findTaxonomyAliasClashes(planner, []);
    expect(error!.field).toBe('portfolio.taxonomyAliases[0].path');
    expect(error!.format('en')).toContain('the page of the retired pillar bread (retiredPillars "bread")');
    expect(error!.format('zh')).toContain('已停用支柱 bread 的页面');
  });
});

describe('followRetiredPosts', () => {
  const planner = (retiredPillars: unknown) => ({ version: 1, brand: { name: 'Lin', label: 'Baker', timezone: 'UTC', pillars: [], retiredPillars }, channels: [] }) as never;
  test('lists a renamed post under its new id, once, and drops a deleted one', () => {
    const before = planner([{ id: 'bread', name: 'Bread', posts: ['2026/a', '2026/b'] }, { id: 'cake', name: 'Cake', posts: ['2026/c'] }]);
    expect(followRetiredPosts(before, '2026/a', '2026/z')).toMatchObject({ brand: { retiredPillars: [{ id: 'bread', posts: ['2026/z', '2026/b'] }, { id: 'cake', posts: ['2026/c'] }] } });
    expect(followRetiredPosts(before, '2026/a', '2026/b')).toMatchObject({ brand: { retiredPillars: [{ posts: ['2026/b'] }, {}] } });
    expect(followRetiredPosts(before, '2026/c')).toMatchObject({ brand: { retiredPillars: [{ posts: ['2026/a', '2026/b'] }, { id: 'cake', name: 'Cake' }] } });
    expect((followRetiredPosts(before, '2026/c') as { brand: { retiredPillars: object[] } }).brand.retiredPillars[1]).not.toHaveProperty('posts');
  });
  test('gives the planner back as it was when no entry lists the post', () => {
    const before = planner([{ id: 'bread', name: 'Bread', posts: ['2026/a'] }]);
    expect(followRetiredPosts(before, '2026/x', '2026/y')).toBe(before);
  });
});
