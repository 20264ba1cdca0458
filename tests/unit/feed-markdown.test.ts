import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { convertHtmlToMarkdown, convertTextToMarkdown } from '../../src/core/feed/html-to-markdown.ts';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';

describe('convertHtmlToMarkdown', () => {
  test('keeps a code block fenced, with its language and its text untouched', () => {
    const md = convertHtmlToMarkdown('<pre><code class="language-js">if (a < b) { run("*x*"); }\n</code></pre>');
    expect(md).toBe('```js\nif (a < b) { run("*x*"); }\n```');
  });

  test('fences a <pre> that has no <code> inside', () => {
    expect(convertHtmlToMarkdown('<pre>a &lt; b\n  indented</pre>')).toBe('```\na < b\n  indented\n```');
  });

  test('keeps the <br> line breaks of a <pre> (WordPress preformatted and verse blocks)', () => {
    const html = '<pre class="wp-block-preformatted">The preformatted block.<br><br>The Road Not Taken<br>Robert <b>Frost</b> <br>  (=\'.\'=)</pre>';
    expect(convertHtmlToMarkdown(html)).toBe("```\nThe preformatted block.\n\nThe Road Not Taken\nRobert Frost \n  (='.'=)\n```");
  });

  test('keeps inline code as it is', () => {
    expect(convertHtmlToMarkdown('<p>Use <code>a &lt; b</code> here</p>')).toBe('Use `a < b` here');
  });

  test('keeps images and resolves a relative source against the entry address', () => {
    expect(convertHtmlToMarkdown('<img src="/img/a b.jpg" alt="A [dish]">', 'https://x.example/2025/post')).toBe(
      '![A \\[dish\\]](https://x.example/img/a%20b.jpg)',
    );
    expect(convertHtmlToMarkdown('<img src="pic.png" alt="">')).toBe('![](pic.png)');
  });

  test('resolves relative links and drops javascript: links but keeps their text', () => {
    expect(convertHtmlToMarkdown('<a href="../about">About</a>', 'https://x.example/blog/post')).toBe('[About](https://x.example/about)');
    expect(convertHtmlToMarkdown('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  test('escapes text that would otherwise become HTML or an entity', () => {
    const md = convertHtmlToMarkdown('<p>&lt;script&gt;alert(1)&lt;/script&gt; and &amp;amp; and a &lt; b</p>');
    expect(md).toBe('&lt;script>alert(1)&lt;/script> and &amp;amp; and a &lt; b');
  });

  test('removes scripts and styles entirely', () => {
    expect(convertHtmlToMarkdown('<p>Hi</p><script>alert(1)</script><style>p{}</style>')).toBe('Hi');
  });

  test('turns headings, emphasis and lists into Markdown', () => {
    expect(convertHtmlToMarkdown('<h2>Grip</h2><p><strong>Hold</strong> <em>lightly</em></p><ul><li>one</li><li>two</li></ul>')).toBe(
      '## Grip\n\n**Hold** *lightly*\n\n-   one\n-   two',
    );
  });
});

describe('convertHtmlToMarkdown keeps a bare address as written', () => {
  // A WordPress embed block holds its address as text; escaped, `utm\\_source` became part of
  // the address GFM links (`utm%5C_source`), a page that does not exist.
  test('leaves the underscores of a bare address unescaped, and escapes the text around it', () => {
    const md = convertHtmlToMarkdown('<p>_see_ https://www.instagram.com/p/BpmueLLgEn_/?utm_source=ig_share&amp;x=1 or www.x.example/a_b*c.</p>');
    expect(md).toBe('\\_see\\_ https://www.instagram.com/p/BpmueLLgEn_/?utm_source=ig_share&x=1 or www.x.example/a_b*c.');
  });

  test('still escapes HTML inside and around an address', () => {
    expect(convertHtmlToMarkdown('<p>https://x.example/&amp;copy; &lt;img src=x&gt;</p>')).toBe('https://x.example/&amp;copy; &lt;img src=x>');
  });
});

describe('convertHtmlToMarkdown keeps a table as a GFM table', () => {
  test('makes a WordPress table whose <th> row sits in <tbody> a table with that row as its header', () => {
    const html = '<h2>Tables</h2><table><tbody><tr><th>Employee</th><th class="views">Salary</th><th></th></tr>'
      + '<tr class="odd"><td><a href="http://example.com/">Jane</a></td><td>$1</td><td>Because that\'s all Steve Jobs needed.</td></tr></tbody></table><h2>Next</h2>';
    expect(convertHtmlToMarkdown(html)).toBe(
      "## Tables\n\n| Employee | Salary |  |\n| --- | --- | --- |\n| [Jane](http://example.com/) | $1 | Because that's all Steve Jobs needed. |\n\n## Next",
    );
  });

  test('pads short rows and colspans to the widest row, so GFM drops no cell', () => {
    const html = '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td colspan="2">wide</td><td>last</td></tr></tbody></table>';
    expect(convertHtmlToMarkdown(html)).toBe('| a |  |  |\n| --- | --- | --- |\n| wide |  | last |');
  });

  test('puts a cell of several blocks on one line, escapes its pipes, and keeps the caption and alignment', () => {
    const html = '<table><caption>Prices</caption><tr><th align="right">x|y</th><th style="text-align: center">z</th></tr>'
      + '<tr><td><p>one</p><p>two</p></td><td><code>a|b</code></td></tr></table>';
    expect(convertHtmlToMarkdown(html)).toBe('Prices\n\n| x\\|y | z |\n| --: | :-: |\n| one two | `a\\|b` |');
  });

  test('drops a table that has no cell', () => {
    expect(convertHtmlToMarkdown('<p>a</p><table><tbody></tbody></table><p>b</p>')).toBe('a\n\nb');
  });
});

describe('convertHtmlToMarkdown never lets markup or a script address through', () => {
  test('fences a <pre> holding a ``` line with a longer fence, so the escaped script after it stays text', () => {
    const md = convertHtmlToMarkdown('<pre>before\n```\n&lt;script&gt;alert(1)&lt;/script&gt;</pre><p>after &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(md).toBe('````\nbefore\n```\n<script>alert(1)</script>\n````\n\nafter &lt;img src=x onerror=alert(1)>');
  });

  test('fences a <pre><code> whose text has an indented or longer backtick run', () => {
    expect(convertHtmlToMarkdown('<pre><code class="language-md">a\n   ```\n`````x</code></pre>')).toBe('``````md\na\n   ```\n`````x\n``````');
  });

  test('drops a language name that would break out of the info string', () => {
    expect(convertHtmlToMarkdown('<pre><code class="language-js`onload">x</code></pre>')).toBe('```jsonload\nx\n```');
  });

  test.each([
    ['java&#9;script:alert(1)'],
    ['&#1;javascript:alert(1)'],
    ['jav&#x0A;ascript:alert(1)'],
    ['  JaVaScRiPt:alert(1)'],
    ['javascript&colon;alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['data:image/svg+xml,<svg onload=alert(1)>'],
    ['&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'],
    ['&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)'],
  ])('drops the link %j after URL parsing, keeping its text, with or without a base', (href) => {
    const html = `<p><a href="${href}">click</a> <img src="${href}" alt="pic"></p>`;
    expect(convertHtmlToMarkdown(html)).toBe('click');
    expect(convertHtmlToMarkdown(html, 'https://x.example/post')).toBe('click');
  });

  test('reads a NUL inside a scheme as a browser does: a harmless relative path, dropped without a base', () => {
    expect(convertHtmlToMarkdown('<a href="java\0script:alert(1)">click</a>')).toBe('click');
    expect(convertHtmlToMarkdown('<a href="java\0script:alert(1)">click</a>', 'https://x.example/')).toBe('[click](https://x.example/java%EF%BF%BDscript:alert\\(1\\))');
  });

  test('keeps http, https and mailto links and relative ones against the base', () => {
    expect(convertHtmlToMarkdown('<a href="mailto:mei@example.com">mail</a> <a href="HTTPS://x.example/a">a</a> <a href="b">b</a>', 'https://x.example/p/')).toBe(
      '[mail](mailto:mei@example.com) [a](https://x.example/a) [b](https://x.example/p/b)',
    );
  });

  test('reduces elements Markdown has no form for to escaped text', () => {
    const md = convertHtmlToMarkdown('<div onclick="alert(1)">Hi <svg><script>alert(1)</script></svg><object data="x"></object><span style="x">there</span> &lt;b&gt;</div>');
    expect(md).toBe('Hi there &lt;b>');
  });
});

describe('convertTextToMarkdown', () => {
  test('keeps paragraphs and escapes Markdown and HTML characters', () => {
    expect(convertTextToMarkdown('First *not bold* <b>\n\n  Second  ')).toBe('First \\*not bold\\* &lt;b>\n\nSecond');
  });
});

// WordPress's theme unit test data ("Markup: HTML Tags and Formatting", "Markup: Image Alignment",
// "Markup: Text Alignment"): forms Markdown has none of are kept as HTML the portfolio allows.
describe('convertHtmlToMarkdown keeps what Markdown has no form for as HTML', () => {
  test('keeps a definition list, its terms and descriptions, with their inline markup and links', () => {
    const html = '<dl><dt>Startup</dt><dd>A company <em>designed</em> to\n\nsearch.</dd><dt>Do It Live</dt><dd>I\'ll let <a title="We\'ll" href="/watch?v=1" onclick="x()">Bill</a> <script>x</script>explain &lt;this&gt;.</dd></dl>';
    expect(convertHtmlToMarkdown(html, 'https://x.example/post')).toBe(
      '<dl>\n<dt>Startup</dt>\n<dd>A company <em>designed</em> to search.</dd>\n<dt>Do It Live</dt>\n<dd>I\'ll let <a href="https://x.example/watch?v=1" title="We\'ll">Bill</a> explain &lt;this&gt;.</dd>\n</dl>',
    );
  });

  test('keeps the terms a <div> groups in a definition list, and a list nested in a description', () => {
    // HTML lets a <div> hold a term and its descriptions: the whole list was dropped.
    expect(convertHtmlToMarkdown('<dl><div><dt>Flour</dt><dd>Bread flour</dd></div><div><dt>Water</dt><dd>At 30°C</dd></div></dl>')).toBe(
      '<dl>\n<dt>Flour</dt>\n<dd>Bread flour</dd>\n<dt>Water</dt>\n<dd>At 30°C</dd>\n</dl>',
    );
    expect(convertHtmlToMarkdown('<dl><dt>Outer</dt><dd>Intro <dl><dt>Inner</dt><dd onclick="x()">Nested &lt;b&gt;</dd></dl></dd></dl>')).toBe(
      '<dl>\n<dt>Outer</dt>\n<dd>Intro<dl><dt>Inner</dt><dd>Nested &lt;b&gt;</dd></dl></dd>\n</dl>',
    );
  });

  test('keeps the paragraphs and lists of a description apart', () => {
    // They ran together: "Para one Para two i1 i2".
    expect(convertHtmlToMarkdown('<dl><dt>T</dt><dd><p class="x">Para one</p>\n\n<p>Para <em>two</em></p><ul><li>i1</li><li>i2</li></ul></dd></dl>')).toBe(
      '<dl>\n<dt>T</dt>\n<dd><p>Para one</p><p>Para <em>two</em></p><ul><li>i1</li><li>i2</li></ul></dd>\n</dl>',
    );
  });

  test('writes a title with a blank line in it on one line, which would end the HTML block it stands in', () => {
    expect(convertHtmlToMarkdown('<p>The <abbr title="a\n\nb">A</abbr> <img class="alignleft" src="https://x.example/a.png" title="t\n\nu"> end</p><dl><dt><abbr title="c\n\nd">C</abbr></dt><dd>D</dd></dl>')).toBe(
      'The <abbr title="a b">A</abbr> <img src="https://x.example/a.png" alt="" title="t u" class="alignleft"> end\n\n<dl>\n<dt><abbr title="c d">C</abbr></dt>\n<dd>D</dd>\n</dl>',
    );
  });

  test('keeps the title of an <abbr> and an <acronym> (as <abbr>), escaped', () => {
    expect(convertHtmlToMarkdown('<p>Use <abbr title="Cascading &quot;Style&quot; Sheets">CSS</abbr> and <acronym title="For The Win">FTW</acronym>, <abbr>plain</abbr>.</p>')).toBe(
      'Use <abbr title="Cascading &quot;Style&quot; Sheets">CSS</abbr> and <abbr title="For The Win">FTW</abbr>, plain.',
    );
  });

  test('keeps an image\'s alignment class, and leaves an image aligned to none as Markdown', () => {
    const html = '<p><img class="size-full wp-image-906 aligncenter" title="Wide" alt="Image &quot;A&quot;" src="/a.jpg" width="580" height="300" /></p><p><img class="alignleft" alt="" src="https://x.example/b.jpg" width="150" height="150" onerror="x()" /> The rest of this paragraph wraps.</p><p><img class="alignnone  wp-image-907" alt="C" src="/c.jpg" /></p>';
    expect(convertHtmlToMarkdown(html, 'https://x.example/post').split('\n\n')).toEqual([
      '<img src="https://x.example/a.jpg" alt="Image &quot;A&quot;" title="Wide" width="580" height="300" class="aligncenter">',
      '<img src="https://x.example/b.jpg" alt="" width="150" height="150" class="alignleft"> The rest of this paragraph wraps.',
      '![C](https://x.example/c.jpg)',
    ]);
  });

  test('keeps a paragraph\'s or a figure\'s alignment around its Markdown', () => {
    const html = '<p style="text-align:center;">Centred <em>text</em>.</p><p class="has-text-align-right has-large-font-size">Right.</p><p style="text-align:left">Left.</p><figure class="alignright"><img src="https://x.example/d.jpg" alt="D"><figcaption>Caption</figcaption></figure><p>Plain.</p>';
    expect(convertHtmlToMarkdown(html)).toBe(
      '<div class="has-text-align-center">\n\nCentred *text*.\n\n</div>\n\n<div class="has-text-align-right">\n\nRight.\n\n</div>\n\n<div class="has-text-align-left">\n\nLeft.\n\n</div>\n\n<div class="alignright">\n\n![D](https://x.example/d.jpg)\n\nCaption\n\n</div>\n\nPlain.',
    );
  });
});

describe('kept HTML on the portfolio', () => {
  test('renders through the body sanitizer as the import wrote it: the list, the title, the classes', async () => {
    const wordpress = '<dl><dt>Startup</dt><dd>A <a href="https://x.example/s" title="S">company</a>.</dd></dl><p>The <abbr title="Seriously">srsly</abbr> tag.</p><p><img class="size-full alignleft" alt="L" src="https://x.example/l.jpg" width="150" height="150"> Wraps.</p><p style="text-align:center">Centred.</p>';
    const { html } = await markdownToHtml(convertHtmlToMarkdown(wordpress), { hastPlugins: [sanitizeHtml] });
    expect(html).toContain('<dl>\n<dt>Startup</dt>\n<dd>A <a href="https://x.example/s" title="S">company</a>.</dd>\n</dl>');
    expect(html).toContain('<abbr title="Seriously">srsly</abbr>');
    expect(html).toMatch(/<img src="https:\/\/x\.example\/l\.jpg" alt="L" width="150" height="150" class="alignleft"[^>]*> Wraps\./);
    expect(html).toMatch(/<div class="has-text-align-center">\s*<p>Centred\.<\/p>\s*<\/div>/);
  });

  test('renders a nested definition list with nothing of a hostile attribute', async () => {
    const wordpress = '<dl><div onclick="x()"><dt>Outer</dt><dd>Intro <dl><dt style="x">Inner</dt><dd><a href="javascript:alert(1)">Nested</a> &lt;script&gt;</dd></dl></dd></div></dl>';
    const { html } = await markdownToHtml(convertHtmlToMarkdown(wordpress), { hastPlugins: [sanitizeHtml] });
    expect(html.replace(/\s+/g, '')).toBe('<dl><dt>Outer</dt><dd>Intro<dl><dt>Inner</dt><dd>Nested&lt;script&gt;</dd></dl></dd></dl>');
  });
});

// A real Hugo feed's footnotes (`href="#fn:1"`) were resolved against the feed's home page
// (https://horriblyunderqualified.com/#fn:1) and the notes lost their ids: every marker led away.
describe('convertHtmlToMarkdown keeps links to a place in the entry itself', () => {
  const base = 'https://blog.example/';
  const hugo =
    '<p>Articles stop<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>.</p>' +
    '<section class="footnotes"><hr /><ol><li id="fn:1"><p>Not Gary. <a class="footnote-backref" href="#fnref:1">&#x21a9;&#xfe0e;</a></p></li></ol></section>';
  const substack =
    '<p>Ship calmer<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a>.</p>' +
    '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" target="_self">1</a><div class="footnote-content"><p>A note.</p></div></div>';

  test('keeps a Hugo footnote marker and its back link as fragments, each target keeping its id', () => {
    expect(convertHtmlToMarkdown(hugo, base)).toBe('Articles stop<a id="fnref:1"></a>[1](#fn:1).\n\n* * *\n\n1.  <a id="fn:1"></a>Not Gary. [↩︎](#fnref:1)');
  });

  test('keeps a Substack footnote and a table of contents entry leading to a heading in the entry', () => {
    expect(convertHtmlToMarkdown(substack, base)).toBe(
      'Ship calmer<a id="footnote-anchor-1"></a>[1](#footnote-1).\n\n<a id="footnote-1"></a>[1](#footnote-anchor-1)\n\nA note.',
    );
    expect(convertHtmlToMarkdown('<p><a href="#why-%E5%86%99">Why</a></p><h2 id="why-写">Why 写</h2>', base)).toBe('[Why](#why-%E5%86%99)\n\n## <a id="why-写"></a>Why 写');
  });

  // Substack's feed writes each footnote link as the post's own address and a fragment.
  test('keeps a link to the entry\'s own address and a place in it as a fragment, not a link to another page', () => {
    const self = 'https://dana.substack.com/p/one-page-roadmap';
    const feedForm =
      `<p>Ship calmer<a class="footnote-anchor" id="footnote-anchor-1-999" href="${self}#footnote-1-999" target="_self">1</a>; see <a href="https://dana.substack.com/p/other#footnote-1-999">the other note</a>.</p>` +
      `<div class="footnote"><a id="footnote-1-999" href="${self}#footnote-anchor-1-999" class="footnote-number">1</a><div class="footnote-content"><p>A note.</p></div></div>`;
    expect(convertHtmlToMarkdown(feedForm, 'https://dana.substack.com', self)).toBe(
      'Ship calmer<a id="footnote-anchor-1-999"></a>[1](#footnote-1-999); see [the other note](https://dana.substack.com/p/other#footnote-1-999).\n\n<a id="footnote-1-999"></a>[1](#footnote-anchor-1-999)\n\nA note.',
    );
  });

  test('still resolves a fragment that names no place in the entry against the base', () => {
    expect(convertHtmlToMarkdown('<p><a href="#comments">Comments</a></p>', base)).toBe('[Comments](https://blog.example/#comments)');
  });

  test('renders so that every footnote link leads to an id on the same page, through the body sanitizer', async () => {
    for (const source of [hugo, substack]) {
      const { html } = await markdownToHtml(convertHtmlToMarkdown(source, base), { hastPlugins: [sanitizeHtml] });
      const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
      const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
      expect(targets.length).toBe(2);
      expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    }
  });
});

// A real Hugo feed (Chroma, lineNos with its default table layout) came in as a one-row GFM table
// whose cells were inline code: `| ``` 1 2 3 ``` | ```sh awk … # 备用地址 awk … ``` |`, every line break lost.
describe('convertHtmlToMarkdown reads a code block with line numbers as the code alone', () => {
  test('fences Hugo\'s Chroma table of line numbers and code as the code, with its language and lines', () => {
    const hugo =
      '<div class="highlight"><div class="chroma">\n<table class="lntable"><tr><td class="lntd">\n<pre tabindex="0" class="chroma"><code><span class="lnt">1\n</span><span class="lnt">2\n</span></code></pre></td>\n<td class="lntd">\n' +
      '<pre tabindex="0" class="chroma"><code class="language-sh" data-lang="sh"><span class="line"><span class="cl">awk -f &lt;<span class="o">(</span>curl -L l.tmoe.me/2.awk<span class="o">)</span>\n</span></span><span class="line"><span class="cl"><span class="c1"># 备用地址</span>\n</span></span></code></pre></td></tr></table>\n</div>\n</div><p>Next.</p>';
    expect(convertHtmlToMarkdown(hugo)).toBe('```sh\nawk -f <(curl -L l.tmoe.me/2.awk)\n# 备用地址\n```\n\nNext.');
  });

  test('fences Jekyll\'s Rouge and Pygments tables of line numbers as the code alone', () => {
    const rouge =
      '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="code"><pre><span class="k">def</span> foo\n  <span class="k">end</span>\n</pre></td></tr></tbody></table></code></pre></figure>';
    expect(convertHtmlToMarkdown(rouge)).toBe('```ruby\ndef foo\n  end\n```');
    const pygments =
      '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2</pre></div></td><td class="code"><div class="highlight"><pre><span class="n">x</span> = 1\nprint(x)\n</pre></div></td></tr></table>';
    expect(convertHtmlToMarkdown(pygments)).toBe('```\nx = 1\nprint(x)\n```');
  });

  test('leaves out Chroma\'s inline line numbers and keeps a table of numbers and words a table', () => {
    const inline = '<pre><code class="language-go"><span class="line"><span class="ln">1</span><span class="cl">package main\n</span></span><span class="line"><span class="ln">2</span><span class="cl">func main() {}\n</span></span></code></pre>';
    expect(convertHtmlToMarkdown(inline)).toBe('```go\npackage main\nfunc main() {}\n```');
    expect(convertHtmlToMarkdown('<table><tr><td>1</td><td>One</td></tr></table>')).toBe('| 1 | One |\n| --- | --- |');
  });
});

// Every image of a real Substack post sits in a link around a <div> (class="image-link"): it came in
// as "[", the image, three blank lines and "](https://substackcdn.com/…)", shown as that text.
describe('convertHtmlToMarkdown keeps a link around blocks a link', () => {
  const img = 'https://substackcdn.com/image/fetch/$s_!v7ZB!,w_1456,c_limit,f_auto/https%3A%2F%2Fx%2F1_287x234.png';
  const big = 'https://substackcdn.com/image/fetch/$s_!v7ZB!,f_auto/https%3A%2F%2Fx%2F1_287x234.png';
  const substack =
    `<div class="captioned-image-container"><figure><a class="image-link image2" target="_blank" href="${big}" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="${img} 424w" sizes="100vw"><img src="${img}" width="287" height="234" alt="A chart"></picture><div></div></div></a><figcaption class="image-caption">The chart</figcaption></figure></div><p>Next.</p>`;

  test('links a Substack image to its full size, as one linked image', () => {
    expect(convertHtmlToMarkdown(substack)).toBe(`[![A chart](${img})](${big})\n\nThe chart\n\nNext.`);
  });

  test('links each block of a card link and leaves a list in it unlinked', () => {
    const card = '<a class="kg-bookmark-container" href="https://x.example/p/a"><div class="kg-bookmark-title"><h3>A title</h3></div><div>A description.</div><ul><li>one</li></ul></a>';
    expect(convertHtmlToMarkdown(card)).toBe('### [A title](https://x.example/p/a)\n\n[A description.](https://x.example/p/a)\n\n-   one');
    expect(convertHtmlToMarkdown('<p><a href="https://x.example/">two<br>lines</a></p>')).toBe('[two  \nlines](https://x.example/)');
  });

  test('renders the Substack image as a linked image, with no bracket left as text', async () => {
    const { html } = await markdownToHtml(convertHtmlToMarkdown(substack), { hastPlugins: [sanitizeHtml] });
    expect(html).toContain(`<a href="${big}"><img src="${img}" alt="A chart"`);
    expect(html).not.toMatch(/\[|\]\(/);
  });
});
