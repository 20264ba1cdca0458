import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT } from './helpers.ts';

const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { engines: { node: string }; allowScripts: Record<string, boolean> };
const npmHasInstallScripts = spawnSync('npm', ['help', 'install-scripts'], { encoding: 'utf8' }).status === 0;

describe('installing', () => {
  test('asks of the installing Node only what npm needs (the code runs on the bundled Node 24)', () => {
    expect(pkg.engines.node).toBe('>=20');
    const bundled = JSON.parse(readFileSync(join(PROJECT, 'node_modules/node/package.json'), 'utf8')) as { version: string };
    expect(Number(bundled.version.split('.')[0])).toBeGreaterThanOrEqual(24);
    expect(process.versions.node.split('.')[0]).toBe(bundled.version.split('.')[0]);
  });

  test('records in the lock the same root package as package.json, so npm install leaves the lock as it is', () => {
    const lock = JSON.parse(readFileSync(join(PROJECT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
    const full = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as Record<string, unknown>;
    const root = lock.packages['']!;
    for (const field of ['engines', 'dependencies', 'devDependencies']) expect(root[field], field).toEqual(full[field]);
  });

  test.skipIf(!npmHasInstallScripts)('leaves no install script of a dependency unreviewed by allowScripts', () => {
    const result = spawnSync('npm', ['install-scripts', 'ls'], { cwd: PROJECT, encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toMatch(/No packages with unreviewed install scripts/);
    expect(pkg.allowScripts).toMatchObject({ esbuild: true, node: true });
  });
});
