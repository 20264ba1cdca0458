/**
 * Faults a real-blog trial of `import` and `init` found: a re-run with other date options wrote
 * every post again (47 copies beside the first), no option gave a whole folder its pillar, the
 * --git-dates note came once per file (315 times), a draft's missing image was said to be
 * flagged by check (check flags only published posts), and `init --root` printed a path relative
 * to that root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPosts } from '../../src/store/posts.ts';
import { PROJECT, runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('blog/docs');
const postFiles = (root: string) => readdirSync(join(root, 'content/posts'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).sort();
const git = (dir: string, args: string[], date: string) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });

/** A folder of undated posts in a git repository: all added by one commit, one by a later one. */
function weekly(): string {
  const dir = folderOf({ 'java-agent-overview.md': '# Java agents\n\nText.\n', 'notes.md': 'No heading.\n', 'dated.md': '---\ndate: 2023-02-01\n---\n# Dated\n' });
  const repo = dirname(dir);
  git(repo, ['init', '-q'], '2025-03-01T08:00:00+08:00');
  git(repo, ['add', '.'], '2025-03-01T08:00:00+08:00');
  git(repo, ['commit', '-qm', 'one'], '2025-03-01T08:00:00+08:00');
  writeFileSync(join(dir, 'later.md'), '# Later\n');
  git(repo, ['add', '.'], '2025-04-01T08:00:00+08:00');
  git(repo, ['commit', '-qm', 'two'], '2025-04-01T08:00:00+08:00');
  return dir;
}

describe('a re-run of a folder import with other date options', () => {
  test('after --git-dates, a run without it finds each file it imported (no copy in drafts/)', () => {
    const dir = weekly();
    const root = copy();
    const before = postFiles(root);
    const dated = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW, '--git-dates']);
    expect(dated.code, dated.stderr).toBe(0);
    const imported = postFiles(root).filter((f) => !before.includes(f));
    expect(imported).toEqual(['2023/dated.md', '2025/java-agent-overview.md', '2025/later.md', '2025/notes.md']);
    const again = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('');
    expect(postFiles(root).filter((f) => !before.includes(f))).toEqual(imported);
    expect(again.stderr).toContain(`${dir}/java-agent-overview.md: skipped: content/posts/2025/java-agent-overview.md already there`);
    expect(again.stderr).toContain('imported 0 of 4 Markdown files into "blog"; 4 already there');
  });

  test('after a run without --git-dates (drafts), a run with it skips them too, saying how to get their dates', () => {
    const dir = weekly();
    const root = copy();
    const before = postFiles(root);
    expect(runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]).code).toBe(0);
    const imported = postFiles(root).filter((f) => !before.includes(f));
    expect(imported).toEqual(['2023/dated.md', 'drafts/java-agent-overview.md', 'drafts/later.md', 'drafts/notes.md']);
    for (const lang of ['en', 'zh']) {
      const again = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW, '--git-dates', '--lang', lang]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe('');
      expect(again.stderr).toContain(lang === 'en' ? `${dir}/notes.md: skipped: content/posts/drafts/notes.md already there` : `${dir}/notes.md: 已跳过：content/posts/drafts/notes.md 已经存在`);
      expect(again.stderr).toContain(lang === 'en' ? 'remove it and import again' : '删掉它再导入');
    }
    expect(postFiles(root).filter((f) => !before.includes(f))).toEqual(imported);
  });
});

describe('import --pillar ID: one pillar for a whole folder or feed', () => {
  test("every post without its own pillar or a --pillar-map match gets it, in a folder and in a feed", async () => {
    const root = copy();
    const dir = folderOf({
      'own.md': '---\ntitle: Own\ndate: 2025-01-02\npillar: photography\n---\nText.\n',
      'mapped.md': '---\ntitle: Mapped\ndate: 2025-01-03\ncategories: [Photos]\n---\nText.\n',
      'plain.md': '---\ntitle: Plain\ndate: 2025-01-04\n---\nText.\n',
    });
    const folder = runCli(['import', dir, '--channel', 'blog', '--pillar', 'recipes', '--pillar-map', 'Photos=photography', '--root', root, '--now', NOW]);
    expect(folder.code, folder.stderr).toBe(0);
    const feed = runCli(['import', join(PROJECT, 'tests/fixtures/feeds/rss-basic.xml'), '--channel', 'blog', '--pillar', 'photography', '--root', root, '--now', NOW]);
    expect(feed.code, feed.stderr).toBe(0);
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    const pillarOf = (id: string) => posts.find((p) => p.id === id)?.data.pillar;
    expect([pillarOf('2025/own'), pillarOf('2025/mapped'), pillarOf('2025/plain')]).toEqual(['photography', 'photography', 'recipes']);
    expect(posts.filter((p) => p.data.guid !== undefined).every((p) => p.data.pillar === 'photography')).toBe(true);
    expect(posts.some((p) => p.data.guid !== undefined)).toBe(true);
  });

  test('a pillar the brand does not have is refused with exit 2, naming the option (EN and 中文), and nothing is written', () => {
    const root = copy();
    const before = postFiles(root);
    const dir = folderOf({ 'plain.md': '---\ntitle: Plain\ndate: 2025-01-04\n---\nText.\n' });
    for (const [lang, message] of [
      ['en', 'content/planner.json: --pillar: there is no pillar "cooking"\n  hint: use one of the brand\'s pillars: recipes, photography'],
      ['zh', 'content/planner.json: --pillar: 支柱 "cooking" 不存在'],
    ] as const) {
      const { code, stdout, stderr } = runCli(['import', dir, '--channel', 'blog', '--pillar', 'cooking', '--root', root, '--now', NOW, '--lang', lang]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    }
    expect(postFiles(root)).toEqual(before);
  });
});

describe('import --git-dates: a commit that added many files at once', () => {
  test('is named once, with how many files take its date and a few of them, not once per file (EN and 中文)', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 6; i++) files[`issue-${i}.md`] = `# Issue ${i}\n`;
    const dir = folderOf(files);
    const repo = dirname(dir);
    git(repo, ['init', '-q'], '2018-10-13T20:34:40+08:00');
    git(repo, ['add', '.'], '2018-10-13T20:34:40+08:00');
    git(repo, ['commit', '-qm', 'bring the old posts in'], '2018-10-13T20:34:40+08:00');
    const commit = execFileSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const en = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--git-dates', '--dry-run']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr.match(/set their dates by hand/g)).toHaveLength(1);
    expect(en.stderr).toContain(`--git-dates: commit ${commit} added 6 files of the folder at once, and all 6 take its date (2018-10-13T20:34:40+08:00): issue-1.md, issue-2.md, issue-3.md and 3 more; if that commit brought older posts in, set their dates by hand`);
    expect(en.stderr).toContain(`${dir}/issue-4.md: date: 2018-10-13T20:34:40+08:00, from git: commit ${commit}, which added 6 files at once\n`);
    const zh = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--git-dates', '--dry-run', '--lang', 'zh']);
    expect(zh.stderr.match(/请手动填写它们的日期/g)).toHaveLength(1);
    expect(zh.stderr).toContain(`--git-dates：提交 ${commit} 一次加入了文件夹里的 6 个文件，其中 6 个取了它的日期（2018-10-13T20:34:40+08:00）：issue-1.md、issue-2.md、issue-3.md 等；如果那次提交是把旧文章一起放进仓库，请手动填写它们的日期`);
  });
});

describe('import: a site-path image found nowhere, in a post not published', () => {
  test("says check will warn once the post is published, as check does (it flags published posts only), EN and 中文", () => {
    const dir = folderOf({ 'a.md': '---\ntitle: A\ndate: 2025-01-02\n---\n![x](/images/gone.png)\n' });
    const root = copy();
    const draft = runCli(['import', dir, '--channel', 'blog', '--status', 'draft', '--root', root, '--now', NOW]);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stderr).toContain(`${dir}/a.md: body: image /images/gone.png was not found (looked for public/images/gone.png, `);
    expect(draft.stderr).toContain('): kept as written; once the post is published, check and the build warn missing-image until it is at public/images/gone.png\n');
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).not.toContain('missing-image');
    const zh = runCli(['import', dir, '--channel', 'blog', '--status', 'draft', '--root', copy(), '--now', NOW, '--lang', 'zh']);
    expect(zh.stderr).toContain('已按原样保留；文章发布后，在它放到 public/images/gone.png 之前，check 和构建会给出 missing-image 警告\n');
    // Published, the warning is there at once.
    const published = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(published.stderr).toContain('kept as written; check and the build warn missing-image until it is at public/images/gone.png\n');
  });
});

describe('init --root DIR', () => {
  const ANSWERS = {
    name: 'Mei Lin',
    strengths: ['cooking'],
    timezone: 'Asia/Shanghai',
    pillars: [{ name: 'Recipes', keywords: ['recipe', 'R'] }],
    channel: { platform: 'blog', cadence: 'weekly', time: '08:30' },
  };
  /** The CLI run from `cwd` (not the project folder), as a user runs it from their own folder. */
  const initIn = (cwd: string, args: string[]) => {
    const result = spawnSync(process.execPath, [join(PROJECT, 'src/cli/main.ts'), 'init', ...args, '--now', NOW], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LANG: 'C.UTF-8' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  test('prints the planner path the user can open from where they are: relative below it, else absolute', () => {
    const base = mkdtempSync(join(tmpdir(), 'throughline-init-'));
    try {
      mkdirSync(join(base, 'site/content'), { recursive: true });
      writeFileSync(join(base, 'answers.json'), JSON.stringify(ANSWERS));
      const below = initIn(base, ['--root', 'site', '--from', 'answers.json']);
      expect(below.code, below.stderr).toBe(0);
      expect(below.stdout).toBe('site/content/planner.json\n');
      expect(below.stderr).toContain('wrote site/content/planner.json: ');
      // The keyword note names the file as the summary does.
      expect(below.stderr).toContain('site/content/planner.json\n  warning keyword-not-counted');
      mkdirSync(join(base, 'elsewhere'));
      const away = initIn(join(base, 'elsewhere'), ['--root', '../site', '--from', '../answers.json', '--empty']);
      expect(away.code, away.stderr).toBe(0);
      expect(away.stdout).toBe(`${join(base, 'site/content/planner.json')}\n`);
      expect(away.stderr).toContain(`moved your previous posts and planner aside to ${join(base, 'site/content/.previous-')}`);
      const refused = initIn(join(base, 'elsewhere'), ['--root', '../site', '--from', '../answers.json']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`${join(base, 'site/content/planner.json')}: a planner file already exists`);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('import of a folder of undated files outside git', () => {
  test('says what to do with the drafts once for the folder, not on every file\'s line (EN and 中文)', () => {
    const dir = folderOf({ 'issue-1.md': '# Issue 1\n', 'issue-2.md': '# Issue 2\n', 'issue-3.md': '# Issue 3\n' });
    const en = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain(`${dir}/issue-2.md: it gives no date, so it is a draft\n`);
    expect(en.stderr.match(/once it is out/g)).toHaveLength(1);
    expect(en.stderr).toContain('3 posts gave no date, so they are drafts: set publishedAt and status: published in each once it is out\n');
    const zh = runCli(['import', dir, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr.match(/发布后/g)).toHaveLength(1);
    expect(zh.stderr).toContain('3 篇文章没有日期，作为草稿导入：发布后请在每篇里填写 publishedAt 并把 status 改为 published\n');
  });
});
