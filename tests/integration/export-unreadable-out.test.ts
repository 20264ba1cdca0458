/**
 * `export ics --out FILE` checks that an existing FILE is a calendar before writing over it. One
 * it cannot read (no permission, a disk error) or that is no regular file (a pipe) failed with
 * a raw system error naming neither the file nor `--out`, or was replaced. It is refused by name,
 * in English and Chinese, and left as it was.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempRootsPerTest } from './helpers.ts';

// The tests run as root, whom no file mode keeps out: the file refuses to open instead.
const refused = vi.hoisted(() => ({ path: '', code: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = (path, ...rest) =>
    path === refused.path ? Promise.reject(Object.assign(new Error(`${refused.code}: refused, open '${path}'`), { code: refused.code })) : fs.open(path, ...rest);
  return { ...fs, default: { ...fs, open }, open };
});
afterEach(() => void (refused.path = ''));

const copy = tempRootsPerTest();

async function exportIcs(root: string, out: string, lang: 'en' | 'zh') {
  let stdout = '';
  let stderr = '';
  const code = await main(['export', 'ics', '--out', out, '--root', root, '--now', '2026-11-23T00:00:00Z', '--lang', lang], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    stdin: process.stdin,
  });
  return { code, stdout, stderr };
}

describe('export ics --out on a file it cannot read', () => {
  test('no permission to read it: names the file and --out, in English and Chinese, and does not overwrite it', async () => {
    const root = copy();
    const out = join(root, 'notes.txt');
    writeFileSync(out, 'my notes\n');
    Object.assign(refused, { path: out, code: 'EACCES' });
    const en = await exportIcs(root, out, 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`throughline: ${out}: --out: no permission to read this file, so it is not known to be a calendar; nothing was written\n  hint: let your user read it (chmod u+r ${out}), or give the name of a new file\n`);
    const zh = await exportIcs(root, out, 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`throughline: ${out}: --out: 没有读取这个文件的权限，无法确认它是日历文件；没有写入任何内容\n  建议：请让你的用户可以读取它（chmod u+r ${out}），或给出一个新文件名\n`);
    expect(readFileSync(out, 'utf8')).toBe('my notes\n');
  });

  test('a disk error reading it is named too', async () => {
    const root = copy();
    const out = join(root, 'plan.ics');
    writeFileSync(out, 'BEGIN:VCALENDAR\r\n');
    Object.assign(refused, { path: out, code: 'EIO' });
    const en = await exportIcs(root, out, 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(new RegExp(`^throughline: ${out}: --out: the disk reported an input/output error reading this file, so it is not known to be a calendar; nothing was written\n`));
    expect(readFileSync(out, 'utf8')).toBe('BEGIN:VCALENDAR\r\n');
  });

  test('a symbolic link that leads in a loop is named as such', async () => {
    const root = copy();
    const out = join(root, 'loop.ics');
    symlinkSync('loop.ics', out);
    const zh = await exportIcs(root, out, 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(new RegExp(`^throughline: ${out}: --out: 这个符号链接形成了循环，无法确认它是日历文件；没有写入任何内容\n`));
    expect(readlinkSync(out)).toBe('loop.ics');
  });

  test('a named pipe is refused, not replaced (and not opened: a read would wait for a writer)', async () => {
    const root = copy();
    const out = join(root, 'plan.ics');
    execFileSync('mkfifo', [out]);
    const en = await exportIcs(root, out, 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(new RegExp(`^throughline: ${out}: --out: this is not a regular file; it was left as it is\n`));
    expect(lstatSync(out).isFIFO()).toBe(true);
  });
});
