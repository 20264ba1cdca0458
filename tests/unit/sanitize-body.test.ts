import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/integration/sanitize.ts';
import { headingIds } from '../../src/pages/_lib/heading-ids.ts';

const md = async (source: string) => (await markdownToHtml(source, { hastPlugins: [sanitizeHtml] })).html;
const mdx = async (source: string) => (await mdxToJs(source, { hastPlugins: [sanitizeHtml] })).code;

describe('the post body sanitizer', () => {
  test('removes script, style and iframe elements and handlers from raw HTML in Markdown', async () => {
    const html = await md('Noodles <script>alert(3)</script>\n\n<style>p{}</style><iframe srcdoc="x"></iframe>\n\n<img src="a.png" onerror="alert(1)">');
    expect(html).not.toMatch(/<script|<style|<iframe|onerror|alert/);
    expect(html).toContain('<img src="a.png">');
  });

  test("an embedded video or page (Fuwari's YouTube and Bilibili iframes) becomes a link to it, never an iframe", async () => {
    // Before, the iframe was removed with nothing in its place: a moved post's "## YouTube" section was empty.
    const source = '## YouTube\n\n<iframe width="100%" height="468" src="https://www.youtube.com/embed/5gIf0_xpFPI?si=N1W" title="YouTube video player" frameborder="0" allowfullscreen></iframe>\n\n## Bilibili\n\n<iframe src="//player.bilibili.com/player.html?bvid=BV1fK4y1s7Qf&p=1" scrolling="no"> </iframe>\n\nText <iframe src="javascript:alert(1)" title="x"></iframe> and <iframe src="https://e.com/a" title="<b>t</b>"></iframe>.';
    const html = await md(source);
    expect(html).not.toMatch(/<iframe|javascript|alert|frameborder|allowfullscreen/);
    expect(html).toContain('<p class="embed"><a href="https://www.youtube.com/embed/5gIf0_xpFPI?si=N1W">YouTube video player (www.youtube.com)</a></p>');
    expect(html).toContain('<p class="embed"><a href="https://player.bilibili.com/player.html?bvid=BV1fK4y1s7Qf&amp;p=1">player.bilibili.com/player.html</a></p>');
    expect(html).toContain('<p>Text  and <a href="https://e.com/a">&lt;b&gt;t&lt;/b&gt; (e.com)</a>.</p>');
    const code = await mdx('<iframe src="https://www.youtube.com/embed/x" title="Clip" />\n');
    expect(code).not.toMatch(/iframe/);
    expect(code).toContain('https://www.youtube.com/embed/x');
  });

  test("a legacy named anchor (`## Why <a name=\"x\">`, a Jekyll post's own contents) becomes the anchor's id, unless that id is taken", async () => {
    // Before, `<a name>` had no href or id and was dropped as a dead link: `[Why](#why_need_react)` led nowhere.
    const html = await md('- [Why](#why_need_react)\n\n## Why <a name="why_need_react"></a>\n\n## How <a id="how"></a>\n\nSee<sup><a name="fnref1" href="#fn1">1</a></sup> <span id="taken">t</span><a name="taken"></a> <a name="kept" id="own"></a> <a name="tl-Main"></a>\n\n<a name="same"></a>\n\n## Same');
    expect(html).toContain('<h2>Why <a id="why_need_react"></a></h2>');
    expect(html).toContain('<h2>How <a id="how"></a></h2>');
    expect(html).toContain('<a href="#fn1" id="fnref1">1</a>');
    expect(html).toContain('<a id="own"></a>');
    // A name another element has (or the page's own ids, a heading's slug) is not written twice: the link reaches that element.
    expect(html.match(/id="taken"/g)).toHaveLength(1);
    expect(html).not.toMatch(/\bname=|id="tl-Main"|id="same"/);
    const code = await mdx('## Why <a name="why_need_react"></a>\n');
    expect(code).toMatch(/id: "why_need_react"|id="why_need_react"/);
    expect(code).not.toMatch(/name: "why_need_react"/);
  });

  test("a named anchor's id is never an id the page gives an element after the sanitizer, before or after the anchor", async () => {
    // The heading-ids plugin runs after the sanitizer: `## Title {#x}` got id x beside the anchor's id x.
    const page = async (source: string) => (await markdownToHtml(source, { hastPlugins: [sanitizeHtml, headingIds] })).html;
    for (const post of [
      '<a name="x"></a>\n\n## Title {#x}\n',
      '## Title {#x}\n\n<a name="x"></a>\n',
      'See <a name="x"></a> here.\n\n<h2 id="x">Raw</h2>\n',
      '<h2 id="x">Raw</h2>\n\nSee <a name="x"></a> here.\n',
      '<a name="title"></a>\n\n## Title\n\n## Title {#title-1}\n',
    ]) {
      const html = await page(post);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, html).toBe(ids.length);
      expect(html, post).toMatch(/<h2 id="x">|<h2 id="title-1">/);
    }
    // An .mdx heading's `{/* #x */}` (Docusaurus's form), after or before the anchor.
    for (const post of ['<a name="x"></a>\n\n## Title {/* #x */}\n', '## Title {/* #x */}\n\n<a name="x"></a>\n']) {
      const code = (await mdxToJs(post, { hastPlugins: [sanitizeHtml, headingIds] })).code;
      expect(code.match(/id: "x"|id="x"/g), code).toHaveLength(1);
    }
  });

  test('drops script-capable link and image URLs, also split by entities and control characters', async () => {
    const html = await md('[a](javascript:alert(1)) [b](java&#9;script:x) [c](&#1;javascript:x) [d](vbscript:x) [e](data:text/html,x) ![i](data:image/png;base64,AAAA) [f](https://e.com/a_(b))');
    expect(html).not.toMatch(/href="(?!https:)|<a>/);
    expect(html).toContain('<p>a b c d e');
    expect(html).toContain('src="data:image/png;base64,AAAA"');
    expect(html).toContain('href="https://e.com/a_(b)"');
  });

  test('keeps details, figures, media, tables, keyboard keys and ids an author writes', async () => {
    const html = await md('<details><summary>S</summary>\n\nin *md*\n\n</details>\n\n<figure><img src="a.png" alt="A"><figcaption>C</figcaption></figure>\n\n<video controls src="v.mp4"></video> <kbd>K</kbd> <h3 id="mine">T</h3>\n\n| a |\n| - |\n| 1 |');
    for (const kept of ['<details><summary>S</summary>', '<em>md</em>', '<figcaption>C</figcaption>', '<video controls src="v.mp4">', '<kbd>K</kbd>', 'id="mine"', '<td>1</td>']) expect(html).toContain(kept);
  });

  test('keeps the highlighted code block\'s tabindex, so a reader on a keyboard can scroll a long line into view', async () => {
    // The highlighter names attributes as HTML does (tabindex, class) where the schema names hast
    // properties (tabIndex, className): a real blog's long PowerShell lines were out of a keyboard's
    // reach (axe scrollable-region-focusable, serious), as astro.config.mjs's shikiConfig renders them.
    const processor = await createSatteriMarkdownProcessor({ shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false, wrap: null }, hastPlugins: [sanitizeHtml] });
    const html = (await processor.render('```powershell\n$psi = New-Object System.Diagnostics.ProcessStartInfo -ArgumentList "cmd.exe", "/c echo a very long line"\n```\n')).code;
    expect(html).toMatch(/^<pre [^>]*tabindex="0"[^>]*data-language="powershell"/);
    expect(html).not.toMatch(/onerror|<script/);
  });

  test('treats HTML in MDX (JSX) the same way and keeps components and expressions', async () => {
    const code = await mdx('import X from "./x.astro"\n\nHi <script>alert("x")</script> <b onClick="y" className="k">b</b> <X a="1"><i onMouseOver="z">in</i></X> {1 + 1}\n\n<style>{`p{}`}</style>\n\n<iframe srcDoc="q" />');
    expect(code).not.toMatch(/alert|onClick|onMouseOver|"y"|"z"|iframe|style|srcDoc/);
    expect(code).toMatch(/_jsx\(X, \{\s*a: "1"/);
    expect(code).toContain('className: "k"');
    expect(code).toContain('1 + 1');
  });

  test("keeps a media element's src naming a media file the post imports from its folder (an Astro blog's <video src={clip}>), no other expression", async () => {
    const code = await mdx('import clip from "./img/clip.webm"\nimport photo from "./p.png"\nimport x from "./x.js"\nimport far from "https://evil.example/a.png"\n\n<video src={clip} onPlay="y" loop controls={false} />\n\n<img src={photo.src} alt="a" />\n\n<img src={x} alt="b" />\n\n<img src={far} alt="c" />\n\n<video src={"javascript:alert(1)"} poster={clip + "x"} />\n');
    expect(code).toMatch(/_jsx\("video", \{\s*loop: true,\s*src: clip\s*\}\)/);
    expect(code).toMatch(/_jsx\("img", \{\s*alt: "a",\s*src: photo\.src\s*\}\)/);
    expect(code).not.toMatch(/src: x\b|src: far|javascript|onPlay|"y"|clip \+/);
  });
});

test('keeps a table column\'s alignment in MDX, where it is a style', async () => {
  const code = await mdx('<b>x</b>\n\n| a | b |\n| :-: | --: |\n| 1 | 2 |\n\n<p style="text-align: center; color: red">no</p>');
  expect(code).toMatch(/_components\.td, \{\s*style: \{ textAlign: "center" \}/);
  expect(code).toMatch(/_components\.th, \{\s*style: \{ textAlign: "right" \}/);
  // Only alignment, and only on table cells.
  expect(code).not.toMatch(/color|textAlign: "center" \},\s*children: "no"/);
});

describe('body headings under the page title', () => {
  test('move down one level when the body has a # heading, so the page keeps one <h1>', async () => {
    expect(await md('# 三种包法\n\n## 月牙\n\n###### deep')).toMatch(/^<h2>三种包法<\/h2>\s*<h3>月牙<\/h3>\s*<h6>deep<\/h6>/);
  });

  test('stay as written when the body starts at ##', async () => {
    expect(await md('## Method\n\n### Step')).toMatch(/^<h2>Method<\/h2>\s*<h3>Step<\/h3>/);
  });
});
