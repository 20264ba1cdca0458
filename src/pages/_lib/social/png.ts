/**
 * A PNG (ISO/IEC 15948, W3C PNG 2nd edition) of 8-bit RGBA pixels: no row filter, deflate done
 * on libuv's thread pool. A card is mostly flat colour, so this is ~40 KB.
 *
 * Cards share most of their rows (the frame: background, name, footer): encodePngOver deflates
 * only the rows between the first and the last that differ from the frame's, and splices them
 * between the frame's own rows compressed once (RFC 1951 §3.2.3: a stream is a series of
 * blocks, and each part here ends in an empty stored block at a byte boundary, as zlib's
 * Z_SYNC_FLUSH leaves it). The zlib trailer (RFC 1950 §2.2) is the Adler-32 of all the rows,
 * combined from the parts' own (zlib's adler32_combine).
 */
import { constants, crc32, createDeflate } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The zlib header of a deflate stream with a 32 KB window (RFC 1950 §2.2: CMF 0x78, FLG with FCHECK). */
const ZLIB_HEADER = Buffer.from([0x78, 0x01]);
/** A final fixed-Huffman block holding only its end code: closes the spliced parts. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
const ADLER_BASE = 65521;
/** Rows are split at multiples of this, so that cards with similar text share their frame parts. */
const SPLIT_ROWS = 16;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function pngOf(width: number, height: number, zlibData: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibData), chunk('IEND', Buffer.alloc(0))]);
}

/** A part of a deflate stream: its blocks (ending at a byte boundary), the Adler-32 and length of its data. */
interface Part {
  blocks: Buffer;
  adler: number;
  length: number;
}

/** `data` deflated into blocks that end in an empty stored block, with its Adler-32 from zlib's own trailer. */
export function deflatePart(data: Buffer, level: number): Promise<Part> {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level });
    const out: Buffer[] = [];
    let flushed = 0;
    z.on('data', (c: Buffer) => out.push(c)).once('error', reject);
    z.once('end', () => {
      const all = Buffer.concat(out);
      // Header (2 bytes), the blocks up to the sync flush, then the final block and the Adler-32 (4 bytes).
      resolve({ blocks: all.subarray(2, flushed), adler: all.readUInt32BE(all.length - 4), length: data.length });
    });
    z.write(data);
    z.flush(constants.Z_SYNC_FLUSH, () => {
      flushed = out.reduce((n, c) => n + c.length, 0);
      z.end();
    });
  });
}

/** Adler-32 of two pieces of data joined, from theirs (zlib's adler32_combine). */
export function combineAdler(adler1: number, adler2: number, length2: number): number {
  const rem = length2 % ADLER_BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (adler2 & 0xffff) + ADLER_BASE - 1;
  sum2 += (adler1 >>> 16) + (adler2 >>> 16) + ADLER_BASE - rem;
  sum1 %= ADLER_BASE;
  sum2 %= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** Compressed row ranges of base scanlines, by base key and range; at most BASE_PARTS. */
const baseParts = new Map<string, Promise<Part>>();
const BASE_PARTS = 256;

function basePart(base: Buffer, baseKey: string, stride: number, from: number, to: number): Promise<Part> {
  const key = `${baseKey}\n${from}-${to}`;
  let part = baseParts.get(key);
  if (!part) {
    if (baseParts.size >= BASE_PARTS) baseParts.clear();
    // Compressed once for many cards: worth a better level.
    baseParts.set(key, (part = deflatePart(base.subarray(from * stride, to * stride), 6)));
  }
  return part;
}

/**
 * The PNG of `rows`, `height` scanlines of 8-bit RGBA (not premultiplied) each after its
 * filter-type byte (0: none) as PNG stores them before compression, whose rows outside
 * [`changed.top`, `changed.bottom`) equal those of `base`, scanlines of the same size that
 * `baseKey` names (the same key, the same base): the changed rows are deflated, the others
 * taken from base's, compressed once. Decodes to exactly `rows`.
 */
export async function encodePngOver(rows: Buffer, base: Buffer, baseKey: string, size: { width: number; height: number }, changed: { top: number; bottom: number }): Promise<Buffer> {
  const { width, height } = size;
  const stride = width * 4 + 1;
  const top = Math.max(0, changed.top);
  const bottom = Math.min(height, Math.max(top, changed.bottom));
  const from = Math.floor(top / SPLIT_ROWS) * SPLIT_ROWS;
  const to = bottom === top ? from : Math.min(height, Math.ceil(bottom / SPLIT_ROWS) * SPLIT_ROWS);
  const parts = await Promise.all([
    ...(from > 0 ? [basePart(base, baseKey, stride, 0, from)] : []),
    ...(to > from ? [deflatePart(rows.subarray(from * stride, to * stride), 2)] : []),
    ...(to < height ? [basePart(base, baseKey, stride, to, height)] : []),
  ]);
  const adler = parts.slice(1).reduce((sum, p) => combineAdler(sum, p.adler, p.length), parts[0]!.adler);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  return pngOf(width, height, Buffer.concat([ZLIB_HEADER, ...parts.map((p) => p.blocks), FINAL_BLOCK, trailer]));
}
