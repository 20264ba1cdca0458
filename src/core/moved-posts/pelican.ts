/**
 * Pelican's Markdown metadata (docs.getpelican.com/en/latest/content.html#file-metadata): `Key: value`
 * lines at the top of the file, read by Python-Markdown's `meta` extension, ended by the first blank
 * line (or the first line that is neither `Key: value` nor a continuation indented by 4 spaces, which
 * stays in the body); keys in any case (Pelican lowers them). Read as Pelican reads them and written
 * as a YAML block between --- lines, so the rest of the import (aliases, validation) treats the post
 * as any other: `title`, `date` (`2010-12-03`, `2010-12-03 10:20`, ISO 8601 with an offset),
 * `modified` -> `updated`, `category`, `tags` (comma-separated), `slug`, `summary` -> `description`,
 * `status`, `author`/`authors`, `lang`; any other key (`Number: 665`) is kept as a string.
 */
import { stringify } from 'yaml';
import type { Text } from '../i18n/text.ts';

/** Python-Markdown meta's META_RE and META_MORE_RE (markdown/extensions/meta.py). */
const META = /^[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
const MORE = /^[ ]{4,}(.*)$/;
/** Pelican's keys whose presence makes a first paragraph of `Key: value` lines metadata, not text. */
const PELICAN_KEYS = new Set(['title', 'date']);
/** Pelican's names for what the other generators (and the aliases) call otherwise. */
const RENAMED: Record<string, string> = { modified: 'updated', summary: 'description' };
/** Keys whose continuation lines are more items of a list, not more words of one value. */
const LISTS = new Set(['tags', 'authors']);
/** A date as Pelican's examples and ISO 8601 write it; one-digit month, day and hour are read too. */
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

export interface PelicanPost {
  /** The file with its metadata as a YAML block between --- lines, the body as it was. */
  text: string;
  /** The keys read, lower-cased as Pelican does (Pelican's own names), with their values. */
  meta: Record<string, string>;
}

/**
 * The file with its Pelican metadata written as YAML front matter; null when the file does not
 * start with a `Title:` or `Date:` block (a file with YAML or TOML front matter, or plain text);
 * `error` naming the field when a value cannot be read (a date that is no date).
 */
export function pelicanToYaml(text: string): PelicanPost | { error: Text } | null {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const lines = text.slice(bom).split('\n');
  const meta: Record<string, string> = {};
  const order: string[] = [];
  let key: string | undefined;
  let used = 0;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      used++;
      break;
    }
    const m = META.exec(line);
    const more = key ? MORE.exec(line) : null;
    if (more && key) {
      const value = more[1]!.trim();
      if (value) meta[key] = meta[key] ? `${meta[key]}${LISTS.has(key) ? ', ' : ' '}${value}` : value;
    } else if (m) {
      key = m[1]!.toLowerCase();
      // Pelican keeps the first of a key written twice (with a warning).
      if (!(key in meta)) {
        meta[key] = m[2]!.trim();
        order.push(key);
      }
    } else break;
    used++;
  }
  if (!order.some((k) => PELICAN_KEYS.has(k))) return null;
  // The first line must be metadata: a paragraph of prose that merely contains "Date:" is not.
  if (!META.test(lines[0]!.replace(/\r$/, ''))) return null;
  const data: Record<string, unknown> = {};
  for (const k of order) {
    const value = meta[k]!;
    const renamed = RENAMED[k];
    const name = renamed && !order.includes(renamed) ? renamed : k;
    if (k === 'date' || k === 'modified') {
      const date = pelicanDate(value);
      if (date === null) {
        const field = lines.find((l) => META.exec(l.replace(/\r$/, ''))?.[1]?.toLowerCase() === k)?.split(':')[0]?.trim() ?? k;
        return {
          error: {
            en: `its Pelican metadata cannot be read: ${field}: "${value}" is not a date (write it as 2010-12-03 or 2010-12-03 10:20)`,
            zh: `它的 Pelican 元数据无法读取：${field}：“${value}”不是日期（请写成 2010-12-03 或 2010-12-03 10:20）`,
          },
        };
      }
      data[name] = date;
    } else if (value !== '') data[name] = value;
  }
  const rest = lines.slice(used).join('\n');
  const yaml = Object.keys(data).length ? stringify(data, { lineWidth: 0 }) : '';
  return { text: `---\n${yaml}---\n${rest}`, meta };
}

/** A Pelican date as Throughline writes one (`2010-12-03`, `2010-12-03 10:20`, with its offset), null when it is none. */
export function pelicanDate(value: string): string | null {
  const m = DATE.exec(value.trim());
  if (!m) return null;
  const two = (n: string) => n.padStart(2, '0');
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const day = `${y}-${two(mo!)}-${two(d!)}`;
  if (h === undefined) return day;
  return `${day}T${two(h)}:${mi}${s ? `:${s}${frac ?? ''}` : ''}${zone ? zone.toUpperCase() : ''}`;
}
