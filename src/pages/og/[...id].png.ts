/** The social image of each published post without its own `cover` (see _lib/social/render.ts). */
import type { APIContext } from 'astro';
import { loadSite, type SitePost } from '../_lib/site-data.ts';
import { socialCardPng } from '../_lib/social/render.ts';

export async function getStaticPaths() {
  const { posts } = await loadSite();
  return posts.filter((p) => !p.entry.data.cover).map((p) => ({ params: { id: p.entry.id }, props: { post: p } }));
}

export async function GET(context: APIContext): Promise<Response> {
  const { post } = context.props as { post: SitePost };
  const { planner, lang } = await loadSite();
  const { brand } = planner;
  const png = await socialCardPng({
    title: post.entry.data.title,
    eyebrow: post.pillar?.name ?? post.channel.name,
    name: brand.name,
    footer: brand.label,
    lang: post.lang === 'zh' || lang === 'zh' ? 'zh' : 'en',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
