import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { runBuildCheck } from '../../src/integration/build-check.ts';
import { tempRoot } from './helpers.ts';

const sample = tempRoot();
afterAll(() => sample.cleanup());

function recorder() {
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m), info() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
  return { warnings, logger };
}

describe('the check before a build', () => {
  test('warns in Chinese under a Chinese locale', async () => {
    const { warnings, logger } = recorder();
    await runBuildCheck(sample.root, logger, { LANG: 'zh_CN.UTF-8' });
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings) expect(line).toMatch(/\p{Script=Han}/u);
  });

  test('stops on bad input with the file and field, in Chinese under a Chinese locale', async () => {
    writeFileSync(join(sample.root, 'content/posts/bad.md'), '---\ntitle: x\nchannel: blog\nstatus: someday\n---\n');
    await expect(runBuildCheck(sample.root, recorder().logger, { LANG: 'zh_CN.UTF-8' })).rejects.toThrow(/content\/posts\/bad\.md: status: 应为以下之一/);
  });
});
