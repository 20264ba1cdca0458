/**
 * A moved post whose file gives its date twice, `publishedAt` (added by a studio save before
 * saves wrote the file's own key) and Hexo's `date`, edited by hand since: `check`, the build
 * check and the studio's flags warn, naming the file, both keys and values and which one counts.
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

function hexoRoot(dates: string): string {
  const root = copy();
  writeFileSync(join(root, 'content/posts/hexo.md'), `---\ntitle: Red-braised pork\n${dates}\ntags: recipes\nchannel: blog\n---\n\nBraise the pork belly with soy sauce.\n`);
  return root;
}

describe('check on a post with publishedAt and date', () => {
  test('warns in JSON with the file, both keys and values, which is used', () => {
    const { code, stdout } = runCli(['check', '--json', '--root', hexoRoot('publishedAt: 2026-10-07\ndate: 2026-10-08'), '--now', NOW]);
    expect(code).toBe(0);
    const flags = JSON.parse(stdout).flags.filter((f: { kind: string }) => f.kind === 'date-conflict');
    expect(flags).toEqual([
      expect.objectContaining({
        severity: 'warning',
        post: 'hexo',
        file: 'content/posts/hexo.md',
        field: 'publishedAt',
        used: { key: 'publishedAt', value: '2026-10-07' },
        ignored: { key: 'date', value: '2026-10-08' },
        message: 'publishedAt 2026-10-07 and date 2026-10-08: publishedAt is used; delete one of them',
      }),
    ]);
  });

  test('prints the warning under the file in Chinese under a Chinese locale, and fails --fail-on warning', () => {
    const { code, stdout } = runCli(['check', '--fail-on', 'warning', '--root', hexoRoot('publishedAt: 2026-10-07\ndate: 2026-10-08'), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(code).toBe(1);
    expect(stdout).toContain('content/posts/hexo.md');
    expect(stdout).toContain('date-conflict');
    expect(stdout).toContain('publishedAt 2026-10-07 与 date 2026-10-08 不一致：用的是 publishedAt；请删掉其中一个');
  });

  test('raises nothing when both give the same instant', () => {
    const { stdout } = runCli(['check', '--json', '--root', hexoRoot('publishedAt: 2026-10-07T09:00:00+08:00\ndate: 2026-10-07 01:00:00 +0000'), '--now', NOW]);
    expect(JSON.parse(stdout).flags.map((f: { kind: string }) => f.kind)).not.toContain('date-conflict');
  });

  test('the build check warns too, with the file', async () => {
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m), info() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
    await runBuildCheck(hexoRoot('updatedAt: 2026-10-09\nupdated: 2026-10-10\ndate: 2026-10-07'), logger, { LANG: 'en_US.UTF-8' });
    expect(warnings.join('\n')).toContain('content/posts/hexo.md: date-conflict: updatedAt 2026-10-09 and updated 2026-10-10: updatedAt is used; delete one of them');
  });

  test("the studio lists it among its flags, with the message in the page's language and a label", async () => {
    const { report } = await loadStudioData(hexoRoot('publishedAt: 2026-10-07\ndate: 2026-10-08'), Date.parse(NOW), 'zh');
    expect(report.flags.find((f) => f.kind === 'date-conflict')).toMatchObject({ file: 'content/posts/hexo.md', message: 'publishedAt 2026-10-07 与 date 2026-10-08 不一致：用的是 publishedAt；请删掉其中一个' });
    expect(DASHBOARD_TEXT['flag.date-conflict']).toEqual({ en: 'Two dates', zh: '日期重复' });
  });
});
