import { describe, expect, test } from 'vitest';
import { withPillarLine } from '../../src/core/pillar-line.ts';
import { existingPillarsNote } from '../../src/core/moved-posts/summary.ts';

const FILE = 'content/posts/2023/a.md';

describe('withPillarLine', () => {
  test('adds the line at the end of the frontmatter; every other byte stays (quoting, comments, flow lists, body)', () => {
    const text = "---\ntitle: 'Braised: pork'\n# kept\ntags: [其他, Java]\nchannel: blog\nstatus: published\n---\n\nEdited since.\n---\nA rule.\n";
    expect(withPillarLine(text, 'java-核心', FILE)).toEqual({ text: text.replace('status: published\n', 'status: published\npillar: java-核心\n') });
  });

  test('keeps a byte order mark and CRLF line endings', () => {
    const text = '\uFEFF---\r\ntitle: A\r\nchannel: blog\r\n---\r\nBody\r\n';
    expect(withPillarLine(text, 'recipes', FILE)).toEqual({ text: '\uFEFF---\r\ntitle: A\r\nchannel: blog\r\npillar: recipes\r\n---\r\nBody\r\n' });
  });

  test('writes the value into an empty pillar: line, which reads as no pillar', () => {
    expect(withPillarLine('---\ntitle: A\npillar:\nchannel: blog\n---\n', 'recipes', FILE)).toEqual({ text: '---\ntitle: A\npillar: recipes\nchannel: blog\n---\n' });
    expect(withPillarLine("---\ntitle: A\npillar: ''\n---\n", 'recipes', FILE)).toEqual({ text: '---\ntitle: A\npillar: recipes\n---\n' });
  });

  test('ends a block scalar at the end of the frontmatter without changing its text', () => {
    const text = '---\ntitle: A\ndescription: |\n  two\n  lines\n---\n';
    expect(withPillarLine(text, 'recipes', FILE)).toEqual({ text: '---\ntitle: A\ndescription: |\n  two\n  lines\npillar: recipes\n---\n' });
  });

  test('quotes a pillar id that YAML would read as another type', () => {
    expect(withPillarLine('---\ntitle: A\n---\n', 'true', FILE)).toEqual({ text: '---\ntitle: A\npillar: "true"\n---\n' });
    expect(withPillarLine('---\ntitle: A\n---\n', '2024', FILE)).toEqual({ text: '---\ntitle: A\npillar: "2024"\n---\n' });
  });

  test('leaves a post that names a pillar of its own, and one whose frontmatter does not read', () => {
    expect(withPillarLine('---\ntitle: A\npillar: photos\n---\n', 'recipes', FILE)).toEqual({ kept: 'own-pillar' });
    // The pillar an earlier re-run gave (or the one the map gives, written by hand): nothing to do, and no choice of the author's against the map.
    expect(withPillarLine('---\ntitle: A\npillar: recipes\n---\n', 'recipes', FILE)).toEqual({ kept: 'same' });
    expect(withPillarLine('---\ntitle: [A\n---\n', 'recipes', FILE)).toEqual({ kept: 'unreadable' });
    expect(withPillarLine('no frontmatter\n', 'recipes', FILE)).toEqual({ kept: 'unreadable' });
  });
});

describe('existingPillarsNote', () => {
  test('counts the posts given a pillar, by pillar, most first, and those that keep their own, in both languages', () => {
    const note = existingPillarsNote({ given: new Map([['spring', 4], ['java-核心', 8]]), own: 1, kept: 0 }, false)!;
    expect(note.en).toBe('12 posts already here got a pillar: java-核心 (8), spring (4); 1 post already here names its own pillar: left as it is');
    expect(note.zh).toBe('12 篇已有的文章得到了支柱：java-核心 (8)、spring (4)；1 篇已有的文章写有自己的支柱：保持不变');
    expect(existingPillarsNote({ given: new Map([['a', 1]]), own: 0, kept: 0 }, true)!.en).toBe('1 post already here would get a pillar: a (1); nothing was written');
    expect(existingPillarsNote({ given: new Map(), own: 0, kept: 0 }, false)).toBeNull();
  });
});
