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

