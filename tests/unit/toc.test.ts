import { describe, expect, it } from 'vitest';
import { tocSize, tocTree } from '../../src/pages/_lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('a post\'s table of contents', () => {
  it('nests each ### in the ## before it, so sections are numbered 1, 2, 3', () => {
    const tree = tocTree([h(2, 'a'), h(2, 'b'), h(3, 'b1'), h(3, 'b2'), h(4, 'deep'), h(2, 'c')]);
    expect(tree.map((e) => e.slug)).toEqual(['a', 'b', 'c']);
    expect(tree[1]!.children.map((e) => e.slug)).toEqual(['b1', 'b2']);
    expect(tocSize(tree)).toBe(5);
  });

  it('a ### before any ## stands on its own; # and #### are left out', () => {
    expect(tocTree([h(1, 'title'), h(3, 'lead'), h(2, 'a'), h(3, 'a1')])).toEqual([
      { slug: 'lead', text: 'LEAD', children: [] },
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
    ]);
  });

  it('several ### before the first ## are each a section of their own, not nested in the first of them', () => {
    // A body whose one `# heading` comes last has every `##` shown one level down (h3) before it.
    const tree = tocTree([h(3, 'news'), h(3, 'crate'), h(3, 'jobs'), h(2, 'quote'), h(3, 'q1')]);
    expect(tree.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([['news', []], ['crate', []], ['jobs', []], ['quote', ['q1']]]);
  });

  it('leaves out the footnotes heading the processor adds', () => {
    expect(tocTree([h(2, 'a'), h(2, 'footnote-label')]).map((e) => e.slug)).toEqual(['a']);
  });

  it('leaves out a heading with no words (an image alone) and shows an entry without its indent', () => {
    // daichangya/hexo-blog: `# 　　![](banner.png)` then `# 　　学什么？` (ideographic spaces as indent).
    const tree = tocTree([{ depth: 2, slug: 'tl-heading-1', text: '\u3000\u3000' }, { depth: 2, slug: '学什么', text: '\u3000\u3000学什么？' }, { depth: 3, slug: 'x', text: ' ' }]);
    expect(tree).toEqual([{ slug: '学什么', text: '学什么？', children: [] }]);
  });
});
