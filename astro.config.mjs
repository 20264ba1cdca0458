// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import throughline from './src/integration/index.ts';
import { cjkLineBreaks } from './src/pages/_lib/cjk-line-breaks.ts';

export default defineConfig({
  // The site's public address: set it (or SITE_URL) for canonical links, the sitemap and RSS.
  site: process.env.SITE_URL ?? 'https://example.com',
  // The studio writes files: keep the dev server on this machine only.
  server: { host: '127.0.0.1', port: 4321 },
  // Chinese paragraphs wrapped in the source must not render a space at each line end.
  markdown: { processor: satteri({ mdastPlugins: [cjkLineBreaks] }) },
  integrations: [mdx(), sitemap(), throughline()],
});
