/**
 * What the editor says about saving, in one voice for the Save button and autosave: whether the
 * file was written, and when (its last write, the file's mtime), or that it already held the text.
 * Used on the server (the line after a Save) and in the browser (the autosave status line).
 */
import type { Lang } from '../shared/i18n.ts';

/** `epochMs` as a clock time, 14:05:09, in `timeZone` (default: this machine's; the server passes the browser's, shared/browser-zone.ts). */
export function formatSaveTime(epochMs: number, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) }).format(epochMs);
}

