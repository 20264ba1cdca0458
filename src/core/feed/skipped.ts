/**
 * What an export held that is not a post (pages, attachments, menu items, posts in the bin),
 * counted by kind and named in both languages for the import's summary line.
 */
import { countOf, type Text } from '../i18n/text.ts';

/** Kinds every exporter shares: English singular and plural, Chinese measure word and noun. */
const KINDS: Record<string, { en: [string, string]; zh: string }> = {
  page: { en: ['page', 'pages'], zh: '个页面' },
  attachment: { en: ['attachment', 'attachments'], zh: '个附件' },
  'menu item': { en: ['menu item', 'menu items'], zh: '个菜单项' },
  revision: { en: ['revision', 'revisions'], zh: '个修订版本' },
};

/** The kind of an item whose type (WordPress `wp:post_type`) is no post: `"product" item`. */
export function typeKind(type: string): string {
  return KINDS[type] ? type : `"${type}" item`;
}

/** The kind of a post whose status keeps it out (`trash`, `auto-draft`): `trash post`. */
export function statusKind(status: string): string {
  return `${status} post`;
}

/** Counts of each kind, in the order first met: the `skipped` of a FeedDocument. */
export function countKinds(kinds: string[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/** `{ kind: 'menu item', count: 2 }` -> { en: '2 menu items', zh: '2 个菜单项' }. */
export function skippedText({ kind, count }: { kind: string; count: number }): Text {
  const known = KINDS[kind];
  if (known) return countOf(count, known.en, known.zh);
  const type = /^"(.*)" item$/.exec(kind)?.[1];
  if (type !== undefined) return countOf(count, [kind, `${kind}s`], `个 "${type}" 类型的条目`);
  const status = /^(.*) post$/.exec(kind)?.[1] ?? kind;
  return countOf(count, [kind, `${kind}s`], `篇状态为 "${status}" 的文章`);
}
