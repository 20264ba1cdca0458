/**
 * A post already in content/posts/ that a re-run of `import --pillar-map` (or `--pillar`) gives
 * a pillar: its file gets one `pillar:` line and nothing else changes (byte order mark, line
 * endings, key order, quoting, comments, body), so that edits made since the first import stay.
 */
import { parseFrontmatterYaml } from './post-file.ts';
import { FRONTMATTER } from './post-split.ts';

/** The file's text with the line, or why it is left as it is: it names that pillar already (a run before gave it), a pillar of its own, or its frontmatter does not read as a mapping. */
export type PillarLine = { text: string } | { kept: 'same' | 'own-pillar' | 'unreadable' };

/** An empty `pillar:` (null, `''`, `~`): not set (schema/post-aliases.ts OPTIONAL_FIELDS), so that line takes the value. */
const EMPTY_PILLAR = /^pillar:[ \t]*(?:''|""|~|null|Null|NULL)?[ \t]*(?:#.*)?$/m;

/**
 * `text` (a post file, `file` to name it) with `pillar: <pillar>` added at the end of its
 * frontmatter, or written into its empty `pillar:` line. The result is checked by reading it
 * back: every other key reads as before and `pillar` as given, else the file is `unreadable`
 * here and left alone.
 */
export function withPillarLine(text: string, pillar: string, file: string): PillarLine {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = text.slice(bom.length);
  const match = FRONTMATTER.exec(source);
  if (!match) return { kept: 'unreadable' };
  const yaml = match[1] ?? '';
  const before = readYaml(yaml, file);
  if (!before) return { kept: 'unreadable' };
  // The pillar given already (by an earlier re-run, or written so by hand) is no choice of the author's against the map.
  if (before.pillar === pillar) return { kept: 'same' };
  if (before.pillar !== undefined && before.pillar !== null && before.pillar !== '') return { kept: 'own-pillar' };
  const opening = /^---[ \t]*(\r?\n)/.exec(source)!;
  const eol = opening[1]!;
  const start = opening[0].length;
  for (const value of [pillar, JSON.stringify(pillar)]) {
    const line = `pillar: ${value}`;
    const next =
      before.pillar !== undefined && EMPTY_PILLAR.test(yaml)
        ? yaml.replace(EMPTY_PILLAR, () => line)
        : match[1] === undefined
          ? null
          : `${yaml}${eol}${line}`;
    const written = next === null ? `${source.slice(0, start)}${line}${eol}${source.slice(start)}` : `${source.slice(0, start)}${next}${source.slice(start + yaml.length)}`;
    const after = readYaml(FRONTMATTER.exec(written)?.[1] ?? '', file);
    if (after && after.pillar === pillar && sameKeys(before, after)) return { text: bom + written };
  }
  return { kept: 'unreadable' };
}

function readYaml(yaml: string, file: string): Record<string, unknown> | null {
  try {
    const data = parseFrontmatterYaml(yaml, file) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : yaml.trim() === '' ? {} : null;
  } catch {
    return null;
  }
}

/** Whether `after` holds `before`'s keys, with the same values, and no key but `pillar` besides. */
function sameKeys(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('pillar');
  return [...keys].every((k) => JSON.stringify(before[k]) === JSON.stringify(after[k]));
}
