/**
 * The posts collection: `content/posts/**\/*.{md,mdx}`, validated by the same frontmatter schema
 * as the CLI and the studio, plus the cross-file check that the channel exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PostFrontmatterSchema } from './core/schema/post.ts';

function knownChannels(): Set<string> | null {
  try {
    // The integration sets THROUGHLINE_ROOT to Astro's root (fixtures build from other folders).
    const root = process.env.THROUGHLINE_ROOT ?? process.cwd();
    const planner = JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8'));
    return new Set((planner.channels ?? []).map((c: { id: string }) => c.id));
  } catch {
    // A broken planner.json is reported by the integration's build check, with file and field.
    return null;
  }
}

const channels = knownChannels();

const posts = defineCollection({
  // The contract's post id: the path under content/posts without the extension, as written.
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/posts', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
  schema: PostFrontmatterSchema.superRefine((data, ctx) => {
    if (channels && !channels.has(data.channel))
      ctx.addIssue({
        code: 'custom',
        path: ['channel'],
        message: `unknown channel "${data.channel}"; use one of the ids in content/planner.json: ${[...channels].join(', ')}`,
      });
  }),
});

export const collections = { posts };
