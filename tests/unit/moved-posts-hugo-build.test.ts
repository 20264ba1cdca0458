import { describe, expect, test } from 'vitest';
import { unrenderedBy, unrenderedNote } from '../../src/core/moved-posts/hugo-build.ts';

describe('unrenderedBy', () => {
  test.each([
    ['build.render: never', { build: { list: 'never', render: 'never' } }, 'build.render: never'],
    ['build.render: link (a permalink, no page)', { build: { render: 'link' } }, 'build.render: link'],
    ['Hugo before 0.80: _build.render: false', { _build: { render: false } }, '_build.render: false'],
    ['a headless bundle', { headless: true }, 'headless: true'],
    ['headless written as text', { headless: 'yes' }, 'headless: yes'],
  ])('names %s', (_name, raw, option) => {
    expect(unrenderedBy(raw)).toBe(option);
  });

  test.each([
    ['a page listed nowhere but rendered', { build: { list: 'never' } }],
    ['render: always', { build: { render: 'always' } }],
    ['headless: false', { headless: false }],
    ['no build options', { title: 'T' }],
  ])('gives nothing for %s', (_name, raw) => {
    expect(unrenderedBy(raw)).toBeUndefined();
  });

  test('says why the post is a draft, in English and Chinese', () => {
    expect(unrenderedNote('build.render: never').en).toBe('it comes in as a draft: build.render: never kept Hugo from writing its page, so the old site never showed it; set status: published in it to show it');
    expect(unrenderedNote('headless: true').zh).toContain('旧网站从未显示过它');
  });
});
