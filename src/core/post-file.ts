/**
 * Post file text <-> frontmatter + body. Frontmatter is read with js-yaml, the parser Astro
 * reads it with (and about six times faster than `yaml` on small documents, which matters for
 * a check over thousands of posts), with the YAML 1.2 core schema so dates stay the text they
 * were written as (shared/interfaces.md §2 reads them in the channel's zone). Writing keeps
 * `yaml`'s stringify, whose output style every saved post already has.
 */
import { loadAll } from 'js-yaml';
import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, stringify, type Pair, type Scalar } from 'yaml';
import { ThroughlineError, combineFieldErrors, issuesToErrors } from './errors.ts';
import { writtenKeyOf } from './schema/post-aliases.ts';
import { PostFrontmatterSchema, type Post, type PostFrontmatter } from './schema/post.ts';
import { splitFrontmatter } from './post-split.ts';
import { yamlCauseEn, yamlErrorField, yamlReasonZh } from './yaml-error-field.ts';
import { appendTo } from './map-lists.ts';

export { splitFrontmatter };

/** Aliases expand in place: past this many values the frontmatter is refused (an alias bomb). */
const MAX_FRONTMATTER_VALUES = 10_000;

export function parseFrontmatterYaml(yaml: string, file: string): Record<string, unknown> {
  let docs: unknown[];
  try {
    // js-yaml 5 has no timestamp type: an unquoted `plannedFor: 2026-12-10T07:00+08:00` stays that
    // text, its day the one written, where a YAML 1.1 reader hands over a UTC instant (the 9th).
    docs = loadAll(yaml, { filename: file, maxDepth: 50 });
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const mark = /\((\d+):(\d+)\)/.exec((error as Error).message);
    // The mark counts lines of the frontmatter block; the file has the opening --- above it.
    const at = mark ? yamlErrorField(yaml, Number(mark[1]) - 1, Number(mark[2]) - 1, reason) : undefined;
    if (at?.firstLine !== undefined) throw new ThroughlineError(
        {
          en: `is written twice in the frontmatter (lines ${at.firstLine + 2} and ${Number(mark![1]) + 1}); YAML refuses a field given twice, so the post is not read`,
          zh: `在 frontmatter 里写了两次（第 ${at.firstLine + 2} 行和第 ${Number(mark![1]) + 1} 行）；YAML 不接受重复的字段，这篇文章读不出来`,
        },
        { file, field: at.field, hint: { en: 'keep one of the two; the file was left as it is', zh: '请只保留一处；文件保持原样未改动' } },
      );
    // A full-width colon or a quoted value over two lines breaks YAML at a later line: its hint
    // names the line and field at fault, so the line where YAML stopped is not given beside it.
    const slip = fullWidthColonHint(yaml) ?? quotedLinesHint(yaml);
    const shown = slip ? null : mark;
    const enCause = yamlCauseEn(reason);
    const where = `${shown ? ` at line ${Number(shown[1]) + 1}, column ${shown[2]}` : ''}${enCause ? `: ${enCause}` : ''}`;
    const zhReason = yamlReasonZh(reason);
    const zhWhere = shown ? `第 ${Number(shown[1]) + 1} 行第 ${shown[2]} 列${zhReason ? `：${zhReason}` : ''}` : (zhReason ?? reason);
    throw new ThroughlineError(
      { en: `frontmatter is not valid YAML (${reason}${where})`, zh: `frontmatter 不是有效的 YAML（${zhWhere}）` },
      { file, field: slip?.key ?? at?.field, hint: slip?.text },
    );
  }
  if (docs.length > 1) throw new ThroughlineError(
      { en: 'frontmatter holds more than one YAML document', zh: 'frontmatter 中有不止一个 YAML 文档' },
      { file, hint: { en: 'remove the extra --- line inside the frontmatter', zh: '删掉 frontmatter 里多出来的 --- 行' } },
    );
  const data = docs[0];
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ThroughlineError({ en: 'frontmatter must be a set of "field: value" lines', zh: 'frontmatter 必须由 "字段: 值" 行组成' }, { file });
  if (countValues(data, MAX_FRONTMATTER_VALUES) > MAX_FRONTMATTER_VALUES)
    throw new ThroughlineError(
      { en: `frontmatter could not be read (aliases expand to more than ${MAX_FRONTMATTER_VALUES} values)`, zh: `无法读取 frontmatter（别名展开后超过 ${MAX_FRONTMATTER_VALUES} 个值）` },
      { file, hint: { en: 'remove the YAML anchors (&name) and aliases (*name)', zh: '删掉 YAML 锚点（&name）和别名（*name）' } },
    );
  return data as Record<string, unknown>;
}

/**
 * For frontmatter that does not parse: the first line whose field name is followed by a
 * full-width colon (`title： 标题`, as a Chinese input method types it), which YAML reads as part
 * of a plain scalar, so its own error points at a later line. Line numbers count the file's
 * opening `---` as line 1.
 */
function fullWidthColonHint(yaml: string): { key: string; text: { en: string; zh: string } } | undefined {
  const lines = yaml.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const key = /^\s*(?:-\s+)?([^\s:：#"'\-?][^\s:：#]*)\s*：/.exec(line)?.[1];
    if (!key) continue;
    const fixed = `${key}: ${line.slice(line.indexOf('：') + 1).trim()}`;
    return {
      key,
      text: {
        en: `line ${i + 2} has a full-width colon "：" after "${key}"; YAML needs a plain colon and a space: ${fixed}`,
        zh: `第 ${i + 2} 行的“${key}”后面是全角冒号“：”；YAML 要用半角冒号加空格：${fixed}`,
      },
    };
  }
  return undefined;
}

/**
 * For frontmatter that does not parse: the first field whose quoted value runs onto a line
 * indented no deeper than the field (quotedValueLines), which YAML refuses ("deficient
 * indentation") and Jekyll reads.
 */
function quotedLinesHint(yaml: string): { key: string; text: { en: string; zh: string } } | undefined {
  const found = quotedValueLines(yaml);
  if (!found) return undefined;
  const [key, line] = [found.keys[0]!, found.lines[0]! + 2];
  return {
    key,
    text: {
      en: `the quoted value of "${key}" (line ${line}) runs onto line ${line + 1}, which YAML reads only when indented deeper than "${key}": indent that line, or join it to line ${line}`,
      zh: `“${key}”的引号值（第 ${line} 行）延续到了第 ${line + 1} 行，YAML 只在这一行比“${key}”缩进更深时才能读取：请缩进那一行，或把它接到第 ${line} 行末尾`,
    },
  };
}

/**
 * Frontmatter whose quoted values (`title: "A long title` and `that goes on"`) run onto lines
 * indented no deeper than their field, with those lines indented under it: YAML (js-yaml, as
 * Astro reads it, and `yaml` alike) refuses them ("deficient indentation"), while Jekyll's
 * parser (libyaml) reads them, folding the line break into a space; indented, js-yaml reads the
 * same value. `keys`: the fields so mended; `lines`: the 0-based line of each field. Null when
 * no such value (or one whose quote never closes).
 */
export function quotedValueLines(yaml: string): { yaml: string; keys: string[]; lines: number[] } | null {
  const lines = yaml.split('\n');
  const keys: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)([^\s#'"\-?:][^:#]*?):[ \t]+(["'])(.*)$/.exec(lines[i]!);
    if (!m || closesQuote(m[4]!, m[3]!)) continue;
    const need = m[1]!.length + 1;
    let j = i + 1;
    let mended = false;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() !== '') {
        const lead = line.length - line.trimStart().length;
        if (lead < need) {
          lines[j] = ' '.repeat(need - lead) + line;
          mended = true;
        }
      }
      if (closesQuote(line, m[3]!)) break;
    }
    if (j === lines.length) return null;
    if (mended) {
      keys.push(m[2]!.trim());
      at.push(i);
    }
    i = j;
  }
  return keys.length ? { yaml: lines.join('\n'), keys, lines: at } : null;
}

/**
 * Frontmatter whose flow list or map (`categories: [` … `]`) runs onto lines indented no deeper
 * than its field, the closing `]` at the line's start: YAML (js-yaml and `yaml`) refuses it
 * ("deficient indentation"), while Hugo's parser (go-yaml) reads it, as a real Hugo blog's 126
 * posts wrote `categories: [\n  "Go"\n]`; indented under the field, YAML reads the same value.
 * `keys`: the fields so mended; `lines`: the 0-based line of each field. Null when no such value
 * (or one whose brackets never close).
 */
export function flowValueLines(yaml: string): { yaml: string; keys: string[]; lines: number[] } | null {
  const lines = yaml.split('\n');
  const keys: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)([^\s#'"\-?:[{][^:#]*?):[ \t]*([[{].*)$/.exec(lines[i]!);
    if (!m) continue;
    let depth = bracketDepth(m[3]!);
    if (depth <= 0) continue;
    const need = m[1]!.length + 1;
    let mended = false;
    let j = i + 1;
    for (; j < lines.length && depth > 0; j++) {
      const line = lines[j]!;
      // Only spaces indent in YAML: a tab-indented `\t"Go"` (as Hugo read it) is not indented at all.
      const lead = /^ */.exec(line)![0].length;
      if (line.trim() !== '' && lead < need) {
        lines[j] = ' '.repeat(need - lead) + line;
        mended = true;
      }
      depth += bracketDepth(line);
    }
    if (depth > 0) return null;
    if (mended) {
      keys.push(m[2]!.trim());
      at.push(i);
    }
    i = j - 1;
  }
  return keys.length ? { yaml: lines.join('\n'), keys, lines: at } : null;
}

/** How many more `[`/`{` than `]`/`}` `text` opens, outside quoted strings and a `#` comment. */
function bracketDepth(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) break;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/** Whether `text`, inside a scalar opened by `quote`, closes it: `\"` escapes in double quotes, `''` in single. */
function closesQuote(text: string, quote: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** Values in a loaded document as aliases expand them, counting no further than `limit`. */
function countValues(value: unknown, limit: number): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop();
    count++;
    if (next !== null && typeof next === 'object') stack.push(...Object.values(next));
  }
  return count;
}

/**
 * Frontmatter already validated, by its YAML text (a store keeps it between runs): the same
 * text always gives the same fields, so only new or edited frontmatter is parsed. Frontmatter
 * that fails is never kept, so its errors are reported on every run.
 */
export interface FrontmatterCache {
  get(yaml: string): PostFrontmatter | undefined;
  set(yaml: string, data: PostFrontmatter): void;
}

/**
 * Parses and validates a post file; throws one error naming the file and every field at fault.
 * `alsoWrong`: more problems of frontmatter that fails (the planner's references: a channel
 * written by its name), told in the same error rather than once the rest is fixed.
 */
export function parsePostText(text: string, id: string, file: string, known?: FrontmatterCache, alsoWrong?: (input: unknown, file: string) => ThroughlineError[]): Post {
  const { yaml, body } = splitFrontmatter(text, file);
  const cached = known?.get(yaml);
  if (cached) return { id, file, data: cached, body };
  const input = parseFrontmatterYaml(yaml, file);
  const result = PostFrontmatterSchema.safeParse(input);
  if (!result.success) {
    // A field filled from an alias is named as the file writes it (`updated`, not updatedAt).
    const issues = result.error.issues.map((i) => (typeof i.path[0] === 'string' ? { ...i, path: [writtenKeyOf(input, i.path[0]), ...i.path.slice(1)] } : i));
    throw combineFieldErrors([...issuesToErrors(file, issues), ...(alsoWrong?.(input, file) ?? [])]);
  }
  known?.set(yaml, result.data);
  return { id, file, data: result.data, body };
}

const KEY_ORDER = ['title', 'channel', 'status', 'pillar', 'plannedFor', 'publishedAt', 'url'];

/** Frontmatter in the contract's field order, then any other fields as they came. */
export function serializePost(frontmatter: Record<string, unknown>, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (frontmatter[key] !== undefined && frontmatter[key] !== '') ordered[key] = frontmatter[key];
  for (const [key, value] of Object.entries(frontmatter)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  const yaml = stringify(ordered, { lineWidth: 0 }).trimEnd();
  // An empty body ends the file at the closing --- (as a post with no text is written by hand),
  // so a read and a write of such a file give back the same bytes.
  if (body === '') return `---\n${yaml}\n---\n`;
  const text = body.startsWith('\n') ? body : `\n${body}`;
  return `---\n${yaml}\n---\n${text.endsWith('\n') ? text : `${text}\n`}`;
}

/**
 * `next` (a post's text as serializePost writes it) written over `previous` (the text it
 * replaces, LF endings, no byte order mark) as a person edits a file: each top-level field whose
 * value did not change keeps its lines byte for byte (its place, quotes, flow or block list,
 * comments, blank lines between fields); a changed field is written on its own lines in its old
 * style (quotes kept when the value still reads the same way in them, a flow list stays a flow
 * list, a value's trailing comment stays, a list with its dashes under the key stays so); a field
 * `next` no longer has goes with its lines (one the file writes empty, `pillar:`, stays: it reads
 * as no value either way); a new field goes after the field `next` writes before it (publishedAt
 * after status); the body keeps
 * the file's blank line (or none) after the frontmatter and its newline (or none) at the end. A save then
 * shows in a diff as the lines it changed, and a file moved from another theme keeps its
 * layout. `next` as it is when the old frontmatter cannot be read so (no map, a flow map, a key
 * that is not plain text, YAML errors), or when the result would not read back as `next`'s
 * fields: never a file that says something else.
 */
export function keepFrontmatterAsWritten(previous: string, next: string, file: string): string {
  try {
    return editedFrontmatter(previous, next, file) ?? next;
  } catch {
    // An alias the edit would leave unresolved, more aliases than a reader takes: `next` as it is.
    return next;
  }
}

const EMPTY = (value: unknown) => value === null || value === undefined || value === '';

function editedFrontmatter(previous: string, next: string, file: string): string | undefined {
  let before: { yaml: string; body: string };
  let after: { yaml: string; body: string };
  try {
    before = splitFrontmatter(previous, file);
    after = splitFrontmatter(next, file);
  } catch {
    return undefined;
  }
  const options = { version: '1.2', schema: 'core' } as const;
  const doc = parseDocument(before.yaml, { ...options, uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return undefined;
  // Values as the posts are read (js-yaml, parseFrontmatterYaml): a tag such as `!!float 1` reads the same on both sides.
  const had = parseFrontmatterYaml(before.yaml, file);
  const wanted = parseFrontmatterYaml(after.yaml, file);
  const added = !before.yaml.endsWith('\n') && before.yaml !== '';
  const src = added ? `${before.yaml}\n` : before.yaml;
  const lineStart = (at: number) => src.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => {
    const nl = src.indexOf('\n', at);
    return nl < 0 ? src.length : nl + 1;
  };
  // Each field's lines: from its key's line to the end of the line its value (and a comment after it) ends on.
  const fields: { key: string; from: number; to: number; pair: Pair<Scalar, unknown> }[] = [];
  for (const pair of doc.contents.items as Pair<unknown, unknown>[]) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !pair.key.range) return undefined;
    const value = pair.value as { range?: [number, number, number] } | null;
    const end = value?.range ? Math.max(value.range[1], pair.key.range[1]) : pair.key.range[2];
    // A value ending with its line's newline (a block list or scalar) ends on the line before.
    const last = src[end - 1] === '\n' ? end - 1 : end;
    fields.push({ key: pair.key.value, from: lineStart(pair.key.range[0]), to: lineEnd(last), pair: pair as Pair<Scalar, unknown> });
  }
  const render = (key: string, value: unknown, old?: Pair<Scalar, unknown>): string => {
    const one = new Document({}, options);
    const node = one.createNode(value);
    const was = old?.value;
    if (isScalar(was) && isScalar(node) && typeof was.value === 'string' && typeof value === 'string') node.type = was.type;
    if (isCollection(was) && isCollection(node)) node.flow = was.flow;
    if ((isScalar(was) || isCollection(was)) && was.comment && (isScalar(node) || isCollection(node))) node.comment = was.comment;
    one.set(key, node);
    // A block list written with its dashes under the key (`tags:` / `- a`, as Hexo writes it) stays so.
    const range = (was as { range?: [number, number, number] } | undefined)?.range;
    const indentSeq = !(isSeq(was) && !was.flow && range && range[0] === lineStart(range[0]));
    return one.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq });
  };
  // A field the file writes empty (`pillar:`, `description: ""`) reads as no value, as `next`
  // leaving it out does: its line stays.
  const keeps = (key: string) => key in wanted || EMPTY(had[key]);
  const order = Object.keys(wanted);
  const inserted = new Map<string, string[]>();
  for (const [i, key] of order.entries()) {
    if (key in had) continue;
    // After the nearest field before it in next's order that the file has; else before the first field.
    const anchor = order.slice(0, i).reverse().find((k) => k in had) ?? '';
    appendTo(inserted, anchor, render(key, wanted[key]));
  }
  let out = src.slice(0, fields[0]?.from ?? src.length) + (inserted.get('') ?? []).join('');
  fields.forEach((f, i) => {
    if (keeps(f.key)) out += !(f.key in wanted) || JSON.stringify(had[f.key]) === JSON.stringify(wanted[f.key]) ? src.slice(f.from, f.to) : render(f.key, wanted[f.key], f.pair);
    out += (inserted.get(f.key) ?? []).join('');
    out += src.slice(f.to, fields[i + 1]?.from ?? src.length);
  });
  const kept = added && out.endsWith('\n') ? out.slice(0, -1) : out;
  // Read back as the posts are read: the same fields and values as `next`, or `next` itself.
  const got = parseFrontmatterYaml(kept, file);
  const same =
    order.every((k) => k in got && JSON.stringify(got[k]) === JSON.stringify(wanted[k])) &&
    Object.keys(got).every((k) => k in wanted || EMPTY(got[k]));
  if (!same) return undefined;
  // The file ended at its closing --- with no body and no newline: so it still does.
  const closing = after.body === '' && before.body === '' && /\n---[ \t]*$/.test(previous) ? '' : '\n';
  return `---\n${kept}\n---${closing}${bodyInLayoutOf(before.body, after.body)}`;
}

/**
 * `next` (a body as serializePost writes it: a blank line after the frontmatter, a newline at the
 * end) with the layout of `previous`, the body it replaces: no blank line after the closing ---
 * and no newline at the end of the file when the file had none (as many Hexo and Hugo posts are
 * written), so a save does not add lines the writer never typed.
 */
function bodyInLayoutOf(previous: string, next: string): string {
  if (previous === '' || next === '') return next;
  let body = next;
  if (!previous.startsWith('\n') && body.startsWith('\n') && body.length > 1) body = body.slice(1);
  if (!previous.endsWith('\n') && body.endsWith('\n') && body.length > 1) body = body.slice(0, -1);
  return body;
}
