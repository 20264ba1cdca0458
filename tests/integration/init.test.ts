import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { run, writtenSummary } from '../../src/cli/commands/init.ts';
import type { CliContext } from '../../src/cli/context.ts';
import { ThroughlineError } from '../../src/core/errors.ts';
import { buildPlannerFromAnswers, toId, type InitAnswers } from '../../src/core/init-answers.ts';
import type { PlannerInput } from '../../src/core/schema/planner.ts';
import { readPlanner } from '../../src/store/planner-store.ts';
import { PROJECT, emptyRoot, runCli } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function freshRoot(): string {
  const t = emptyRoot();
  cleanups.push(t.cleanup);
  return t.root;
}

const ANSWERS: InitAnswers = {
  name: 'Mei Lin',
  strengths: ['cooking', 'food photography'],
  impressions: ['warm'],
  audience: 'Busy home cooks',
  timezone: 'Asia/Shanghai',
  pillars: [
    { name: 'Recipes', description: 'Weeknight recipes', keywords: ['recipe', 'braise'] },
    { name: '菜谱摄影', keywords: ['photo'] },
  ],
  channel: { platform: 'blog', cadence: 'twice-weekly', time: '08:30' },
};

const NOW = Date.parse('2026-11-23T20:00:00Z');
const build = (answers: unknown) => buildPlannerFromAnswers(answers, { now: NOW, defaultZone: 'Europe/Berlin', file: 'answers.json' });

describe('buildPlannerFromAnswers', () => {
  test('fills in ids, the label, the cadence rule and tomorrow in the brand zone as the start', () => {
    const planner = build(ANSWERS);
    expect(planner.brand.pillars.map((p) => p.id)).toEqual(['recipes', '菜谱摄影']);
    expect(planner.brand.label).toBe('the cook who photographs');
    expect(planner.channels).toEqual([
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-11-25', time: '08:30' },
    ]);
  });

  test('uses the default zone when none is given, and a raw RRULE as it is', () => {
    const planner = build({ ...ANSWERS, timezone: undefined, channel: { platform: 'x', cadence: 'RRULE:FREQ=WEEKLY;BYDAY=SA' } });
    expect(planner.brand.timezone).toBe('Europe/Berlin');
    expect(planner.channels![0]).toMatchObject({ id: 'x', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-11-24', time: '09:00' });
  });

  test.each([
    [{ ...ANSWERS, channel: { platform: 'blog', cadence: 'FREQ=HOURLY' } }, 'channel.cadence'],
    [{ ...ANSWERS, pillars: [] }, 'pillars'],
    [{ ...ANSWERS, strengths: [] }, 'strengths'],
    [{ ...ANSWERS, timezone: 'Mars/Olympus' }, 'timezone'],
    [{ ...ANSWERS, channel: { platform: 'myspace', cadence: 'weekly' } }, 'channel.platform'],
  ])('refuses bad answers naming the file and the field (%#)', (answers, field) => {
    try {
      build(answers);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ThroughlineError);
      expect((error as ThroughlineError).file).toBe('answers.json');
      expect((error as ThroughlineError).field).toBe(field);
    }
  });

  // README: init --from answers with several bad fields get one message naming every one. The zone
  // and the cadence were checked only once the rest was right: a file with a bad name, "北京" and
  // "每周二" took three runs to hear of all three.
  test('names a bad zone and a bad cadence in the same message as the other bad fields, EN and 中文', () => {
    let error: unknown;
    try {
      build({ ...ANSWERS, name: '', timezone: '北京', channel: { platform: 'zhihu', cadence: '每周二', start: '2026-02-30' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThroughlineError);
    const en = (error as ThroughlineError).format('en');
    const zh = (error as ThroughlineError).format('zh');
    expect(en).toMatch(/^answers\.json: name: /);
    for (const part of ['channel.start: 2026-02-30 does not exist', 'timezone: "北京" is not an IANA time zone (did you mean "Asia/Shanghai"?)', 'channel.cadence: "每周二" is a cadence in words; use an RRULE; did you mean "FREQ=WEEKLY;BYDAY=TU"?'])
      expect(en).toContain(part);
    for (const part of ['timezone: "北京" 不是 IANA 时区（是不是 "Asia/Shanghai"？）', 'channel.cadence: “每周二”是用文字写的发布节奏；请写成 RRULE；是不是想写 "FREQ=WEEKLY;BYDAY=TU"？'])
      expect(zh).toContain(part);
  });

  test('a bad zone alone keeps its hint on its own line', () => {
    expect(() => build({ ...ANSWERS, timezone: '北京' })).toThrow(ThroughlineError);
    try {
      build({ ...ANSWERS, timezone: '北京' });
    } catch (e) {
      expect((e as ThroughlineError).format('en')).toBe('answers.json: timezone: "北京" is not an IANA time zone\n  hint: did you mean "Asia/Shanghai"?');
    }
  });

  test('derives ASCII ids from names and falls back for names without Latin letters', () => {
    expect(toId('Food Photography!', 'p')).toBe('food-photography');
    expect(toId('Café Culture', 'p')).toBe('cafe-culture');
    expect(toId('菜谱', 'pillar-1')).toBe('菜谱');
  });
});

describe('init --from', () => {
  test('stores the machine zone by its current IANA name when the runtime reports an old one', () => {
    const root = freshRoot();
    const { timezone: _zone, ...answers } = ANSWERS;
    writeFileSync(join(root, 'answers.json'), JSON.stringify(answers));
    const { code } = runCli(['init', '--from', join(root, 'answers.json'), '--root', root], { env: { TZ: 'Asia/Calcutta' } });
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')).brand.timezone).toBe('Asia/Kolkata');
  });

  test('reads an answers file that starts with a byte order mark (Windows Notepad)', async () => {
    const root = freshRoot();
    writeFileSync(join(root, 'answers.json'), `\uFEFF${JSON.stringify(ANSWERS)}`);
    const { code, stderr } = runCli(['init', '--from', join(root, 'answers.json'), '--root', root, '--now', '2026-11-23T20:00:00Z']);
    expect(stderr).not.toMatch(/JSON/);
    expect(code).toBe(0);
    expect((await readPlanner(root)).brand.name).toBe('Mei Lin');
  });

  test('writes a valid planner from an answers file and prints its path', async () => {
    const root = freshRoot();
    writeFileSync(join(root, 'answers.json'), JSON.stringify(ANSWERS));
    const { code, stdout } = runCli(['init', '--from', join(root, 'answers.json'), '--root', root, '--now', '2026-11-23T20:00:00Z']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(root, 'content/planner.json')}\n`);
    const planner = await readPlanner(root);
    expect(planner.brand.name).toBe('Mei Lin');
    expect(planner.channels[0]!.start).toBe('2026-11-25');
  });

  test('takes a whole planner file as it is', async () => {
    const root = freshRoot();
    const planner = build(ANSWERS);
    writeFileSync(join(root, 'planner.json'), JSON.stringify({ ...planner, brand: { ...planner.brand, label: 'Mine' } }));
    expect(runCli(['init', '--from', join(root, 'planner.json'), '--root', root]).code).toBe(0);
    expect((await readPlanner(root)).brand.label).toBe('Mine');
  });

  test('refuses to replace an existing planner without --force, and replaces it with --force', async () => {
    const root = freshRoot();
    mkdirSync(join(root, 'content'));
    const existing = `${JSON.stringify({ ...build(ANSWERS), brand: { ...build(ANSWERS).brand, name: 'Old name' } })}\n`;
    writeFileSync(join(root, 'content/planner.json'), existing);
    writeFileSync(join(root, 'answers.json'), JSON.stringify(ANSWERS));
    const refused = runCli(['init', '--from', join(root, 'answers.json'), '--root', root]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/content\/planner\.json: a planner file already exists.*\n {2}hint: pass --force/);
    expect(readFileSync(join(root, 'content/planner.json'), 'utf8')).toBe(existing);
    expect(runCli(['init', '--from', join(root, 'answers.json'), '--force', '--root', root]).code).toBe(0);
    expect((await readPlanner(root)).brand.name).toBe('Mei Lin');
  });

  test('--force keeps the planner it replaces in content/.previous-DATE/, byte for byte, and says where', async () => {
    // Before, --force overwrote the planner with no copy: a project's channels, cadences and
    // history were gone, and its posts then named channels the new planner lacks.
    const root = freshRoot();
    mkdirSync(join(root, 'content'));
    const existing = `\uFEFF${JSON.stringify({ ...build(ANSWERS), brand: { ...build(ANSWERS).brand, name: 'Old name' } }, null, 2).replace(/\n/g, '\r\n')}\r\n`;
    writeFileSync(join(root, 'content/planner.json'), existing);
    writeFileSync(join(root, 'answers.json'), JSON.stringify(ANSWERS));
    for (const [lang, kept] of [['en', /kept a copy of the planner it replaced: \S*content\/\.previous-2026-11-23\/planner\.json/], ['zh', /已把被替换的计划文件另存为 \S*content\/\.previous-2026-11-23-2\/planner\.json/]] as const) {
      const before = readFileSync(join(root, 'content/planner.json'));
      const out = runCli(['init', '--from', join(root, 'answers.json'), '--force', '--root', root, '--now', '2026-11-23T20:00:00Z', '--lang', lang]);
      expect(out.code).toBe(0);
      expect(out.stdout).not.toMatch(/previous/);
      expect(out.stderr).toMatch(kept);
      const folder = lang === 'en' ? '.previous-2026-11-23' : '.previous-2026-11-23-2';
      expect(readFileSync(join(root, 'content', folder, 'planner.json'))).toEqual(before);
    }
    expect(readFileSync(join(root, 'content/.previous-2026-11-23/planner.json'), 'utf8')).toBe(existing);
    expect((await readPlanner(root)).brand.name).toBe('Mei Lin');
  });

  test('--force over a planner that fails validation writes nothing, and leaves no copy behind', () => {
    const root = freshRoot();
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/planner.json'), '{"version": 1, "brand": {}}\n');
    writeFileSync(join(root, 'answers.json'), JSON.stringify(ANSWERS));
    const out = runCli(['init', '--from', join(root, 'answers.json'), '--force', '--root', root, '--now', '2026-11-23T20:00:00Z']);
    expect(out.code).toBe(2);
    expect(readFileSync(join(root, 'content/planner.json'), 'utf8')).toBe('{"version": 1, "brand": {}}\n');
    expect(readdirSync(join(root, 'content'))).toEqual(['planner.json']);
  });

  test.each([
    ['a missing answers file', () => 'missing.json', /missing\.json: --from: there is no such file/],
    ['a file that is not JSON', (root: string) => (writeFileSync(join(root, 'a.json'), 'name: Mei'), join(root, 'a.json')), /a\.json: is not valid JSON/],
    ['answers without pillars', (root: string) => (writeFileSync(join(root, 'a.json'), JSON.stringify({ ...ANSWERS, pillars: [] })), join(root, 'a.json')), /a\.json: pillars: name at least 1 pillar/],
  ])('exits 2 and writes nothing for %s', (_what, file, message) => {
    const root = freshRoot();
    const { code, stderr } = runCli(['init', '--from', file(root), '--root', root]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(() => readFileSync(join(root, 'content/planner.json'))).toThrow();
  });

  test('refuses piped input at once with exit 2, pointing to --from, in English and Chinese (answers piped in went into one field)', () => {
    for (const input of ['', 'Alice\ncooking\n']) {
      const root = freshRoot();
      const { code, stderr } = runCli(['init', '--root', root], { input });
      expect(code).toBe(2);
      expect(stderr).toContain('stdin: the questions need a terminal: piped or redirected input is not read as answers');
      expect(stderr).toMatch(/run init --from FILE\.json/);
      expect(stderr).not.toContain('\u001b[');
      expect(() => readFileSync(join(root, 'content/planner.json'))).toThrow();
    }
    const zh = runCli(['init', '--root', freshRoot(), '--lang', 'zh'], { input: 'Alice\n' });
    expect(zh.stderr).toContain('这些问题需要在终端里回答：管道或重定向的输入不会被当作回答');
  });
});

describe('init, interactive', () => {
  /** Answers each question once its text appears on stderr, as a person at a terminal would. */
  async function drive(root: string, steps: [question: string, keys: string][], lang: 'en' | 'zh' = 'en') {
    const stdin = new PassThrough();
    let stderr = '';
    let stdout = '';
    const ctx: CliContext = { root, now: NOW, lang, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, color: false, stdin };
    const done = run([], ctx);
    for (const [question, keys] of steps) {
      await expect.poll(() => stderr.includes(question), { timeout: 5000, interval: 10 }).toBe(true);
      stdin.write(keys);
    }
    return { code: await done, stdout, stderr };
  }

  test('asks every question, offers label proposals, and writes the planner', async () => {
    const root = freshRoot();
    const DOWN = '\x1b[B';
    const { code, stdout, stderr } = await drive(root, [
      ['Your name', 'Mei Lin\r'],
      ['Your strengths', 'cooking, food photography\r'],
      ['What do others say', 'warm\r'],
      ['Pick a positioning label', `${DOWN}\r`],
      ['audience', 'Home cooks\r'],
      ['Your time zone', '\r'],
      ['Pillar 1: name', 'Recipes\r'],
      ['Pillar 1: one-line', 'Weeknight recipes\r'],
      ['Pillar 1: keywords', 'recipe, braise\r'],
      ['Add another pillar? (1', 'y'],
      ['Pillar 2: name', 'Photos\r'],
      ['Pillar 2: one-line', '\r'],
      ['Pillar 2: keywords', 'photo\r'],
      ['Add another pillar? (2', 'n'],
      ['Your first channel', `${DOWN}\r`],
      ['How often', `${DOWN.repeat(3)}\r`],
      ['First date', '2026-02-30\r'],
      ['a real date', `${'\b'.repeat(10)}2026-12-01\r`],
      ['Time of day', '07:45\r'],
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(root, 'content/planner.json')}\n`);
    expect(stderr).toContain('the cook who photographs');
    const planner = await readPlanner(root);
    expect(planner.brand).toMatchObject({
      name: 'Mei Lin',
      label: 'cooking meets food photography',
      strengths: ['cooking', 'food photography'],
      impressions: ['warm'],
      audience: 'Home cooks',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(planner.brand.pillars.map((p) => [p.id, p.keywords])).toEqual([
      ['recipes', ['recipe', 'braise']],
      ['photos', ['photo']],
    ]);
    expect(planner.channels).toEqual([
      { id: 'newsletter', name: 'Newsletter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-12-01', time: '07:45' },
    ]);
  });

  test('takes a custom label and a raw RRULE, and rejects an invalid one until it is fixed', async () => {
    const root = freshRoot();
    const UP = '\x1b[A';
    const { code, stderr } = await drive(root, [
      ['Your name', '梅\r'],
      ['Your strengths', '烹饪，摄影\r'],
      ['What do others say', '\r'],
      ['Pick a positioning label', `${UP}\r`],
      ['Your label', '会拍照的厨师\r'],
      ['audience', '\r'],
      ['Your time zone', 'Asia/Shanghai\r'],
      ['Pillar 1: name', '菜谱\r'],
      ['Pillar 1: one-line', '\r'],
      ['Pillar 1: keywords', '红烧, R 包\r'],
      ['Add another pillar?', '\r'],
      ['Your first channel', '\r'],
      ['How often', `${UP}\r`],
      ['RRULE', 'FREQ=HOURLY\r'],
      ['more often than', '\b'.repeat(11) + 'FREQ=WEEKLY;BYDAY=SU\r'],
      ['First date', '\r'],
      ['Time of day', '\r'],
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/more often than/i);
    expect(stderr).toContain('warning keyword-not-counted brand.pillars[0].keywords[1]: "R 包" will never count towards the theme');
    const planner = await readPlanner(root);
    expect(planner.brand.label).toBe('会拍照的厨师');
    expect(planner.brand.pillars[0]).toMatchObject({ id: '菜谱', name: '菜谱', keywords: ['红烧', 'R 包'] });
    expect(planner.channels[0]).toMatchObject({ cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-11-25', time: '09:00' });
  });
});

describe('init, interactive, in Chinese', () => {
  test('asks in Chinese with Chinese examples, says "1 个支柱", and names the channel in Chinese', async () => {
    const root = freshRoot();
    const stdin = new PassThrough();
    let stderr = '';
    const ctx: CliContext = { root, now: NOW, lang: 'zh', stdout: () => undefined, stderr: (t) => void (stderr += t), isTTY: false, color: false, stdin };
    const done = run([], ctx);
    const steps: [string, string][] = [
      ['你的名字', '林老师\r'],
      ['你的专长', '职场沟通，面试辅导\r'],
      ['别人怎么评价你', '\r'],
      ['选择一个定位标签', '\r'],
      ['你的读者是谁', '\r'],
      ['你的时区', 'Asia/Shanghai\r'],
      ['支柱 1：名称', '向上管理\r'],
      ['支柱 1：一句话描述', '\r'],
      ['支柱 1：关键词', '一对一\r'],
      ['再加一个支柱吗', '\r'],
      ['你的第一个渠道', '\x1b[B\x1b[B\r'],
      ['你在那里多久发布一次', '\r'],
      ['开始日期', '\r'],
      ['每天的发布时间', '\r'],
    ];
    for (const [question, keys] of steps) {
      await expect.poll(() => stderr.includes(question), { timeout: 5000, interval: 10 }).toBe(true);
      stdin.write(keys);
    }
    expect(await done).toBe(0);
    expect(stderr).toContain('职场沟通, 面试辅导');
    expect(stderr).not.toMatch(/cooking|recipe|braise|home cook/i);
    // Nothing but what the user typed, ids and option syntax is in Latin letters: no English sentence from Throughline or clack.
    const latin = stderr.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').match(/[A-Za-z][\w'-]*(?:[ ,]+[A-Za-z][\w'-]*){2,}/g) ?? [];
    expect(latin).toEqual([]);
    expect(stderr).not.toMatch(/to navigate|Enter: confirm/);
    expect(stderr).toMatch(/已写入 \S*content\/planner\.json：".+"，1 个支柱，渠道 "zhihu"/);
    expect((await readPlanner(root)).channels[0]).toMatchObject({ id: 'zhihu', name: '知乎' });
  });
});

describe('the keyword notes init prints', () => {
  /** `init --from` run in-process, as the CLI runs it, in `lang`. */
  async function initFrom(answers: unknown, lang: 'en' | 'zh') {
    const root = freshRoot();
    writeFileSync(join(root, 'answers.json'), JSON.stringify(answers));
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = { root, now: NOW, lang, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, color: false, stdin: new PassThrough() };
    const code = await run(['--from', join(root, 'answers.json')], ctx);
    return { code, stdout, stderr, root };
  }
  const KEYWORDS = ['recipe', 'R', '2024', 'R Markdown'];
  const WITH_R = { ...ANSWERS, pillars: [ANSWERS.pillars[0], { ...ANSWERS.pillars[1], keywords: KEYWORDS }] };

  test('warns on stderr of keywords that never count and notes those that count in part, as check does, and still writes the planner as given', async () => {
    const { code, stdout, stderr, root } = await initFrom(WITH_R, 'en');
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(root, 'content/planner.json')}\n`);
    expect(stderr).toContain(
      `${join(root, 'content/planner.json')}\n` +
        '  warning keyword-not-counted brand.pillars[1].keywords[1]: "R" will never count towards the theme: "R" is one letter, too short to be read as a word\n' +
        '  hint: write words that say what it names, as "rstats", "R language" or "R package" do for R\n',
    );
    expect(stderr).toContain('warning keyword-not-counted brand.pillars[1].keywords[2]: "2024" will never count');
    expect(stderr).toContain('info    keyword-not-counted brand.pillars[1].keywords[3]: "R Markdown" counts only as "markdown"');
    expect(stderr).not.toContain('keywords[0]');
    expect((await readPlanner(root)).brand.pillars[1]!.keywords).toEqual(KEYWORDS);
  });

  test('writes its notes in Chinese for a Chinese user', async () => {
    const { code, stderr } = await initFrom(WITH_R, 'zh');
    expect(code).toBe(0);
    expect(stderr).toContain('  警告    keyword-not-counted brand.pillars[1].keywords[1]：“R”永远不会计入主题：“R”只有一个字母，太短，不算一个词\n  建议：');
  });

  test('prints no note when every keyword counts', async () => {
    const { code, stderr } = await initFrom(ANSWERS, 'en');
    expect(code).toBe(0);
    expect(stderr).not.toContain('keyword-not-counted');
    expect(stderr).not.toContain('no-subject-pillar');
  });

  test('warns when every pillar is of a form ("form": true), and still writes the planner as given', async () => {
    const allForm = { ...ANSWERS, pillars: ANSWERS.pillars.map((p) => ({ ...p, form: true })) };
    const { code, stderr, root } = await initFrom(allForm, 'en');
    expect(code).toBe(0);
    expect(stderr).toContain(`${join(root, 'content/planner.json')}\n  warning no-subject-pillar brand.pillars: every pillar is a form ("form": true), none a subject`);
    expect((await readPlanner(root)).brand.pillars.every((p) => p.form === true)).toBe(true);
  });
});

describe('the summary init prints', () => {
  test.each([
    [1, 'en', /, 1 pillar, channel/],
    [2, 'en', /, 2 pillars, channel/],
    [1, 'zh', /，1 个支柱，/],
  ] as const)('counts %i pillar(s) in %s with the right plural', (n, lang, expected) => {
    const pillars = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    const planner = { version: 1, brand: { name: 'A', label: 'L', timezone: 'UTC', pillars }, channels: [{ id: 'blog' }] } as unknown as PlannerInput;
    expect(writtenSummary(planner, lang)).toMatch(expected);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe('init on a real terminal', () => {
  test.skipIf(!hasScript)('runs the questions through a pseudo-terminal and writes the planner', async () => {
    const root = freshRoot();
    const command = [process.execPath, join(PROJECT, 'src/cli/main.ts'), 'init', '--root', root, '--now', '2026-11-23T12:00:00Z'].map((a) => `'${a}'`).join(' ');
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => void (screen += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const steps: [string, string][] = [
      ['Your name', 'Mei\r'],
      ['Your strengths', 'cooking, photography\r'],
      ['What do others say', '\r'],
      ['Pick a positioning label', '\r'],
      ['audience', '\r'],
      ['Your time zone', 'Europe/Berlin\r'],
      ['Pillar 1: name', 'Recipes\r'],
      ['Pillar 1: one-line', '\r'],
      ['Pillar 1: keywords', 'recipe\r'],
      ['Add another pillar', '\r'],
      ['Your first channel', '\r'],
      ['How often', '\r'],
      ['First date', '\r'],
      ['Time of day', '\r'],
    ];
    for (const [question, keys] of steps) {
      await expect.poll(() => screen.includes(question), { timeout: 10_000, interval: 20 }).toBe(true);
      screen = '';
      child.stdin.write(keys);
    }
    expect(await exited).toBe(0);
    const planner = await readPlanner(root);
    expect(planner.brand).toMatchObject({ name: 'Mei', label: 'the cook who photographs', timezone: 'Europe/Berlin' });
    expect(planner.channels[0]).toMatchObject({ id: 'blog', cadence: 'FREQ=DAILY', start: '2026-11-24', time: '09:00' });
  });
});
