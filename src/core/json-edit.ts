/**
 * A JSON file saved as the lines it changed: the edits from one value of the file to the next
 * spliced into its text, found with jsonc-parser's syntax tree (the JSON library of VS Code), so
 * every other byte stays as written: one-line lists and objects, spacing, key order, a default
 * the file leaves out. Before, planner.json was written whole with JSON.stringify: "On theme
 * after all" (one id) expanded every one-line `keywords` list and added `"breaks": []` to each
 * channel. (jsonc-parser's own `modify` re-formats the lines around an edit, so it is not used.)
 */
import { findNodeAtLocation, parseTree, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { isDeepStrictEqual } from 'node:util';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): v is Record<string, unknown> & { id: string } => isObject(v) && typeof v.id === 'string';

/**
 * `text` (a JSON document whose value reads as `before`) edited so that it reads as `next`:
 * keys and list items `next` does not change keep their text; a changed value is written in
 * place; a new key goes at the end of its object, a new item of a list of objects with `id`s at
 * its place in the list; what is written on one line where its neighbours are (a list of
 * keywords, a one-line pillar) stays on one line, spaced as they are, else it is indented as
 * they are with the file's `indent` and `eol`. `before` is the file's value as the program reads
 * it (defaults filled in): a default the file leaves out and `next` keeps is not written. A byte
 * order mark is kept. Returns undefined when the text is not JSON. The caller checks that the
 * result reads as `next` (a duplicate key, say, could make it read otherwise).
 */
export function editJson(text: string, before: unknown, next: unknown, layout: { indent: string; eol: '\n' | '\r\n' }): string | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let out = text.slice(bom.length);
  const errors: ParseError[] = [];
  if (!parseTree(out, errors) || errors.length > 0) return undefined;
  const nodeAt = (path: JSONPath): Node | undefined => {
    const root = parseTree(out);
    return root && (path.length === 0 ? root : findNodeAtLocation(root, path));
  };
  const splice = (from: number, to: number, replacement: string) => {
    out = out.slice(0, from) + replacement + out.slice(to);
  };
  const source = (node: Node) => out.slice(node.offset, node.offset + node.length);
  const indentAt = (offset: number) => /^[ \t]*/.exec(out.slice(out.lastIndexOf('\n', offset - 1) + 1))![0];
  /** `value` as written among `sample` (a sibling): on one line when it is, else indented from `at`. */
  const written = (value: unknown, at: number, sample?: Node) =>
    sample && showsLayout(sample) && !source(sample).includes('\n') && (sample.type === 'object' || sample.type === 'array' || !isObject(value) && !Array.isArray(value)) ? oneLine(value, source(sample)) : block(value, indentAt(at), layout);

  const insertProperty = (object: Node, key: string, value: unknown) => {
    const props = object.children ?? [];
    const last = props[props.length - 1];
    const colon = last ? /^"(?:[^"\\]|\\.)*"(\s*:\s*)/.exec(source(last))?.[1] ?? ': ' : ': ';
    if (!last) {
      const indent = indentAt(object.offset);
      const inner = indent + layout.indent;
      return splice(object.offset, object.offset + object.length, `{${layout.eol}${inner}${JSON.stringify(key)}${colon}${block(value, inner, layout)}${layout.eol}${indent}}`);
    }
    const end = last.offset + last.length;
    if (!source(object).includes('\n')) return splice(end, end, `, ${JSON.stringify(key)}${colon}${oneLine(value, source(object))}`);
    const indent = indentAt(last.offset);
    const sample = props.map((p) => p.children?.[1]).reverse().find((v) => v && showsLayout(v));
    splice(end, end, `,${layout.eol}${indent}${JSON.stringify(key)}${colon}${written(value, last.offset, sample)}`);
  };
  const insertItem = (array: Node, index: number, value: unknown) => {
    const items = array.children ?? [];
    const line = !source(array).includes('\n');
    const word = !isObject(value) && !Array.isArray(value);
    if (items.length === 0) {
      // An empty list: a word stays on its line, an object goes on lines of its own.
      if (line && word) return splice(array.offset, array.offset + array.length, `[${JSON.stringify(value)}]`);
      const indent = indentAt(array.offset);
      const inner = indent + layout.indent;
      return splice(array.offset, array.offset + array.length, `[${layout.eol}${inner}${block(value, inner, layout)}${layout.eol}${indent}]`);
    }
    const after = items[index - 1];
    const sample = after ?? items[0]!;
    const between = items.length > 1 ? out.slice(items[0]!.offset + items[0]!.length, items[1]!.offset).replace(/^\s*,/, '') : undefined;
    const gap = between ?? (line ? ' ' : `${layout.eol}${indentAt(sample.offset)}`);
    const item = written(value, sample.offset, [sample, ...items].find(showsLayout));
    if (after) splice(after.offset + after.length, after.offset + after.length, `,${gap}${item}`);
    else splice(sample.offset, sample.offset, `${item},${gap}`);
  };
  /** Removes child `index` of `parent` (an item, or a property node) with its comma. */
  const remove = (parent: Node, index: number) => {
    const children = parent.children!;
    const node = children[index]!;
    if (index > 0) return splice(children[index - 1]!.offset + children[index - 1]!.length, node.offset + node.length, '');
    if (children.length > 1) return splice(node.offset, children[1]!.offset, '');
    splice(parent.offset + 1, parent.offset + parent.length - 1, '');
  };

  const walk = (path: JSONPath, a: unknown, b: unknown): void => {
    if (isDeepStrictEqual(a, b)) return;
    const node = nodeAt(path);
    if (!node) {
      // Not in the text: a default the file leaves out, under a parent that is there.
      const parent = nodeAt(path.slice(0, -1));
      if (parent?.type === 'object' && b !== undefined) insertProperty(parent, String(path[path.length - 1]), b);
      else if (parent) throw new Error(`json-edit: no ${path.join('.')}`);
      return;
    }
    if (b === undefined) {
      const parent = node.parent!.type === 'property' ? node.parent!.parent! : node.parent!;
      return remove(parent, parent.children!.indexOf(node.parent!.type === 'property' ? node.parent! : node));
    }
    if (isObject(a) && isObject(b) && node.type === 'object') {
      for (const key of Object.keys(a)) if (!(key in b) && nodeAt([...path, key])) walk([...path, key], a[key], undefined);
      for (const key of Object.keys(b)) walk([...path, key], a[key], b[key]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && node.type === 'array') {
      const ids = (list: unknown[]) => new Set(list.filter(hasId).map((x) => x.id));
      const [idsA, idsB] = [ids(a), ids(b)];
      // Item by item when each keeps its place: a changed keyword, a channel edited or renamed
      // (an id neither list shares with the other), a pillar's targets.
      const samePlaces = a.length === b.length && a.every((x, i) => {
        const y = b[i];
        if (!hasId(x) || !hasId(y)) return !hasId(x) && !hasId(y);
        return x.id === y.id || (!idsB.has(x.id) && !idsA.has(y.id));
      });
      if (samePlaces) return b.forEach((item, i) => walk([...path, i], a[i], item));
      // Items added (a break at the end, a period of history before the others), or taken out.
      const kept = subsequenceOf(a, b);
      if (kept) return b.forEach((item, j) => void (kept.has(j) || insertItem(nodeAt(path)!, j, item)));
      const left = subsequenceOf(b, a);
      if (left) {
        for (let i = a.length - 1; i >= 0; i--) if (!left.has(i)) remove(nodeAt(path)!, i);
        return;
      }
      // Channels, pillars: items matched by id, when the ids kept keep their order.
      if (a.length > 0 && a.every(hasId) && b.every(hasId) && idsA.size === a.length) {
        const known = new Map(a.filter((x) => idsB.has(x.id)).map((x) => [x.id, x]));
        if (isDeepStrictEqual(b.filter((x) => known.has(x.id)).map((x) => x.id), [...known.keys()])) {
          for (let i = a.length - 1; i >= 0; i--) if (!idsB.has(a[i]!.id)) remove(nodeAt(path)!, i);
          b.forEach((item, i) => (known.has(item.id) ? walk([...path, i], known.get(item.id), item) : insertItem(nodeAt(path)!, i, item)));
          return;
        }
      }
      // Anything else (a list reordered): written whole, on one line when it was and holds words.
      if (!source(node).includes('\n') && b.every((x) => !isObject(x) && !Array.isArray(x))) return splice(node.offset, node.offset + node.length, oneLine(b, source(node)));
    }
    splice(node.offset, node.offset + node.length, block(b, indentAt(node.offset), layout));
  };

  walk([], before, next);
  return bom + out;
}

/**
 * Whether a value's text says how the file writes lists and objects: any but an empty `[]` or
 * `{}`, which is one line whatever the style (init's planner ends in `"breaks": []`).
 */
function showsLayout(node: Node): boolean {
  return (node.type !== 'array' && node.type !== 'object') || (node.children?.length ?? 0) > 0;
}

/** The places in `list` of the items of `sub`, when `sub` is `list` with some items taken out (equal items matched first come, first served); else undefined. */
function subsequenceOf(sub: unknown[], list: unknown[]): Set<number> | undefined {
  const places = new Set<number>();
  let i = 0;
  for (const item of sub) {
    while (i < list.length && !isDeepStrictEqual(list[i], item)) i++;
    if (i === list.length) return undefined;
    places.add(i++);
  }
  return places;
}

/** `value` as JSON.stringify writes it with `indent`, each line after the first indented by `base`. */
function block(value: unknown, base: string, layout: { indent: string; eol: string }): string {
  return JSON.stringify(value, null, layout.indent).replace(/\n/g, `${layout.eol}${base}`);
}

/**
 * `value` on one line, spaced as `sample` is: `{ "id": "a", "keywords": ["x", "y"] }` or
 * `{"id":"a","keywords":["x","y"]}` (space inside braces and brackets, after `:` and `,`).
 */
function oneLine(value: unknown, written: string): string {
  // Its strings emptied: a colon or comma inside one ("09:00") says nothing of the spacing.
  const sample = written.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const afterComma = /,\s/.test(sample) || !sample.includes(',') ? ' ' : '';
  const afterColon = /:\s/.test(sample) || !sample.includes(':') ? ' ' : '';
  const inBraces = /^\{\s/.test(sample) ? ' ' : '';
  const inBrackets = /^\[\s\S/.test(sample) ? ' ' : '';
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return v.length ? `[${inBrackets}${v.map(write).join(`,${afterComma}`)}${inBrackets}]` : '[]';
    if (isObject(v)) {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      return entries.length ? `{${inBraces}${entries.map(([k, x]) => `${JSON.stringify(k)}:${afterColon}${write(x)}`).join(`,${afterComma}`)}${inBraces}}` : '{}';
    }
    return JSON.stringify(v);
  };
  return write(value);
}
