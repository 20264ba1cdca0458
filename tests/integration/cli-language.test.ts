import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLATFORMS } from '../../src/core/schema/planner.ts';
import { CADENCE_PRESETS } from '../../src/core/cadence.ts';
import { PROJECT, runCli, tempRoot } from './helpers.ts';

const NOW = '2026-11-23T09:00:00Z';
const ZH = { LANG: 'zh_CN.UTF-8' };
const feed = (name: string) => join(PROJECT, 'tests/fixtures/feeds', name);

/**
 * The words a message may show untranslated: what the user wrote (titles, names, ids, terms),
 * file paths, URLs, quoted values, command and option syntax, and lists of field values. What
 * is left after removing them must hold no run of three Latin words: that would be an English
 * sentence.
 */
function englishLeftIn(output: string, userText: string[]): string[] {
  // The platform ids a channel may take, listed when one is wrong.
  let text = output.split(PLATFORMS.join(', ')).join(' ');
  // And the cadence presets' ids, listed when a cadence is wrong.
  text = text.split(CADENCE_PRESETS.map((p) => p.id).join(', ')).join(' ');
  for (const own of [...userText].sort((a, b) => b.length - a.length)) text = text.split(own).join(' ');
  text = text
    .replace(/(npm run )?throughline( \w+)?/g, ' ')
    .replace(/\b(idea, draft, scheduled, published)\b/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\S*\/\S*/g, ' ')
    .replace(/\[[^\]\n]*\]|<[^>\n]*>/g, ' ')
    .replace(/--?[a-z][\w-]*/gi, ' ');
  return text.match(/[A-Za-z][\w'-]*(?:[ ,]+[A-Za-z][\w'-]*){2,}/g) ?? [];
}

/** Titles, names, ids and theme terms from a project's files (the string values of planner.json, the posts' titles). */
function userTextOf(root: string): string[] {
  const values: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') values.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')));
  const titles = readFileSync(join(root, 'titles.txt'), 'utf8').split('\n');
  return [...values, ...titles, 'rebalanced, portfolio, tokens'].filter((s) => s.length > 2);
}

let root: string;
let broken: string;
/** Mei Lin's cooking blog (tests/fixtures/roots/import-basic): the target of the export imports. */
let cooking: string;
let backfilled: string;
const cleanups: (() => void)[] = [];

beforeAll(() => {
  const sample = tempRoot();
  root = sample.root;
  cleanups.push(sample.cleanup);
  // The sample's titles, found by the CLI's own JSON output, count as user text.
  const report = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout) as { posts: { title: string; id: string }[] };
  writeFileSync(join(root, 'titles.txt'), report.posts.flatMap((p) => [p.title, p.id]).join('\n'));
  const bad = tempRoot();
  broken = bad.root;
  cleanups.push(bad.cleanup);
  mkdirSync(join(broken, 'content/posts/bad'), { recursive: true });
  const post = (name: string, text: string) => writeFileSync(join(broken, 'content/posts/bad', name), text);
  post('no-title.md', '---\nchannel: blog\nstatus: draft\n---\nbody\n');
  post('bad-status.md', '---\ntitle: x\nchannel: blog\nstatus: someday\nurl: not-a-url\n---\nbody\n');
  post('unknown.md', '---\ntitle: x\nchannel: nowhere\nstatus: idea\npillar: nothing\n---\n');
  post('published.md', '---\ntitle: x\nchannel: blog\nstatus: published\n---\n');
  post('yaml.md', '---\ntitle: [x\n---\n');
  post('no-frontmatter.md', 'just text\n');
  writeFileSync(join(broken, 'titles.txt'), readFileSync(join(root, 'titles.txt')));
  const planner = JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8'));
  planner.channels[0].cadence = 'FREQ=HOURLY';
  planner.channels[1].cadence = 'FREQ=WEEKLY;BYDAY=XX';
  planner.brand.pillars[0].name = '';
  planner.breaks = [{ from: '2026-02-10', to: '2026-02-01', channels: ['nowhere'] }];
  writeFileSync(join(root, 'bad-planner.json'), JSON.stringify(planner));
  writeFileSync(join(root, 'not-json.json'), '{\n"name": "x",,\n}');
  for (const assign of [(r: string) => (cooking = r), (r: string) => (backfilled = r)]) {
    const copy = tempRoot(join(PROJECT, 'tests/fixtures/roots/import-basic'));
    assign(copy.root);
    cleanups.push(copy.cleanup);
  }
  writeFileSync(join(root, 'answers.json'), JSON.stringify({ name: 'x', strengths: [], pillars: [], channel: { platform: 'tiktok', cadence: 'FREQ=MINUTELY' } }));
});

afterAll(() => cleanups.forEach((c) => c()));

describe('the command line in Chinese (LANG=zh_CN.UTF-8)', () => {
  const commands: [string, () => string[]][] = [
    ['check', () => ['check', '--root', root]],
    ['check --fail-on warning', () => ['check', '--fail-on', 'warning', '--root', root]],
    ['plan', () => ['plan', '--root', root]],
    ['export ics --out', () => ['export', 'ics', '--out', join(root, 'out.ics'), '--root', root]],
    ['import --dry-run', () => ['import', join(PROJECT, 'tests/fixtures/feeds/rss-basic.xml'), '--channel', 'blog', '--dry-run', '--root', root]],
    ['import of a WordPress export (--dry-run)', () => ['import', feed('wordpress-export.xml'), '--channel', 'blog', '--pillar-map', 'Recipes=recipes', '--dry-run', '--root', cooking]],
    ['import of a Ghost export (--dry-run)', () => ['import', feed('ghost-export.json'), '--channel', 'blog', '--dry-run', '--root', cooking]],
    ['import --backfill --dry-run', () => ['import', feed('wordpress-export.xml'), '--channel', 'blog', '--backfill', '--dry-run', '--root', cooking]],
    ['import --backfill', () => ['import', feed('wordpress-export.xml'), '--channel', 'blog', '--backfill', '--root', backfilled]],
    ['import of the same export again', () => ['import', feed('wordpress-export.xml'), '--channel', 'blog', '--root', backfilled]],
    ['import with a pillar map naming no pillar', () => ['import', feed('wordpress-export.xml'), '--channel', 'blog', '--pillar-map', 'Recipes=cooking', '--root', cooking]],
    ['import with a pillar map without =', () => ['import', feed('wordpress-export.xml'), '--channel', 'blog', '--pillar-map', 'Recipes', '--root', cooking]],
    ['import with an empty pillar map', () => ['import', feed('wordpress-export.xml'), '--channel', 'blog', '--pillar-map', '', '--root', cooking]],
    ['import of a feed with --git-dates', () => ['import', feed('rss-basic.xml'), '--channel', 'blog', '--git-dates', '--root', cooking]],
    ['import with an unknown status', () => ['import', feed('rss-basic.xml'), '--channel', 'blog', '--status', 'done', '--root', cooking]],
    ['import of a zip that is no known export', () => ['import', feed('hostile/not-an-export.zip'), '--channel', 'blog', '--root', cooking]],
    ['check on broken posts', () => ['check', '--root', broken]],
    ['plan on broken posts', () => ['plan', '--root', broken]],
    ['export on broken posts', () => ['export', 'ics', '--root', broken]],
    ['import into a missing channel', () => ['import', 'feed.xml', '--channel', 'nowhere', '--root', root]],
    ['import of a missing file', () => ['import', 'missing.xml', '--channel', 'blog', '--root', root]],
    ['import without a channel', () => ['import', 'feed.xml', '--root', root]],
    ['export of an unknown channel', () => ['export', 'ics', '--channel', 'nowhere', '--root', root]],
    ['export without a format', () => ['export', '--root', root]],
    ['plan with bad weeks', () => ['plan', '--weeks', 'many', '--root', root]],
    ['check with a bad severity', () => ['check', '--fail-on', 'sometimes', '--root', root]],
    ['an unknown option', () => ['check', '--bogus', '--root', root]],
    ['an unknown command', () => ['deploy']],
    ['an unknown command a typo away from one', () => ['chek', '--root', root]],
    ['an unknown option a typo away from one', () => ['plan', '--jsn', '--root', root]],
    ['no command', () => []],
    ['help', () => ['--help']],
    ['a bad --now', () => ['check', '--now', 'yesterday']],
    ['init over an existing planner', () => ['init', '--from', 'answers.json', '--root', root]],
    ['init from a missing file', () => ['init', '--from', 'missing.json', '--force', '--root', root]],
    ['init from a file that is not JSON', () => ['init', '--from', join(root, 'not-json.json'), '--force', '--root', broken]],
    ['init from wrong answers', () => ['init', '--from', join(root, 'answers.json'), '--force', '--root', broken]],
    ['init from a planner with every kind of mistake', () => ['init', '--from', join(root, 'bad-planner.json'), '--force', '--root', broken]],
    ['no planner here', () => ['check', '--root', join(root, 'content')]],
  ];

  test.each(commands)('%s prints no English sentence outside paths, ids and names', (_name, args) => {
    const { stdout, stderr } = runCli([...args(), '--now', NOW].filter((a, i, all) => !(a === '--now' && all.indexOf('--now') !== i)), { env: ZH });
    const output = `${stdout}\n${stderr}`;
    expect(output).toMatch(/\p{Script=Han}/u);
    expect(englishLeftIn(output, userTextOf(root))).toEqual([]);
  });

  test('odd entries and twin ids under content/posts are named in Chinese', () => {
    const odd = tempRoot();
    cleanups.push(odd.cleanup);
    mkdirSync(join(odd.root, 'content/posts/notes.mdx'), { recursive: true });
    const twin = '---\ntitle: t\nchannel: blog\nstatus: idea\n---\n';
    writeFileSync(join(odd.root, 'content/posts/twin.md'), twin);
    writeFileSync(join(odd.root, 'content/posts/twin.mdx'), twin);
    writeFileSync(join(odd.root, 'titles.txt'), readFileSync(join(root, 'titles.txt')));
    const { code, stderr } = runCli(['check', '--root', odd.root, '--now', NOW], { env: ZH });
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/notes.mdx: 这是一个文件夹，不是文件');
    expect(stderr).toContain('两个文章文件的 id 相同：content/posts/twin.md 和 content/posts/twin.mdx');
    expect(englishLeftIn(stderr, userTextOf(odd.root))).toEqual([]);
  });

  test('the broken project lists every problem, counting files rather than problems', () => {
    const { code, stderr } = runCli(['check', '--root', broken, '--now', NOW], { env: ZH });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^throughline: 6 个文章文件有 \d+ 个问题：/);
    expect(stderr).toContain('content/posts/bad/no-title.md: title:');
    expect(stderr).toContain('content/posts/bad/unknown.md: pillar: 未知的支柱 "nothing"');
  });

  test('an import with --backfill says in Chinese how far it moved the start, and moves it', () => {
    const [plain, moved] = [0, 1].map(() => tempRoot(join(PROJECT, 'tests/fixtures/roots/import-basic')));
    cleanups.push(plain!.cleanup, moved!.cleanup);
    const args = ['import', feed('wordpress-export.xml'), '--channel', 'blog'];
    const first = runCli([...args, '--root', plain!.root], { env: ZH });
    expect(first.stderr).toContain('已把 5 条中的 5 条导入渠道 "blog"；未导入（不是文章）：1 个页面、1 个附件、1 个菜单项');
    expect(first.stderr).toContain(
      '有 1 篇文章早于渠道 blog 的开始日期 2025-01-07，不会计入任何排期。加上 --backfill 重新运行，可把开始日期提前到 2024-02-27（第一篇文章 2024-03-01 当天或之前的最后一个排期日）',
    );
    // Typed in the repository (an import is typed in its --root unless a test says otherwise: helpers.ts typedIn).
    const { code, stderr } = runCli([...args, '--backfill', '--root', moved!.root], { env: { ...ZH, INIT_CWD: PROJECT } });
    expect(code).toBe(0);
    // --root outside the folder it was typed in: the planner by its absolute path (cli-root-paths.test.ts).
    expect(stderr).toContain(`已把渠道 blog 的开始日期从 2025-01-07 提前到 2024-02-27（${join(moved!.root, 'content/planner.json')}: channels[].history）`);
    expect(JSON.parse(readFileSync(join(moved!.root, 'content/planner.json'), 'utf8')).channels[0].history[0].start).toBe('2024-02-27');
  });

  test('--lang en overrides a Chinese locale, and --lang zh an English one', () => {
    expect(runCli(['plan', '--weeks', 'x', '--lang', 'en'], { env: ZH }).stderr).toMatch(/is not a number of weeks/);
    expect(runCli(['plan', '--weeks', 'x', '--lang', 'zh']).stderr).toMatch(/不是有效的周数/);
    expect(runCli(['plan', '--lang', 'fr']).stderr).toMatch(/--lang: "fr" is not a language/);
  });

  test('check --json keeps every field and gives messages in the language asked for', () => {
    const zh = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW], { env: ZH }).stdout) as { flags: { kind: string; message: string }[] };
    const en = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout) as { flags: { kind: string; message: string }[] };
    expect(zh.flags.map((f) => f.kind)).toEqual(en.flags.map((f) => f.kind));
    for (const flag of zh.flags) expect(flag.message).toMatch(/\p{Script=Han}/u);
    for (const flag of en.flags) expect(englishLeftIn(flag.message, []).length).toBeGreaterThan(0);
  });
});
