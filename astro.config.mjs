// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import throughline from './src/integration/index.ts';

export default defineConfig({
  // The site's public address: set it (or SITE_URL) for canonical links, the sitemap and RSS.
  site: process.env.SITE_URL ?? 'https://example.com',
  // The studio writes files: keep the dev server on this machine only.
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [mdx(), sitemap(), throughline()],
});
