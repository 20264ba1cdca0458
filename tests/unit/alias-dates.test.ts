import { describe, expect, test } from 'vitest';
import { writeDatesUnderAliases } from '../../src/core/schema/post-aliases.ts';

const base = { title: 'T', channel: 'blog', status: 'published' };

describe('writeDatesUnderAliases', () => {
  test.each([
    ['date', 'publishedAt'],
    ['pubDatetime', 'publishedAt'],
    ['published', 'publishedAt'],
    ['updated', 'updatedAt'],
    ['lastmod', 'updatedAt'],
    ['modDatetime', 'updatedAt'],
  ])('writes a new %s value under the file\'s own key, in its place, with no %s', (alias, field) => {
    const file = { ...base, [alias]: '2024-05-01', tags: ['a'] };
    const next = { ...base, [alias]: '2024-05-01', tags: ['a'], [field]: '2024-06-01T08:00:00+08:00' };
    const out = writeDatesUnderAliases(file, next);
    expect(out).toEqual({ ...base, [alias]: '2024-06-01T08:00:00+08:00', tags: ['a'] });
    expect(Object.keys(out)).toEqual(Object.keys(file));
  });

  test("keeps an unchanged alias as written (Jekyll's spaced offset)", () => {
    const file = { ...base, date: '2015-03-01 12:00:00 +0100' };
    expect(writeDatesUnderAliases(file, { ...file, publishedAt: '2015-03-01T12:00:00+01:00' })).toEqual(file);
  });

  test('removes the alias key when the field is left out', () => {
    expect(writeDatesUnderAliases({ ...base, date: '2024-05-01' }, { ...base, date: '2024-05-01' })).toEqual(base);
  });

  test("leaves a file that writes Throughline's own key as it is, its alias too", () => {
    const next = { ...base, publishedAt: '2024-06-01', date: '2024-05-01' };
    expect(writeDatesUnderAliases({ ...base, publishedAt: '2024-05-01', date: '2024-05-01' }, next)).toBe(next);
  });

  test("writes under the alias the reader uses: pubDatetime over date, and not Jekyll's published: false", () => {
    const file = { ...base, published: false, date: '2024-05-01', pubDatetime: '2024-04-01' };
    expect(writeDatesUnderAliases(file, { ...file, publishedAt: '2024-06-01' })).toEqual({ ...file, pubDatetime: '2024-06-01' });
    const jekyll = { ...base, published: false, date: '2024-05-01' };
    expect(writeDatesUnderAliases(jekyll, { ...jekyll, publishedAt: '2024-06-01' })).toEqual({ ...jekyll, date: '2024-06-01' });
  });

  test('an empty own key does not count: the alias the reader took is written', () => {
    const file = { ...base, publishedAt: null, date: '2024-05-01' };
    expect(writeDatesUnderAliases(file, { ...base, date: '2024-05-01', publishedAt: '2024-06-01' })).toEqual({ ...base, date: '2024-06-01' });
  });
});
