// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import throughline from './src/integration/index.ts';
import { admonitions } from './src/pages/_lib/admonitions.ts';
import { cjkEmphasisMarks } from './src/pages/_lib/cjk-emphasis.ts';
import { cjkLineBreaks } from './src/pages/_lib/cjk-line-breaks.ts';
import { codeLanguages } from './src/pages/_lib/code-languages.ts';
import { codeTitles } from './src/pages/_lib/code-titles.ts';
import { footnoteLabels } from './src/pages/_lib/footnote-labels.ts';
import { headingIds, withMdxHeadingIds } from './src/pages/_lib/heading-ids.ts';
import { BODY_FIXES } from './src/pages/_lib/body-fixes.ts';
import { htmlImages } from './src/pages/_lib/html-images.ts';
import { bodyBase } from './src/pages/_lib/body-base.ts';
import { latinEmphasis } from './src/pages/_lib/latin-emphasis.ts';
import { scrollFocus } from './src/pages/_lib/scroll-focus.ts';
import { bareLinks } from './src/pages/_lib/bare-links.ts';
import { localImageUrls } from './src/pages/_lib/local-image-urls.ts';
import { proseDollars, texMath } from './src/pages/_lib/tex-math.ts';
import { proseTags } from './src/pages/_lib/prose-tags.ts';
import { languageQuotes } from './src/pages/_lib/language-quotes.ts';
import { tocPlaceholders } from './src/pages/_lib/toc-placeholder.ts';
import { sanitizeHtml } from './src/integration/sanitize.ts';
import { ThroughlineError } from './src/core/errors.ts';
import { localeLanguage } from './src/core/language.ts';
import { readSiteAddress } from './src/core/site-address.ts';

/**
 * Rolldown warns once per MDX file that Astro's own "use astro:head-inject" marker may not survive
 * bundling; Astro handles that marker itself, so this one warning is noise for every user.
 * @param {{ code?: string; message?: string }} warning
 */
const isAstroHeadInjectWarning = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject');

/**
 * SITE_URL, checked before Astro sees it: a value that is not an http(s) address, or one with a
 * query or fragment, stops with a message naming SITE_URL instead of Astro's bare "Invalid URL".
 * @returns {import('./src/core/site-address.ts').SiteAddress | undefined}
 */
function siteAddress() {
  try {
    return readSiteAddress(process.env.SITE_URL);
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    console.error(`throughline: ${error.format(localeLanguage(process.env))}`);
    process.exit(2);
  }
}

const address = siteAddress();

export default defineConfig({
  // The site's public address (SITE_URL): canonical links, Open Graph, feeds and the sitemap use it.
  // Unset, the build says so once and leaves out what needs an absolute address.
  site: address?.site,
  // SITE_URL's path (https://you.github.io/blog/): the built site's pages, assets and feeds live
  // under it (every link goes through src/pages/_lib/urls.ts). `astro dev` stays at the root
  // (src/integration/index.ts): the studio is not part of the published site.
  base: address?.base,
  // The studio writes files: keep the dev server on this machine only.
  server: { host: '127.0.0.1', port: 4321 },
  // Chinese paragraphs wrapped in the source must not render a space at each line end; post
  // bodies are sanitized (src/integration/sanitize.ts): no script from a body reaches the site.
  // `:::note` blocks (directives), GitHub's `> [!NOTE]` alerts and Obsidian's `> [!info] Title` callouts render as asides (admonitions.ts,
  // before Chinese lines are joined: a callout's title ends at its line's end);
  // a Chinese post's footnotes section is labelled in Chinese (footnote-labels.ts); an HTML
  // <img src="pic.png"> is served from beside the post like ![](pic.png) (html-images.ts), and
  // ![](pic.png#center) as pic.png (local-image-urls.ts); `## Title {#id}` (Hugo, VitePress)
  // gives the heading that id and shows no braces (heading-ids.ts), in an .mdx post too
  // (Docusaurus), whose `{#id}` is escaped before MDX would read it as an expression; a code
  // block's `title="a.js"` (Fuwari, Docusaurus) or `file="a.js"` (AstroPaper) is its caption (code-titles.ts); AstroPaper's empty `## Table of contents`
  // marker is left out, the page has its own contents box (toc-placeholder.ts); Latin-only
  // emphasis in a Chinese post is lang="en", italic rather than dotted (latin-emphasis.ts); a
  // fence's language reaches Shiki by Shiki's name (```objectivec as objective-c), an unknown one
  // as plain code, named once at the end of the build instead of a Shiki warning per block (code-languages.ts).
  // A tag named in prose, `遇到<script>标签时` with no closing tag, is text, not the start of a script
  // that swallows the rest of the paragraph (prose-tags.ts); a German or French post's straight quotes are curled into its
  // own marks, „…“ or « … », where smart punctuation writes English “…” (language-quotes.ts); a legacy `<a name>` anchor becomes an id (sanitize.ts).
  // A heading whose text gives no id, a link with nothing to click and a passage in the other
  // script with no `lang` (part-languages.ts) are fixed as the studio's preview fixes them: one
  // list, BODY_FIXES (body-fixes.ts).
  // TeX math (`$…$`, `$$…$$`, a ```math fence) is MathML rendered by KaTeX at build time, after
  // the sanitizer; dollars that are no TeX by Pandoc's rule stay prose (tex-math.ts). Under a
  // SITE_URL with a path, a body's root paths (`/posts/a/`, `/images/x.png`) are written under it (body-base.ts).
  // Code, tables and display formulas that scroll sideways can be reached by Tab (scroll-focus.ts).
  // A link whose text is its own address is marked, so print does not write the address twice (bare-links.ts).
  // Code colours, light and dark, as CSS custom properties only (defaultColor: false; no
  // overflow-x written inline, wrap: null): src/styles/base.css picks the set that matches the
  // page's theme, so a code block follows the reader's system theme like the rest of the page,
  // and no element carries an inline style beyond custom properties (html-validate's
  // no-inline-style allows those).
  markdown: { shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false, wrap: null }, processor: withMdxHeadingIds(satteri({ features: { directive: true, math: true, frontmatter: false }, mdastPlugins: [proseDollars, proseTags, languageQuotes, cjkEmphasisMarks, admonitions, cjkLineBreaks, localImageUrls, codeTitles, tocPlaceholders, codeLanguages], hastPlugins: [sanitizeHtml, texMath, headingIds, ...BODY_FIXES, footnoteLabels, htmlImages, latinEmphasis, bodyBase, scrollFocus, bareLinks] })) },
  integrations: [mdx(), throughline()],
  // Social images are drawn off the main thread: a few pages at a time keep both cores busy.
  // Four rather than two: each page waits on its folder and file being written by libuv's
  // threads, and with two in flight the main thread sat idle for ~0.9-2.6 s of a 2,000-post
  // build's page rendering (half that with four; eight was no better).
  build: { concurrency: 4 },
  // An unchanged post page is copied from Astro's cache instead of rendered (its cacheKey: a
  // digest of everything the page reads, src/pages/_lib/page-cache-key.ts); any change to the
  // site renders every page again. Astro's rules: astro/dist/core/build/incremental.js.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (!isAstroHeadInjectWarning(warning)) warn(warning);
        },
      },
    },
  },
});
