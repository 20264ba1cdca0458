/**
 * The file format of the compiled Chinese data (CompiledChinese of src/core/theme/chinese.ts),
 * made to be read with as few bytes touched as possible: v8.deserialize copied every typed array
 * and widened the bridge to a two-byte string, ~185 ms for 26 MB in a fresh process.
 *
 * Layout: "TLZH", the header's length (uint32 LE), the header (JSON: format, a random id of this
 * write, the file's size, and each section's type, offset and bytes), then the sections, each at
 * an offset that is a multiple of 8. Typed arrays are their raw little-endian bytes; strings are
 * UTF-8, or UTF-16LE when that is shorter (mostly Han text) or the string is not well-formed
 * (UTF-8 would replace a lone surrogate). The trie and `logp` (every segmentation needs them) are
 * read at once, as views on one buffer (no copy); every other section is read on its first use
 * by a positioned read, after the header is read again and found identical (the same write).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { randomBytes } from 'node:crypto';
import { COMPILED_FORMAT, type CompiledChinese } from '../core/theme/chinese.ts';

/** Bump when the layout below changes (the cache file's name carries it). */
export const FILE_FORMAT = 'raw-1';

const MAGIC = 'TLZH';
const FORMAT = `${COMPILED_FORMAT}/${FILE_FORMAT}`;
/** A header is a few hundred bytes; anything longer is not ours. */
const MAX_HEADER = 1 << 16;

const ARRAYS = { i32: Int32Array, u16: Uint16Array, u32: Uint32Array, f64: Float64Array } as const;
type ArrayType = keyof typeof ARRAYS;
type StringType = 'utf8' | 'utf16le';
interface Section { type: ArrayType | StringType; offset: number; bytes: number }

/** Read at once, in this order at the start of the data. */
const EAGER = { keyParent: 'i32', keyCode: 'u16', value: 'i32', logp: 'f64' } as const;
/** Read on first use. */
const LAZY_ARRAYS = { bridgeStarts: 'u32', cumulative: 'f64' } as const;
/**
 * The byte offsets behind `bridgeIndex`: of each word in `bridgeWords` (and one past the last
 * word and its tab), and of each word's line in `bridge` (empty when the bridge is not UTF-8).
 */
const INDEX_ARRAYS = { bridgeWordBytes: 'u32', bridgeLineBytes: 'u32' } as const;
const STRINGS = ['bridgeWords', 'bridge', 'words', 'functionWords', 'forms'] as const;
type LazyName = keyof typeof LAZY_ARRAYS | (typeof STRINGS)[number];
const LAZY: readonly LazyName[] = [...(Object.keys(LAZY_ARRAYS) as (keyof typeof LAZY_ARRAYS)[]), ...STRINGS];

/**
 * Whether this machine can use the format: the arrays are stored little-endian, so a big-endian
 * machine (s390x) compiles the data in every process instead, never reading bytes it would misread.
 */
export const rawFormatUsable = (): boolean => endianness() === 'LE';

/** The bytes of the file for `data`, in pieces to be written one after the other (see the module's docstring for the layout). */
export function encodeCompiled(data: CompiledChinese): Uint8Array[] {
  const bodies: [string, Section['type'], Uint8Array][] = [];
  for (const [name, type] of Object.entries(EAGER)) {
    const a = name === 'logp' ? data.logp : data.trie[name as 'keyParent' | 'keyCode' | 'value'];
    bodies.push([name, type, new Uint8Array(a.buffer, a.byteOffset, a.byteLength)]);
  }
  for (const [name, type] of Object.entries(LAZY_ARRAYS)) {
    const a = data[name as keyof typeof LAZY_ARRAYS];
    bodies.push([name, type, new Uint8Array(a.buffer, a.byteOffset, a.byteLength)]);
  }
  const encoded: Partial<Record<(typeof STRINGS)[number], [StringType, Buffer]>> = {};
  for (const name of STRINGS) {
    const text = data[name];
    const type = text.isWellFormed() && Buffer.byteLength(text, 'utf8') <= text.length * 2 ? 'utf8' : 'utf16le';
    bodies.push([name, type, (encoded[name] = [type, Buffer.from(text, type)])[1]]);
  }
  const index = indexBytes(data, encoded.bridgeWords![0], encoded.bridge![0] === 'utf8' ? encoded.bridge![1] : null);
  for (const [name, a] of Object.entries(index)) bodies.push([name, 'u32', new Uint8Array(a.buffer, a.byteOffset, a.byteLength)]);
  // The header's length depends on the offsets and the offsets on it: lay out from 0, then shift by the padded header.
  const sections: Record<string, Section> = {};
  let at = 0;
  for (const [name, type, body] of bodies) {
    sections[name] = { type, offset: at, bytes: body.byteLength };
    at = align8(at + body.byteLength);
  }
  const dataBytes = at;
  let start = 0;
  let header: Buffer;
  for (;;) {
    const shifted = Object.fromEntries(Object.entries(sections).map(([k, s]) => [k, { ...s, offset: s.offset + start }]));
    header = Buffer.from(JSON.stringify({ format: FORMAT, id: randomBytes(8).toString('hex'), size: start + dataBytes, sections: shifted }));
    if (align8(8 + header.length) === start) break;
    start = align8(8 + header.length);
  }
  const prefix = Buffer.alloc(start);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 4);
  header.copy(prefix, 8);
  // The pieces as they are, with zeros between them: no copy of 20 MB into one buffer.
  const out: Uint8Array[] = [prefix];
  for (const [, , body] of bodies) out.push(body, new Uint8Array(align8(body.byteLength) - body.byteLength));
  return out;
}

/**
 * The compiled data in `file`, or null when it is missing, damaged, truncated, foreign or of
 * another format (the caller compiles again). The trie and `logp` are read now; the other
 * fields are getters that read their section on first use, and take it from `fallback()`
 * (compiling the data again) if the file is gone or changed by then: never a failed check.
 */
export function readCompiledFile(file: string, fallback: () => CompiledChinese): CompiledChinese | null {
  if (!rawFormatUsable()) return null;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = readHeader(fd);
    if (!head) return null;
    const { sections } = head;
    const first = sections.keyParent!.offset;
    const last = Math.max(...Object.keys(EAGER).map((k) => sections[k]!.offset + sections[k]!.bytes));
    if (Object.keys(EAGER).some((k) => sections[k]!.offset < first)) return null;
    const buf = readAt(fd, first, last - first);
    if (!buf) return null;
    const view = (name: keyof typeof EAGER) => arrayView(buf, sections[name]!.type as ArrayType, sections[name]!.offset - first, sections[name]!.bytes);
    const trie = { keyParent: view('keyParent') as Int32Array, keyCode: view('keyCode') as Uint16Array, value: view('value') as Int32Array };
    const n = trie.keyParent.length;
    // A table with no free slot would make a look-up probe for ever.
    if (n === 0 || (n & (n - 1)) !== 0 || trie.keyCode.length !== n || trie.value.length !== n || trie.keyParent.indexOf(-1) < 0) return null;
    const out = { format: COMPILED_FORMAT, trie, logp: view('logp') as Float64Array } as CompiledChinese;
    const lazy = (name: LazyName | 'bridgeIndex', load: () => unknown) =>
      Object.defineProperty(out, name, {
        configurable: true,
        enumerable: true,
        get() {
          const value = load();
          Object.defineProperty(out, name, { value, configurable: true, enumerable: true, writable: true });
          return value;
        },
      });
    const section = (name: string) => readSection(file, head.header, sections[name]!);
    for (const name of LAZY) lazy(name, () => decode(section(name), sections[name]!) ?? fallback()[name]);
    // Undefined (the lexicon then reads the strings) when a section cannot be read or the bridge is not UTF-8.
    lazy('bridgeIndex', () => (sections.bridge!.type === 'utf8' ? bridgeIndex(section('bridgeWords'), sections.bridgeWords!.type as StringType, section('bridge'), section('bridgeWordBytes'), section('bridgeLineBytes')) : undefined));
    return out;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

interface Head { header: Buffer; sections: Record<string, Section> }

/** The header, checked field by field against the file's size; null when anything is off. */
function readHeader(fd: number): Head | null {
  const size = fstatSync(fd).size;
  const prefix = readAt(fd, 0, 8);
  if (!prefix || prefix.toString('latin1', 0, 4) !== MAGIC) return null;
  const length = prefix.readUInt32LE(4);
  if (length > MAX_HEADER || 8 + length > size) return null;
  const header = readAt(fd, 8, length);
  if (!header) return null;
  const parsed = JSON.parse(header.toString('utf8')) as { format?: unknown; id?: unknown; size?: unknown; sections?: Record<string, Section> };
  if (parsed?.format !== FORMAT || typeof parsed.id !== 'string' || parsed.size !== size || typeof parsed.sections !== 'object' || parsed.sections === null) return null;
  const sections = parsed.sections;
  const dataStart = align8(8 + length);
  const expected: [string, readonly Section['type'][]][] = [
    ...Object.entries({ ...EAGER, ...LAZY_ARRAYS, ...INDEX_ARRAYS }).map(([k, t]) => [k, [t]] as [string, Section['type'][]]),
    ...STRINGS.map((k) => [k, ['utf8', 'utf16le']] as [string, Section['type'][]]),
  ];
  for (const [name, types] of expected) {
    const s = sections[name];
    if (typeof s !== 'object' || s === null || !types.includes(s.type)) return null;
    const unit = s.type === 'utf8' ? 1 : s.type === 'utf16le' ? 2 : ARRAYS[s.type as ArrayType].BYTES_PER_ELEMENT;
    if (!Number.isSafeInteger(s.offset) || !Number.isSafeInteger(s.bytes) || s.offset < dataStart || s.offset % 8 !== 0 || s.bytes < 0 || s.bytes % unit !== 0 || s.offset + s.bytes > size) return null;
  }
  return { header: Buffer.concat([prefix, header]), sections };
}

/** The bytes of one lazy section, or null when the file is gone, changed since it was opened, or short. */
function readSection(file: string, header: Buffer, section: Section): Buffer | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // The random id in the header tells this write from any later one of the same name.
    const again = readAt(fd, 0, header.length);
    return again?.equals(header) ? readAt(fd, section.offset, section.bytes) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A lazy section's value from its bytes (null stays null). */
function decode(buf: Buffer | null, section: Section): Uint32Array | Float64Array | string | null {
  if (!buf) return null;
  if (section.type === 'utf8' || section.type === 'utf16le') return buf.toString(section.type);
  return arrayView(buf, section.type, 0, section.bytes) as Uint32Array | Float64Array;
}

/** The offsets of INDEX_ARRAYS for `data`, its bridge words encoded as `wordsType` and its bridge as `bridgeBytes` (UTF-8, or null). */
function indexBytes(data: CompiledChinese, wordsType: StringType, bridgeBytes: Buffer | null) {
  // Word i runs from the character after tab i-1 to tab i (as bridgeWords.split('\t')).
  const text = data.bridgeWords;
  const tabs: number[] = [];
  for (let tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', tab + 1)) tabs.push(tab);
  const count = text === '' ? 0 : tabs.length + 1;
  tabs.push(text.length);
  const bridgeWordBytes = new Uint32Array(count + 1);
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    bridgeWordBytes[i] = bytes;
    bytes += wordsType === 'utf8' ? Buffer.byteLength(text.slice(chars, tabs[i]), 'utf8') + 1 : 2 * (tabs[i]! + 1 - chars);
    chars = tabs[i]! + 1;
  }
  // One past the last word and a tab it does not have, as if every word had one.
  bridgeWordBytes[count] = bytes;
  const lines = data.bridgeStarts.length;
  const bridgeLineBytes = new Uint32Array(bridgeBytes && lines < 2 ** 21 ? lines : 0);
  if (!bridgeBytes || bridgeLineBytes.length === 0) return { bridgeWordBytes, bridgeLineBytes };
  // The lines' starts in order, as start * 2^21 + index (exact in a double: starts below 2^32).
  const order = new Float64Array(data.bridgeStarts.length);
  for (let i = 0; i < order.length; i++) order[i] = data.bridgeStarts[i]! * 2 ** 21 + i;
  order.sort();
  // One pass over the UTF-8 bytes, counting UTF-16 units: a 4-byte sequence is two of them.
  const startOf = (k: number) => (k < order.length ? Math.floor(order[k]! / 2 ** 21) : -1);
  let next = 0;
  let target = startOf(0);
  let units = 0;
  for (let byte = 0; byte <= bridgeBytes.length && target >= 0; byte++) {
    while (units === target) {
      bridgeLineBytes[order[next]! % 2 ** 21] = byte;
      target = startOf(++next);
    }
    const b = bridgeBytes[byte]!;
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return { bridgeWordBytes, bridgeLineBytes };
}

/** CompiledChinese's bridgeIndex over the bytes of the bridge's words and lines; undefined when any is missing. */
function bridgeIndex(words: Buffer | null, wordsType: StringType, bridge: Buffer | null, wordBytes: Buffer | null, lineBytes: Buffer | null): CompiledChinese['bridgeIndex'] {
  if (!words || !bridge || !wordBytes || !lineBytes) return undefined;
  const wordAt = arrayView(wordBytes, 'u32', 0, wordBytes.length);
  const lineAt = arrayView(lineBytes, 'u32', 0, lineBytes.length);
  if (wordAt.length === 0 || lineAt.length !== wordAt.length - 1) return undefined;
  const tab = wordsType === 'utf8' ? 1 : 2;
  // A damaged offset gives a wrong or empty string (as a damaged bridgeStarts does), never a throw.
  return {
    count: Math.max(0, wordAt.length - 1),
    word: (i) => words.toString(wordsType, wordAt[i] ?? 0, (wordAt[i + 1] ?? 0) - tab),
    line: (i) => {
      const start = lineAt[i] ?? 0;
      const end = bridge.indexOf(0x0a, start);
      return bridge.toString('utf8', start, end < 0 ? bridge.length : end);
    },
  };
}

/** `bytes` bytes from `position`, in a buffer of its own (offset 0), or null when the file is shorter. */
function readAt(fd: number, position: number, bytes: number): Buffer | null {
  const buf = Buffer.allocUnsafeSlow(bytes);
  for (let done = 0; done < bytes; ) {
    const n = readSync(fd, buf, done, bytes - done, position + done);
    if (n === 0) return null;
    done += n;
  }
  return buf;
}

/** A typed array over `bytes` bytes of `buf` from `offset`: a view when aligned, else a copy. */
function arrayView(buf: Buffer, type: ArrayType, offset: number, bytes: number) {
  const T = ARRAYS[type];
  const at = buf.byteOffset + offset;
  const memory = buf.buffer as ArrayBuffer;
  if (at % T.BYTES_PER_ELEMENT === 0) return new T(memory, at, bytes / T.BYTES_PER_ELEMENT);
  return new T(memory.slice(at, at + bytes));
}

const align8 = (n: number) => (n + 7) & ~7;
