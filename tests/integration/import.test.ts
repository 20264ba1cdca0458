import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CliContext } from '../../src/cli/context.ts';
import { createProgress } from '../../src/cli/progress.ts';
import { listPosts } from '../../src/store/posts.ts';
import { zipFolder } from '../support/zip-folder.ts';
import { PROJECT, runCli, tempRoot } from './helpers.ts';

const FEEDS = join(PROJECT, 'tests/fixtures/feeds');
const FIXTURE_ROOT = join(PROJECT, 'tests/fixtures/roots/import-basic');

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function freshRoot(): string {
  const t = tempRoot(FIXTURE_ROOT);
  cleanups.push(t.cleanup);
  return t.root;
}

const postFiles = (root: string) =>
  existsSync(join(root, 'content/posts')) ? readdirSync(join(root, 'content/posts'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort() : [];

describe('import from a file', () => {
  test('writes one .md post per entry (an undated one as a draft), prints each file, and warns about skipped entries', async () => {
    const root = freshRoot();
    const { code, stdout, stderr } = runCli(['import', join(FEEDS, 'rss-basic.xml'), '--channel', 'blog', '--root', root]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'content/posts/2025/red-braised-pork-the-slow-way.md',
      'content/posts/2025/红烧肉的做法.md',
      'content/posts/drafts/no-date-here.md',
      'content/posts/2025/photographing-steam.md',
    ]);
    expect(stderr).toMatch(/entry 3 "No date here": it has no date: imported as a draft \(set publishedAt and status: published in it\)/);
    expect(stderr).toMatch(/entry 4 "Same guid again": skipped: an earlier entry has the same guid/);
    const text = readFileSync(join(root, 'content/posts/2025/red-braised-pork-the-slow-way.md'), 'utf8');
    expect(text).toContain('publishedAt: 2025-06-10T08:30:00+08:00');
    expect(text).toContain('![The pork, glossy](https://mei.example.com/img/pork.jpg)');
    expect(text).toContain('```python\nif a < b:\n    print("{done}")\n```');
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(posts.map((p) => [p.id, p.data.status, p.data.channel])).toEqual([
      ['2025/photographing-steam', 'published', 'blog'],
      ['2025/red-braised-pork-the-slow-way', 'published', 'blog'],
      ['2025/红烧肉的做法', 'published', 'blog'],
      ['drafts/no-date-here', 'draft', 'blog'],
    ]);
    expect(readFileSync(join(root, 'content/posts/drafts/no-date-here.md'), 'utf8')).toContain('An entry without a date.');
  });

  test('exits 2 when not one entry could be read as a post, so a CI job sees that nothing came in', () => {
    // A CI user's trial (2026-12-05): a feed whose only entry had an unreadable date exited 0.
    const root = freshRoot();
    const feed = join(root, 'bad-dates.xml');
    writeFileSync(feed, '<rss version="2.0"><channel><item><title>x</title><pubDate>not a date</pubDate><link>https://e.com/x</link></item></channel></rss>');
    const { code, stdout, stderr } = runCli(['import', feed, '--channel', 'blog', '--root', root]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/imported 0 of 1 entry into "blog"; 1 skipped/);
    expect(runCli(['import', feed, '--channel', 'blog', '--root', root, '--lang', 'zh']).code).toBe(2);
  });

  test('writes nothing the second time: every entry is already imported', () => {
    const root = freshRoot();
    const args = ['import', join(FEEDS, 'rss-basic.xml'), '--channel', 'blog', '--root', root];
    runCli(args);
    const again = runCli(args);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/imported 0 of 5 entries into "blog"; 5 already imported/);
    expect(postFiles(root)).toHaveLength(4);
  });

  test('skips an entry that a post written by hand (no url) already is: same title, same time in the channel\'s zone', () => {
    const root = freshRoot();
    const hand = (name: string, title: string, publishedAt: string) =>
      writeFileSync(join(root, 'content/posts', `${name}.md`), `---\ntitle: ${title}\nchannel: blog\nstatus: published\npublishedAt: ${publishedAt}\n---\n\nWritten here first.\n`);
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    // The feed's "Tue, 10 Jun 2025 08:30:00 +0800", written as a wall time in the channel's zone.
    hand('pork-by-hand', '"Red-braised pork, the slow way"', '2025-06-10T08:30');
    // The same title a day later is another post.
    hand('steam-by-hand', 'Photographing steam', '2025-02-04');
    const { code, stdout, stderr } = runCli(['import', join(FEEDS, 'rss-basic.xml'), '--channel', 'blog', '--root', root]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('red-braised-pork');
    expect(stdout).toContain('content/posts/2025/photographing-steam.md');
    expect(stderr).toContain('entry 1 "Red-braised pork, the slow way": skipped: post pork-by-hand has the same title and time and no url; give it url: https://mei.example.com/2025/red-braised-pork to say so');
    expect(postFiles(root).filter((f) => f.includes('pork'))).toEqual(['pork-by-hand.md']);
  });

  test('with --dry-run prints the files it would write and writes none', () => {
    const root = freshRoot();
    const { code, stdout, stderr } = runCli(['import', join(FEEDS, 'atom-basic.xml'), '--channel', 'blog', '--dry-run', '--root', root]);
    expect(code).toBe(0);
    expect(stdout).toBe('content/posts/2025/knife-skills-part-1.md\ncontent/posts/2025/only-updated.md\n');
    expect(stderr).toMatch(/nothing was written/);
    expect(postFiles(root)).toEqual([]);
  });

  test('imports Atom, JSON Feed, GB2312 and ISO-8859-1 feeds with the status asked for', async () => {
    const root = freshRoot();
    for (const feed of ['atom-basic.xml', 'json-basic.json', 'rss-gb2312.xml', 'atom-latin1.xml'])
      expect(runCli(['import', join(FEEDS, feed), '--channel', 'blog', '--status', 'draft', '--root', root]).code).toBe(0);
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.data.title).sort()).toEqual(
      ['A note without a title. Second paragraph.', 'Crème brûlée à la maison', 'Knife skills <part 1>', 'Only updated', 'Pleating dumplings', '红烧肉：慢火两小时'].sort(),
    );
    expect(new Set(posts.map((p) => p.data.status))).toEqual(new Set(['draft']));
    expect(posts.find((p) => p.data.title === 'Pleating dumplings')!.body).toContain('![Dumplings](https://mei.example.com/dumplings.jpg)');
  });

  test('imports a feed of 1,000 entries, each once', async () => {
    const root = freshRoot();
    const items = Array.from(
      { length: 1000 },
      (_, i) =>
        `<item><title>Entry ${i} 第${i}篇</title><link>https://big.example/p/${i}</link><guid>https://big.example/p/${i}</guid>` +
        `<pubDate>Mon, 06 Jan 2025 ${String(i % 24).padStart(2, '0')}:00:00 +0800</pubDate><description><![CDATA[<p>Body <b>${i}</b></p>]]></description></item>`,
    );
    const feed = join(root, 'big.xml');
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example</link><description>x</description>${items.join('')}</channel></rss>`);
    const first = runCli(['import', feed, '--channel', 'blog', '--root', root]);
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toHaveLength(1000);
    expect(first.stderr).not.toMatch(/\r/);
    expect(postFiles(root)).toHaveLength(1000);
    expect((await listPosts(root)).problems).toEqual([]);
    expect(runCli(['import', feed, '--channel', 'blog', '--root', root]).stdout).toBe('');
  });
});

describe('import from an export, detected from the file', () => {
  test('a WordPress export: published, scheduled and draft posts, pages, attachments and menu items counted, categories mapped to pillars', async () => {
    const root = freshRoot();
    const { code, stdout, stderr } = runCli(['import', join(FEEDS, 'wordpress-export.xml'), '--channel', 'blog', '--pillar-map', 'Recipes=recipes', '--root', root]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(5);
    expect(stderr).toContain('"My private diary": a private post: imported as a draft, never published');
    expect(stderr).toContain('imported 5 of 5 entries into "blog"; left out (not posts): 1 page, 1 attachment, 1 menu item');
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(posts.filter((p) => p.data.status === 'published').map((p) => p.data.title)).toEqual(['Grandma’s noodles & broth']);
    expect(posts.find((p) => p.data.status === 'scheduled')!.data).toMatchObject({ title: 'Next week: dumplings', plannedFor: '2026-12-07' });
    expect(posts.find((p) => p.data.status === 'published')!.data).toMatchObject({ pillar: 'recipes', tags: ['Recipes', 'noodles'] });
  });

  test('a Substack export .zip and a Medium export .zip', async () => {
    const root = freshRoot();
    writeFileSync(join(root, 'substack.zip'), zipFolder('substack-export'));
    writeFileSync(join(root, 'medium.zip'), zipFolder('medium-export', 'medium-export/'));
    const substack = runCli(['import', join(root, 'substack.zip'), '--channel', 'blog', '--root', root]);
    expect(substack.code).toBe(0);
    expect(substack.stderr).toContain('imported 3 of 3 entries into "blog"; left out (not posts): 1 page');
    const medium = runCli(['import', join(root, 'medium.zip'), '--channel', 'blog', '--root', root]);
    expect(medium.code).toBe(0);
    expect(medium.stdout.trim().split('\n')).toEqual(['content/posts/2024/plating-for-the-camera.md', 'content/posts/drafts/unfinished-sauce-notes.md']);
    expect((await listPosts(root)).problems).toEqual([]);
    expect(runCli(['import', join(root, 'medium.zip'), '--channel', 'blog', '--root', root]).stderr).toContain('2 already imported');
  });

  test('a Ghost export', async () => {
    const root = freshRoot();
    const { code, stderr } = runCli(['import', join(FEEDS, 'ghost-export.json'), '--channel', 'blog', '--root', root]);
    expect(code).toBe(0);
    expect(stderr).toContain('imported 5 of 5 entries into "blog"; left out (not posts): 2 pages');
    expect((await listPosts(root)).posts.map((p) => p.data.status).sort()).toEqual(['draft', 'published', 'published', 'published', 'scheduled']);
  });
});

describe('history before a channel starts', () => {
  test('is reported with the count, the start and the first date, and --backfill moves the start back keeping history right', async () => {
    const root = freshRoot();
    const feed = join(FEEDS, 'wordpress-export.xml');
    const first = runCli(['import', feed, '--channel', 'blog', '--root', root]);
    expect(first.stderr).toContain(`1 post is before the blog channel's start 2025-01-07: it counts nowhere. Re-run with --backfill to move the start back to 2024-02-27 (the last slot day on or before the first post, 2024-03-01)`);
    const before = readFileSync(join(root, 'content/planner.json'), 'utf8');
    // Following the hint after the import works: the posts it wrote count too.
    expect(runCli(['import', feed, '--channel', 'blog', '--backfill', '--dry-run', '--root', root]).stderr).toContain(
      "dry run: --backfill would move the blog channel's start back from 2025-01-07 to 2024-02-27",
    );
    const again = freshRoot();
    const dry = runCli(['import', feed, '--channel', 'blog', '--backfill', '--dry-run', '--root', again]);
    expect(dry.stderr).toContain("dry run: --backfill would move the blog channel's start back from 2025-01-07 to 2024-02-27");
    expect(readFileSync(join(again, 'content/planner.json'), 'utf8')).toBe(readFileSync(join(FIXTURE_ROOT, 'content/planner.json'), 'utf8'));
    const real = runCli(['import', feed, '--channel', 'blog', '--backfill', '--root', again]);
    expect(real.code).toBe(0);
    expect(real.stderr).toContain("moved the blog channel's start back from 2025-01-07 to 2024-02-27");
    const channel = JSON.parse(readFileSync(join(again, 'content/planner.json'), 'utf8')).channels[0];
    expect(channel).toMatchObject({ start: '2025-01-07', cadence: 'FREQ=WEEKLY;BYDAY=TU', history: [{ cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2024-02-27', time: '09:00' }] });
    const check = runCli(['check', '--json', '--root', again, '--now', '2024-03-06T12:00:00+08:00']);
    expect(JSON.parse(check.stdout).channels[0]).toMatchObject({ expected: 1, fulfilled: 1 });
    expect(before).toBe(readFileSync(join(root, 'content/planner.json'), 'utf8'));
  });
});

describe('import refuses bad input with exit code 2 and writes nothing', () => {
  test.each([
    ['a missing file', () => ['import', join(FEEDS, 'missing.xml'), '--channel', 'blog'], /missing\.xml: there is no such file/],
    ['a file that is not a feed', () => ['import', join(PROJECT, 'package.json'), '--channel', 'blog'], /package\.json: this is not an RSS, Atom or JSON feed/],
    ['an unknown channel', () => ['import', join(FEEDS, 'rss-basic.xml'), '--channel', 'vlog'], /content\/planner\.json: --channel: there is no channel "vlog"\n {2}hint: use one of: blog/],
    ['an unknown status', () => ['import', join(FEEDS, 'rss-basic.xml'), '--channel', 'blog', '--status', 'done'], /--status: "done" is not a status/],
    ['no --channel', () => ['import', join(FEEDS, 'rss-basic.xml')], /--channel: which channel/],
    ['an unknown option', () => ['import', join(FEEDS, 'rss-basic.xml'), '--channel', 'blog', '--force'], /Unknown option '--force'/],
    ['a pillar map naming no pillar', () => ['import', join(FEEDS, 'wordpress-export.xml'), '--channel', 'blog', '--pillar-map', 'Recipes=cooking'], /content\/planner\.json: --pillar-map: there is no pillar "cooking" \(for the category "Recipes"\)\n {2}hint: use one of the brand's pillars: recipes/],
    ['a pillar map without =', () => ['import', join(FEEDS, 'wordpress-export.xml'), '--channel', 'blog', '--pillar-map', 'Recipes'], /--pillar-map: "Recipes" is not Category=pillar/],
    ['an empty pillar map', () => ['import', join(FEEDS, 'wordpress-export.xml'), '--channel', 'blog', '--pillar-map', ' , '], /--pillar-map: it maps no category: give at least one Category=pillar/],
    ['--git-dates on a feed', () => ['import', join(FEEDS, 'rss-basic.xml'), '--channel', 'blog', '--git-dates'], /rss-basic\.xml: --git-dates: --git-dates reads the dates of a folder's files from git; a feed or an export gives its own dates\n {2}hint: import without --git-dates/],
    ['a zip that is no known export', () => ['import', join(FEEDS, 'hostile/not-an-export.zip'), '--channel', 'blog'], /not-an-export\.zip: this \.zip has neither posts\.csv/],
    ['a broken Ghost export', () => ['import', join(FEEDS, 'hostile/broken.json'), '--channel', 'blog'], /broken\.json: this is not valid JSON/],
  ])('%s', (_what, args, message) => {
    const root = freshRoot();
    const { code, stdout, stderr } = runCli([...args(), '--root', root]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(postFiles(root)).toEqual([]);
  });
});

describe('import from a URL', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(readFileSync(join(FEEDS, 'rss-gb2312.xml')));
      } else {
        res.writeHead(404).end('not here');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const runAsync = (args: string[]) =>
    promisify(execFile)(process.execPath, [join(PROJECT, 'src/cli/main.ts'), ...args], { cwd: PROJECT, encoding: 'utf8' }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  test('fetches the feed and decodes it by its declared encoding', async () => {
    const root = freshRoot();
    const { code, stdout } = await runAsync(['import', `${base}/feed.xml`, '--channel', 'blog', '--root', root]);
    expect(code).toBe(0);
    // Typed outside the project (the test's own folder): each file as its absolute path.
    expect(stdout).toBe(`${join(root, 'content/posts/2025/红烧肉-慢火两小时.md')}\n`);
  });

  test('names the address and the status when the server answers 404', async () => {
    const root = freshRoot();
    const { code, stderr } = await runAsync(['import', `${base}/gone.xml`, '--channel', 'blog', '--root', root]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${base}/gone.xml: the server answered 404`);
    expect(postFiles(root)).toEqual([]);
  });
});

describe('createProgress', () => {
  const capture = () => {
    const writes: string[] = [];
    const ctx = { stderr: (t: string) => void writes.push(t) } as unknown as CliContext;
    return { writes, ctx };
  };

  test('writes nothing when disabled (stderr is not a terminal)', () => {
    const { writes, ctx } = capture();
    const progress = createProgress('importing', 10, ctx, false);
    progress.tick();
    progress.clear();
    progress.done();
    expect(writes).toEqual([]);
  });

  test('redraws only when the whole percentage changes and ends with a full count and a newline', () => {
    const { writes, ctx } = capture();
    const progress = createProgress('importing', 1000, ctx, true);
    for (let i = 0; i < 1000; i++) progress.tick();
    progress.done();
    expect(writes.length).toBe(102);
    expect(writes[0]).toBe('\r\x1b[Kimporting 0/1000 (0%)');
    expect(writes.at(-2)).toBe('\r\x1b[Kimporting 1000/1000 (100%)');
    expect(writes.at(-1)).toBe('\n');
  });

  test('after clear, the next tick draws the line again', () => {
    const { writes, ctx } = capture();
    const progress = createProgress('importing', 1000, ctx, true);
    progress.clear();
    progress.tick();
    expect(writes.slice(1)).toEqual(['\r\x1b[K', '\r\x1b[Kimporting 1/1000 (0%)']);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  test.skipIf(!hasScript)('shows progress when the command runs on a terminal', () => {
    const root = freshRoot();
    const command = [process.execPath, join(PROJECT, 'src/cli/main.ts'), 'import', join(FEEDS, 'rss-basic.xml'), '--channel', 'blog', '--root', root]
      .map((a) => `'${a}'`)
      .join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(result.stdout).toContain('importing 4/4 (100%)');
    expect(postFiles(root)).toHaveLength(4);
  });
});
