/**
 * The social image of a post under `astro dev`. A build writes them after the pages instead
 * (src/integration/social-images.ts), so this route has no static paths then.
 */
import type { APIContext } from 'astro';
import { postCard } from '../_lib/social/cards.ts';
import { socialCardPng } from '../_lib/social/render.ts';
import { loadSite, type SitePost } from '../_lib/site-data.ts';
import { postSlug } from '../../store/post-paths.ts';
import { socialCover } from '../../core/social-cover.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const { posts } = await loadSite();
  return posts.filter((p) => socialCover(p.entry.data.cover) === undefined).map((p) => ({ params: { id: postSlug(p.entry.id) }, props: { post: p } }));
}

export async function GET(context: APIContext): Promise<Response> {
  const { post } = context.props as { post: SitePost };
  const png = await socialCardPng(postCard(post, await loadSite()));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
