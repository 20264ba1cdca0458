import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sampleRoot } from '../support/sample.ts';
import { BASIC, PROJECT, runCli, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();

describe('check --json', () => {
  test('prints the report of the contract for the fixture and nothing else on stdout', () => {
    const { code, stdout, stderr } = runCli(['check', '--json', '--root', BASIC, '--now', NOW]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.now).toBe('2026-11-12T00:00:00.000Z');
    expect(report.posts.map((p: { id: string }) => p.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'idea', 'offtheme']);
    const a = report.posts.find((p: { id: string }) => p.id === 'a');
    expect(a).toMatchObject({ id: 'a', file: 'content/posts/a.md', status: 'published', channel: 'blog', pillar: 'recipes' });
    expect(Object.keys(a.theme)).toEqual(expect.arrayContaining(['score', 'onTheme', 'pillar', 'terms']));
    expect(report.posts.find((p: { id: string }) => p.id === 'idea').theme).toBeNull();
  });

  test('counts slots, gaps and streaks as the contract defines them', () => {
    // Tuesdays from 2026-10-06 in Shanghai; 10-20 is a break; "now" is Thursday 12 Nov, 08:00 local.
    // b (10-12 23:30 local) is an extra post in the 10-06 window; c (10-12 16:30Z = 10-13 00:30
    // local) fills 10-13; nothing fills 10-27; e fills the pending 11-10 slot.
    const report = JSON.parse(runCli(['check', '--json', '--root', BASIC, '--now', NOW]).stdout);
    expect(report.channels).toHaveLength(1);
    expect(report.channels[0]).toMatchObject({
      id: 'blog',
      expected: 5,
      fulfilled: 4,
      missed: ['2026-10-27'],
      currentStreak: 2,
      longestStreak: 2,
      consistency: 0.8,
      nextSlot: '2026-11-17T09:00:00+08:00',
    });
  });

  test('flags the off-theme draft and the gap, with file, channel and date', () => {
    const report = JSON.parse(runCli(['check', '--json', '--root', BASIC, '--now', NOW]).stdout);
    const kinds = report.flags.map((f: { kind: string }) => f.kind).sort();
    expect(kinds).toEqual(['gap', 'off-theme']);
    expect(report.flags.find((f: { kind: string }) => f.kind === 'off-theme')).toMatchObject({
      severity: 'warning',
      post: 'offtheme',
      file: 'content/posts/offtheme.md',
    });
    expect(report.flags.find((f: { kind: string }) => f.kind === 'gap')).toMatchObject({ severity: 'warning', channel: 'blog', date: '2026-10-27' });
    const draft = report.posts.find((p: { id: string }) => p.id === 'offtheme');
    expect(draft.theme.onTheme).toBe(false);
  });

  test('exits 1 when a flag reaches --fail-on warning', () => {
    expect(runCli(['check', '--root', BASIC, '--now', NOW, '--fail-on', 'warning']).code).toBe(1);
  });

  test('--fail-on info is accepted (it fails on every flag, warnings included); a bad value names the three, in English and Chinese', () => {
    expect(runCli(['check', '--root', BASIC, '--now', NOW, '--fail-on', 'info']).code).toBe(1);
    expect(runCli(['check', '--root', BASIC, '--fail-on', 'sometimes']).stderr).toContain('hint: use --fail-on error (the default), warning or info');
    expect(runCli(['check', '--root', BASIC, '--fail-on', 'sometimes', '--lang', 'zh']).stderr).toContain('请用 --fail-on error（默认）、warning 或 info');
  });

  test('reads the project of the repository without --root', () => {
    // Whatever content/ holds now (the sample, or the developer's own brand after "Start my own brand").
    const typed = runCli(['check', '--json', '--now', '2026-11-23T00:00:00Z']);
    const given = runCli(['check', '--json', '--root', PROJECT, '--now', '2026-11-23T00:00:00Z']);
    expect(typed.code).toBe(given.code);
    expect(typed.stdout).toBe(given.stdout);
  });

  test('reads the sample brand', () => {
    const sample = copy(sampleRoot());
    const { code, stdout } = runCli(['check', '--json', '--root', sample, '--now', '2026-11-23T00:00:00Z']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.channels.map((c: { id: string }) => c.id)).toEqual(['blog', 'wechat']);
    expect(report.flags.some((f: { kind: string; post?: string }) => f.kind === 'off-theme' && f.post === 'drafts/crypto-portfolio')).toBe(true);
  });
});

describe('check text output', () => {
  test('prints one line per flag with file, severity, kind and a summary', () => {
    const { stdout } = runCli(['check', '--root', BASIC, '--now', NOW]);
    expect(stdout).toMatch(/content\/posts\/offtheme.md\n\s+warning\s+off-theme\s+reads as/);
    expect(stdout).toMatch(/2 flags \(0 errors, 2 warnings, 0 info\); checked 7 posts and 1 channel\n$/);
  });

  test("the summary counts what was checked, posts and channels: a new brand's channel flags are not 'in 0 posts'", () => {
    const root = copy(BASIC);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'idea', 'offtheme']) rmSync(join(root, `content/posts/${id}.md`));
    const en = runCli(['check', '--root', root, '--now', NOW]).stdout;
    expect(en).toMatch(/\n\d+ flags? \(0 errors, \d+ warnings?, \d+ info\); checked 0 posts and 1 channel\n$/);
    expect(en).not.toMatch(/in 0 posts/);
    const zh = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']).stdout;
    expect(zh).toMatch(/\n共 \d+ 条提醒（0 个错误，\d+ 个警告，\d+ 条提示）；检查了 0 篇文章、1 个渠道\n$/);
  });
});

describe('bad input', () => {
  test.each([
    ['broken JSON', (root: string) => writeFileSync(join(root, 'content/planner.json'), '{ "version": 1,'), /content\/planner.json: is not valid JSON/],
    [
      'a bad RRULE',
      (root: string) => edit(root, (p) => (p.channels[0].cadence = 'FREQ=HOURLY')),
      /content\/planner.json: channels\[0\].cadence: /,
    ],
    [
      'an unknown zone',
      (root: string) => edit(root, (p) => (p.brand.timezone = 'Asia/Atlantis')),
      /content\/planner.json: brand.timezone: expected an IANA time zone/,
    ],
    [
      'bad frontmatter',
      (root: string) => writeFileSync(join(root, 'content/posts/bad.md'), '---\ntitle: x\nchannel: blog\nstatus: live\n---\n'),
      /content\/posts\/bad.md: status: expected one of idea, draft, scheduled, published/,
    ],
    [
      'an unknown channel',
      (root: string) => writeFileSync(join(root, 'content/posts/bad.md'), '---\ntitle: x\nchannel: podcast\nstatus: idea\n---\n'),
      /content\/posts\/bad.md: channel: unknown channel "podcast"/,
    ],
    [
      'a missing publishedAt',
      (root: string) => writeFileSync(join(root, 'content/posts/bad.md'), '---\ntitle: x\nchannel: blog\nstatus: published\n---\n'),
      /content\/posts\/bad.md: publishedAt: a published post needs publishedAt/,
    ],
  ])('exits 2 on %s, naming the file and field, and changes nothing', (_name, breakIt, message) => {
    const root = copy();
    breakIt(root);
    const before = readFileSync(join(root, 'content/planner.json'), 'utf8');
    const { code, stdout, stderr } = runCli(['check', '--json', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(root, 'content/planner.json'), 'utf8')).toBe(before);
  });

  test.each([
    [['check', '--now', 'yesterday'], /--now: "yesterday" is not an ISO 8601 date or date-time/],
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check', '--root'], /--root: needs a value/],
    [['check', '--fail-on', 'sometimes'], /--fail-on: "sometimes" is not a severity/],
  ])('exits 2 on the usage error %j', (args, message) => {
    const { code, stderr } = runCli([...args, '--root', BASIC].slice(0, args.includes('--root') ? args.length : undefined));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test('says where it looked when there is no planner file', () => {
    const { code, stderr } = runCli(['check', '--root', '/tmp']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/content\/planner.json: there is no planner file here/);
  });
});

function edit(root: string, change: (planner: any) => void) {
  const file = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  change(planner);
  writeFileSync(file, JSON.stringify(planner, null, 2));
}

describe('check: theme.acceptedOnTheme', () => {
  // User report (issue 15): an entry written as the file ("content/posts/offtheme.md") or with its
  // extension ("offtheme.md") accepted nothing, and nothing said so: the draft stayed flagged.
  const accept = (entries: string[]) => {
    const root = copy(BASIC);
    const file = join(root, 'content/planner.json');
    const planner = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...planner, theme: { ...planner.theme, acceptedOnTheme: entries } }, null, 2));
    return root;
  };

  test('warns about an entry that names no post, naming the file, the field and the id meant', () => {
    const root = accept(['content/posts/offtheme.md', 'gone/post']);
    const report = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    const flags = report.flags.filter((f: { kind: string }) => f.kind === 'unknown-accepted');
    expect(flags).toHaveLength(2);
    expect(flags[0]).toMatchObject({ severity: 'warning', file: 'content/planner.json', field: 'theme.acceptedOnTheme', entry: 'content/posts/offtheme.md' });
    expect(flags[0].message).toBe('theme.acceptedOnTheme: "content/posts/offtheme.md" names no post, so it accepts nothing');
    expect(flags[0].hint).toBe('write the post\'s id: "offtheme"');
    expect(flags[1].hint).toMatch(/remove it, or write a post's id/);
    const text = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']).stdout;
    expect(text).toContain('content/planner.json');
    expect(text).toContain('theme.acceptedOnTheme：“content/posts/offtheme.md”不是任何文章的 id，所以什么也没有接受');
    expect(text).toContain('请写文章的 id：“offtheme”');
  });

  test('raises nothing for entries that name posts', () => {
    const root = accept(['offtheme']);
    const report = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    expect(report.flags.map((f: { kind: string }) => f.kind).sort()).toEqual(['gap']);
  });
});

describe('check on an .mdx post moved from AstroPaper that imports the old theme\'s component', () => {
  test('exits 2 naming the file, the line and the import, as the build would stop at it', () => {
    const root = copy();
    const a = readFileSync(join(root, 'content/posts/a.md'), 'utf8');
    const [, frontmatter] = a.split('---\n');
    writeFileSync(join(root, 'content/posts/a.mdx'), `---\n${frontmatter}---\n\nimport Img from "@/components/Img.astro";\n\n<Img src="tea.jpg" alt="茶具" />\n`);
    rmSync(join(root, 'content/posts/a.md'));
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/a.mdx');
    expect(stderr).toContain('line 2: import "@/components/Img.astro"');
  });

  // AstroPaper's tsconfig.json has comments (and many starters' trailing commas), which tsconfig
  // allows: read as plain JSON it gave no aliases, and check refused the import the build resolves.
  test('passes it when the project has the component under the path alias of a tsconfig.json with comments and trailing commas', () => {
    const root = copy();
    const a = readFileSync(join(root, 'content/posts/a.md'), 'utf8');
    const [, frontmatter] = a.split('---\n');
    writeFileSync(join(root, 'content/posts/a.mdx'), `---\n${frontmatter}---\n\nimport Img from "@/components/Img.astro";\n\n<Img src="tea.jpg" alt="茶具" />\n`);
    rmSync(join(root, 'content/posts/a.md'));
    mkdirSync(join(root, 'src/components'), { recursive: true });
    writeFileSync(join(root, 'src/components/Img.astro'), '<img {...Astro.props} />\n');
    writeFileSync(join(root, 'tsconfig.json'), '{\n  // AstroPaper\n  "extends": "astro/tsconfigs/strict",\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "@/*": ["./src/*"], },\n  },\n}\n');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(stderr).not.toContain('@/components/Img.astro');
    expect(code, stderr).not.toBe(2);
  });
});

// Issue 18: two posts claiming one old address would have one redirect page silently overwrite the other.
describe('check on aliases that take a path twice', () => {
  const withAliases = (root: string, name: string, aliases: string, status = 'published') => {
    const path = join(root, 'content/posts', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: published\n', `status: ${status}\naliases: ${aliases}\n`));
  };

  test("exits 2 naming both files when a published post's alias is another's alias or page", () => {
    const root = copy();
    withAliases(root, 'a.md', '[/posts/braised-pork/]');
    withAliases(root, 'b.md', '[/posts/braised-pork, /posts/c/]');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/b.md: aliases: /posts/braised-pork is also an alias of content/posts/a.md');
    expect(stderr).toContain('content/posts/b.md: aliases: /posts/c/ is the page of content/posts/c.md');
    const zh = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(zh.stderr).toContain('/posts/braised-pork 也是 content/posts/a.md 的别名');
  });

  test("ignores a draft's alias: a draft gets no redirect page", () => {
    const root = copy();
    withAliases(root, 'a.md', '[/posts/braised-pork/]');
    withAliases(root, 'b.md', '[/posts/braised-pork/]', 'draft');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(stderr).not.toContain('aliases');
    expect(code).not.toBe(2);
  });
});

// Before, an .mdx draft importing its old theme's component passed check in silence and was
// refused only at Mark as published (or stopped a build once published).
describe('check on an .mdx post not published yet whose import names no file', () => {
  test('warns of each such import (exit 0 by default, 1 with --fail-on warning), in English and Chinese; a draft whose imports resolve is quiet', () => {
    const root = copy();
    mkdirSync(join(root, 'src/components'), { recursive: true });
    writeFileSync(join(root, 'src/components/Note.astro'), '<p><slot /></p>\n');
    const body = 'import Img from "@/components/Img.astro";\nimport Note from "../../src/components/Note.astro";\n\n<Note>Braise the pork with soy.</Note>\n';
    writeFileSync(join(root, 'content/posts/tea.mdx'), `---\ntitle: Tea\nchannel: blog\nstatus: draft\n---\n${body}`);
    writeFileSync(join(root, 'content/posts/later.mdx'), `---\ntitle: Later\nchannel: blog\nstatus: published\npublishedAt: 2030-01-01\n---\n${body}`);
    writeFileSync(join(root, 'content/posts/fine.mdx'), '---\ntitle: Fine\nchannel: blog\nstatus: draft\n---\nimport Note from "../../src/components/Note.astro";\n\n<Note>Hi</Note>\n');
    const { code, stdout, stderr } = runCli(['check', '--json', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const flags = JSON.parse(stdout).flags.filter((f: { kind: string }) => f.kind === 'unresolved-import');
    expect(flags.map((f: { post: string }) => f.post).sort()).toEqual(['later', 'tea']);
    expect(flags[0]).toMatchObject({ severity: 'warning', field: 'body' });
    expect(flags.find((f: { post: string }) => f.post === 'tea').message).toBe('body, line 1: import "@/components/Img.astro" names no file or installed package of this project (a component or config of the theme the post comes from?): the build would stop at it (not published yet: it is refused when it is published)');
    expect(runCli(['check', '--root', root, '--now', NOW, '--fail-on', 'warning']).code).toBe(1);
    expect(runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']).stdout).toContain('import "@/components/Img.astro" 在本项目中找不到对应的文件或已安装的包（是原主题的组件或配置吗？）：构建会在这里停下（这篇文章还未发布：发布时会被拒绝）');
  });
});

describe('check on an .mdx draft whose MDX does not compile', () => {
  // Before, such a draft passed check (and CI) and stopped the build the day it was published.
  test('warns mdx-compile with the line and column in the file; exit 0 under --fail-on error, 1 under warning; an error once published', () => {
    const root = copy();
    writeFileSync(join(root, 'content/posts/brace.mdx'), '---\ntitle: Brace\nchannel: blog\nstatus: draft\n---\n\nStir it.\n\nServe {warm}.\n');
    writeFileSync(join(root, 'content/posts/tag.mdx'), '---\ntitle: Tag\nchannel: blog\nstatus: draft\n---\nHello\n\n<div>\n\ntext\n');
    const { code, stdout, stderr } = runCli(['check', '--json', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const flags = JSON.parse(stdout).flags.filter((f: { kind: string }) => f.kind === 'mdx-compile');
    expect(flags.map((f: { post: string }) => f.post).sort()).toEqual(['brace', 'tag']);
    expect(flags.find((f: { post: string }) => f.post === 'brace')).toMatchObject({ severity: 'warning', field: 'body', file: 'content/posts/brace.mdx', message: expect.stringMatching(/^9:7: \{warm\} is read as JavaScript.*\(not published yet: it is refused when it is published\)$/) });
    expect(flags.find((f: { post: string }) => f.post === 'tag').message).toMatch(/^the MDX does not compile: 8:1: Expected a closing tag for `<div>`/);
    expect(runCli(['check', '--root', root, '--now', NOW, '--fail-on', 'warning']).code).toBe(1);
    expect(runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']).stdout).toContain('MDX 无法编译：8:1:');
    writeFileSync(join(root, 'content/posts/tag.mdx'), '---\ntitle: Tag\nchannel: blog\nstatus: published\npublishedAt: 2026-01-02\n---\nHello\n\n<div>\n\ntext\n');
    const published = runCli(['check', '--root', root, '--now', NOW]);
    expect(published.code).toBe(2);
    expect(published.stderr).toContain('content/posts/tag.mdx: the MDX does not compile: 9:1: Expected a closing tag for `<div>`');
  });
});

describe('check on a hand-written post whose --- lines end in spaces or a tab', () => {
  test('reads it as any post; a post truly without a block is still refused, naming the file', () => {
    const root = copy();
    writeFileSync(join(root, 'content/posts/trail.md'), '--- \ntitle: Trail notes\nchannel: blog\nstatus: draft\n---\t\nRan the coastal trail.\n');
    const { stdout, stderr } = runCli(['check', '--json', '--root', root, '--now', NOW]);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).posts.map((p: { id: string }) => p.id)).toContain('trail');
    writeFileSync(join(root, 'content/posts/bare.md'), 'Ran the coastal trail.\n');
    const bare = runCli(['check', '--root', root, '--now', NOW]);
    expect(bare.stderr).toContain('content/posts/bare.md: has no frontmatter block\n  hint: start the file with ---');
    expect(bare.stderr).not.toContain('trail.md');
  });
});
