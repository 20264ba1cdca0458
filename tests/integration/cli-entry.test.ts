/**
 * `npm run throughline` starts src/cli/throughline.mjs (the compile cache on before any
 * TypeScript loads): it must behave as `node src/cli/main.ts` does, output and exit code alike.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typedFrom } from '../../src/cli/main.ts';
import { BASIC, PROJECT, tempRoot } from './helpers.ts';

function run(entry: string, args: string[], cacheDir: string) {
  const r = spawnSync(process.execPath, [join(PROJECT, entry), ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', THROUGHLINE_CACHE_DIR: cacheDir },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI entry', () => {
  it('is what package.json runs', () => {
    expect(JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).scripts.throughline).toBe('node src/cli/throughline.mjs');
  });

  it('prints what main.ts prints, with the same exit code, and fills the compile cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-entry-'));
    try {
      for (const args of [['check', '--json', '--root', BASIC, '--now', '2026-11-12T10:00:00Z'], ['check', '--root', BASIC, '--now', '2026-11-12', '--lang', 'zh'], ['nonsense'], ['plan', '--weeks', 'x', '--root', BASIC]]) {
        const viaMjs = run('src/cli/throughline.mjs', args, dir);
        const viaTs = run('src/cli/main.ts', args, dir);
        expect(viaMjs).toEqual(viaTs);
      }
      expect(readdirSync(join(dir, 'compile')).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads no module of the text report for `check --json` (string-width alone costs ~50 ms a run), nor the Markdown parser or the HTML entity tables once the caches serve every post (~0.1 s)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-entry-'));
    // Node's synchronous module hooks (module.registerHooks) note the modules loaded.
    const hook = `data:text/javascript,${encodeURIComponent("import { registerHooks } from 'node:module'; registerHooks({ load(url, c, next) { const m = /(string-width|format-check|satteri|entities)\\/?(index\\.js|\\.ts|dist\\/index\\.js|dist\\/commonjs\\/index\\.js)$/.exec(url); if (m) process.stderr.write('loaded ' + m[1] + '\\n'); return next(url, c); } });")}`;
    const loads = (args: string[]) => {
      const r = spawnSync(process.execPath, ['--import', hook, join(PROJECT, 'src/cli/throughline.mjs'), ...args, '--root', BASIC, '--now', '2026-11-12T10:00:00Z'], {
        cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', THROUGHLINE_CACHE_DIR: dir },
      });
      return [...new Set(r.stderr.split('\n').filter((line) => line.startsWith('loaded ')))];
    };
    try {
      // The first run reads every post (satteri parses them); the second is served from the caches.
      expect(loads(['check', '--json'])).toEqual(['loaded satteri']);
      expect(loads(['check', '--json'])).toEqual([]);
      expect(loads(['check']).join('\n')).toMatch(/format-check[\s\S]*string-width/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads no module of the MDX compiler (mdx-syntax.ts, mdx-imports.ts, p-limit: 7 modules) for a project of Markdown posts, and still empties the compiled bodies of .mdx posts gone since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-entry-'));
    const project = tempRoot(BASIC);
    const hook = `data:text/javascript,${encodeURIComponent("import { registerHooks } from 'node:module'; registerHooks({ load(url, c, next) { const m = /\\/(mdx-syntax|mdx-imports)\\.ts$|\\/(p-limit)\\/index\\.js$/.exec(url); if (m) process.stderr.write('loaded ' + (m[1] ?? m[2]) + '\\n'); return next(url, c); } });")}`;
    const loads = () => {
      const r = spawnSync(process.execPath, ['--import', hook, join(PROJECT, 'src/cli/throughline.mjs'), 'check', '--json', '--root', project.root, '--now', '2026-11-12T10:00:00Z'], {
        cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', THROUGHLINE_CACHE_DIR: dir },
      });
      expect([0, 1]).toContain(r.status);
      return [...new Set(r.stderr.split('\n').filter((line) => line.startsWith('loaded ')))].sort();
    };
    const compiled = () => readdirSync(dir).filter((name) => name.startsWith('mdx-compiled-')).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).length);
    try {
      expect(loads()).toEqual([]);
      // A published .mdx post: compiled, and its body kept.
      const a = join(project.root, 'content/posts/a.md');
      renameSync(a, `${a}x`);
      expect(loads()).toEqual(['loaded mdx-imports', 'loaded mdx-syntax', 'loaded p-limit']);
      expect(compiled()).toEqual([1]);
      // Markdown again: the kept body is dropped once, then nothing of the compiler loads.
      renameSync(`${a}x`, a);
      expect(loads()).toEqual(['loaded mdx-imports', 'loaded mdx-syntax', 'loaded p-limit']);
      expect(compiled()).toEqual([0]);
      expect(loads()).toEqual([]);
    } finally {
      project.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads no module of the theme scorer (check.ts, model.ts, score.ts, tokenize.ts, the term cache: ~25 modules, ~33 ms) once the caches keep every post\'s result, and loads it again when a draft changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-entry-'));
    const project = tempRoot(BASIC);
    const hook = `data:text/javascript,${encodeURIComponent("import { registerHooks } from 'node:module'; registerHooks({ load(url, c, next) { const m = /\\/core\\/(check)\\.ts$|\\/core\\/theme\\/(score|model|tokenize|calibrate|keyword-flags)\\.ts$|\\/store\\/(theme-term-cache)\\.ts$/.exec(url); if (m) process.stderr.write('loaded ' + (m[1] ?? m[2] ?? m[3]) + '\\n'); return next(url, c); } });")}`;
    const loads = () => {
      const r = spawnSync(process.execPath, ['--import', hook, join(PROJECT, 'src/cli/throughline.mjs'), 'check', '--json', '--root', project.root, '--now', '2026-11-12T10:00:00Z'], {
        cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', THROUGHLINE_CACHE_DIR: dir },
      });
      expect([0, 1]).toContain(r.status);
      return { lines: [...new Set(r.stderr.split('\n').filter((line) => line.startsWith('loaded ')))].sort(), out: r.stdout };
    };
    const scorer = ['loaded calibrate', 'loaded check', 'loaded keyword-flags', 'loaded model', 'loaded score', 'loaded theme-term-cache', 'loaded tokenize'];
    try {
      const first = loads();
      expect(first.lines).toEqual(scorer);
      const second = loads();
      expect(second.lines).toEqual([]);
      expect(second.out).toBe(first.out);
      // One draft edited: its result is not kept, so the scorer loads and scores it (the off-theme draft stays flagged).
      const draft = join(project.root, 'content/posts/offtheme.md');
      writeFileSync(draft, readFileSync(draft, 'utf8').replace(/\n$/, ' Fees matter.\n'));
      const edited = loads();
      expect(edited.lines).toEqual(scorer);
      expect(JSON.parse(edited.out).flags.some((f: { kind: string; post?: string }) => f.kind === 'off-theme' && f.post === 'offtheme')).toBe(true);
      expect(loads().lines).toEqual([]);
    } finally {
      project.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads rrule, the general-language tables, the stopword lists and zod only while the caches lack slots, results or validated files (~60 ms, zod ~80 ms a run)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-entry-'));
    // A draft with a plannedFor has its nearby slots expanded afresh (plan-flags.ts, not cached): none here.
    const project = tempRoot(BASIC);
    const planned = join(project.root, 'content/posts/offtheme.md');
    writeFileSync(planned, readFileSync(planned, 'utf8').replace(/^plannedFor:.*\n/m, ''));
    const hook = `data:text/javascript,${encodeURIComponent("import { registerHooks } from 'node:module'; registerHooks({ load(url, c, next) { const m = /(rrule)\\/dist\\/es5\\/rrule\\.js$|(background)\\.json$|(stopwords-iso)\\.json$|\\/(zod)\\/index\\.js$/.exec(url); if (m) process.stderr.write('loaded ' + (m[1] ?? m[2] ?? m[3] ?? m[4]) + '\\n'); return next(url, c); } });")}`;
    const loads = () => {
      const r = spawnSync(process.execPath, ['--import', hook, join(PROJECT, 'src/cli/throughline.mjs'), 'check', '--json', '--root', project.root, '--now', '2026-11-12T10:00:00Z'], {
        cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', THROUGHLINE_CACHE_DIR: dir },
      });
      expect([0, 1]).toContain(r.status);
      return { lines: [...new Set(r.stderr.split('\n').filter((line) => line.startsWith('loaded ')))].sort(), out: r.stdout };
    };
    try {
      // The first run expands the cadences and scores the posts; the second is served from the caches, with the same report.
      const first = loads();
      expect(first.lines).toEqual(['loaded background', 'loaded rrule', 'loaded stopwords-iso', 'loaded zod']);
      const second = loads();
      expect(second.lines).toEqual([]);
      expect(second.out).toBe(first.out);
    } finally {
      project.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('makes no Intl.DateTimeFormat once the zone offsets of a run are kept (ICU\'s first costs ~25 ms), with the same report, and opens no stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-entry-'));
    // A preload that counts the formatters made (zoned-time.ts makes one per zone on first use).
    const hook = `data:text/javascript,${encodeURIComponent("const D = Intl.DateTimeFormat; let n = 0; Intl.DateTimeFormat = new Proxy(D, { construct(t, a) { n++; return new t(...a); }, apply(t, self, a) { n++; return t(...a); } }); let stdin = 0; const d = Object.getOwnPropertyDescriptor(process, 'stdin'); Object.defineProperty(process, 'stdin', { configurable: true, get() { stdin++; return d.get.call(process); } }); process.on('exit', () => process.stderr.write('formatters ' + n + ' stdin ' + stdin + '\\n'));")}`;
    const run = () => {
      const r = spawnSync(process.execPath, ['--import', hook, join(PROJECT, 'src/cli/throughline.mjs'), 'check', '--json', '--root', BASIC, '--now', '2026-11-12T10:00:00Z'], {
        cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', THROUGHLINE_CACHE_DIR: dir },
      });
      expect([0, 1]).toContain(r.status);
      return { formatters: Number(/formatters (\d+)/.exec(r.stderr)?.[1]), stdin: Number(/stdin (\d+)/.exec(r.stderr)?.[1]), out: r.stdout };
    };
    try {
      const first = run();
      expect(first.formatters).toBeGreaterThan(0);
      const second = run();
      expect(second.formatters).toBe(0);
      // Nor does it open stdin, which only init's questions read (Node builds the stream on first access, ~8 ms).
      expect(first.stdin).toBe(0);
      expect(second.out).toBe(first.out);
      // A damaged file is no cache: Intl answers again, with the same report.
      const file = readdirSync(dir).find((name) => name.startsWith('zone-offsets-'))!;
      writeFileSync(join(dir, file), '{"format":"zone-offsets-1","years":{"Asia/Shanghai\\n2026":{"start":"x"}}');
      const third = run();
      expect(third.formatters).toBeGreaterThan(0);
      expect(third.out).toBe(first.out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a reader that stops early (`check --json | head`)', () => {
  it.each(['src/cli/main.ts', 'src/cli/throughline.mjs'])('%s: no EPIPE crash, no stack trace, and the exit code of the check (0), not 1', async (entry) => {
    // A daily channel since 2000: a report of about 2 MB, far more than a pipe holds.
    const temp = tempRoot();
    try {
      const file = join(temp.root, 'content/planner.json');
      const planner = JSON.parse(readFileSync(file, 'utf8'));
      planner.channels = [{ id: 'daily', name: 'Daily', platform: 'x', cadence: 'FREQ=DAILY', start: '2000-01-01' }];
      planner.breaks = [];
      writeFileSync(file, JSON.stringify(planner));
      rmSync(join(temp.root, 'content/posts'), { recursive: true, force: true });
      const child = spawn(process.execPath, [join(PROJECT, entry), 'check', '--json', '--root', temp.root, '--now', '2026-11-23T00:00:00Z'], {
        cwd: PROJECT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      // Like `head -c 100`: read one chunk, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    } finally {
      temp.cleanup();
    }
  });
});

describe('`npm run throughline` typed in another folder', () => {
  // Before, `npm run throughline -- export ics --out plan.ics` typed in a subfolder wrote plan.ics
  // into the package root (npm runs scripts there), and `import ./feed.xml` looked for it there.
  it('reads a relative path where `npm run throughline` was typed (INIT_CWD), not in the package root', () => {
    const typed = mkdtempSync(join(tmpdir(), 'throughline-typed-'));
    try {
      const r = spawnSync(process.execPath, [join(PROJECT, 'src/cli/throughline.mjs'), 'export', 'ics', '--root', BASIC, '--out', 'plan.ics', '--now', '2026-11-12T10:00:00Z'], {
        cwd: PROJECT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', INIT_CWD: typed, npm_lifecycle_event: 'throughline', THROUGHLINE_CACHE_DIR: join(typed, '.cache') },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(join(typed, 'plan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(readdirSync(PROJECT)).not.toContain('plan.ics');
    } finally {
      rmSync(join(PROJECT, 'plan.ics'), { force: true });
      rmSync(typed, { recursive: true, force: true });
    }
    // Only for our own npm script started in this install's root: a process a test or another script starts keeps its cwd.
    expect(typedFrom({ INIT_CWD: '/elsewhere', npm_lifecycle_event: 'throughline' }, PROJECT)).toBe('/elsewhere');
    expect(typedFrom({ INIT_CWD: '/elsewhere', npm_lifecycle_event: 'test' }, PROJECT)).toBe(PROJECT);
    expect(typedFrom({ INIT_CWD: '/elsewhere', npm_lifecycle_event: 'throughline' }, '/tmp')).toBe('/tmp');
    expect(typedFrom({ INIT_CWD: 'relative', npm_lifecycle_event: 'throughline' }, PROJECT)).toBe(PROJECT);
  });
});
