/**
 * What the MDX tree of a post says, read while satteri compiles it (mdx-syntax.ts): the modules
 * its ESM blocks import, and the first `{name}` expression whose name nothing defines. Pure: the
 * plugin copies the nodes, these functions read the copies.
 */
/** An `import … from 'spec'` (or `export … from`, `import 'spec'`) of an .mdx post, its line counted from the body's first line. */
export interface MdxImport {
  spec: string;
  line: number;
}

/** A node of the tree as the plugin copies it: its text and where it starts. */
export interface TreeNode { value: string; line: number; column: number; offset: number }

/** `plugin`, a satteri mdast plugin (for mdxToJs's `mdastPlugins`) that copies into `esm` and `expressions` the ESM blocks and the `{…}` expressions of the tree as it is built, with their positions. */
export function treeReader() {
  const esm: TreeNode[] = [];
  const expressions: TreeNode[] = [];
  const copy = (into: TreeNode[]) => (node: Readonly<{ value: string; position?: { start: { line: number; column: number; offset?: number } } }>) => {
    const start = node.position?.start;
    into.push({ value: node.value, line: start?.line ?? 0, column: start?.column ?? 0, offset: start?.offset ?? 0 });
  };
  const plugin = { name: 'throughline-mdx-names', options: { position: true }, mdxjsEsm: copy(esm), mdxTextExpression: copy(expressions), mdxFlowExpression: copy(expressions) };
  return { plugin, esm, expressions };
}

/** `import x from 'y'`, `import 'y'`, `export { x } from 'y'`, across lines: group 2 is the module named. Global: reset lastIndex, or use matchAll. */
export const IMPORT = /(?:^|[\s;])(?:import|export)\s*(?:type\s+)?(?:[\p{L}\p{N}$_*{},\s]*?\s*from\s*)?(['"])([^'"\n]+)\1/gu;

/** Each import of the ESM blocks, with its line counted from the body's first line. */
export function importsIn(esm: TreeNode[]): MdxImport[] {
  return esm.flatMap((node) =>
    [...node.value.matchAll(IMPORT)].map((match) => ({ spec: match[2]!, line: node.line + (node.value.slice(0, match.index + match[0].length).match(/\n/g)?.length ?? 0) })),
  );
}

/** Names a post's page always has: Astro's MDX scope, and JavaScript's literals and globals. */
const PROVIDED = new Set(['props', 'frontmatter', 'Astro', 'undefined', 'null', 'true', 'false', 'NaN', 'Infinity', 'this']);
const BARE_NAME = /^\s*([\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*)\s*$/u;

/** The first `{name}` expression (in the order of the text) whose name no ESM block of the post declares, with where it is. */
export function findUndefinedName(esm: TreeNode[], expressions: TreeNode[]): { name: string; line: number; column: number } | null {
  const declared = new Set(esm.flatMap((node) => node.value.match(/[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*/gu) ?? []));
  for (const node of [...expressions].sort((a, b) => a.offset - b.offset)) {
    const name = BARE_NAME.exec(node.value)?.[1];
    if (!name || declared.has(name) || PROVIDED.has(name) || name in globalThis) continue;
    return { name, line: node.line, column: node.column };
  }
  return null;
}
