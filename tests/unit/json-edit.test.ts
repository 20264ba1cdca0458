/**
 * core/json-edit.ts: planner.json saved as the lines a change touches. Each case checks the text
 * written and that it reads as the new value.
 */
import { describe, expect, test } from 'vitest';
import { editJson } from '../../src/core/json-edit.ts';

const LF = { indent: '  ', eol: '\n' } as const;
const edit = (text: string, change: (value: any) => void, layout: { indent: string; eol: '\n' | '\r\n' } = LF, defaults: Record<string, unknown> = {}) => {
  const before = { ...defaults, ...JSON.parse(text.replace(/^\uFEFF/, '')) };
  const next = structuredClone(before);
  change(next);
  const out = editJson(text, before, next, layout)!;
  // Whatever it writes reads as the new value, less the defaults the file leaves out.
  const read = { ...defaults, ...JSON.parse(out.replace(/^\uFEFF/, '')) };
  expect(read).toEqual(next);
  return out;
};

describe('editing a JSON file in place', () => {
  test('a word added to a one-line list stays on that line, spaced as written, with or without spaces', () => {
    expect(edit('{\n  "keywords": ["a", "b"]\n}\n', (v) => v.keywords.push('c'))).toBe('{\n  "keywords": ["a", "b", "c"]\n}\n');
    expect(edit('{\n  "keywords": ["a","b"]\n}\n', (v) => v.keywords.push('c'))).toBe('{\n  "keywords": ["a","b","c"]\n}\n');
    expect(edit('{\n  "keywords": [ "a", "b" ]\n}\n', (v) => (v.keywords = ['b']))).toBe('{\n  "keywords": [ "b" ]\n}\n');
  });

  test('a new key goes at the end of its object, on one line after a one-line value, else indented as the file is (a tab, CRLF), a BOM kept', () => {
    const text = '\uFEFF{\r\n\t"a": 1,\r\n\t"b": { "c": 2 }\r\n}\r\n';
    expect(edit(text, (v) => (v.theme = { accepted: ['x'] }), { indent: '\t', eol: '\r\n' })).toBe('\uFEFF{\r\n\t"a": 1,\r\n\t"b": { "c": 2 },\r\n\t"theme": { "accepted": ["x"] }\r\n}\r\n');
    // After a value on lines of its own (or a number), on lines of its own.
    expect(edit('{\n  "a": 1\n}\n', (v) => (v.theme = { accepted: ['x'] }))).toBe('{\n  "a": 1,\n  "theme": {\n    "accepted": [\n      "x"\n    ]\n  }\n}\n');
    // Into a one-line object: on its line.
    expect(edit(text, (v) => (v.b.d = [1]), { indent: '\t', eol: '\r\n' })).toBe('\uFEFF{\r\n\t"a": 1,\r\n\t"b": { "c": 2, "d": [1] }\r\n}\r\n');
    // Into an empty object.
    expect(edit('{\n  "x": {}\n}\n', (v) => (v.x.y = 'z'))).toBe('{\n  "x": {\n    "y": "z"\n  }\n}\n');
  });

  test('a default the file leaves out is not written unless it changes', () => {
    const text = '{\n  "channels": [\n    { "id": "blog", "time": "09:00" }\n  ]\n}\n';
    const withDefaults = (v: any) => v.channels.forEach((c: any) => (c.breaks ??= []));
    const before = JSON.parse(text);
    withDefaults(before);
    const next = structuredClone(before);
    next.channels[0].time = '10:00';
    expect(editJson(text, before, next, LF)).toBe('{\n  "channels": [\n    { "id": "blog", "time": "10:00" }\n  ]\n}\n');
    next.channels[0].breaks = [{ from: '2027-01-01' }];
    expect(editJson(text, before, next, LF)).toBe('{\n  "channels": [\n    { "id": "blog", "time": "10:00", "breaks": [{ "from": "2027-01-01" }] }\n  ]\n}\n');
  });

  test('items with ids are matched by id: one added, one taken out, one changed, the others untouched', () => {
    const text = '{\n  "pillars": [\n    {\n      "id": "a",\n      "name": "A"\n    },\n    {\n      "id": "b",\n      "name": "B"\n    }\n  ]\n}\n';
    const out = edit(text, (v) => {
      v.pillars = [{ id: 'z', name: 'Z' }, { id: 'b', name: 'Bee' }];
    });
    expect(out).toBe('{\n  "pillars": [\n    {\n      "id": "z",\n      "name": "Z"\n    },\n    {\n      "id": "b",\n      "name": "Bee"\n    }\n  ]\n}\n');
    // The last one out: the comma before it goes with it.
    expect(edit(text, (v) => v.pillars.pop())).toBe('{\n  "pillars": [\n    {\n      "id": "a",\n      "name": "A"\n    }\n  ]\n}\n');
    // Ids in another order: the list is written whole, still reading as the new value.
    expect(edit(text, (v) => v.pillars.reverse())).toContain('"id": "b"');
  });

  test('items without ids: one added at the end is written as the one beside it, and any taken out leave no comma behind', () => {
    const text = '{\n  "breaks": [\n    { "from": "2026-10-01", "to": "2026-10-07" },\n    { "from": "2026-12-24" }\n  ]\n}\n';
    expect(edit(text, (v) => v.breaks.push({ from: '2027-02-10' }))).toBe('{\n  "breaks": [\n    { "from": "2026-10-01", "to": "2026-10-07" },\n    { "from": "2026-12-24" },\n    { "from": "2027-02-10" }\n  ]\n}\n');
    expect(edit(text, (v) => v.breaks.shift())).toBe('{\n  "breaks": [\n    { "from": "2026-12-24" }\n  ]\n}\n');
    expect(edit(text, (v) => (v.breaks = []))).toBe('{\n  "breaks": []\n}\n');
  });

  test('a key taken out goes with its comma; a value of another kind is written whole', () => {
    expect(edit('{\n  "a": 1,\n  "b": 2\n}\n', (v) => delete v.b)).toBe('{\n  "a": 1\n}\n');
    expect(edit('{\n  "a": 1,\n  "b": 2\n}\n', (v) => delete v.a)).toBe('{\n  "b": 2\n}\n');
    expect(edit('{\n  "a": "x"\n}\n', (v) => (v.a = { y: [1, 2] }))).toBe('{\n  "a": {\n    "y": [\n      1,\n      2\n    ]\n  }\n}\n');
  });

  // A trial of the studio: renaming the only channel threw (an emptied list) and the file was
  // written whole; renaming one of several rewrote its object, expanded and with defaults.
  test('an item whose id changes keeps its place and its text but for the id, the only one of its list too', () => {
    const one = '{\n  "channels": [\n    { "id": "blog", "name": "Blog", "x-ch": 2.50, "pillars": ["a", "b"] }\n  ]\n}\n';
    expect(edit(one, (v) => (v.channels[0].id = 'site'))).toBe(one.replace('"blog"', '"site"'));
    const two = '{\n  "channels": [\n    {\n      "id": "blog",\n      "name": "Blog \\u535a\\u5ba2"\n    },\n    { "id": "wechat", "name": "WeChat" }\n  ]\n}\n';
    expect(edit(two, (v) => (v.channels[1].id = 'weixin'))).toBe(two.replace('"wechat"', '"weixin"'));
  });

  test('a one-line list of objects keeps the items it does not change as written, and takes a new one on its line', () => {
    const text = '{\n  "breaks": [{ "from": "2026-10-01", "reason": "National Day \\u5047\\u671f", "x-days": 7.0 }]\n}\n';
    expect(edit(text, (v) => v.breaks.push({ from: '2027-02-10' }))).toBe(text.replace('7.0 }]', '7.0 }, { "from": "2027-02-10" }]'));
    // An empty list takes a word on its line, an object on lines of its own.
    expect(edit('{\n  "a": [],\n  "b": []\n}\n', (v) => (v.a.push('x'), v.b.push({ id: 'y' })))).toBe('{\n  "a": ["x"],\n  "b": [\n    {\n      "id": "y"\n    }\n  ]\n}\n');
  });

  test('an item added before the others (a period of history further back) leaves the others as written', () => {
    const text = '{\n  "history": [\n    { "cadence": "FREQ=WEEKLY", "start": "2026-01-05", "note": "Sundays" }\n  ]\n}\n';
    expect(edit(text, (v) => v.history.unshift({ cadence: 'FREQ=DAILY', start: '2025-06-01' }))).toBe(text.replace('    { "cadence": "FREQ=WEEKLY"', '    { "cadence": "FREQ=DAILY", "start": "2025-06-01" },\n    { "cadence": "FREQ=WEEKLY"'));
  });

  // A trial with a real Hexo blog: planner.json as init writes it ends in `"breaks": []`, and the
  // import's `portfolio` (a hundred old addresses) went after it as one line of 8,000 characters.
  test('a new key after an empty list or object is written as the nearest sibling that holds something', () => {
    const text = `${JSON.stringify({ version: 1, channels: [{ id: 'blog', name: '博客' }], breaks: [], x: {} }, null, 2)}\n`;
    const portfolio = { taxonomyAliases: [{ path: '/archives/', list: 'posts' }, { path: '/categories/Linux/', pillar: 'ops' }] };
    expect(edit(text, (v) => (v.portfolio = portfolio))).toBe(`${JSON.stringify({ ...JSON.parse(text), portfolio }, null, 2)}\n`);
    // Among one-line neighbours, still on one line.
    const oneLine = '{\n  "a": { "b": 1 },\n  "breaks": []\n}\n';
    expect(edit(oneLine, (v) => (v.theme = { accepted: ['x'] }))).toBe('{\n  "a": { "b": 1 },\n  "breaks": [],\n  "theme": { "accepted": ["x"] }\n}\n');
    // Beside empty lists only, on lines of its own, as the file is indented.
    expect(edit('{\n  "a": [],\n  "b": {}\n}\n', (v) => (v.c = { d: [1] }))).toBe('{\n  "a": [],\n  "b": {},\n  "c": {\n    "d": [\n      1\n    ]\n  }\n}\n');
  });

  test('text that is not JSON is left to the caller', () => {
    expect(editJson('{ "a": ', { a: 1 }, { a: 2 }, LF)).toBeUndefined();
  });
});
