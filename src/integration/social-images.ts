/**
 * After `astro build`: the social image of every post page the build rendered (queued by the
 * page, src/pages/_lib/social/cards.ts), from the cache or drawn, two at a time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { takeSocialCards } from '../pages/_lib/social/cards.ts';
import { socialCardPng } from '../pages/_lib/social/render.ts';

const AT_ONCE = 2;

export async function writeSocialImages(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(dir);
  const cards = [...takeSocialCards()];
  for (let i = 0; i < cards.length; i += AT_ONCE)
    await Promise.all(
      cards.slice(i, i + AT_ONCE).map(async ([path, card]) => {
        const file = join(outDir, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, await socialCardPng(card));
      }),
    );
  logger.info(`social images: ${cards.length}`);
}
