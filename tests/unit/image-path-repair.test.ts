import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findByCase } from '../../src/store/image-path-repair.ts';
import { asDraft, missingImageList } from '../../src/core/moved-posts/missing-images.ts';

const dir = mkdtempSync(join(tmpdir(), 'case-'));
mkdirSync(join(dir, 'posts'));
mkdirSync(join(dir, 'Images/RWD'), { recursive: true });
writeFileSync(join(dir, 'Images/RWD/iphone.PNG'), 'png');
writeFileSync(join(dir, 'Images/RWD/two.png'), 'a');
writeFileSync(join(dir, 'Images/RWD/Two.png'), 'b');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findByCase', () => {
  test.each([
    ['each segment in another case, through ..', '../images/rwd/iphone.png', '../Images/RWD/iphone.PNG'],
    ['a path as written', '../Images/RWD/iphone.PNG', '../Images/RWD/iphone.PNG'],
    ['two files that differ only in case: neither is chosen', '../images/rwd/TWO.png', undefined],
    ['no such file', '../images/rwd/gone.png', undefined],
    ['a folder is no file', '../images/rwd', undefined],
  ])('%s', async (_, path, expected) => {
    expect(await findByCase(join(dir, 'posts'), path)).toBe(expected);
  });
});

describe('missing images of a moved post', () => {
  test('are listed with their line and the file they may have meant, in English and Chinese', () => {
    const list = missingImageList([{ url: 'a.png', line: 4, meant: '../b/a.png' }, { url: 'c.png', line: 0 }]);
    expect(list).toEqual({ en: '"a.png" (line 4; did you mean ../b/a.png?), "c.png"', zh: '"a.png"（第 4 行；是不是 ../b/a.png？），"c.png"' });
  });

  test('a published post is made a draft, a contradicting published: flag dropped; a draft stays as it is', () => {
    expect(asDraft('---\ntitle: A\npublished: true\n---\nx\n', 'a.md')).toBe('---\ntitle: A\nstatus: draft\n---\nx\n');
    const draft = '---\ntitle: A\ndraft: true\n---\nx\n';
    expect(asDraft(draft, 'a.md')).toBe(draft);
  });
});
