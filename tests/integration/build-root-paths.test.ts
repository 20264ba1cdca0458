/**
 * `npm run build -- --root DIR` refused a bad planner.json or post naming `content/planner.json`,
 * relative to DIR, which the user (in another folder) could not open: the build check names it
 * from where the command was typed (cli/build.mjs passes that folder), in English and Chinese.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, expect, test } from 'vitest';
import { runBuildCheck } from '../../src/integration/build-check.ts';
import { tempRoot } from './helpers.ts';

const sample = tempRoot();
afterAll(() => sample.cleanup());
const logger = { warn() {}, info() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
const refusal = (env: Record<string, string>) => runBuildCheck(sample.root, logger, env).then(() => 'built', (error: Error) => error.message);

test('a bad planner.json is named from the folder the build was typed in', async () => {
  const here = dirname(sample.root);
  const name = basename(sample.root);
  writeFileSync(join(sample.root, 'content/planner.json'), '{"brand": 3');
  expect(await refusal({ LANG: 'en_US.UTF-8', THROUGHLINE_TYPED_FROM: here })).toMatch(new RegExp(`^${name}/content/planner\\.json: is not valid JSON`));
  expect(await refusal({ LANG: 'zh_CN.UTF-8', THROUGHLINE_TYPED_FROM: here })).toMatch(new RegExp(`^${name}/content/planner\\.json: 不是有效的 JSON`));
  // A plain build of the project (no --root): as before.
  expect(await refusal({ LANG: 'en_US.UTF-8' })).toMatch(/^content\/planner\.json: is not valid JSON/);
});

const flagged = tempRoot();
afterAll(() => flagged.cleanup());

/** The build's warning lines for `flagged.root`, built with `env`. */
async function warnings(env: Record<string, string>): Promise<string[]> {
  const lines: string[] = [];
  const log = { warn: (text: string) => lines.push(text), info() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
  await runBuildCheck(flagged.root, log, env);
  return lines;
}

test("a build's warnings name a post from the folder the build was typed in, as check and its refusal do", async () => {
  const here = dirname(flagged.root);
  const name = basename(flagged.root);
  writeFileSync(join(flagged.root, 'content/posts/unplanned.md'), '---\ntitle: Unplanned soup\nchannel: blog\nstatus: scheduled\n---\nA soup.\n');
  const line = (found: string[]) => found.find((text) => text.includes('unplanned-scheduled'));
  expect(line(await warnings({ LANG: 'en_US.UTF-8', THROUGHLINE_TYPED_FROM: here }))).toMatch(new RegExp(`^${name}/content/posts/unplanned\\.md: unplanned-scheduled: `));
  // A plain build of the project (no --root): relative to it, as before.
  expect(line(await warnings({ LANG: 'en_US.UTF-8' }))).toMatch(/^content\/posts\/unplanned\.md: unplanned-scheduled: /);
});

test("a build's channel warnings name content/planner.json then the channel, as check does", async () => {
  const here = dirname(flagged.root);
  const name = basename(flagged.root);
  const gap = (found: string[]) => found.find((text) => text.includes(': gap: '));
  expect(gap(await warnings({ LANG: 'en_US.UTF-8', THROUGHLINE_TYPED_FROM: here }))).toMatch(new RegExp(`^${name}/content/planner\\.json \\(channel blog\\): gap: `));
  expect(gap(await warnings({ LANG: 'zh_CN.UTF-8', THROUGHLINE_TYPED_FROM: here }))).toMatch(new RegExp(`^${name}/content/planner\\.json（渠道 blog）: gap: `));
  expect(gap(await warnings({ LANG: 'en_US.UTF-8' }))).toMatch(/^content\/planner\.json \(channel blog\): gap: /);
});
