/** `init --empty`: a project of one's own, the sample moved aside (never deleted), `check` clean. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyRoot, runCli, tempRoot } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const ANSWERS = {
  name: '林老师', strengths: ['职业规划', '面试辅导'], timezone: 'Asia/Shanghai',
  pillars: [{ name: '向上管理' }, { name: '跳槽' }],
  channel: { platform: 'zhihu', cadence: 'weekly', time: '20:00' },
};

function sampleCopy(): string {
  const t = tempRoot();
  cleanups.push(t.cleanup);
  writeFileSync(join(t.root, 'answers.json'), JSON.stringify(ANSWERS));
  return t.root;
}

describe('init --force over the sample', () => {
  it('says which way out there is when the sample posts no longer match the new planner, in both languages', () => {
    const root = sampleCopy();
    const en = runCli(['init', '--force', '--from', join(root, 'answers.json'), '--root', root, '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toMatch(/note: \d+ post files name a channel or pillar the new planner lacks.*run init --empty instead/);
    const zh = runCli(['init', '--force', '--from', join(root, 'answers.json'), '--root', root, '--lang', 'zh']);
    expect(zh.stderr).toMatch(/注意：content\/posts 中有 \d+ 个文章文件.*init --empty/);
  });

  it('says nothing more when no post is left behind', () => {
    const root = sampleCopy();
    expect(runCli(['init', '--empty', '--from', join(root, 'answers.json'), '--root', root]).code).toBe(0);
    expect(runCli(['init', '--force', '--from', join(root, 'answers.json'), '--root', root]).stderr).not.toMatch(/note:|注意：/);
  });
});

describe('init --empty', () => {
  it('moves the sample posts and planner into content/.sample-DATE/ and leaves a project that check passes', async () => {
    const root = sampleCopy();
    const samplePosts = readdirSync(join(root, 'content/posts'), { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length;
    const samplePlanner = readFileSync(join(root, 'content/planner.json'), 'utf8');
    const now = '2026-11-30T10:00:00Z';
    const init = runCli(['init', '--empty', '--from', join(root, 'answers.json'), '--root', root, '--now', now]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain('content/.sample-2026-11-30');
    const aside = join(root, 'content/.sample-2026-11-30');
    expect(readFileSync(join(aside, 'planner.json'), 'utf8')).toBe(samplePlanner);
    expect(readdirSync(join(aside, 'posts'), { recursive: true }).filter((f) => /\.mdx?$/.test(String(f)))).toHaveLength(samplePosts);
    expect(readdirSync(join(root, 'content/posts'))).toEqual([]);
    const check = runCli(['check', '--root', root, '--now', now]);
    expect(check.code, check.stderr).toBe(0);
  });

  it('takes the next free folder name when the dated one is taken, keeping the first', () => {
    const root = sampleCopy();
    const now = '2026-11-30T10:00:00Z';
    mkdirSync(join(root, 'content/.sample-2026-11-30'));
    writeFileSync(join(root, 'content/.sample-2026-11-30/keep.txt'), 'mine');
    expect(runCli(['init', '--empty', '--from', join(root, 'answers.json'), '--root', root, '--now', now]).code).toBe(0);
    expect(readFileSync(join(root, 'content/.sample-2026-11-30/keep.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(root, 'content/.sample-2026-11-30-2/planner.json'))).toBe(true);
  });

  it('moves a project of your own (no "sample": true) into content/.previous-DATE/ and says it is yours, as the studio does', () => {
    const root = sampleCopy();
    const now = '2026-11-30T10:00:00Z';
    expect(runCli(['init', '--empty', '--from', join(root, 'answers.json'), '--root', root, '--now', now]).code).toBe(0);
    const mine = readFileSync(join(root, 'content/planner.json'), 'utf8');
    const again = runCli(['init', '--empty', '--from', join(root, 'answers.json'), '--root', root, '--now', now]);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(root, 'content/.previous-2026-11-30/planner.json'), 'utf8')).toBe(mine);
    expect(existsSync(join(root, 'content/.sample-2026-11-30-2'))).toBe(false);
    // Named as the user can open it: the test runs from the project, its --root is elsewhere.
    expect(again.stderr).toContain(`moved your previous posts and planner aside to ${join(root, 'content/.previous-2026-11-30')}/`);
    expect(again.stderr).not.toContain('sample');
    const zh = runCli(['init', '--empty', '--from', join(root, 'answers.json'), '--root', root, '--now', now, '--lang', 'zh']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stderr).toContain(`已把你之前的文章和计划文件移到 ${join(root, 'content/.previous-2026-11-30-2')}/`);
  });

  it('moves nothing when the answers are invalid', () => {
    const root = sampleCopy();
    writeFileSync(join(root, 'answers.json'), JSON.stringify({ ...ANSWERS, pillars: [] }));
    expect(runCli(['init', '--empty', '--from', join(root, 'answers.json'), '--root', root]).code).toBe(2);
    expect(existsSync(join(root, 'content/planner.json'))).toBe(true);
    expect(readdirSync(join(root, 'content')).some((f) => f.startsWith('.sample-'))).toBe(false);
  });

  it('on a folder without a project, writes the planner and makes no .sample folder', () => {
    const t = emptyRoot();
    cleanups.push(t.cleanup);
    writeFileSync(join(t.root, 'answers.json'), JSON.stringify(ANSWERS));
    expect(runCli(['init', '--empty', '--from', join(t.root, 'answers.json'), '--root', t.root]).code).toBe(0);
    expect(readdirSync(join(t.root, 'content'))).toEqual(['planner.json']);
  });
});
