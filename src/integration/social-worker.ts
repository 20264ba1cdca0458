/**
 * One process of the social-image pool (social-images.ts, which forks it and sends the job): takes the cards the build will queue
 * (due-cards.ts; computed by the main thread from the build check's reading, else listed here)
 * and draws into the cache those it lacks, its share of them (every `of`-th from
 * `index`), until the list ends or the main thread sends 'stop'. It writes only to the cache:
 * what reaches dist/ is decided on the main thread, by the pages that queued a card.
 */
import { mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DueCard } from '../pages/_lib/social/due-cards.ts';
import { cachedCardFile, drawSocialCard, storeCardSync } from '../pages/_lib/social/render.ts';

/** What the main thread hands each drawer; `now` in ms, as the build's loader sees it. */
export interface SocialWorkerJob {
  root: string;
  now: number;
  cacheDir: string;
  index: number;
  of: number;
  /** The cards, when the main thread has them (from the build check's reading); else listed here. */
  cards?: DueCard[];
}

if (!process.send) throw new Error('social-worker.ts runs as a child process of the build (social-images.ts)');
let stopped = false;
const job = await new Promise<SocialWorkerJob>((resolve) =>
  process.on('message', (message: { job?: SocialWorkerJob } | 'stop') => {
    if (message === 'stop') stopped = true;
    else if (message?.job) resolve(message.job);
  }),
);
// The channel alone does not keep this process alive: it ends when its share is drawn.
process.channel?.unref();

// due-cards.ts (the store and the checks: ~0.25 s of CPU to load) only when the main thread has no list.
const listed = job.cards ?? (await (await import('../pages/_lib/social/due-cards.ts')).listDueCards(job.root, job.now));
// In order of path: the main thread takes the cards still missing from the other end.
const cards = listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
// The cache as it was when this process started: a card another build adds meanwhile is drawn again, harmlessly.
const cached = new Set(await readdir(job.cacheDir).catch(() => [] as string[]));
mkdirSync(job.cacheDir, { recursive: true });
let drawn = 0;
for (let i = job.index; i < cards.length && !stopped; i += job.of) {
  const file = cachedCardFile(cards[i]!.card, job.cacheDir);
  if (cached.has(basename(file))) continue;
  storeCardSync(file, await drawSocialCard(cards[i]!.card));
  drawn++;
}
// The build may have ended (and closed the channel) already: then there is no one to tell.
if (process.connected) process.send({ drawn }, undefined, {}, () => process.connected && process.disconnect());
