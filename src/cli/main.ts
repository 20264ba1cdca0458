#!/usr/bin/env node
/**
 * `npm run --silent throughline -- <command>`: the common options (--root, --now), dispatch,
 * and the one place that turns errors into messages and exit codes (shared/interfaces.md §3).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ThroughlineError } from '../core/errors.ts';
import { EXIT, type CliContext, type Command } from './context.ts';

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  check: () => import('./commands/check.ts'),
  plan: () => import('./commands/plan.ts'),
  export: () => import('./commands/export.ts'),
  import: () => import('./commands/import.ts'),
  init: () => import('./commands/init.ts'),
};

export const USAGE = `Usage: throughline <command> [options]

Commands:
  check [--json] [--fail-on warning|error]   theme scores, streaks and flags
  plan [--weeks N] [--json]                   the upcoming slots, open or filled
  export ics [--channel ID] [--out FILE]      the plan as an iCalendar file
  import <FILE|URL> --channel ID [--status S] [--pillar-map MAP] [--backfill] [--dry-run]
                                              posts from a feed, or a WordPress, Ghost,
                                              Substack or Medium export
  init [--force] [--from FILE]                set up content/planner.json

Common options:
  --root DIR   the folder holding content/ (default: the project root)
  --now ISO    the moment taken as "now" (default: the clock)`;

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Takes --root and --now out of argv (anywhere), leaving the command's own arguments. */
export function splitCommonOptions(argv: string[]): { root: string; now: number; rest: string[] } {
  let root = PROJECT_ROOT;
  let now = Date.now();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name !== '--root' && name !== '--now') {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new ThroughlineError(`${name} needs a value`, { field: name, hint: name === '--root' ? '--root path/to/site' : '--now 2026-11-23T09:00:00Z' });
    if (name === '--root') root = resolve(process.cwd(), value);
    else now = parseNow(value);
  }
  return { root, now, rest };
}

function parseNow(value: string): number {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const t = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(t))
    throw new ThroughlineError(`"${value}" is not an ISO 8601 date-time`, { field: '--now', hint: 'e.g. --now 2026-11-23T09:00:00Z' });
  return t;
}

export async function main(argv: string[], io: Pick<CliContext, 'stdout' | 'stderr' | 'isTTY' | 'stdin'>): Promise<number> {
  try {
    const { root, now, rest } = splitCommonOptions(argv);
    const [name, ...args] = rest;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      (name ? io.stdout : io.stderr)(`${USAGE}\n`);
      return name ? EXIT.ok : EXIT.badInput;
    }
    const load = COMMANDS[name];
    if (!load) {
      io.stderr(`throughline: unknown command "${name}"\n\n${USAGE}\n`);
      return EXIT.badInput;
    }
    const color = io.isTTY && !process.env.NO_COLOR;
    const { run } = await load();
    return await run(args, { ...io, root, now, color });
  } catch (error) {
    if (error instanceof ThroughlineError) {
      io.stderr(`throughline: ${error.format()}\n`);
      return EXIT.badInput;
    }
    if (error instanceof Error && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`throughline: ${error.message}\n\n${USAGE}\n`);
      return EXIT.badInput;
    }
    // A bug, not bad input: one readable line; the stack only when asked for.
    const detail = process.env.DEBUG?.includes('throughline') && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr(`throughline: unexpected failure: ${error instanceof Error ? error.message : String(error)}${detail}\n  hint: run again with DEBUG=throughline for details, and report it\n`);
    return EXIT.badInput;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stdin: process.stdin,
  });
  process.exitCode = code;
}
