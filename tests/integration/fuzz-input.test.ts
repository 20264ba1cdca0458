/**
 * Bad input, fuzz-style and deterministic: hundreds of malformed planner files, frontmatter
 * blocks, cadences and feeds. Each must be refused with exit 2 and one structured message
 * (`throughline: <file>: <field>: ...`), no stack trace, nothing on stdout and no file changed.
 * Most cases run in-process through main(); a sample runs through the real CLI. Replay a
 * failure with FUZZ_SEED=<seed printed in the message>.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildCadenceRule, checkCadence } from '../../src/core/cadence.ts';
import { ThroughlineError } from '../../src/core/errors.ts';
import { readPlanner, updatePlanner } from '../../src/store/planner-store.ts';
import { type BadInput, type Rng, badFeed, badFrontmatter, badPlanner, createRng, fuzzSeed, hashTree, mutateRule } from './fuzz-helpers.ts';
import { runCli, tempRoot } from './helpers.ts';

const NOW = '2026-11-23T00:00:00Z';
let root: string;
let cleanup: () => void;
let validPlanner: Buffer;

beforeAll(() => {
  ({ root, cleanup } = tempRoot());
  validPlanner = readFileSync(join(root, 'content/planner.json'));
});
afterAll(() => cleanup());
// A failed case must not leave its input behind for the next test.
afterEach(() => {
  writeFileSync(join(root, 'content/planner.json'), validPlanner);
  rmSync(join(root, 'content/posts/fuzz'), { recursive: true, force: true });
  rmSync(join(root, 'feeds'), { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function runInProcess(args: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--root', root, '--now', NOW], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    stdin: process.stdin,
  });
  return { code, stdout, stderr };
}

/** The refusal every bad input must end in; `where` is printed with the seed on failure. */
function expectRefused(out: Outcome, file: string, field: string | undefined, where: string): void {
  const context = `${where}\nstderr: ${out.stderr.slice(0, 600)}\nstdout: ${out.stdout.slice(0, 200)}`;
  expect(out.code, context).toBe(2);
  expect(out.stderr.startsWith('throughline: '), context).toBe(true);
  expect(out.stderr, context).not.toMatch(/\n\s+at /);
  expect(out.stderr, context).not.toContain('unexpected failure');
  // A project file is named as the user can open it from where the command ran: the root lies
  // outside that folder here, so by its absolute path (cli/shown-path.ts).
  const shown = isAbsolute(file) ? file : join(root, file);
  expect(out.stderr.includes(`throughline: ${shown}: `), context).toBe(true);
  if (field) expect(out.stderr.includes(`${shown}: ${field}`), context).toBe(true);
  expect(out.stdout, context).toBe('');
  expect(out.stderr.length, context).toBeLessThan(20_000);
}

function rejectedRule(rng: Rng): string {
  for (;;) {
    const rule = mutateRule(rng);
    if (checkCadence(rule)) return rule;
  }
}

/** Writes `input` to `file` under the root, runs `args`, checks the refusal and an unchanged tree. */
async function refuse(input: BadInput, file: string, args: string[], where: string, shown = file): Promise<void> {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), input.bytes);
  const before = hashTree(root);
  expectRefused(await runInProcess(args), shown, input.field, where);
  expect(hashTree(root), `${where}: a file changed`).toEqual(before);
}

describe('a malformed planner.json', () => {
  const seed = fuzzSeed(20261123);
  test(`is refused by the store and the CLI, 300 cases (seed ${seed})`, async () => {
    const rng = createRng(seed);
    const valid = JSON.parse(validPlanner.toString('utf8'));
    for (let i = 0; i < 300; i++) {
      const input = badPlanner(rng, valid, () => rejectedRule(rng));
      const where = `seed ${seed}, case ${i}: ${input.label}`;
      await refuse(input, 'content/planner.json', ['check'], where);
      // One at a time: a second promise made up front could reject before anything awaits it.
      for (const attempt of [() => readPlanner(root), () => updatePlanner(root, (p) => void (p.brand.name = 'Changed'))]) {
        const error = await attempt().then(() => null, (e: unknown) => e);
        expect(error, where).toBeInstanceOf(ThroughlineError);
        expect((error as ThroughlineError).file, where).toBe('content/planner.json');
      }
      expect(readFileSync(join(root, 'content/planner.json')).equals(input.bytes), `${where}: the store overwrote it`).toBe(true);
    }
    writeFileSync(join(root, 'content/planner.json'), validPlanner);
  });
});

describe('a malformed post file', () => {
  const seed = fuzzSeed(7001);
  test(`is refused by check with the file and field named, 300 cases (seed ${seed})`, async () => {
    const rng = createRng(seed);
    for (let i = 0; i < 300; i++) {
      const input = badFrontmatter(rng);
      const file = `content/posts/fuzz/case-${i}.md`;
      await refuse(input, file, ['check'], `seed ${seed}, case ${i}: ${input.label}`);
      rmSync(join(root, file));
    }
  });
});

describe('a cadence', () => {
  const seed = fuzzSeed(4242);
  test(`is checked without throwing, and a rule that passes expands, 1000 mutations (seed ${seed})`, () => {
    const rng = createRng(seed);
    let accepted = 0;
    for (let i = 0; i < 1000; i++) {
      const rule = mutateRule(rng);
      const where = `seed ${seed}, case ${i}: ${JSON.stringify(rule.slice(0, 200))}`;
      let problem: ReturnType<typeof checkCadence> = null;
      expect(() => (problem = checkCadence(rule)), where).not.toThrow();
      if (problem) {
        expect(typeof (problem as { message: string }).message, where).toBe('string');
        continue;
      }
      accepted++;
      const dates = buildCadenceRule(rule, '2026-01-06', '09:00', 'Asia/Shanghai').all((_, n) => n < 60);
      expect(dates.every((d) => !Number.isNaN(d.getTime())), where).toBe(true);
    }
    expect(accepted).toBeGreaterThan(0);
  });

  test(`that is rejected makes the CLI exit 2 naming the channel's cadence, 100 rules (seed ${seed})`, async () => {
    const rng = createRng(seed + 1);
    const valid = JSON.parse(validPlanner.toString('utf8'));
    for (let i = 0; i < 100; i++) {
      const rule = rejectedRule(rng);
      valid.channels[1].cadence = rule;
      const input = { label: rule, bytes: Buffer.from(JSON.stringify(valid)), field: 'channels[1].cadence' };
      await refuse(input, 'content/planner.json', ['plan', '--json'], `seed ${seed + 1}, case ${i}: ${JSON.stringify(rule.slice(0, 200))}`);
    }
    writeFileSync(join(root, 'content/planner.json'), validPlanner);
  });
});

describe('a malformed feed', () => {
  const seed = fuzzSeed(9090);
  test(`is refused by import before anything is written, 200 cases (seed ${seed})`, async () => {
    const rng = createRng(seed);
    for (let i = 0; i < 200; i++) {
      const input = badFeed(rng);
      const file = `feeds/case-${i}.${input.ext}`;
      const path = join(root, file);
      await refuse(input, file, ['import', path, '--channel', 'blog'], `seed ${seed}, case ${i}: ${input.label}`, path);
      rmSync(path);
    }
  });
});

describe('the real CLI process', () => {
  const seed = fuzzSeed(31337);
  test(`behaves as the in-process runs do on a sample of 20 bad inputs (seed ${seed})`, () => {
    const rng = createRng(seed);
    const valid = JSON.parse(validPlanner.toString('utf8'));
    for (let i = 0; i < 20; i++) {
      const kind = i % 3;
      const input = kind === 0 ? badPlanner(rng, valid, () => rejectedRule(rng)) : kind === 1 ? badFrontmatter(rng) : badFeed(rng);
      const file = kind === 0 ? 'content/planner.json' : kind === 1 ? `content/posts/fuzz/cli-${i}.md` : `feeds/cli-${i}.${input.ext}`;
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), input.bytes);
      const before = hashTree(root);
      const args = kind === 2 ? ['import', join(root, file), '--channel', 'blog'] : ['check'];
      const where = `seed ${seed}, case ${i}: ${input.label}`;
      expectRefused(runCli([...args, '--root', root, '--now', NOW]), kind === 2 ? join(root, file) : file, input.field, where);
      expect(hashTree(root), `${where}: a file changed`).toEqual(before);
      if (kind === 0) writeFileSync(join(root, file), validPlanner);
      else rmSync(join(root, file));
    }
  });
});
