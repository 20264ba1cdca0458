import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../src/core/theme/strip-markdown.ts';

const words = (text: string) => stripMarkdown(text).split(/\s+/).filter(Boolean).join(' ');

describe('stripMarkdown', () => {
  it('removes frontmatter', () => {
    expect(words('---\ntitle: Stocks\npillar: money\n---\nBraised pork')).toBe('Braised pork');
  });

  it('removes fenced code blocks with backticks or tildes, and inline code', () => {
    expect(words('Soy sauce\n```js\nconst market = 1;\n```\n~~~\nstock\n~~~\nuse `npm install` now')).toBe('Soy sauce use now');
  });

  it('removes MDX import and export lines and expressions', () => {
    expect(words("import Chart from '../Chart.astro';\nexport const meta = {};\nRice {frontmatter.title} noodles")).toBe('Rice noodles');
  });

  it('keeps the text inside JSX and HTML tags but not the tags or their attributes', () => {
    expect(words('<Callout type="stock market">Slow braise</Callout> <img src="x.png" alt="market"/> <b>soy</b>')).toBe('Slow braise soy');
  });

  it('keeps link text and image alt text but drops their targets and reference definitions', () => {
    expect(words('See [my braise](https://stocks.example.com/invest) ![a clay pot](/img/pot.jpg) [wok][1]\n[1]: https://market.example.com')).toBe(
      'See my braise a clay pot wok',
    );
  });

  it('removes bare URLs and HTML comments', () => {
    expect(words('Noodles https://example.com/stock-market?x=1 <!-- investors --> www.market.com done')).toBe('Noodles done');
  });

  it('leaves plain prose unchanged', () => {
    expect(stripMarkdown('红烧肉的做法很简单。')).toBe('红烧肉的做法很简单。');
  });
});
