/**
 * The posts collection: the posts of `content/posts/**\/*.{md,mdx}` that belong on the portfolio
 * (published and due: src/integration/published-loader.ts), validated by the same frontmatter
 * schema as the CLI and the studio, plus the cross-file check that the channel exists.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { PostFrontmatterSchema } from './core/schema/post.ts';
import { publishedPostsLoader } from './integration/published-loader.ts';

let cached: { mtimeMs: number; channels: Set<string> | null } | undefined;

/** Channel ids of planner.json, re-read when the file changes (the studio adds channels). */
function knownChannels(): Set<string> | null {
  // The integration sets THROUGHLINE_ROOT to Astro's root (fixtures build from other folders).
  const file = join(process.env.THROUGHLINE_ROOT ?? process.cwd(), 'content/planner.json');
  try {
    const mtimeMs = statSync(file).mtimeMs;
    if (cached?.mtimeMs !== mtimeMs) {
      // A leading BOM is allowed in planner.json (planner-file.ts).
      const planner = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      cached = { mtimeMs, channels: new Set((planner.channels ?? []).map((c: { id: string }) => c.id)) };
    }
    return cached.channels;
  } catch {
    // A broken planner.json is reported by the integration's build check, with file and field.
    return null;
  }
}

const posts = defineCollection({
  // The contract's post id: the path under content/posts without the extension, as written.
  loader: publishedPostsLoader({ root: () => process.env.THROUGHLINE_ROOT ?? process.cwd() }),
  schema: PostFrontmatterSchema.superRefine((data, ctx) => {
    const channels = knownChannels();
    if (channels && !channels.has(data.channel))
      ctx.addIssue({
        code: 'custom',
        path: ['channel'],
        message: `unknown channel "${data.channel}"; use one of the ids in content/planner.json: ${[...channels].join(', ')}`,
      });
  }),
});

export const collections = { posts };
