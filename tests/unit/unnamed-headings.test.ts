import { describe, expect, test } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { headingIds } from '../../src/pages/_lib/heading-ids.ts';
import { mayHaveUnnamedHeadings, unnamedHeadings } from '../../src/pages/_lib/unnamed-headings.ts';

describe('mayHaveUnnamedHeadings', () => {
  test.each(['#####', '##### ', 'Text\n\n## ##\n', '> ###\n', '   #', '### }', '## ---', 'a <h4></h4> b', '# \u3000\u3000![](http://x.example/a.png)', '## <img src="b.png">', '![](a.png)\n---'])('is true of %j', (source) => {
    expect(mayHaveUnnamedHeadings(source)).toBe(true);
  });

  test.each(['## Title', '## 1.', '## 面包', '#hashtag', 'Text only', '####### seven', '    ##### (code)', 'Text ![](a.png)\n\n---', '## a < b'])('is false of %j', (source) => {
    expect(mayHaveUnnamedHeadings(source)).toBe(false);
  });
});

describe('unnamedHeadings', () => {
  // As astro.config.mjs runs them: the sanitizer, the {#id} headings, then this plugin.
  const render = async (source: string) => (await (await createSatteriMarkdownProcessor({ hastPlugins: [sanitizeHtml, headingIds, unnamedHeadings] })).render(source)).code;

  test('gives a heading of an image alone an id of the page\'s own, not id="" and id="-1"', async () => {
    const html = await render('## \u3000\u3000![](http://x.example/a.png)\n\n## \u3000\u3000学什么？\n\n## <img src="b.png">\n\n![](c.png)\n---\n');
    expect(html).not.toMatch(/id="-?\d*"/);
    expect(html.match(/<h2 id="([^"]+)"/g)).toEqual(['<h2 id="tl-heading-1"', '<h2 id="学什么"', '<h2 id="tl-heading-2"', '<h2 id="tl-heading-3"']);
  });

  // The cheap test looked for ATX headings at the start of a line or after `>` with one space,
  // and for setext headings over an image or a tag only: each of these rendered id="".
  test.each([
    ['an empty heading in a list item', '- ##\n- two'],
    ['an empty heading in a quoted list item', '> - ###'],
    ['an empty heading after a blockquote mark and spaces', '>   ##'],
    ['an empty heading in a nested list item', '- a\n  - b\n\n    ###'],
    ['an empty heading after a tab in a list item, CRLF', '-\t###\r\n-\tb\r\n'],
    ['a punctuation heading in an ordered list item', '1. ### }'],
    ['a setext heading of punctuation', 'text\n\n}\n==='],
    ['a setext heading of a smiley in a blockquote', '> :)\n> ---'],
    ['a setext heading of punctuation in an ordered list item', '1. }\n   ---'],
    ['a heading of a character reference', '## &amp;'],
    ['a heading of a numeric character reference', '## &#35;'],
    ['a heading of an empty link', '## [](https://e.com)'],
    ['a heading of an HTML comment', '## <!-- c -->'],
  ])('%s gets no empty id', async (_, body) => {
    expect(mayHaveUnnamedHeadings(body)).toBe(true);
    expect(await render(body)).not.toMatch(/id="-?\d*"/);
  });
});
