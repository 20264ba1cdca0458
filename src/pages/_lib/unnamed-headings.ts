/**
 * Headings whose text gives no id. Astro's heading-id plugin names a heading by the GitHub slug of
 * its text (github-slugger), which is empty for a heading with no text (`##### ` alone on a line,
 * as a real post's Markdown writes between two captions; `<h4></h4>`), with only an image
 * (`<h5><img alt="…"></h5>`, `# 　　![](banner.png)`), or with punctuation alone (`### }`): it wrote `id=""`, which HTML
 * does not allow (an id has at least one character), and `id="-1"` for the next one
 * (daichangya/hexo-blog: 7 posts in 300). A heading with nothing in it is left out of the page:
 * no reader or screen reader can use it. Any other such heading gets an id of the page's own
 * (`tl-heading-1`, `tl-heading-2` …, the `tl-` prefix no post's id takes), which Astro keeps.
 */
import type { Element } from 'hast';
import { slug } from 'github-slugger';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { CONTAINER_MARKS } from '../../core/container-marks.ts';

/** A character that gives a heading no name: no letter or digit of any script. */
const NO_NAME = String.raw`[^\p{L}\p{N}\n]`;
/**
 * Markup on a heading's line that may carry letters the heading's text does not have: an image
 * (`![](http://…/banner.png)`), a link with no letter in its text (`[](#anchor)`, `[*](…)`), an
 * HTML tag or comment (`<img src>`, `<!-- x -->`), a character reference (`&amp;`, `&#35;`).
 */
const MARKUP = String.raw`(?=[^\n]*(?:!\[|\[[^\p{L}\p{N}[\]\n]*\]|<[a-z!]|&[#a-z]))`;
/**
 * An ATX heading with no letter or digit (`#####`, `## ##`, `### }`), or with markup (MARKUP:
 * `# 　　![](…)`, `## <img src>`, `## &amp;`, whose text may be none but white space or
 * punctuation, daichangya/hexo-blog: `# 　　![](…)` gave `id=""` and a contents entry `#`); in
 * blockquotes and list items too (CONTAINER_MARKS: `> ##`, `- ###`, under a nested item).
 */
const UNNAMED_ATX = new RegExp(String.raw`^${CONTAINER_MARKS}#{1,6}(?:[ \t]${NO_NAME}*)?$`, 'mu');
const ELEMENT_ATX = new RegExp(String.raw`^${CONTAINER_MARKS}#{1,6}[ \t]${MARKUP}`, 'imu');
/**
 * A setext heading's underline (`===`, `---`), inside blockquotes and list items too (only `>`
 * marks and indent before it: a list marker would start an item, whose text it is).
 */
const UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*\r?$/gm;
/**
 * A setext heading's last text line that may give no name: no letter or digit (`}`, `:)` over
 * `---`), quote and list marks aside (`> }`, `1. }`), or markup (MARKUP). Not a blank line.
 */
const UNNAMED_TEXT_LINE = new RegExp(String.raw`^(?=[^\n]*[^ \t>\r\n])(?:${MARKUP}|(?:${NO_NAME}|\d{1,9}[.)](?=[ \t]))*$)`, 'iu');

/** Whether `source` has a setext heading whose last text line may give it no name (each underline's line above read once). */
function hasUnnamedSetext(source: string): boolean {
  UNDERLINE.lastIndex = 0;
  for (let m; (m = UNDERLINE.exec(source)); ) {
    const above = source.slice(source.lastIndexOf('\n', m.index - 2) + 1, m.index - 1);
    if (m.index > 0 && UNNAMED_TEXT_LINE.test(above)) return true;
  }
  return false;
}

const HTML_HEADING = /<h[1-6][\s>]/i;

/**
 * Whether `source` may hold a heading whose text gives no id (a cheap test before any heading is
 * looked at): it may say yes for none (`    ##` is indented code at the top, a heading under a
 * list item), never no for one the parse finds.
 */
export function mayHaveUnnamedHeadings(source: string): boolean {
  return UNNAMED_ATX.test(source) || HTML_HEADING.test(source) || ELEMENT_ATX.test(source) || hasUnnamedSetext(source);
}

function unnamedHeadingPlugin(): HastPluginDefinition {
  let n = 0;
  return {
    name: 'throughline-unnamed-headings',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const heading = node as Element;
        const text = ctx.textContent(node);
        if (typeof heading.properties?.id === 'string' || slug(text) !== '') return;
        if (text.trim() === '' && !(heading.children ?? []).some((c) => c.type === 'element')) ctx.removeNode(node);
        else ctx.setProperty(node, 'id', `tl-heading-${++n}`);
      },
    },
  };
}

/** The plugin, for `hastPlugins` (before Astro's heading ids): only a document that may hold such a heading is handed to it. */
export const unnamedHeadings = (ctx: PluginFactoryContext): HastPluginDefinition | null => (mayHaveUnnamedHeadings(ctx.source) ? unnamedHeadingPlugin() : null);
