import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { PROJECT, runCli, tempRoot } from './helpers.ts';

const FIXTURE_ROOT = join(PROJECT, 'tests/fixtures/roots/import-basic');

let cleanup = () => {};
afterEach(() => cleanup());

/** An RSS file in `root` with one published entry per [slug, RFC 822 date]. */
function feed(root: string, name: string, entries: [string, string][]): string {
  const items = entries
    .map(([slug, date]) => `<item><title>${slug}</title><link>https://mei.example.com/${slug}</link><guid>https://mei.example.com/${slug}</guid><pubDate>${date}</pubDate><description>About ${slug}.</description></item>`)
    .join('\n');
  const file = join(root, name);
  writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Mei</title><link>https://mei.example.com/</link><description>d</description>\n${items}\n</channel></rss>\n`);
  return file;
}

describe("the note on posts before the channel's start", () => {
  test('speaks only of the posts this import brought in, not of those an earlier import wrote', () => {
    const t = tempRoot(FIXTURE_ROOT);
    cleanup = t.cleanup;
    const { root } = t;
    const old = feed(root, 'old.xml', [['old-one', 'Fri, 01 Mar 2024 12:00:00 GMT'], ['old-two', 'Fri, 05 Apr 2024 12:00:00 GMT']]);
    const first = runCli(['import', old, '--channel', 'blog', '--root', root]);
    expect(first.stderr).toContain("2 posts are before the blog channel's start 2025-01-07: they count nowhere.");

    // New posts, all after the start: nothing to say about the old ones again.
    const later = runCli(['import', feed(root, 'new.xml', [['new-one', 'Tue, 10 Jun 2025 12:00:00 GMT']]), '--channel', 'blog', '--root', root]);
    expect(later.code).toBe(0);
    expect(later.stderr).toContain('imported 1 of 1 entry into "blog"');
    expect(later.stderr).not.toContain("before the blog channel's start");

    // One more early post: it alone is counted; --backfill would still move the start back to
    // the earliest post's slot day, the earlier import's posts included.
    const one = runCli(['import', feed(root, 'one.xml', [['mid-one', 'Mon, 03 Jun 2024 12:00:00 GMT']]), '--channel', 'blog', '--root', root]);
    expect(one.stderr).toContain("1 post is before the blog channel's start 2025-01-07: it counts nowhere. Re-run with --backfill to move the start back to 2024-02-27 (the last slot day on or before the first post, 2024-03-01)");

    // Re-running the first import with --backfill, as its note says, still moves the start.
    expect(runCli(['import', old, '--channel', 'blog', '--backfill', '--dry-run', '--root', root]).stderr).toContain(
      "dry run: --backfill would move the blog channel's start back from 2025-01-07 to 2024-02-27",
    );
  });

  // An AstroPaper blog moved by a trial: one post dated 1999-01-01 (a placeholder) before posts of 2022;
  // --backfill as advised would have moved the start back 23 years, every slot of them a gap.
  test('names the file of a lone first post a year or more before the next, in a folder import and on a re-run', () => {
    const t = tempRoot(FIXTURE_ROOT);
    cleanup = t.cleanup;
    const { root } = t;
    const dir = join(root, 'old-blog');
    mkdirSync(dir);
    const post = (name: string, date: string) => writeFileSync(join(dir, `${name}.md`), `---\ntitle: ${name}\ndate: ${date}\n---\n\nText of ${name}.\n`);
    post('hello-world', '1999-01-01');
    post('first-real', '2022-06-01');
    post('second-real', '2022-06-08');
    const run = runCli(['import', dir, '--channel', 'blog', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('; the first of these posts (1999-01-01, content/posts/1999/hello-world.md) is over 23 years before the next (2022-06-01): if its date is a placeholder, correct it first, or the slots between become gaps too');
    // The re-run with --backfill reads the posts written: the same file is named.
    const zh = runCli(['import', dir, '--channel', 'blog', '--backfill', '--dry-run', '--root', root, '--lang', 'zh']);
    expect(zh.stderr).toContain('其中第一篇（1999-01-01，content/posts/1999/hello-world.md）比下一篇（2022-06-01）早 23 年多');
  });
});
