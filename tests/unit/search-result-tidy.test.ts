/**
 * Pagefind's results on a search page, as its UI gets them: the 。 that the index adds to a
 * Chinese heading (withSentenceEnds, so excerpts read as sentences) stays out of a sub-result's
 * title, and the space Pagefind joins two blocks with is not left after a full-width stop
 * (bilingual trial, 2026-12-05: "↳ 我保留了什么。" over "我保留了什么。 在各个标签页…").
 */
import { describe, expect, it } from 'vitest';
import { TIDY_RESULT } from '../../src/pages/_lib/search-result-tidy.ts';

// The page inlines the function's source: test that very source.
const tidy = new Function(`return ${TIDY_RESULT}`)() as (r: unknown) => any;

describe('TIDY_RESULT (the search page\'s processResult)', () => {
  it('takes the added 。 off a heading\'s sub-result title', () => {
    const r = tidy({
      meta: { title: '我为什么把终端换成了 zsh 和 Zim' },
      excerpt: '过去三年。 上个月',
      sub_results: [
        { title: '我保留了什么。', excerpt: '我保留了什么。 在各个标签页之间共享历史记录，在一个<mark>终端</mark>里', anchor: { element: 'h2' } },
        { title: '我为什么把终端换成了 zsh 和 Zim', excerpt: 'x' },
      ],
    });
    expect(r.sub_results.map((s: { title: string }) => s.title)).toEqual(['我保留了什么', '我为什么把终端换成了 zsh 和 Zim']);
    expect(r.sub_results[0].excerpt).toBe('我保留了什么。在各个标签页之间共享历史记录，在一个<mark>终端</mark>里');
    expect(r.excerpt).toBe('过去三年。上个月');
  });

  it('drops the space after a full-width stop before a mark or a Latin word too', () => {
    const r = tidy({ excerpt: '区别不大。 zsh-autosuggestions，在<mark>终端</mark>显示。 <mark>终端</mark>', sub_results: [] });
    expect(r.excerpt).toBe('区别不大。zsh-autosuggestions，在<mark>终端</mark>显示。<mark>终端</mark>');
  });

  it('starts an excerpt at a word, not at the comma or stop Pagefind cut it after', () => {
    const r = tidy({ excerpt: '、香蕉和<mark>面粉</mark>。', sub_results: [{ title: '材料', excerpt: '，。然后' }] });
    expect(r.excerpt).toBe('香蕉和<mark>面粉</mark>。');
    expect(r.sub_results[0].excerpt).toBe('然后');
  });

  it('gives a result found by its title alone a sub-result for the page, so that its excerpt shows', () => {
    // Such a result has no sub-result, and Pagefind UI shows a result's excerpt only beside one
    // for the page itself.
    const r = tidy({ url: '/posts/crust/', meta: { title: 'Why the crust crackles' }, excerpt: 'A crust contracts as it cools', sub_results: [] });
    expect(r.sub_results).toEqual([{ title: 'Why the crust crackles', url: '/posts/crust/', excerpt: 'A crust contracts as it cools', locations: [] }]);
    const under = { url: '/a/', meta: { title: 'T' }, excerpt: 'x', sub_results: [{ title: 'Kept', url: '/a/#kept', excerpt: 'y', locations: [3] }] };
    expect(tidy(structuredClone(under))).toEqual(under);
  });

  // The <h1> is indexed so that a post is found by its title (全攻略 for "Spacemacs全攻略"), and
  // the page's text starts with it: Pagefind's excerpt then opened with the title shown above it.
  it('takes the title, whole or in part, marks and all, off the start of an excerpt cut from the page\'s opening', () => {
    const content = 'Spacemacs\u200b全\u200b攻\u200b略 越\u200b折\u200b腾 emacs/vim，越\u200b发\u200b现 sublime 好\u200b用。';
    const r = tidy({
      meta: { title: 'Spacemacs全攻略' },
      content,
      excerpt: 'Spacemacs<mark>全攻略</mark> 越折腾 emacs/vim，越发现',
      sub_results: [
        { title: 'Spacemacs全攻略', excerpt: '攻略 越折腾 emacs/vim，越发现 sublime' },
        { title: '安装', excerpt: '越发现 sublime 好用' },
      ],
    });
    expect(r.excerpt).toBe('越折腾 emacs/vim，越发现');
    expect(r.sub_results.map((s: { excerpt: string }) => s.excerpt)).toEqual(['越折腾 emacs/vim，越发现 sublime', '越发现 sublime 好用']);
    // A mark from the title into the text keeps its part in the text; entities read as text.
    const amp = tidy({ meta: { title: 'R & D' }, content: 'R & D notes on R', excerpt: 'R &amp; <mark>D notes</mark> on R', sub_results: [] });
    expect(amp.excerpt).toBe('<mark>notes</mark> on R');
    // All title: nothing is left to repeat it.
    expect(tidy({ meta: { title: 'Why the crust crackles' }, content: 'Why the crust crackles A crust', excerpt: 'Why the <mark>crust</mark> crackles', sub_results: [{ title: 'x', excerpt: 'y' }] }).excerpt).toBe('');
    // The same words further on in the text are the text's own.
    const later = tidy({ meta: { title: 'Loaf' }, content: 'Loaf A loaf is bread. Loaf pans.', excerpt: 'Loaf pans.', sub_results: [] });
    expect(later.sub_results[0].excerpt).toBe('Loaf pans.');
  });

  it('leaves English results as they are', () => {
    const en = { excerpt: 'moved my <mark>terminal</mark> to zsh. For three years', sub_results: [{ title: 'What I kept', excerpt: 'so a command. Typed' }] };
    expect(tidy(structuredClone(en))).toEqual(en);
  });
});
