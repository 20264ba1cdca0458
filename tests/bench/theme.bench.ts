/**
 * Theme scoring speed on synthetic posts: build the model once, then score 2,000 posts of
 * 500 words (target: under 1 s). No assertions: tests/bench/run.ts reports against targets.
 */
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { mulberry32 as random } from '../support/mulberry32.ts';

const COOKING = 'braise soy sauce ginger noodles dough simmer garlic chili vinegar rice pork wok steam broth dumpling'.split(' ');
const CAMERA = 'camera lens light shadow reflector styling angle aperture exposure tripod backdrop plate'.split(' ');
const OTHER = 'market stock investor fund election senate football league engine turbine galaxy planet'.split(' ');
const COMMON = 'people time year way day thing man world life hand part child eye woman place work week case point'.split(' ');


function makePost(rand: () => number, words: number, topic: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const pool = rand() < 0.4 ? topic : rand() < 0.7 ? COMMON : OTHER;
    // A few made-up rare words per post, as real posts have names and jargon.
    out.push(rand() < 0.03 ? `zq${Math.floor(rand() * 5000)}` : pool[Math.floor(rand() * pool.length)]);
    if (i % 12 === 11) out.push('.');
  }
  return out.join(' ');
}

export async function benchTheme(): Promise<{ name: string; ms: number; target: number }[]> {
  const rand = random(42);
  const brand = BrandSchema.parse({
    name: 'Mei Lin', label: 'The home cook who photographs her food', strengths: ['cooking', 'food photography'],
    timezone: 'Asia/Shanghai',
    pillars: [
      { id: 'recipes', name: 'Recipes', keywords: ['braise', 'noodles'] },
      { id: 'photo', name: 'Food photography', keywords: ['camera', 'light'] },
    ],
  });
  const evidence = Array.from({ length: 200 }, (_, i) => ({ body: makePost(rand, 500, i % 2 ? COOKING : CAMERA), pillar: i % 2 ? 'recipes' : 'photo' }));
  const posts = Array.from({ length: 2000 }, (_, i) => makePost(rand, 500, i % 3 === 0 ? OTHER : COOKING));
  const t0 = performance.now();
  const model = buildThemeModel({ brand, evidence });
  const t1 = performance.now();
  for (const body of posts) scoreTheme(model, { title: 'A post', body });
  const t2 = performance.now();
  return [
    { name: 'theme: build the model from 200 published posts of 500 words', ms: t1 - t0, target: 250 },
    { name: 'theme: score 2,000 posts of 500 words', ms: t2 - t1, target: 1000 },
  ];
}
