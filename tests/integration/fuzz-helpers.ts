/**
 * Deterministic fuzzing for the reliability suite: a seeded PRNG (mulberry32), generators of
 * malformed planner files, frontmatter blocks, cadences and feeds, and a hash of a folder tree
 * to prove a refused input changed nothing. Every generator returns a label for failure messages.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../support/mulberry32.ts';

export interface Rng {
  seed: number;
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** The seed comes from FUZZ_SEED when set, so a failure can be replayed exactly. */
export function fuzzSeed(fallback: number): number {
  const env = Number(process.env.FUZZ_SEED);
  return Number.isInteger(env) && env > 0 ? env : fallback;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (max: number) => Math.floor(next() * max);
  return { seed, next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

/** sha256 of every file under `root` (relative path -> hash); lock folders included as names. */
export function hashTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const rel = path.slice(root.length + 1);
    // The caches Throughline keeps for speed (node_modules/.cache/throughline) are not the user's
    // data: a refused run may still remember the .mdx bodies that compiled (mdx-syntax.ts), so the
    // next check, once the bad file is mended, does not compile them again.
    if (rel === 'node_modules' || rel.startsWith('node_modules/.cache')) continue;
    out[rel] = entry.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : entry.isDirectory() ? 'dir' : 'other';
  }
  return out;
}

export function randomString(rng: Rng, length = 1 + rng.int(12)): string {
  const alphabet = 'abcXYZ019 _-:;=,./\\"\'{}[]<>&\u00e9\u4e2d\u{1F600}\n\t';
  return Array.from({ length }, () => rng.pick([...alphabet])).join('');
}

/** A value of a different JSON type than `value` (never undefined). */
export function otherType(rng: Rng, value: unknown): unknown {
  const candidates: unknown[] = [42, -1.5, true, null, 'text', [], [1, 'x'], { a: 1 }];
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  return rng.pick(candidates.filter((c) => kind(c) !== kind(value)));
}

/** Every path to a value inside a JSON value, e.g. ['brand', 'pillars', 0, 'id']. */
export function jsonPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => jsonPaths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

export function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root);
  parent[path.at(-1)!] = value;
}

export function deleteAt(root: unknown, path: (string | number)[]): void {
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root);
  if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
  else delete parent[path.at(-1)!];
}

export function deepNesting(depth: number, open = '[', close = ']'): string {
  return `${open.repeat(depth)}${close.repeat(depth)}`;
}

export interface BadInput {
  /** What was broken, for failure messages. */
  label: string;
  bytes: Buffer;
  /** The field the error must name (a prefix of the formatted path), when one applies. */
  field?: string;
  /** For feeds: the file name's extension. */
  ext?: string;
}

const formatField = (path: (string | number)[]) =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');

const BAD_ZONES = ['Mars/Olympus_Mons', 'UTC+8', 'Asia/Shang hai', '', 'GMT+25', 'asia/nowhere', '../../etc/passwd'];
const BAD_DATES = ['2026-02-30', '2026-13-01', '26-01-01', '2026/01/06', '', 'tomorrow', '2026-1-6', '2026-01-06T09:00', '20260106'];
const REQUIRED: (string | number)[][] = [
  ['brand'], ['brand', 'name'], ['brand', 'label'], ['brand', 'timezone'], ['brand', 'pillars'],
  ['brand', 'pillars', 0, 'id'], ['brand', 'pillars', 0, 'name'], ['channels', 0, 'id'], ['channels', 0, 'name'],
  ['channels', 0, 'cadence'], ['channels', 0, 'start'], ['channels', 0, 'platform'], ['breaks', 0, 'from'], ['breaks', 0, 'to'],
];

/** One malformed planner.json made from a valid one; `badCadence` supplies rules checkCadence rejects. */
export function badPlanner(rng: Rng, valid: any, badCadence: () => string): BadInput {
  const p = structuredClone(valid);
  const text = (data: unknown) => Buffer.from(`${JSON.stringify(data, null, 2)}\n`);
  const ch = rng.int(p.channels.length);
  const kinds: (() => BadInput)[] = [
    () => {
      const full = JSON.stringify(valid, null, 2);
      const cut = rng.int(full.length - 1);
      return { label: `truncated at ${cut}`, bytes: Buffer.from(full.slice(0, cut)) };
    },
    () => {
      const path = rng.pick(jsonPaths(p).filter((x) => x.length > 0));
      setAt(p, path, otherType(rng, path.reduce<any>((n, k) => n[k], p)));
      return { label: `wrong type at ${formatField(path)}`, bytes: text(p), field: formatField(path) };
    },
    () => {
      const path = rng.pick(REQUIRED);
      deleteAt(p, path);
      return { label: `missing ${formatField(path)}`, bytes: text(p), field: formatField(path) };
    },
    () => {
      const inChannel = rng.chance(0.5);
      const zone = rng.pick(BAD_ZONES);
      if (inChannel) p.channels[ch].timezone = zone;
      else p.brand.timezone = zone;
      return { label: `zone "${zone}"`, bytes: text(p), field: inChannel ? `channels[${ch}].timezone` : 'brand.timezone' };
    },
    () => {
      const date = rng.pick(BAD_DATES);
      const path = rng.pick([['channels', ch, 'start'], ['breaks', 0, 'from'], ['breaks', 0, 'to']] as (string | number)[][]);
      setAt(p, path, date);
      return { label: `date "${date}" at ${formatField(path)}`, bytes: text(p), field: formatField(path) };
    },
    () => {
      const count = rng.pick([0, 8, 9]);
      p.brand.pillars = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, name: `P${i}`, description: 'x' }));
      p.channels.forEach((c: any) => delete c.pillars);
      return { label: `${count} pillars`, bytes: text(p), field: 'brand.pillars' };
    },
    () => {
      const list = rng.pick(['pillars', 'channels'] as const);
      if (list === 'pillars') p.brand.pillars.push({ ...p.brand.pillars[0] });
      else p.channels.push({ ...p.channels[0] });
      return { label: `duplicate ${list} id`, bytes: text(p), field: list === 'pillars' ? 'brand.pillars' : 'channels' };
    },
    () => {
      const inBreak = rng.chance(0.5);
      if (inBreak) p.breaks[0].channels = ['no-such-channel'];
      else p.channels[ch].pillars = ['no-such-pillar'];
      return { label: inBreak ? 'break names an unknown channel' : 'channel names an unknown pillar', bytes: text(p), field: inBreak ? 'breaks[0].channels' : `channels[${ch}].pillars` };
    },
    () => {
      const rule = badCadence();
      p.channels[ch].cadence = rule;
      return { label: `cadence ${JSON.stringify(rule.slice(0, 80))}`, bytes: text(p), field: `channels[${ch}].cadence` };
    },
    () => {
      const path = rng.pick([['brand', 'timezone'], ['channels', ch, 'start'], ['channels', ch, 'time'], ['channels', ch, 'platform']] as (string | number)[][]);
      setAt(p, path, 'x'.repeat(100_000 + rng.int(900_000)));
      return { label: `huge string at ${formatField(path)}`, bytes: text(p), field: formatField(path) };
    },
    () => {
      const depth = rng.pick([1000, 5000, 20_000]);
      const full = JSON.stringify(valid).replace('"Mei Lin"', deepNesting(depth, rng.pick(['[', '[{"a":']), rng.pick([']', '}]'])));
      return { label: `nesting ${depth} deep`, bytes: Buffer.from(full) };
    },
    // One BOM is allowed (Notepad writes it); two are an error with a message of their own.
    () => ({ label: 'two BOMs before the JSON', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), text(p)]) }),
    () => {
      const junk = Buffer.from(rng.pick([[0xff, 0xfe, 0x00], [0xc3, 0x28], [0x80, 0x81, 0x82], [0xed, 0xa0, 0x80]]));
      return { label: `non-UTF-8 bytes ${junk.toString('hex')}`, bytes: Buffer.concat([junk, text(p)]) };
    },
    () => {
      const top = rng.pick(['[]', '[{"version":1}]', '42', 'null', '"planner"', 'true', '']);
      return { label: `top level ${JSON.stringify(top)}`, bytes: Buffer.from(top) };
    },
  ];
  return rng.pick(kinds)();
}

export const VALID_RULES = [
  'FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=TU,FR', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'FREQ=MONTHLY;BYMONTHDAY=1',
  'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20271231', 'FREQ=DAILY;COUNT=30',
];

/** A random mutation of a valid rule: it may or may not still be valid. */
export function mutateRule(rng: Rng): string {
  let parts = rng.pick(VALID_RULES).split(';');
  const steps = 1 + rng.int(3);
  for (let i = 0; i < steps; i++) {
    const at = rng.int(parts.length);
    const ops: (() => void)[] = [
      () => parts.splice(at, 1),
      () => parts.push(parts[at] ?? 'FREQ=DAILY'),
      () => {
        const s = parts[at] ?? '';
        const c = rng.int(s.length + 1);
        parts[at] = s.slice(0, c) + randomString(rng, 1 + rng.int(3)) + s.slice(c + 1);
      },
      () => (parts[0] = `FREQ=${rng.pick(['HOURLY', 'MINUTELY', 'SECONDLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'FORTNIGHTLY', '', 'daily'])}`),
      () => parts.push(rng.pick(['BYHOUR=9', 'BYMINUTE=30', 'BYSECOND=1', 'DTSTART=20260101T090000Z', 'TZID=Asia/Shanghai', 'X-FOO=1'])),
      () => parts.push(rng.pick(['COUNT=-1', 'COUNT=0', 'COUNT=99999999', 'INTERVAL=0', 'INTERVAL=-3', 'INTERVAL=1.5', 'COUNT=abc'])),
      () => parts.push(`UNTIL=${rng.pick(['garbage', '2026-12-31', '20261332', '20260230', '20261231T250000Z', '99999999', ''])}`),
      () => parts.push(rng.pick(['BYMONTHDAY=0', 'BYMONTHDAY=32', 'BYMONTH=13', 'BYSETPOS=1', 'BYDAY=XX', 'BYDAY=1MO', 'BYWEEKNO=54', 'BYYEARDAY=-367', 'WKST=FOO'])),
      () => (parts = [parts.join(';').repeat(1 + rng.int(2000))]),
      () => (parts = [`RRULE:${parts.join(rng.pick([';', ';;', ' ; ', ',']))}`]),
    ];
    rng.pick(ops)();
  }
  return parts.join(';');
}

/** One malformed post file (frontmatter and a body). */
export function badFrontmatter(rng: Rng): BadInput {
  const fm = (yaml: string) => Buffer.from(`---\n${yaml}\n---\n\nA braised pork recipe with soy sauce and ginger.\n`);
  const good = 'title: Red braised pork\nchannel: blog\nstatus: draft\npillar: recipes';
  const kinds: (() => BadInput)[] = [
    () => ({ label: 'no frontmatter fences', bytes: Buffer.from(rng.pick([good, `${good}\n---\nbody`, `--\n${good}\n--\nbody`, `\n---\n${good}\n---\n`, ''])) }),
    () => ({ label: 'unclosed frontmatter', bytes: Buffer.from(`---\n${good}\n\nbody without the closing fence\n`) }),
    () => ({ label: 'broken YAML', bytes: fm(rng.pick([`${good}\ntags: [a, b`, 'title: "unclosed\nchannel: blog', `${good}\n  bad: indent: here`, 'title: a: b: c\nchannel: blog\nstatus: draft', '- a\n- b', '\t title: tab', '{title: x', 'title: x\n? [a\n'])) }),
    () => {
      const [key, value] = rng.pick([['title', '42'], ['title', '[a, b]'], ['channel', '{a: 1}'], ['status', '3'], ['pillar', '[x]'], ['url', 'not a url'], ['title', 'null'], ['plannedFor', 'true']]);
      return { label: `wrong type ${key}: ${value}`, bytes: fm(`${good.split('\n').filter((l) => !l.startsWith(`${key}:`)).join('\n')}\n${key}: ${value}`), field: key };
    },
    () => {
      const status = rng.pick(['done', 'Published', 'DRAFT', '""', 'posted', randomString(rng).replace(/[\n:#'"{}[\],&*!|>%@`]/g, 'q') || 'q']);
      return { label: `status ${status}`, bytes: fm(good.replace('status: draft', `status: ${status}`)), field: 'status' };
    },
    () => {
      const [key, value] = rng.pick([['plannedFor', '2026-02-30'], ['plannedFor', '"next week"'], ['plannedFor', '2026/11/24'], ['publishedAt', '"yesterday"'], ['publishedAt', '2026-13-01'], ['publishedAt', '"2026-11-24T25:00"']]);
      const status = key === 'publishedAt' ? 'published' : 'draft';
      return { label: `${key}: ${value}`, bytes: fm(`${good.replace('status: draft', `status: ${status}`)}\n${key}: ${value}`), field: key };
    },
    () => ({ label: 'published without publishedAt', bytes: fm(good.replace('status: draft', 'status: published')), field: 'publishedAt' }),
    () => {
      const channel = rng.pick(['instagram', 'Blog', 'no-such-channel', 'blog2']);
      return { label: `unknown channel ${channel}`, bytes: fm(good.replace('channel: blog', `channel: ${channel}`)), field: 'channel' };
    },
    () => {
      const width = 5 + rng.int(5);
      const levels = Array.from({ length: 8 }, (_, i) => `l${i}: &l${i} [${Array(width).fill(i === 0 ? '"lol"' : `*l${i - 1}`).join(', ')}]`);
      return { label: `alias bomb ${width}^8`, bytes: fm(`${good}\n${levels.join('\n')}`) };
    },
    () => {
      const key = rng.pick(['title', 'channel', 'status']);
      return { label: `duplicate key ${key}`, bytes: fm(`${good}\n${key}: ${key === 'status' ? 'idea' : 'again'}`) };
    },
  ];
  return rng.pick(kinds)();
}

const rssItem = (i: number, title = `Braised pork ${i}`) =>
  `<item><title>${title}</title><link>https://example.com/p/${i}</link><guid>https://example.com/p/${i}</guid><pubDate>Tue, 0${1 + (i % 9)} Sep 2026 09:00:00 +0800</pubDate><description>Soy sauce and ginger.</description></item>`;
export const VALID_RSS = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Mei</title><link>https://example.com/</link><description>d</description>${[1, 2, 3].map((i) => rssItem(i)).join('')}</channel></rss>\n`;

/** One malformed feed file: each must be refused as a whole. */
export function badFeed(rng: Rng): BadInput & { ext: string } {
  const jsonFeed = (feed: unknown) => ({ ext: 'json', bytes: Buffer.from(JSON.stringify(feed)) });
  const kinds: (() => BadInput & { ext: string })[] = [
    () => {
      const cut = rng.int(VALID_RSS.indexOf('<item>') + 3);
      return { label: `RSS truncated at ${cut}`, ext: 'xml', bytes: Buffer.from(VALID_RSS.slice(0, cut)) };
    },
    () => {
      const width = 5 + rng.int(6);
      const levels = Array.from({ length: 8 }, (_, i) => `<!ENTITY e${i} "${i === 0 ? 'lol' : `&e${i - 1};`.repeat(width)}">`);
      const doc = VALID_RSS.replace('<rss', `<!DOCTYPE rss [${levels.join('')}]><rss`).replace('Braised pork 1', '&e7;');
      return { label: `XML entity bomb ${width}^8`, ext: 'xml', bytes: Buffer.from(doc) };
    },
    () => {
      const doc = VALID_RSS.replace('<rss', '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss').replace('Braised pork 1', '&xxe;');
      return { label: 'XML external entity', ext: 'xml', bytes: Buffer.from(doc) };
    },
    () => {
      const version = 'https://jsonfeed.org/version/1.1';
      const feed = rng.pick<unknown>([
        { version, title: 'x', items: 'not a list' },
        { version, title: 'x', items: { id: '1' } },
        { version, title: 'x', items: [42, 'x'] },
        { version, title: 'x', items: [null] },
        { version, title: 'x', items: [[{ id: '1' }]] },
        [{ version, items: [] }],
        { version: 2, items: [] },
      ]);
      return { label: `JSON Feed ${JSON.stringify(feed).slice(0, 60)}`, ...jsonFeed(feed) };
    },
    () => ({ label: 'empty file', ext: rng.pick(['xml', 'json', 'rss']), bytes: Buffer.from(rng.pick(['', ' ', '\n\n', '\uFEFF'])) }),
    () => {
      const bytes = Buffer.from(Array.from({ length: 1 + rng.int(4096) }, () => rng.int(256)));
      return { label: `${bytes.length} random bytes`, ext: rng.pick(['xml', 'json', 'bin']), bytes };
    },
    () => {
      const huge = 'Braised '.repeat(50_000 + rng.int(200_000));
      return { label: 'huge title in a truncated feed', ext: 'xml', bytes: Buffer.from(VALID_RSS.replace('Braised pork 1', huge).slice(0, 200 + huge.length / 2)) };
    },
    () => ({ label: 'an HTML page', ext: 'html', bytes: Buffer.from('<!doctype html><html><head><title>Blog</title></head><body><p>hi</p></body></html>') }),
  ];
  return rng.pick(kinds)();
}
