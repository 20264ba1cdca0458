/**
 * Timing target for the editor's cover upload: before a replaced cover is removed, every post file
 * is searched for its name (store/post-mentions.ts postFileNaming, a read per file, no parsing),
 * 2,000 posts in under 100 ms; the full listing it replaced (listPosts with texts, every post
 * parsed) is shown beside it, without a target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postFileNaming } from '../../src/store/post-mentions.ts';
import { listPosts } from '../../src/store/posts.ts';
import { writeSyntheticContent } from './synthetic.ts';

export async function benchCoverCheck({ posts }: { posts: number }): Promise<{ name: string; ms: number; target: number }[]> {
  const root = writeSyntheticContent(mkdtempSync(join(tmpdir(), 'tl-bench-cover-')), posts);
  try {
    const best = async (run: () => Promise<unknown>) => {
      await run();
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await run();
        times.push(performance.now() - t0);
      }
      return Math.round(Math.min(...times) * 10) / 10;
    };
    return [
      { name: `cover upload: is the old cover named, ${posts} posts`, ms: await best(() => postFileNaming(root, ['nowhere-cover.png'])), target: 100 },
      { name: `cover upload: full listing for the same, ${posts} posts`, ms: await best(() => listPosts(root, { texts: new Map() })), target: NaN },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchCoverCheck({ posts: 2000 }));
