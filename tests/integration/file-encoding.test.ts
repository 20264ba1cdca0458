/**
 * A post or planner.json saved in another encoding than UTF-8 (GBK by a Chinese Windows
 * editor, UTF-16 by Notepad's "Unicode") is refused naming the file, the line and the
 * encoding it looks like, in English and Chinese; it is never read as replacement characters
 * (which a save would then write over the user's Chinese text) and never written.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { readPlanner, updatePlanner } from '../../src/store/planner-store.ts';
import { listPosts } from '../../src/store/posts.ts';
import { runCli, tempRootsPerTest } from './helpers.ts';

const copy = tempRootsPerTest();
const NOW = '2026-11-23T00:00:00Z';

/** `text` as GB18030 (GBK for these characters) bytes, as iconv -t GBK writes it. */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  // TextEncoder only writes UTF-8: find each character's GB18030 bytes by decoding candidates.
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...table.get(ch)!);
  }
  return Buffer.from(bytes);
}

const POST = '---\ntitle: 分布式锁的坑\nchannel: blog\nstatus: draft\n---\n这是用 GBK 保存的文章。\n';

describe('a post file saved as GBK', () => {
  test('check refuses it, naming the file, the line and GBK, in English', () => {
    const root = copy();
    const file = join(root, 'content/posts/gbk-post.md');
    writeFileSync(file, gbk(POST));
    const result = runCli(['check', '--root', root, '--now', NOW]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/content\/posts\/gbk-post\.md: is not UTF-8 text \(line 2, column 8\); it looks like GBK/);
    expect(result.stderr).toMatch(/save it as UTF-8/);
    expect(result.stdout).not.toContain('\uFFFD');
    expect(readFileSync(file).equals(gbk(POST))).toBe(true);
  });

  test('in Chinese under a Chinese locale', () => {
    const root = copy();
    writeFileSync(join(root, 'content/posts/gbk-post.md'), gbk(POST));
    const result = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/content\/posts\/gbk-post\.md: 不是 UTF-8 文本（第 2 行第 8 列）；看起来是 GBK/);
  });
});

describe('a planner.json saved as GBK', () => {
  function gbkPlanner(): { root: string; bytes: Buffer } {
    const root = copy();
    const file = join(root, 'content/planner.json');
    const planner = JSON.parse(readFileSync(file, 'utf8'));
    planner.brand.name = '王工';
    const bytes = gbk(JSON.stringify(planner, null, 2));
    writeFileSync(file, bytes);
    return { root, bytes };
  }

  test('is refused by the store, and a save leaves its bytes as they are', async () => {
    const { root, bytes } = gbkPlanner();
    const error = await readPlanner(root).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ThroughlineError);
    expect((error as ThroughlineError).format('en')).toMatch(/^content\/planner\.json: is not UTF-8 text \(line \d+, column \d+\); it looks like GBK/);
    await updatePlanner(root, (p) => void (p.brand.label = 'changed')).catch(() => null);
    expect(readFileSync(join(root, 'content/planner.json')).equals(bytes)).toBe(true);
  });
});

describe('a post saved as UTF-16 (Notepad\'s "Unicode")', () => {
  test('is named as UTF-16', () => {
    const root = copy();
    writeFileSync(join(root, 'content/posts/utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POST, 'utf16le')]));
    const result = runCli(['check', '--root', root, '--now', NOW]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/content\/posts\/utf16\.md: is not UTF-8 text \(line 1, column 1\); it looks like UTF-16/);
  });
});

describe('init --from an answers file saved as GBK', () => {
  test('is refused naming the file, and no planner is written', () => {
    const root = copy();
    const answers = join(root, 'answers.json');
    writeFileSync(answers, gbk(JSON.stringify({ name: '王工', strengths: ['写作'], timezone: 'Asia/Shanghai', pillars: [{ name: '系统设计', description: '架构', keywords: ['架构'] }], channel: { platform: 'blog', cadence: 'weekly', start: '2026-12-01' } })));
    const before = readFileSync(join(root, 'content/planner.json'));
    const result = runCli(['init', '--force', '--from', answers, '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/answers\.json: is not UTF-8 text \(line 1, column \d+\); it looks like GBK/);
    expect(readFileSync(join(root, 'content/planner.json')).equals(before)).toBe(true);
  });
});

describe('import of a folder where one post is saved as GBK', () => {
  test('skips that file, naming it, the line and GBK, and imports the others', () => {
    const root = copy();
    const dir = join(mkdtempSync(join(tmpdir(), 'throughline-hexo-')), 'source/_posts');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, 'good.md'), '---\ntitle: Good post\ndate: 2025-01-02 10:00:00\n---\n\nHello.\n');
      writeFileSync(join(dir, 'bad.md'), gbk('---\ntitle: 坏编码\ndate: 2025-01-03 10:00:00\n---\n\n这是 GBK。\n'));
      const en = runCli(['import', dir, '--channel', 'blog', '--root', root, '--now', NOW]);
      expect(en.code).toBe(0);
      expect(en.stderr).toContain(`${dir}/bad.md: skipped: is not UTF-8 text (line 2, column 8); it looks like GBK (GB18030)`);
      const imported = readdirSync(join(root, 'content/posts'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
      expect(imported.some((f) => f.endsWith('good.md'))).toBe(true);
      expect(imported.some((f) => f.endsWith('bad.md'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a listed post file read as UTF-8 (store/read-file.ts, the decoding straight to text)', () => {
  test('keeps a byte order mark and a U+FFFD the author wrote, as they are', async () => {
    const root = copy();
    const text = '\uFEFF---\ntitle: Replacement\nchannel: blog\nstatus: draft\n---\nThe sign \uFFFD stands for a lost character.\n';
    writeFileSync(join(root, 'content/posts/fffd.md'), text);
    const texts = new Map<string, string>();
    const { posts, problems } = await listPosts(root, { texts });
    expect(problems).toEqual([]);
    expect(texts.get('content/posts/fffd.md')).toBe(text);
    expect(posts.find((p) => p.id === 'fffd')!.body).toBe('The sign \uFFFD stands for a lost character.\n');
  });

  test('refuses a byte that is not UTF-8 beside a U+FFFD, naming the line and column of that byte', async () => {
    const root = copy();
    writeFileSync(join(root, 'content/posts/mixed.md'), Buffer.concat([Buffer.from('---\ntitle: Mixed\nchannel: blog\nstatus: draft\n---\n\uFFFD ok\nbad '), Buffer.from([0xff]), Buffer.from('\n')]));
    const { posts, problems } = await listPosts(root);
    expect(posts.some((p) => p.id === 'mixed')).toBe(false);
    expect(problems.map((p) => p.format('en'))).toEqual([expect.stringMatching(/^content\/posts\/mixed\.md: is not UTF-8 text \(line 7, column 5\)/)]);
  });
});
