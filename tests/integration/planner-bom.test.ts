/**
 * A planner.json saved by an editor that puts a UTF-8 byte order mark first (Windows Notepad)
 * is read, and a save leaves valid JSON with the user's data intact. Two marks are an error
 * that says so, and the file is left as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { readPlanner, updatePlanner } from '../../src/store/planner-store.ts';
import { runCli, tempRootsPerTest } from './helpers.ts';

const copy = tempRootsPerTest();
const BOM = '\uFEFF';
const plannerFile = (root: string) => join(root, 'content/planner.json');

function withBoms(count: number): string {
  const root = copy();
  writeFileSync(plannerFile(root), BOM.repeat(count) + readFileSync(plannerFile(root), 'utf8'));
  return root;
}

async function rejection(promise: Promise<unknown>): Promise<ThroughlineError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof ThroughlineError) return error;
  throw new Error(`expected a ThroughlineError, got ${String(error)}`);
}

describe('planner.json starting with a byte order mark', () => {
  test('is read as the same planner as without it', async () => {
    const plain = await readPlanner(copy());
    expect(await readPlanner(withBoms(1))).toEqual(plain);
  });

  test('a save writes the same valid JSON as the save of the file without it', async () => {
    const [marked, plain] = [withBoms(1), copy()];
    for (const root of [marked, plain]) await updatePlanner(root, (p) => void (p.brand.name = 'Changed'));
    const text = readFileSync(plannerFile(marked), 'utf8');
    expect(text).toBe(readFileSync(plannerFile(plain), 'utf8'));
    expect(JSON.parse(text).brand.name).toBe('Changed');
    expect(await readPlanner(marked)).toEqual(await readPlanner(plain));
  });

  test('check reads it like any other planner', () => {
    const root = withBoms(1);
    const result = runCli(['check', '--json', '--root', root, '--now', '2026-11-23T00:00:00Z']);
    expect(result.stderr).not.toMatch(/JSON/);
    expect(JSON.parse(result.stdout).channels.length).toBeGreaterThan(0);
  });
});

describe('planner.json starting with two byte order marks', () => {
  test('is refused naming the file and the marks, in English and Chinese, and never overwritten', async () => {
    const root = withBoms(2);
    const bytes = readFileSync(plannerFile(root));
    const error = await rejection(readPlanner(root));
    expect(error.format('en')).toMatch(/^content\/planner\.json: starts with two byte order marks \(U\+FEFF\)/);
    expect(error.format('zh')).toMatch(/^content\/planner\.json: 开头有两个字节顺序标记/);
    await rejection(updatePlanner(root, (p) => void (p.brand.name = 'Changed')));
    expect(readFileSync(plannerFile(root)).equals(bytes)).toBe(true);
  });
});
