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

/** An ATX heading with no letter or digit (`#####`, `## ##`, `### }`), also inside `>` quotes; or an HTML heading. */
const UNNAMED_ATX = /^ {0,3}(?:>[ \t]?)*#{1,6}(?:[ \t][^\p{L}\p{N}\n]*)?$/mu;
const HTML_HEADING = /<h[1-6][\s>]/i;
/**
 * A heading holding an image or an HTML tag (`# 　　![](http://…/banner.png)`, `## <img src>`), ATX
 * or setext (a line of them underlined): its text may be none but white space, while the address
 * has letters (daichangya/hexo-blog: `# 　　![](…)` gave `id=""` and a contents entry `#`).
 */
const ELEMENT_ATX = /^ {0,3}(?:>[ \t]?)*#{1,6}[ \t][^\n]*(?:!\[|<[a-z])/imu;
const ELEMENT_SETEXT = /^ {0,3}(?:!\[|<[a-z])[^\n]*\n {0,3}(?:=+|-+)[ \t]*$/imu;

/** Whether `source` may hold a heading whose text gives no id (a cheap test before any heading is looked at). */
export function mayHaveUnnamedHeadings(source: string): boolean {
  return UNNAMED_ATX.test(source) || HTML_HEADING.test(source) || ELEMENT_ATX.test(source) || ELEMENT_SETEXT.test(source);
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
