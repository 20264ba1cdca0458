/**
 * A moved post whose file gives its status twice, `status: published` (added by a studio save
 * before saves wrote the file's own key) and Hexo's `draft: true`, edited by hand since: `check`,
 * the build check and the studio's flags warn, naming the file, both keys and values and which one counts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { runBuildCheck } from '../../src/integration/build-check.ts';
import { DASHBOARD_TEXT } from '../../src/studio/dashboard/strings.ts';
import { loadStudioData } from '../../src/studio/shared/studio-data.ts';
import { runCli, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();

function hexoRoot(keys: string): string {
  const root = copy();
  writeFileSync(join(root, 'content/posts/hexo.md'), `---\ntitle: Red-braised pork\ndate: 2026-10-07\n${keys}\ncategories: [recipes]\nchannel: blog\n---\n\nBraise the pork belly with soy sauce.\n`);
  return root;
}

describe('check on a post with status and draft', () => {
  test('warns in JSON with the file, both keys and values, which is used', () => {
    const { code, stdout } = runCli(['check', '--json', '--root', hexoRoot('status: published\ndraft: true'), '--now', NOW]);
    expect(code).toBe(0);
    const flags = JSON.parse(stdout).flags.filter((f: { kind: string }) => f.kind === 'alias-conflict');
    expect(flags).toEqual([
      expect.objectContaining({
        severity: 'warning',
        post: 'hexo',
        file: 'content/posts/hexo.md',
        field: 'status',
        used: { key: 'status', value: 'published' },
        ignored: { key: 'draft', value: 'true' },
        message: 'status published and draft true: status is used; delete one of them',
      }),
    ]);
  });

  test('prints the warning under the file in Chinese under a Chinese locale, and fails --fail-on warning', () => {
    const { code, stdout } = runCli(['check', '--fail-on', 'warning', '--root', hexoRoot('status: published\ndraft: true'), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code).toBe(1);
    expect(stdout).toContain('content/posts/hexo.md');
    expect(stdout).toContain('alias-conflict');
    expect(stdout).toContain('status published 与 draft true 不一致：用的是 status；请删掉其中一个');
  });

  test('raises nothing when they agree', () => {
    const { stdout } = runCli(['check', '--json', '--root', hexoRoot('status: draft\ndraft: true'), '--now', NOW]);
    expect(JSON.parse(stdout).flags.map((f: { kind: string }) => f.kind)).not.toContain('alias-conflict');
  });

  test('the build check warns too, with the file', async () => {
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m), info() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
    await runBuildCheck(hexoRoot('status: draft\ncover: /a.png\nogImage: /b.png'), logger, { LANG: 'en_US.UTF-8' });
    expect(warnings.join('\n')).toContain('content/posts/hexo.md: alias-conflict: cover /a.png and ogImage /b.png: cover is used; delete one of them');
  });

  test("the studio lists it among its flags, with the message in the page's language and a label", async () => {
    const { report } = await loadStudioData(hexoRoot('status: draft\nurl: https://a.example/x\ncanonicalURL: https://dev.to/x'), Date.parse(NOW), 'zh');
    expect(report.flags.find((f) => f.kind === 'alias-conflict')).toMatchObject({ file: 'content/posts/hexo.md', message: 'url https://a.example/x 与 canonicalURL https://dev.to/x 不一致：用的是 url；请删掉其中一个' });
    expect(DASHBOARD_TEXT['flag.alias-conflict']).toEqual({ en: 'Two keys disagree', zh: '字段不一致' });
  });
});
