/**
 * A portfolio with years of history, as a weekly newsletter moved in has: the archive's month
 * sections are landmarks, each needing a name of its own, so August of one year and August of
 * the next are told apart ("August 2026", "August 2025"), which html-validate's unique-landmark
 * rule checks as screen readers list them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolioValidator } from '../support/html-validate.ts';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

function write(root: string, file: string, title: string, day: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\ntitle: ${title}\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: ${day}\n---\n\nA weekly issue.\n`);
}

let root: string;
let archive = '';

beforeAll(async () => {
  root = await makeRoot('tl-history-');
  write(root, '2024/issue-1.md', 'Issue one', '2024-08-14');
  write(root, '2025/issue-2.md', 'Issue two', '2025-08-13');
  write(root, '2025/issue-3.md', 'Issue three', '2025-09-10');
  const { outDir } = await buildPortfolio(root);
  archive = await readFile(join(outDir, 'archive/index.html'), 'utf8');
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the archive of several years', () => {
  it('names each month section with its year, so no two landmarks share a name', async () => {
    expect(archive).toContain('aria-labelledby="m2025-08 y2025"');
    expect(archive).toContain('aria-labelledby="m2024-08 y2024"');
    const validator = portfolioValidator();
    const report = await validator.validateString(archive, 'archive/index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
