/** The RSS feed of published posts, newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { escapeHtmlText } from '../core/html-text.ts';
import { loadSite } from './_lib/site-data.ts';
import { excerptOf, postPath } from './_lib/text.ts';

export async function GET(context: APIContext): Promise<Response> {
  const { planner, posts, lang } = await loadSite();
  const { brand } = planner;
  return rss({
    title: brand.name,
    // Descriptions are HTML to a feed reader: plain text is escaped so it stays text.
    description: escapeHtmlText(`${brand.label}. ${brand.audience}`.trim()),
    site: context.site ?? context.url.origin,
    customData: `<language>${lang === 'zh' ? 'zh-cn' : 'en'}</language>`,
    items: posts.map((p) => ({
      title: p.entry.data.title,
      link: postPath(p.entry.id),
      pubDate: new Date(p.epoch),
      description: escapeHtmlText(excerptOf(p.post.body, 300)),
      categories: p.pillar ? [p.pillar.name] : [],
    })),
  });
}
