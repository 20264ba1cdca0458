/**
 * A one-line progress counter for long commands, on stderr and only when stderr is a terminal:
 * piped output and CI logs stay quiet. It redraws only when the whole percentage changes, so
 * a run of 1,000 items writes at most about 100 updates.
 */
import type { CliContext } from './context.ts';

export interface Progress {
  tick(n?: number): void;
  done(): void;
  /** Erases the line so other terminal output can be printed; the next tick draws it again. */
  clear(): void;
}

/** `label 40/1000 (4%)`, redrawn in place; `enabled` defaults to whether stderr is a terminal. */
export function createProgress(label: string, total: number, ctx: CliContext, enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled || total <= 0) return { tick() {}, done() {}, clear() {} };
  let count = 0;
  let shown = -1;
  const draw = () => {
    const percent = Math.floor((count / total) * 100);
    if (percent === shown) return;
    shown = percent;
    ctx.stderr(`\r\x1b[K${label} ${count}/${total} (${percent}%)`);
  };
  draw();
  return {
    tick(n = 1) {
      count = Math.min(total, count + n);
      draw();
    },
    done() {
      count = total;
      draw();
      ctx.stderr('\n');
    },
    clear() {
      ctx.stderr('\r\x1b[K');
      shown = -1;
    },
  };
}
