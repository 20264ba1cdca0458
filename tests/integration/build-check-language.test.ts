import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { runBuildCheck, startBuildCheck } from '../../src/integration/build-check.ts';
import { withCrashingChildren } from '../support/crashing-children.ts';
import { tempRoot } from './helpers.ts';
import { unpackStored } from '../../src/store/theme-term-cache.ts';
import { loadedBy } from '../support/loaded-by.ts';

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

  test('warns and refuses in Traditional under a Taiwan locale, as check --lang zh-Hant does, keeping titles and names as written', async () => {
    const { warnings, logger } = recorder();
    await runBuildCheck(sample.root, logger, { LANG: 'zh_TW.UTF-8' });
    const gap = warnings.find((line) => line.includes(': gap: '));
    expect(gap).toMatch(/^content\/planner\.json（頻道 \w+）: gap: 「[^」]+」在 \d{4}-\d{2}-\d{2} 的排期沒有已發佈的文章$/);
    // The sample's Chinese draft keeps its Simplified title; the channel its name, 公众号 not 公眾號.
    const dumplings = warnings.find((line) => line.includes('dongzhi-jiaozi.mdx: slot-over'));
    expect(dumplings).toContain('「冬至的饺子：一份不会破皮的菜谱」計畫在「WeChat 公众号」');
    for (const line of warnings) expect(line).not.toMatch(/没有|发布|计划|渠道|“/);
    // A planner that does not load stops the build in Traditional too.
    const broken = tempRoot();
    try {
      const file = join(broken.root, 'content/planner.json');
      const planner = JSON.parse(readFileSync(file, 'utf8'));
      planner.channels[0].cadence = 'FREQ=FORTNIGHTLY';
      writeFileSync(file, JSON.stringify(planner));
      const refused = await startBuildCheck(broken.root, recorder().logger, { LANG: 'zh_TW.UTF-8' }).then(() => null, (error: Error) => error);
      expect(refused?.message).toMatch(/^content\/planner\.json: channels\[0\]\.cadence: /);
      expect(refused?.message).toMatch(/\p{Script=Han}/u);
      expect(`${refused?.message}\n${(refused as { hint?: string })?.hint ?? ''}`).not.toMatch(/规则|频率|无效|应为|请/);
    } finally {
      broken.cleanup();
    }
  });

  test('loads OpenCC only for a Traditional locale: an English or Simplified build never does', () => {
    const run = (LANG: string) =>
      loadedBy(
        `import { runBuildCheck } from './src/integration/build-check.ts'; const logger = { warn() {}, info() {}, error() {}, debug() {} }; await runBuildCheck(${JSON.stringify(sample.root)}, logger, { LANG: ${JSON.stringify(LANG)} });`,
        '/opencc-js/',
      );
    expect(run('C.UTF-8')).toEqual([]);
    expect(run('zh_CN.UTF-8')).toEqual([]);
    expect(run('zh_TW.UTF-8').length).toBeGreaterThan(0);
  });

  test('keeps the theme terms of the posts it read in the build cache folder, so that a rebuild reads only changed posts', async () => {
    const cacheDir = join(sample.root, '.cache/throughline');
    const first = recorder();
    await runBuildCheck(sample.root, first.logger, { LANG: 'en_US.UTF-8' }, cacheDir);
    const [file] = readdirSync(cacheDir).filter((name) => name.startsWith('theme-terms-'));
    const cached = unpackStored(readFileSync(join(cacheDir, file!)));
    expect(cached.keys.length).toBeGreaterThan(0);
    // Read from the cache, the posts give the same verdict.
    const second = recorder();
    await runBuildCheck(sample.root, second.logger, { LANG: 'en_US.UTF-8' }, cacheDir);
    expect(second.warnings).toEqual(first.warnings);
  });

  test('scores only the posts not yet published: a site whose posts are all published reads no post for the theme (its score raises no warning)', async () => {
    const root = tempRoot();
    try {
      // Every post that is not published is taken away: no draft, no theme warning to find.
      const posts = join(root.root, 'content/posts');
      for (const file of readdirSync(posts, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)))
        if (!/^status: published$/m.test(readFileSync(join(posts, file), 'utf8'))) rmSync(join(posts, file));
      const cacheDir = join(root.root, '.cache/throughline');
      const { warnings, logger } = recorder();
      await runBuildCheck(root.root, logger, { LANG: 'en_US.UTF-8' }, cacheDir);
      expect(warnings.some((line) => line.includes('off-theme'))).toBe(false);
      // The term cache is written only when a post was read for its terms.
      expect(readdirSync(cacheDir).filter((name) => name.startsWith('theme-terms-'))).toEqual([]);
    } finally {
      root.cleanup();
    }
  });

  test('warns of a published post\'s body image whose site path public/ lacks, as check does (the page would show it broken)', async () => {
    const root = tempRoot();
    try {
      writeFileSync(join(root.root, 'content/posts/shown.md'), '---\ntitle: Shown\nchannel: blog\nstatus: published\npublishedAt: 2026-11-01\n---\n\nThe loaf.\n\n![loaf](/media/loaf.jpg)\n');
      const { warnings, logger } = recorder();
      const { flagged } = await startBuildCheck(root.root, logger, { LANG: 'en_US.UTF-8' });
      await flagged;
      expect(warnings.find((line) => line.includes('missing-image'))).toMatch(/^content\/posts\/shown\.md: missing-image: .*public\/media\/loaf\.jpg/);
    } finally {
      root.cleanup();
    }
  });

  test('lets the build go on once the input is valid and prints the same flags when they are ready', async () => {
    const whole = recorder();
    await runBuildCheck(sample.root, whole.logger, { LANG: 'en_US.UTF-8' });
    const split = recorder();
    const { flagged } = await startBuildCheck(sample.root, split.logger, { LANG: 'en_US.UTF-8' });
    await flagged;
    expect(split.warnings.length).toBeGreaterThan(0);
    expect(split.warnings).toEqual(whole.warnings);
  });

  test('reads Chinese with the same dictionary in its child process as check does in-process, so whole words like 密钥 are the evidence', async () => {
    // The child starts with no module loaded: before the fix it never registered the Chinese
    // data and fell back to Intl.Segmenter, which cuts 密钥 into 密 and 钥.
    const root = tempRoot();
    try {
      writeFileSync(
        join(root.root, 'content/posts/drafts/keys.md'),
        '---\ntitle: 公钥与私钥\nchannel: wechat\nstatus: draft\n---\n\n' +
          '生成密钥对时先选算法。私钥留在自己手里，公钥发给通信的人。密钥丢了，加密过的文件就再也打不开；' +
          '签名用私钥，验证签名用公钥。换新密钥前，先用旧密钥签署新密钥，让信任网络知道这是同一个人。\n',
      );
      const inProcess = recorder();
      await runBuildCheck(root.root, inProcess.logger, { LANG: 'en_US.UTF-8' });
      const threaded = recorder();
      const { flagged } = await startBuildCheck(root.root, threaded.logger, { LANG: 'en_US.UTF-8' });
      await flagged;
      const offTheme = threaded.warnings.find((line) => line.includes('keys.md') && line.includes('off-theme'));
      expect(offTheme).toMatch(/密钥/);
      expect(threaded.warnings).toEqual(inProcess.warnings);
    } finally {
      root.cleanup();
    }
  });

  test('computes the flags in a process of their own: a native crash there (SIGSEGV) leaves the build running, and the flags are computed here instead', async () => {
    // CI once lost a whole run to a SIGSEGV while the flags' worker thread parsed Markdown with a
    // native addon: a thread's crash is its host's. The crash is injected into the flags' process
    // by a preload that kills it on receiving its input, before it answers.
    const root = tempRoot();
    try {
      const whole = recorder();
      await runBuildCheck(root.root, whole.logger, { LANG: 'en_US.UTF-8' });
      const crashed = recorder();
      const pids = await withCrashingChildren(async (crashedPids) => {
        await runBuildCheck(root.root, crashed.logger, { LANG: 'en_US.UTF-8' });
        return crashedPids();
      });
      expect(pids.length).toBeGreaterThan(0);
      expect(pids).not.toContain(process.pid);
      expect(crashed.warnings.length).toBeGreaterThan(0);
      expect(crashed.warnings).toEqual(whole.warnings);
    } finally {
      root.cleanup();
    }
  });

  test('stops on bad input with the file and field, in Chinese under a Chinese locale', async () => {
    writeFileSync(join(sample.root, 'content/posts/bad.md'), '---\ntitle: x\nchannel: blog\nstatus: someday\n---\n');
    await expect(runBuildCheck(sample.root, recorder().logger, { LANG: 'zh_CN.UTF-8' })).rejects.toThrow(/content\/posts\/bad\.md: status: 应为以下之一/);
  });
});
