/** `check` on a post planned for a day its channel has no slot: an off-slot warning, text and JSON. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempRoot } from './helpers.ts';

const sample = tempRoot();
afterAll(() => sample.cleanup());
// The sample blog publishes on Tuesdays; 2026-12-02 is a Wednesday.
writeFileSync(join(sample.root, 'content/posts/drafts/wednesday.mdx'), '---\ntitle: 向上管理：如何跟老板做一对一\nchannel: blog\nstatus: draft\nplannedFor: 2026-12-02\n---\n');
const args = ['--root', sample.root, '--now', '2026-11-30T02:00:00Z'];

describe('check on a post planned off its channel cadence', () => {
  // The sample plans drafts/crypto-portfolio for the 2026-12-01 slot: the one to move to is the next free one, not that.
  it('reports an off-slot warning in JSON with the nearest slot days and the one to move to', () => {
    const { code, stdout } = runCli(['check', '--json', ...args]);
    expect(code).toBe(0);
    const flag = (JSON.parse(stdout) as { flags: Record<string, unknown>[] }).flags.find((f) => f.kind === 'off-slot');
    expect(flag).toMatchObject({ severity: 'warning', post: 'drafts/wednesday', file: 'content/posts/drafts/wednesday.mdx', channel: 'blog', date: '2026-12-02', nearest: { before: '2026-12-01', after: '2026-12-08' }, target: '2026-12-08', held: { date: '2026-12-01', post: 'drafts/crypto-portfolio' } });
  });

  it('prints it with the file and fails with --fail-on warning', () => {
    const { code, stdout } = runCli(['check', '--fail-on', 'warning', ...args]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/content\/posts\/drafts\/wednesday\.mdx\n\s+warning\s+off-slot\s+.*2026-12-02/);
  });
});
