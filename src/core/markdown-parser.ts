/**
 * satteri (the Markdown/MDX parser and compiler of Astro's own pipeline), loaded on first use.
 * Loading it costs about 0.1 s of a CLI run (its native addon), and a `check` whose every post is
 * served from the caches parses none; importing it at the top of each user made every run pay.
 * Node >= 22.12 loads the ES module synchronously through require() (lazy-require.ts, which also
 * resolves it from the project root inside a bundle); where Astro has loaded it already (the
 * build, the studio) the same module instance is returned.
 */
import type * as Satteri from 'satteri';
import { requireNear } from './lazy-require.ts';

let lib: typeof Satteri | undefined;

/** The satteri module: markdownToMdast, mdxToMdast, mdxToJs... */
export function satteri(): typeof Satteri {
  return (lib ??= requireNear<typeof Satteri>(import.meta.url, 'satteri', 'satteri'));
}

/**
 * satteri's features for a post's body. The body is what follows the file's frontmatter, so a
 * `---` it opens with is a thematic break, not a second frontmatter block: with satteri's default
 * (`frontmatter: true`) the text up to the next `---` line was read as YAML and dropped (a real
 * docsify wiki's notes open with a rule under their title, which import moves into the frontmatter).
 */
export const BODY_FEATURES = { frontmatter: false } as const;

/**
 * Stand-ins for what MDX reads as code and CommonMark as text, in a .md body read by the MDX
 * parser: `{`, `}`, and the first letter of a line opening with `import` or `export` (MDX's ESM,
 * mdxjs.com/docs/what-is-mdx/#esm). Unicode's noncharacters (U+FDD0..U+FDD3, "reserved for internal
 * use", The Unicode Standard §23.7), which no text holds, each one UTF-16 unit as what it stands
 * for, so that every offset of the tree is the body's.
 */
const STAND_INS: Record<string, string> = { '{': '\uFDD0', '}': '\uFDD1', i: '\uFDD2', e: '\uFDD3' };
const STOOD_FOR: Record<string, string> = Object.fromEntries(Object.entries(STAND_INS).map(([c, s]) => [s, c]));
/** A brace not escaped by a backslash (an even run of backslashes before it escapes each other), or the first letter of an ESM-like line. */
const MDX_ONLY = /(?<!(?:^|[^\\])\\(?:\\\\)*)[{}]|^[ie](?=(?:mport|xport)\b)/gm;
const STAND_IN = /[\uFDD0-\uFDD3]/g;
const HAS_STAND_IN = /[\uFDD0-\uFDD3]/;
const put = (c: string) => STAND_INS[c]!;
const back = (c: string) => STOOD_FOR[c]!;

/**
 * The mdast tree of a .md body read by the MDX parser, with what CommonMark reads as text read as
 * text: its braces (CommonMark has no expressions, so `{name}` is what the page shows, where MDX
 * reads an expression and dropped the words or, unclosed, fails after a search that grows
 * exponentially with the JSX around it: satteri 0.10/0.11, 24 `<span>f(){x</span>` in one `<div>`
 * took 2.4 s and each one more doubled it; a real Hugo blog's post of C++ took 30 s), and lines
 * opening with `import` or `export` (a paragraph of code a blog wrote without a fence, which MDX
 * dropped as ESM). They are read through stand-ins of the same length (positions are the body's)
 * and put back in every string of the tree. MDX's own `\{` escape is kept. `options`: mdxToMdast's.
 * Throws as mdxToMdast does when the body is no MDX for other reasons (a `<!-- comment -->`, an
 * autolink, a stray `<`).
 */
export function mdxTreeOfMarkdown(body: string, options: Parameters<typeof Satteri.mdxToMdast>[1]): Satteri.MdastNode {
  const source = body.replace(MDX_ONLY, put);
  const tree = satteri().mdxToMdast(source, options);
  if (source !== body) restore(tree as unknown as Record<string, unknown>);
  return tree;
}

/** Puts back what the stand-ins stand for in every string of a node and the nodes under it (values, attributes, addresses, labels). */
function restore(node: Record<string, unknown>): void {
  for (const key in node) {
    if (key === 'position' || key === 'type') continue;
    const value = node[key];
    if (typeof value === 'string') {
      if (HAS_STAND_IN.test(value)) node[key] = value.replace(STAND_IN, back);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === 'string') {
          if (HAS_STAND_IN.test(item)) value[i] = item.replace(STAND_IN, back);
        } else if (item && typeof item === 'object') restore(item as Record<string, unknown>);
      }
    } else if (value && typeof value === 'object') restore(value as Record<string, unknown>);
  }
}
