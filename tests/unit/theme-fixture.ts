/**
 * The home cook's brand of the theme unit tests (two pillars: recipes, food photography) and
 * four published posts, two per pillar: shared so that each test reads the same brand.
 */
import { BrandSchema } from '../../src/core/schema/planner.ts';

export const brand = BrandSchema.parse({
  name: 'Mei Lin',
  label: 'The home cook who photographs her food',
  audience: 'Busy home cooks who want dishes that look as good as they taste',
  strengths: ['cooking', 'food photography'],
  timezone: 'Asia/Shanghai',
  pillars: [
    { id: 'recipes', name: 'Recipes', description: 'Weeknight recipes tested at home', keywords: ['recipe', 'braise', 'noodles'] },
    { id: 'photo', name: 'Food photography', description: 'Lighting and styling food for the camera', keywords: ['camera', 'light', 'lens'] },
  ],
});

export const published = [
  { pillar: 'recipes', body: 'Braised pork belly with soy sauce, ginger and rock sugar. Simmer the pork for an hour until the sauce turns glossy, then serve over rice.' },
  { pillar: 'recipes', body: 'Hand-pulled noodles for a weeknight: knead the dough, rest it, stretch the noodles and toss them with chili oil, vinegar and garlic.' },
  { pillar: 'photo', body: 'Shoot your dinner by a window: soft side light, a reflector card and a 50mm lens make the steam and the glaze of the sauce show.' },
  { pillar: 'photo', body: 'Styling a bowl of noodles for the camera: garnish last, wipe the rim, and use a low angle so the light catches the chili oil.' },
];
