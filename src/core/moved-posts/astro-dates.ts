/**
 * Times an Astro blog (AstroPaper, Fuwari, the blog template) wrote without a UTC offset. Astro
 * reads a post's frontmatter with js-yaml (@astrojs/internal-helpers/frontmatter.js `yaml.load`),
 * whose YAML 1.1 timestamp type reads an unquoted date-time without a zone as UTC
 * (js-yaml/lib/type/timestamp.js): `pubDatetime: 2022-09-25T23:20:35` was 23:20 UTC on the old
 * site. Throughline reads such a time in the channel's zone (shared/interfaces.md §2): import
 * writes it with its UTC offset when the theme showed days in a zone its config names (AstroPaper's
 * `timezone`), else keeps it as written, as the theme showed it (wall-times.ts). A quoted one, or one without seconds, is a string to js-yaml, which
 * each theme turned into a date its own way: it is left as written.
 */

/** A YAML 1.1 timestamp with a time and no zone, as js-yaml reads one (YAML_TIMESTAMP_REGEXP). */
const JS_YAML_TIME = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d{2}:\d{2}(?:\.\d*)?$/;

/**
 * The keys among `keys` that the frontmatter `yaml` (its text) gives, at the top level, as an
 * unquoted date-time without an offset that js-yaml reads as UTC (a trailing `# comment` aside).
 */
export function utcTimeKeys(yaml: string, keys: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const line of yaml.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):[ \t]+(.*?)[ \t]*(?:[ \t]#.*)?$/.exec(line);
    if (m && keys.includes(m[1]!) && JS_YAML_TIME.test(m[2]!)) found.add(m[1]!);
  }
  return found;
}
