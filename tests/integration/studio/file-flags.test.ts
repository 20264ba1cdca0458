/**
 * The studio raises the flags `check` raises from files beside the posts: a published post's body
 * image whose site path public/ lacks (`missing-image`) and an .mdx draft's import that names no
 * file (`unresolved-import`). Before, the drafts list, the flags API and the dashboard never
 * showed either: `check` warned, the studio stayed quiet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDashboard } from '../../../src/studio/dashboard/dashboard.ts';
import { fileFlagInputs } from '../../../src/store/file-flags.ts';
import { loadStudioData } from '../../../src/studio/shared/studio-data.ts';
import { tempRoot } from '../helpers.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const project = tempRoot();
afterAll(() => project.cleanup());
writeFileSync(join(project.root, 'content/posts/shown.md'), '---\ntitle: Shown\nchannel: blog\nstatus: published\npublishedAt: 2026-11-01\n---\n\nThe loaf, by the window.\n\n![loaf](/media/loaf.jpg)\n');
writeFileSync(join(project.root, 'content/posts/tea.mdx'), '---\ntitle: Tea\nchannel: blog\nstatus: draft\n---\nimport Img from "@/components/Img.astro";\n\nBraise the pork with soy.\n');
const kinds = (flags: { kind: string }[]) => flags.map((f) => f.kind);

describe('flags from files beside the posts, in the studio', () => {
  test('the report of the drafts list and the flags API names the missing image and the unresolved import, in the studio language', async () => {
    const { report } = await loadStudioData(project.root, NOW);
    expect(report.flags.find((f) => f.kind === 'missing-image')).toMatchObject({ post: 'shown', severity: 'warning' });
    expect(report.flags.find((f) => f.kind === 'unresolved-import')).toMatchObject({ post: 'tea', severity: 'warning' });
    const zh = await loadStudioData(project.root, NOW, 'zh');
    expect(zh.report.flags.find((f) => f.kind === 'unresolved-import')!.message).toContain('找不到对应的文件');
  });

  test('the dashboard lists them too, and the image flag goes once the file is in public/', async () => {
    const { planner, posts } = await loadStudioData(project.root, NOW);
    const words = { 'open-slot': 'open', 'pillar-drift': 'drift' };
    const files = await fileFlagInputs(project.root, planner, posts, NOW);
    const dashboard = buildDashboard({ planner, posts, now: NOW, lang: 'en', allLabel: 'All', words, files });
    expect(kinds(dashboard.flags)).toEqual(expect.arrayContaining(['missing-image', 'unresolved-import']));
    mkdirSync(join(project.root, 'public/media'), { recursive: true });
    writeFileSync(join(project.root, 'public/media/loaf.jpg'), 'jpg');
    expect((await fileFlagInputs(project.root, planner, posts, NOW)).missingSiteImages).toEqual([]);
    expect(kinds((await loadStudioData(project.root, NOW)).report.flags)).not.toContain('missing-image');
  });
});
