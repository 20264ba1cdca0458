/**
 * Post file text <-> frontmatter + body. YAML is read with the core schema, so dates stay the
 * text they were written as (shared/interfaces.md §2 reads them in the channel's zone).
 */
import { parseDocument, stringify } from 'yaml';
import { ThroughlineError, issuesToErrors } from './errors.ts';
import { PostFrontmatterSchema, type Post } from './schema/post.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(text: string, file: string): { yaml: string; body: string } {
  const source = text.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  if (!match)
    throw new ThroughlineError('has no frontmatter block', {
      file,
      hint: 'start the file with ---, the fields (title, channel, status...), then --- on its own line',
    });
  return { yaml: match[1]!, body: source.slice(match[0].length) };
}

export function parseFrontmatterYaml(yaml: string, file: string): Record<string, unknown> {
  const doc = parseDocument(yaml, { schema: 'core', prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    throw new ThroughlineError(`frontmatter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`, { file });
  let data: unknown;
  try {
    // yaml refuses to expand more aliases than maxAliasCount (an alias bomb) with a ReferenceError.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ThroughlineError(`frontmatter could not be read (${(error as Error).message})`, { file, hint: 'remove the YAML anchors (&name) and aliases (*name)' });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ThroughlineError('frontmatter must be a set of "field: value" lines', { file });
  return data as Record<string, unknown>;
}

/** Parses and validates a post file; throws the first problem naming the file and field. */
export function parsePostText(text: string, id: string, file: string): Post {
  const { yaml, body } = splitFrontmatter(text, file);
  const result = PostFrontmatterSchema.safeParse(parseFrontmatterYaml(yaml, file));
  if (!result.success) throw issuesToErrors(file, result.error.issues)[0]!;
  return { id, file, data: result.data, body };
}

const KEY_ORDER = ['title', 'channel', 'status', 'pillar', 'plannedFor', 'publishedAt', 'url'];

/** Frontmatter in the contract's field order, then any other fields as they came. */
export function serializePost(frontmatter: Record<string, unknown>, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (frontmatter[key] !== undefined && frontmatter[key] !== '') ordered[key] = frontmatter[key];
  for (const [key, value] of Object.entries(frontmatter)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  const yaml = stringify(ordered, { lineWidth: 0 }).trimEnd();
  const text = body.startsWith('\n') ? body : `\n${body}`;
  return `---\n${yaml}\n---\n${text.endsWith('\n') ? text : `${text}\n`}`;
}
