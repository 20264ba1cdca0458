/** `check` as a linter prints it: one line per flag with file, severity, kind and message. */
import type { CheckReport, Flag } from '../core/check.ts';
import type { Planner } from '../core/schema/planner.ts';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatCheckText(report: CheckReport, planner: Planner, color: boolean): string {
  const paint = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  for (const flag of report.flags) {
    const where = 'file' in flag ? flag.file : `content/planner.json (channel ${flag.channel})`;
    lines.push(`${where}`);
    lines.push(`  ${paint(flag.severity, flag.severity.padEnd(7))} ${flag.kind.padEnd(16)} ${flag.message}`);
    if (flag.hint) lines.push(`  ${paint('dim', `hint: ${flag.hint}`)}`);
  }
  if (lines.length > 0) lines.push('');
  const names = new Map(planner.channels.map((c) => [c.id, c.name]));
  for (const ch of report.channels) {
    const pct = `${Math.round(ch.consistency * 1000) / 10}%`;
    lines.push(
      `${paint('bold', names.get(ch.id) ?? ch.id)}: streak ${ch.currentStreak} (longest ${ch.longestStreak}), ` +
        `${ch.fulfilled}/${ch.expected} slots kept (${pct}), ${ch.missed.length} gap${ch.missed.length === 1 ? '' : 's'}` +
        (ch.nextSlot ? `, next ${ch.nextSlot}` : ''),
    );
  }
  lines.push(summaryLine(report.flags, report.posts.length, paint));
  return `${lines.join('\n')}\n`;
}

function summaryLine(flags: Flag[], posts: number, paint: (c: 'error' | 'warning' | 'info' | 'bold', t: string) => string): string {
  const count = (s: string) => flags.filter((f) => f.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const text = `${flags.length} flag${flags.length === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info) in ${posts} post${posts === 1 ? '' : 's'}`;
  return paint(e > 0 ? 'error' : w > 0 ? 'warning' : 'bold', text);
}
