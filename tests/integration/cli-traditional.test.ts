import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emptyRoot, runCli, tempRoot } from './helpers.ts';

const NOW = '2026-11-23T09:00:00Z';
const TW = { LANG: 'zh_TW.UTF-8' };

/** Characters written only in Simplified, each common in the CLI's messages: none may be left in 繁體 output outside the user's own words. */
const SIMPLIFIED_ONLY = /[个这没发请读检还写说时间过对应为会们问题连续记录条议计渠]/gu;

/** What `output` still writes in Simplified once the user's own words (`own`: names, titles, paths) are taken out. */
function simplifiedLeftIn(output: string, own: readonly string[]): string[] {
  const text = [...own].sort((a, b) => b.length - a.length).reduce((t, w) => t.split(w).join(' '), output);
  return text.match(SIMPLIFIED_ONLY) ?? [];
}

/** The string values of the project's planner.json: the user's own words. */
function plannerWords(root: string): string[] {
  const values: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') values.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')));
  return values;
}

const cleanups: (() => void)[] = [];
let root: string;
let titles: string[];

beforeAll(() => {
  const sample = tempRoot();
  root = sample.root;
  cleanups.push(sample.cleanup);
  const report = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout) as { posts: { title: string }[] };
  titles = report.posts.map((p) => p.title);
});

afterAll(() => cleanups.forEach((c) => c()));

describe('check in Traditional Chinese (--lang zh-Hant)', () => {
  test("writes its flags, channel lines and summary in Traditional characters with Taiwan's words, names as written", () => {
    const { code, stdout } = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh-Hant']);
    expect(code).toBe(0);
    expect(stdout).toContain('「WeChat 公众号」在 2026-10-24 的排期沒有已發佈的文章');
    expect(stdout).toContain('建議：如果那是計畫中的暫停');
    expect(stdout).toMatch(/^共 6 條提醒（0 個錯誤，6 個警告，0 條提示）；檢查了 12 篇文章、2 個頻道$/mu);
    expect(simplifiedLeftIn(stdout, [...plannerWords(root), ...titles])).toEqual([]);
  });

  test('is what a Taiwan locale (LANG=zh_TW.UTF-8) gets without --lang, and zh-TW, zh-HK name it too', () => {
    const traditional = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh-Hant']).stdout;
    expect(runCli(['check', '--root', root, '--now', NOW], { env: TW }).stdout).toBe(traditional);
    expect(runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh-TW']).stdout).toBe(traditional);
    expect(runCli(['check', '--root', root, '--now', NOW, '--lang=zh-HK']).stdout).toBe(traditional);
    // --lang zh asks for Simplified in any locale; a mainland locale stays Simplified.
    expect(runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh'], { env: TW }).stdout).toContain('个排期');
    expect(runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('个排期');
  });

  test('keeps --json byte for byte as it is in Simplified, whatever the locale', () => {
    const simplified = runCli(['check', '--json', '--root', root, '--now', NOW, '--lang', 'zh']).stdout;
    expect(runCli(['check', '--json', '--root', root, '--now', NOW, '--lang', 'zh-Hant']).stdout).toBe(simplified);
    expect(runCli(['check', '--json', '--root', root, '--now', NOW], { env: TW }).stdout).toBe(simplified);
    expect(runCli(['plan', '--json', '--root', root, '--now', NOW], { env: TW }).stdout).toBe(runCli(['plan', '--json', '--root', root, '--now', NOW, '--lang', 'zh']).stdout);
  });

  test("keeps an off-theme flag's evidence as the draft writes it: a Simplified draft's words stay Simplified", () => {
    const draft = join(root, 'content/posts/drafts/bitcoin.md');
    const body = '今年我把一半的存款换成了比特币和以太坊。很多朋友问我为什么要冒这个险。区块链的钱包、交易所的手续费、币价的波动，这些我都研究了半年。比特币的总量是固定的，而法币会一直增发。我每个月定投一次，不看短期的涨跌。交易所我只用两家，钱包用硬件钱包保管私钥。';
    writeFileSync(draft, `---\ntitle: 我为什么把一半的钱换成了比特币\nchannel: wechat\nstatus: draft\n---\n\n${body}\n`);
    try {
      const report = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout) as { flags: { kind: string; post: string; evidence?: string[] }[] };
      const evidence = report.flags.find((f) => f.kind === 'off-theme' && f.post === 'drafts/bitcoin')?.evidence ?? [];
      expect(evidence.length).toBeGreaterThan(0);
      // The draft's own words, in its own script, some of which Traditional writes otherwise (钱包, 錢包).
      for (const word of evidence) expect(body).toContain(word);
      expect(evidence.some((w) => /[钱换币链]/u.test(w))).toBe(true);
      const line = runCli(['check', '--root', root, '--now', NOW], { env: TW }).stdout.split('\n').find((l) => l.includes('off-theme') && l.includes(evidence[0]!.slice(0, 1)));
      expect(line).toContain(`讀起來是「${evidence.join('、')}」`);
    } finally {
      rmSync(draft);
    }
  });

  test('names the file and field of a bad post in Traditional, keeping what the file wrote', () => {
    const bad = join(root, 'content/posts/bad.md');
    writeFileSync(bad, '---\ntitle: 紅燒肉\nchannel: blog\nstatus: 草稿\nplannedFor: 2026年12月12日\n---\n正文\n');
    try {
      const { code, stderr } = runCli(['check', '--root', root, '--now', NOW], { env: TW });
      expect(code).toBe(2);
      expect(stderr).toBe(
        `throughline: ${bad}: status: 「草稿」是工作室裡 draft 的顯示名：請寫 status: draft\n  另外：plannedFor: 2026年12月12日：請把日期寫成 YYYY-MM-DD，即 2026-12-12\n`,
      );
    } finally {
      rmSync(bad);
    }
  });

  test('plan keeps the titles and names the files wrote, in Simplified too', () => {
    const { stdout } = runCli(['plan', '--root', root, '--now', NOW, '--weeks', '1', '--lang', 'zh-Hant']);
    expect(stdout).toContain('WeChat 公众号  Recipes           冬至的饺子：一份不会破皮的菜谱 (drafts/wechat/dongzhi-jiaozi)');
    expect(stdout).toMatch(/^未來 1 週共 2 個排期，其中 0 個空著$/mu);
  });

  test('quotes a channel named 其他 where a sentence names it: 「」 in Traditional, “” in Simplified, as it is in English', () => {
    const named = tempRoot();
    cleanups.push(named.cleanup);
    const file = join(named.root, 'content/planner.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"name": "Blog"', '"name": "其他"'));
    const run = (lang: string) => runCli(['check', '--root', named.root, '--now', NOW, '--lang', lang]).stdout;
    expect(run('zh-Hant')).toContain('「其他」在 2026-10-20 的排期沒有已發佈的文章');
    expect(run('zh')).toContain('“其他”在 2026-10-20 的排期没有已发布的文章');
    expect(run('en')).toContain('其他 has no published post for its 2026-10-20 slot');
  });

  test('refuses an unknown --lang naming the option, with zh-Hant among the languages to use', () => {
    const { code, stderr } = runCli(['check', '--root', root, '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toContain('--lang: "fr" is not a language\n  hint: --lang en | --lang zh | --lang zh-Hant');
  });
});

describe('init in Traditional Chinese', () => {
  const answers = {
    name: '林小雨', strengths: ['繪本創作', '水彩插畫'], audience: '喜歡繪本的家長', timezone: 'Asia/Taipei',
    pillars: [{ name: '繪本', keywords: ['繪本', '故事'] }, { name: '其他', keywords: ['日常'] }],
    channel: { platform: 'blog', cadence: 'weekly', time: '09:00' },
  };

  test('says what it wrote in Traditional, keeping the label as written', () => {
    const t = emptyRoot();
    cleanups.push(t.cleanup);
    writeFileSync(join(t.root, 'answers.json'), JSON.stringify(answers));
    const { code, stdout, stderr } = runCli(['init', '--from', join(t.root, 'answers.json'), '--root', t.root], { env: TW });
    expect(code).toBe(0);
    expect(stdout).toBe(`${join(t.root, 'content/planner.json')}\n`);
    expect(stderr).toBe(`已寫入 ${join(t.root, 'content/planner.json')}："會水彩插畫的繪本創作者"，2 個支柱，頻道 "blog"\n`);
  });

  test('names the answers file and each field at fault in Traditional', () => {
    const t = emptyRoot();
    cleanups.push(t.cleanup);
    const file = join(t.root, 'answers.json');
    writeFileSync(file, JSON.stringify({ name: '林小雨', timezone: 'Asia/Taipei' }));
    const { code, stderr } = runCli(['init', '--from', file, '--root', t.root, '--lang', 'zh-Hant']);
    expect(code).toBe(2);
    expect(stderr).toBe(`throughline: ${file}: strengths: 缺少此欄位（應為列表）\n  另外：pillars: 缺少此欄位（應為列表）；channel: 缺少此欄位（應為物件）\n`);
  });

  test('a zh locale that names no script follows the brand: Traditional for a brand written in Traditional', () => {
    const t = emptyRoot();
    cleanups.push(t.cleanup);
    writeFileSync(join(t.root, 'answers.json'), JSON.stringify(answers));
    runCli(['init', '--from', join(t.root, 'answers.json'), '--root', t.root]);
    const { stdout } = runCli(['plan', '--root', t.root, '--now', NOW, '--weeks', '1'], { env: { LANG: 'zh.UTF-8' } });
    expect(stdout).toMatch(/^未來 1 週共 0 個排期/mu);
    expect(runCli(['plan', '--root', root, '--now', NOW, '--weeks', '1'], { env: { LANG: 'zh.UTF-8' } }).stdout).toMatch(/^未来 1 周共 2 个排期/mu);
  });
});
