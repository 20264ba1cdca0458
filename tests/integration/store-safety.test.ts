import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { StalePlannerError, readPlannerRevision, updatePlanner } from '../../src/store/planner-store.ts';
import { listPosts, readPost, savePost } from '../../src/store/posts.ts';
import { writeIo, writeTextFile } from '../../src/store/safe-write.ts';
import { PROJECT, emptyRoot, runCli, tempRoot } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function sample(): string {
  const t = tempRoot();
  cleanups.push(t.cleanup);
  return t.root;
}

async function rejection(promise: Promise<unknown>): Promise<ThroughlineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ThroughlineError) return error;
    throw error;
  }
  throw new Error('expected a ThroughlineError');
}

const POST = (title: string, status = 'draft') => `---\ntitle: ${title}\nchannel: blog\nstatus: ${status}\n---\n\nBody of ${title}.\n`;
const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('saving respects links, modes and read-only files', () => {
  test('names a symbolic link that leads back to itself as a loop, not as a link to a missing file, and leaves it', async () => {
    const root = sample();
    const loop = join(root, 'loop.ics');
    symlinkSync('loop.ics', loop);
    const error = await rejection(writeTextFile(loop, 'x', 'loop.ics'));
    expect(error.message).toMatch(/loop/);
    expect(error.message).not.toMatch(/does not exist/);
    expect(readlinkSync(loop)).toBe('loop.ics');
    expect(error.messageIn('zh')).toMatch(/成环/);
  });

  test('writes a symlinked planner.json through the link and keeps the link', async () => {
    const root = sample();
    const real = join(root, 'elsewhere-planner.json');
    renameSync(join(root, 'content/planner.json'), real);
    symlinkSync(real, join(root, 'content/planner.json'));
    await updatePlanner(root, (p) => void (p.brand.label = 'Through the link'));
    expect(lstatSync(join(root, 'content/planner.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).brand.label).toBe('Through the link');
  });

  test('writes a symlinked post through the link and keeps the link', async () => {
    const root = sample();
    const dir = join(root, 'content/posts/linked');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'real.md'), POST('Real'));
    symlinkSync('real.md', join(dir, 'alias.md'));
    const { post, revision } = await readPost(root, 'linked/alias');
    await savePost(root, 'linked/alias', { frontmatter: { ...post.data, title: 'Edited via alias' }, body: post.body }, { expectedRevision: revision });
    expect(readlinkSync(join(dir, 'alias.md'))).toBe('real.md');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toContain('Edited via alias');
  });

  test('init --force writes a symlinked planner.json through the link, as the studio does', () => {
    const root = sample();
    const real = join(root, 'elsewhere-planner.json');
    renameSync(join(root, 'content/planner.json'), real);
    symlinkSync(real, join(root, 'content/planner.json'));
    const replacement = JSON.parse(readFileSync(real, 'utf8'));
    replacement.brand.label = 'Replaced by init';
    writeFileSync(join(root, 'new-planner.json'), JSON.stringify(replacement));
    const run = spawnSync(process.execPath, [join(PROJECT, 'src/cli/main.ts'), 'init', '--force', '--from', join(root, 'new-planner.json'), '--root', root], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(lstatSync(join(root, 'content/planner.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).brand.label).toBe('Replaced by init');
  });

  test('refuses to replace a file the user may not write, even in a folder the user may write', (context) => {
    if (process.getuid?.() !== 0) return context.skip();
    const { root } = emptyRoot();
    cleanups.push(() => spawnSync('rm', ['-rf', root]));
    chmodSync(root, 0o777);
    writeFileSync(join(root, 'theirs.txt'), 'owned by root\n', { mode: 0o644 });
    const script = join(root, 'write.ts');
    writeFileSync(script, `import { writeTextFile } from ${JSON.stringify(join(PROJECT, 'src/store/safe-write.ts'))};\n` +
      `await writeTextFile(${JSON.stringify(join(root, 'theirs.txt'))}, 'replaced', 'theirs.txt').then(() => console.log('wrote'), (e) => console.log(e.message));\n`, { mode: 0o644 });
    const run = spawnSync(process.execPath, [script], { uid: 65534, gid: 65534, encoding: 'utf8' });
    expect(run.stdout).toMatch(/no permission to write this file; it was left as it is/);
    expect(readFileSync(join(root, 'theirs.txt'), 'utf8')).toBe('owned by root\n');
  });

  test('keeps the file mode of a saved planner', async () => {
    const root = sample();
    chmodSync(join(root, 'content/planner.json'), 0o600);
    await updatePlanner(root, (p) => void (p.brand.label = 'Private'));
    expect(statSync(join(root, 'content/planner.json')).mode & 0o777).toBe(0o600);
  });

  test('refuses to overwrite a read-only planner, naming it, and leaves it as it was', async () => {
    const root = sample();
    const file = join(root, 'content/planner.json');
    const before = readFileSync(file, 'utf8');
    chmodSync(file, 0o444);
    const error = await rejection(updatePlanner(root, (p) => void (p.brand.label = 'Nope')));
    expect(error.format()).toMatch(/^content\/planner.json: the file is read-only/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  test('says the disk is full, naming the file, keeps it intact and leaves no temp file', async () => {
    const root = sample();
    const file = join(root, 'content/planner.json');
    const before = readFileSync(file, 'utf8');
    const original = writeIo.writeFile;
    writeIo.writeFile = (async (path: string, ...rest: unknown[]) => {
      await (original as (...a: unknown[]) => Promise<void>)(path, 'partial', ...rest.slice(1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof writeIo.writeFile;
    try {
      const error = await rejection(updatePlanner(root, (p) => void (p.brand.label = 'Lost?')));
      expect(error.format()).toMatch(/^content\/planner.json: the disk is full: nothing was written/);
    } finally {
      writeIo.writeFile = original;
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(tempFiles(join(root, 'content'))).toEqual([]);
  });

  test('refuses a planner save made from an older revision and keeps the newer file', async () => {
    const root = sample();
    const { revision } = await readPlannerRevision(root);
    await updatePlanner(root, (p) => void (p.brand.label = 'Saved in tab A'), { expectedRevision: revision });
    await expect(updatePlanner(root, (p) => void (p.brand.label = 'Stale tab B'), { expectedRevision: revision })).rejects.toBeInstanceOf(StalePlannerError);
    const current = await readPlannerRevision(root);
    expect(current.planner.brand.label).toBe('Saved in tab A');
  });
});

/** A 256 KiB tmpfs (root only), or null where mounting is not allowed. */
function tinyDisk(): string | null {
  const parent = emptyRoot();
  cleanups.push(parent.cleanup);
  const dir = join(parent.root, 'disk');
  mkdirSync(dir);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]).status !== 0) return null;
  cleanups.unshift(() => void spawnSync('umount', [dir]));
  return dir;
}

describe('a disk that is really full', () => {
  test('init names the file, says the disk is full, keeps planner.json and leaves no temp file', (context) => {
    const disk = tinyDisk();
    if (!disk) return context.skip();
    mkdirSync(join(disk, 'content'));
    const before = readFileSync(join(PROJECT, 'content/planner.json'), 'utf8');
    writeFileSync(join(disk, 'content/planner.json'), before);
    // Fill the rest of the disk.
    const filler = Buffer.alloc(4096, 120);
    for (let i = 0; ; i++) {
      try {
        writeFileSync(join(disk, `filler-${i}`), filler);
      } catch {
        break;
      }
    }
    const replacement = JSON.parse(before);
    replacement.brand.audience = 'x'.repeat(20_000);
    const from = join(sample(), 'bigger.json');
    writeFileSync(from, JSON.stringify(replacement));
    const run = spawnSync(process.execPath, [join(PROJECT, 'src/cli/main.ts'), 'init', '--force', '--from', from, '--root', disk], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/content\/planner\.json: the disk is full: nothing was written and the file is as it was/);
    expect(run.stderr).not.toMatch(/unexpected failure/);
    expect(readFileSync(join(disk, 'content/planner.json'), 'utf8')).toBe(before);
    expect(tempFiles(join(disk, 'content'))).toEqual([]);
  });
});

describe('listing posts names every odd entry instead of failing', () => {
  test('reports a folder named like a post, a FIFO, a broken link and a link out of content/posts, and still lists the good posts', async () => {
    const root = sample();
    const dir = join(root, 'content/posts/odd');
    mkdirSync(join(dir, 'notes.mdx'), { recursive: true });
    symlinkSync('missing.md', join(dir, 'broken.md'));
    writeFileSync(join(root, 'outside.md'), POST('Outside the posts folder'));
    symlinkSync(join(root, 'outside.md'), join(dir, 'outside.md'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status).toBe(0);
    const { posts, problems } = await listPosts(root);
    expect(posts.length).toBeGreaterThan(0);
    const messages = problems.map((p) => p.format());
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/posts\/odd\/notes.mdx: this is a folder, not a file/),
        expect.stringMatching(/^content\/posts\/odd\/broken.md: this is a symbolic link to a file that does not exist/),
        expect.stringMatching(/^content\/posts\/odd\/pipe.md: this is not a regular file/),
        expect.stringMatching(/^content\/posts\/odd\/outside.md: id: the path leads outside content\/posts \(through a symbolic link\)/),
      ]),
    );
  });

  test('refuses twin ids (x.md beside x.mdx), naming both files, and uses neither', async () => {
    const root = sample();
    const dir = join(root, 'content/posts/twins');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'x.md'), POST('Published twin', 'published\npublishedAt: 2026-01-05'));
    writeFileSync(join(dir, 'x.mdx'), POST('Draft twin'));
    const { posts, problems } = await listPosts(root);
    expect(posts.some((p) => p.id === 'twins/x')).toBe(false);
    expect(problems.map((p) => p.format()).join('\n')).toContain('two post files have the same id: content/posts/twins/x.md and content/posts/twins/x.mdx');
  });

  test('opens and saves posts named in Devanagari and in NFD, also when asked for in NFC', async () => {
    const root = sample();
    const dir = join(root, 'content/posts/names');
    mkdirSync(dir, { recursive: true });
    const nfd = 'cafe\u0301-crème'.normalize('NFD');
    for (const name of ['हिन्दी-लेख', nfd]) writeFileSync(join(dir, `${name}.md`), POST(name));
    for (const id of ['names/हिन्दी-लेख', `names/${nfd}`, `names/${nfd.normalize('NFC')}`]) {
      const { post, revision } = await readPost(root, id);
      await savePost(root, id, { frontmatter: { ...post.data, title: `saved ${id}` }, body: post.body }, { expectedRevision: revision });
    }
    expect(readdirSync(dir).sort()).toEqual([`${nfd}.md`, 'हिन्दी-लेख.md'].sort());
    expect(readFileSync(join(dir, `${nfd}.md`), 'utf8')).toContain(`saved names/${nfd.normalize('NFC')}`);
  });
});

describe('many posts under a low open-file limit', () => {
  test('check reads 5,000 posts under ulimit -n 256 without EMFILE', () => {
    const root = sample();
    const dir = join(root, 'content/posts/many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 5000; i++) writeFileSync(join(dir, `p${i}.md`), POST(`Post ${i}`));
    const cli = join(PROJECT, 'src/cli/main.ts');
    const run = spawnSync('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" "${cli}" check --json --root "${root}"`], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).not.toMatch(/EMFILE|unexpected failure/);
    expect(JSON.parse(run.stdout).posts.length).toBeGreaterThanOrEqual(5000);
  });
});

describe('a planner that is not where a file should be', () => {
  // content/planner.json made a folder, and --root naming a file: each is named in the user's
  // language, with advice that fits (before: a post file's advice for the planner, and Node's
  // English "ENOTDIR: not a directory, stat …" inside the Chinese message).
  test.each([
    ['en', /content\/planner\.json: this is a folder, not a file\n {2}hint: remove or rename the folder: a file is read at this path\n$/, /feed\.xml\/content\/planner\.json: a part of this path is a file, not a folder\n$/],
    ['zh', /content\/planner\.json: 这是一个文件夹，不是文件\n {2}建议：请删除或重命名这个文件夹：这个路径上读取的是文件\n$/, /feed\.xml\/content\/planner\.json: 这个路径中有一段是文件而不是文件夹\n$/],
  ] as const)('%s', (lang, folder, file) => {
    const t = emptyRoot();
    try {
      mkdirSync(join(t.root, 'content/planner.json'), { recursive: true });
      writeFileSync(join(t.root, 'feed.xml'), '<rss/>');
      writeFileSync(join(t.root, 'answers.json'), JSON.stringify({ name: 'Zed', strengths: ['sailing'], timezone: 'Europe/London', pillars: [{ name: 'Sailing' }], channel: { platform: 'blog', cadence: 'weekly' } }));
      const a = runCli(['check', '--root', t.root, '--lang', lang]);
      expect(a.code).toBe(2);
      expect(a.stderr).toMatch(folder);
      expect(a.stderr).not.toMatch(/\.mdx?|content\/posts/);
      const b = runCli(['plan', '--root', join(t.root, 'feed.xml'), '--lang', lang]);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(file);
      expect(b.stderr).not.toMatch(/ENOTDIR/);
      const c = runCli(['init', '--from', join(t.root, 'answers.json'), '--root', join(t.root, 'feed.xml'), '--lang', lang]);
      expect(c.code).toBe(2);
      expect(c.stderr).toMatch(lang === 'en' ? /feed\.xml\/content\/planner\.json: a part of the path is a file, not a folder: nothing was written/ : /feed\.xml\/content\/planner\.json: 路径中有一段是文件而不是文件夹：没有写入任何内容/);
      expect(c.stderr).not.toMatch(/ENOTDIR|unexpected failure|意外的失败/);
    } finally {
      t.cleanup();
    }
  });
});
