/**
 * /favicon.ico for browsers and tools that ask for it whatever the page says: public/favicon.svg
 * drawn at 32 and 48 px by resvg, as PNG images inside an ICO container (the ICO format has held
 * PNG images since Windows Vista: a 6-byte header, a 16-byte entry per image, then the images).
 */
import { Resvg } from '@resvg/resvg-js';
import svg from '../../public/favicon.svg?raw';

const SIZES = [32, 48];
// Resvg scans every system font for each image unless told not to (tens of milliseconds, more with
// CJK fonts installed): only an icon with text needs them.
const loadSystemFonts = /<text[\s>]/.test(svg);

export function GET(): Response {
  const pngs = SIZES.map((size) => new Resvg(svg, { font: { loadSystemFonts }, fitTo: { mode: 'width', value: size } }).render().asPng());
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(SIZES[i]!, entry);
    header.writeUInt8(SIZES[i]!, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return new Response(new Uint8Array(Buffer.concat([header, ...pngs])), { headers: { 'Content-Type': 'image/x-icon' } });
}
