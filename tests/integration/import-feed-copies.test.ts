/**
 * `import` of a channel's feed writes an entry that repeats a post of another channel as its copy
 * (`copyOf`, core/feed/same-post.ts): the copy came in with no pillar (or the one --pillar gave),
 * so one piece stood under two pillars, or none, in the studio and the plan. It takes its original's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('feed');
const TEXT = 'Braise the pork belly in soy and rock sugar for an hour, then reduce the sauce until it shines.';

function rootWithOriginal(): string {
  const root = copy();
  const plannerFile = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
  planner.channels.push({ id: 'devto', name: 'dev.to', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05' });
  writeFileSync(plannerFile, JSON.stringify(planner, null, 2));
  writeFileSync(join(root, 'content/posts/braised-pork.md'), `---\ntitle: Red-braised pork\nchannel: blog\nstatus: published\npublishedAt: 2026-11-03\npillar: recipes\n---\n\n${TEXT}\n`);
  return root;
}

const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'dev.to',
  items: [{ id: 'https://dev.to/mei/red-braised-pork-1', url: 'https://dev.to/mei/red-braised-pork-1', title: 'Red-braised pork', date_published: '2026-11-05T08:00:00Z', content_html: `<p>${TEXT}</p>`, tags: ['photos'] }],
});

describe('import of a copy from a channel feed', () => {
  test("writes the original's pillar into the copy and says so, whatever --pillar gives", () => {
    const root = rootWithOriginal();
    const dir = folderOf({ 'feed.json': feed });
    const run = runCli(['import', join(dir, 'feed.json'), '--channel', 'devto', '--pillar', 'photography', '--root', root, '--now', NOW]);
    expect(run.code, run.stderr).toBe(0);
    const file = run.stdout.split('\n').find((l) => l.startsWith('content/posts/'))!;
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(/^copyOf: braised-pork$/m);
    expect(text).toMatch(/^pillar: recipes$/m);
    expect(run.stderr).toContain('with copyOf: braised-pork and its pillar, recipes,');
  });
});
