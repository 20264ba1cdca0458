/**
 * Pagefind ends each block of text (a heading, paragraph, list item, table cell) that ends in a
 * word character with an English full stop, so that its excerpts read as sentences
 * (pagefind/src/fossick/parser.rs, SENTENCE_SELECTORS and SENTENCE_CHARS). On a Chinese page the
 * excerpts read "电源的设计. 需求分析." (Chinese trial, 2026-12-05): the text it is given ends such
 * a block with 。 instead, which Pagefind leaves as it is.
 */
import { describe, expect, it } from 'vitest';
import { withSentenceEnds } from '../../src/integration/search-index.ts';

const zh = (body: string) => `<html lang="zh-CN"><article data-pagefind-body>${body}</article></html>`;

describe('withSentenceEnds', () => {
  it('ends a Chinese page\'s headings, paragraphs and items that end in a word with 。, and its cells with a space', () => {
    expect(withSentenceEnds(zh('<h2 id="a">电源的设计</h2><p>需求分析</p><ul><li><a href="#a">电源电路</a></li><li>STM32</li></ul><table><tr><td>引脚</td><td><b>低</b></td></tr></table>'))).toBe(
      zh('<h2 id="a">电源的设计。</h2><p>需求分析。</p><ul><li><a href="#a">电源电路。</a></li><li>STM32。</li></ul><table><tr><td>引脚 </td><td><b>低 </b></td></tr></table>'),
    );
  });

  it('ends the title <h1> with a space, not 。: its text is the result\'s title (Pagefind trims the space)', () => {
    expect(withSentenceEnds(zh('<h1 data-pagefind-meta="title">在家烤面包的第一步</h1><p>面粉</p>'))).toBe(zh('<h1 data-pagefind-meta="title">在家烤面包的第一步 </h1><p>面粉。</p>'));
  });

  it('leaves a block that ends in punctuation, a space, a line break or another block as it is', () => {
    const page = zh('<p>已经有句号。</p><p>问号？</p><p>括号（注）</p><li>末尾空格 </li><p>换行<br></p><div><p>内层。</p></div><pre><code>int x</code></pre>');
    expect(withSentenceEnds(page)).toBe(page);
  });

  it('changes nothing on a page in another language', () => {
    const en = '<html lang="en"><article data-pagefind-body><h2>Power supply</h2><p>电源</p></article></html>';
    expect(withSentenceEnds(en)).toBe(en);
  });
});
