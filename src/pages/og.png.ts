/** The home page's social image: name, label and pillars. */
import { loadSite } from './_lib/site-data.ts';
import { socialCardPng } from './_lib/social/render.ts';

export async function GET(): Promise<Response> {
  const { planner, lang } = await loadSite();
  const { brand } = planner;
  const png = await socialCardPng({
    title: brand.label || brand.name,
    eyebrow: brand.pillars.map((p) => p.name).join(lang === 'zh' ? ' · ' : ' · '),
    name: brand.name,
    footer: brand.audience || brand.label,
    lang,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
