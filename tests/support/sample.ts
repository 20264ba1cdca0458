/**
 * The sample brand as committed, for tests that start from it. The working content/ is the
 * developer's own once they press "Start my own brand" (the sample goes to content/.sample-DATE/),
 * and tests that copied it then failed for reasons unrelated to code. Read from git (HEAD's
 * content/ tree) into a folder of the system's temp dir named after that tree, made once and
 * shared by every test process; outside a git checkout (a tarball), the working content/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');

let cached: string | undefined;

/** A folder holding `content/` exactly as committed (git HEAD), to copy from or read; never write into it. */
export function sampleRoot(): string {
  cached ??= committedSample() ?? PROJECT;
  return cached;
}

function committedSample(): string | undefined {
  const git = (args: string[]) => spawnSync('git', ['-C', PROJECT, ...args], { maxBuffer: 256 * 1024 * 1024 });
  const tree = git(['rev-parse', 'HEAD:content']);
  if (tree.status !== 0) return undefined;
  const root = join(tmpdir(), `throughline-sample-${tree.stdout.toString().trim()}`);
  if (existsSync(join(root, 'content'))) return root;
  // Extracted beside it, then renamed: a parallel test process sees a whole folder or none.
  const part = mkdtempSync(`${root}.part-`);
  const archive = git(['archive', '--format=tar', 'HEAD', 'content']);
  const tar = archive.status === 0 ? spawnSync('tar', ['-x', '-C', part], { input: archive.stdout }) : archive;
  if (tar.status !== 0) throw new Error(`tests/support/sample.ts: could not read the committed content/ from git: ${tar.stderr.toString()}`);
  mkdirSync(root, { recursive: true });
  try {
    renameSync(join(part, 'content'), join(root, 'content'));
  } catch (error) {
    // Another process got there first: its copy is the same tree.
    if (!existsSync(join(root, 'content'))) throw error;
  }
  rmSync(part, { recursive: true, force: true });
  return root;
}
