/**
 * fileCodeKey keeps a cache's code key between runs by the stamps of the files it hashes. The
 * key must be the one hashing every file gives, and a file changed in any way a stamp can see
 * (content, size, a touch that restores mtime, a new file in its place) must be hashed again:
 * a stale key would serve results computed by other code.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeKeyOf, fileCodeKey, type CodePart } from '../../src/store/cache-files.ts';

let dir: string;
let memo: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'throughline-code-key-'));
  memo = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file with an old mtime; its ctime is now, so the runs below take place a minute later (LATER), as on an installed tree. */
function writeOld(name: string, text: string, ageMs = 60_000): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  const t = new Date(Date.now() - ageMs);
  utimesSync(file, t, t);
  return file;
}
const LATER = () => Date.now() + 60_000;

const plain = (parts: CodePart[]) => codeKeyOf(() => parts.map((p) => (typeof p === 'object' && 'file' in p ? readFileSync(p.file) : p)));

describe('fileCodeKey', () => {
  it('gives the key of hashing the files, stored and served from the memo', () => {
    const a = writeOld('a.ts', 'export const a = 1;');
    const b = writeOld('b.txt', 'data');
    const parts: CodePart[] = ['format-1', 'a.ts', { file: a }, 'b.txt', { file: b }, 'lib@1.0.0'];
    const key = fileCodeKey(() => parts, memo, LATER());
    expect(key).toBe(plain(parts));
    expect(readFileSync(join(memo, 'code-keys-1.json'), 'utf8')).toContain(key);
    // Served from the memo: the same key again.
    expect(fileCodeKey(() => parts, memo, LATER())).toBe(key);
  });

  it('hashes a file again when its content changes with the same size and a restored mtime', () => {
    const a = writeOld('a.ts', 'export const a = 1;');
    const parts: CodePart[] = ['f', { file: a }];
    const before = fileCodeKey(() => parts, memo, LATER());
    const { atime, mtime } = statSync(a);
    writeFileSync(a, 'export const a = 2;');
    utimesSync(a, atime, mtime);
    expect(statSync(a).mtimeMs).toBe(mtime.getTime());
    const after = fileCodeKey(() => parts, memo, LATER());
    expect(after).not.toBe(before);
    expect(after).toBe(plain(parts));
  });

  it('hashes a file again when another file is moved in its place', () => {
    const a = writeOld('a.ts', 'one');
    writeOld('other.ts', 'two');
    const parts: CodePart[] = [{ file: a }];
    const before = fileCodeKey(() => parts, memo, LATER());
    renameSync(join(dir, 'other.ts'), a);
    expect(fileCodeKey(() => parts, memo, LATER())).toBe(plain(parts));
    expect(fileCodeKey(() => parts, memo, LATER())).not.toBe(before);
  });

  it('does not memoise a file changed within the last seconds (a coarse clock could hide its next change)', () => {
    const a = writeOld('a.ts', 'fresh', 0);
    const parts: CodePart[] = [{ file: a }];
    expect(fileCodeKey(() => parts, memo)).toBe(plain(parts));
    expect(() => readFileSync(join(memo, 'code-keys-1.json'))).toThrow();
  });

  it('keys string parts too, and gives null when a file cannot be read', () => {
    const a = writeOld('a.ts', 'x');
    expect(fileCodeKey(() => ['v1', { file: a }], memo)).not.toBe(fileCodeKey(() => ['v2', { file: a }], memo));
    expect(fileCodeKey(() => [{ file: join(dir, 'missing.ts') }], memo)).toBeNull();
  });

  it('reads a damaged memo as empty', () => {
    const a = writeOld('a.ts', 'x');
    const parts: CodePart[] = [{ file: a }];
    fileCodeKey(() => parts, memo, LATER());
    writeFileSync(join(memo, 'code-keys-1.json'), '[["oops"');
    expect(fileCodeKey(() => parts, memo, LATER())).toBe(plain(parts));
  });
});
