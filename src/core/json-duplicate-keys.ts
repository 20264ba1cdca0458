/**
 * Keys written twice in one JSON object. JSON.parse keeps the last without a word (RFC 8259 §4
 * leaves it open), so a block pasted twice by hand (`"channels": [...]` twice) would lose the
 * first, and the next save would write the file without it.
 */

/** A key written twice: its JSON path (`brand.timezone`, `channels[1].name`) and the 1-based lines of both. */
export interface DuplicateKey {
  path: string;
  lines: [first: number, second: number];
}

type Frame = { kind: 'object'; path: string; keys: Map<string, number>; key: string } | { kind: 'array'; path: string; index: number };

/** The first key written twice in one object of `json`, which must be valid JSON; undefined when none. */
export function findDuplicateKey(json: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '\n') line++;
    else if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && /^\s*:/.test(json.slice(end + 1, end + 64))) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        const path = top.path ? `${top.path}.${key}` : key;
        const first = top.keys.get(key);
        if (first !== undefined) return { path, lines: [first, line] };
        top.keys.set(key, line);
        top.key = key;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      const top = stack.at(-1);
      const path = !top ? '' : top.kind === 'array' ? `${top.path}[${top.index}]` : top.path ? `${top.path}.${top.key}` : top.key;
      stack.push(c === '{' ? { kind: 'object', path, keys: new Map(), key: '' } : { kind: 'array', path, index: 0 });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.index++;
    }
  }
  return undefined;
}
