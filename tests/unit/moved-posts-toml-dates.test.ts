import { describe, expect, test } from 'vitest';
import { parseFrontmatterYaml, splitFrontmatter } from '../../src/core/post-file.ts';
import { tomlToYaml } from '../../src/core/moved-posts/plan.ts';

/** The YAML block tomlToYaml writes for a TOML block, read back as the post's fields. */
function fieldsOf(toml: string[]): Record<string, unknown> {
  const out = tomlToYaml(['+++', ...toml, '+++', '', 'Body.', ''].join('\n'));
  if (!out || 'error' in out) throw new Error(`not converted: ${JSON.stringify(out)}`);
  return parseFrontmatterYaml(splitFrontmatter(out.text, 'post.md').yaml, 'post.md');
}

// A Hugo post's `date = 2025-11-04T19:30:00-03:00` was imported as `2025-11-04T19:30:00.000-03:00`:
// JavaScript's Date writes milliseconds the file never had.
describe('tomlToYaml', () => {
  test.each([
    ['an offset date-time', '2025-11-04T19:30:00-03:00'],
    ['a UTC date-time', '2025-11-04T19:30:00Z'],
    ['a local date-time', '2025-11-04T19:30:00'],
    ['a date-time with a space for T', '2025-11-04 19:30:00+08:00'],
    ['a date-time with a fraction', '2025-11-04T19:30:00.5+08:00'],
    ['a date-time with microseconds', '2025-11-04T19:30:00.123456Z'],
    ['a date-time with explicit milliseconds', '2025-11-04T19:30:00.000+08:00'],
    ['a local date', '2025-11-04'],
    ['a local time', '19:30:00'],
  ])('writes %s as the file wrote it', (_kind, literal) => {
    expect(fieldsOf([`date = ${literal}`])).toMatchObject({ date: literal });
  });

  test('writes dates inside arrays and tables as the file wrote them', () => {
    const data = fieldsOf(['date = 2025-11-04T19:30:00-03:00', 'seen = [2024-01-02T10:00:00Z, 2024-01-03]', '[params]', 'updated = 2025-12-01T08:00:00+08:00']);
    expect(data).toMatchObject({ date: '2025-11-04T19:30:00-03:00', seen: ['2024-01-02T10:00:00Z', '2024-01-03'], params: { updated: '2025-12-01T08:00:00+08:00' } });
  });

  test('is not misled by a date-like string', () => {
    const data = fieldsOf(['title = "Notes of 2025-11-04T19:30:00.000-03:00"', 'date = 2025-11-04T19:30:00-03:00']);
    expect(data).toMatchObject({ title: 'Notes of 2025-11-04T19:30:00.000-03:00', date: '2025-11-04T19:30:00-03:00' });
  });
});
