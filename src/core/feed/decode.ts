/**
 * Feed bytes -> text. XML feeds declare their encoding (`<?xml ... encoding="GB2312"?>`); the
 * bytes are decoded by that declaration before parsing, so GB2312 and ISO-8859-1 feeds read
 * as they were written; undeclared bytes that are not UTF-8 are read as windows-1252.
 */
import { ThroughlineError } from '../errors.ts';

const XML_DECLARATION = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * Decodes feed bytes. Order of precedence: a byte-order mark, then the charset a server sent,
 * then the XML declaration, then UTF-8. Throws a ThroughlineError naming `source` for an
 * encoding the runtime does not know.
 */
export function decodeFeedBytes(bytes: Uint8Array, source: string, charset?: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  // ASCII-compatible peek: enough to read an XML declaration in any encoding a feed uses.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200)).trimStart();
  const declared = charset?.trim() || XML_DECLARATION.exec(head)?.[1];
  if (declared) return new TextDecoder(decoderLabel(declared, source)).decode(bytes);
  return decodeUndeclared(bytes);
}

/**
 * Bytes that name no encoding: UTF-8 when they are valid UTF-8, else windows-1252, the
 * encoding the WHATWG Encoding standard gives unlabeled legacy text (old Latin-1 feeds).
 */
function decodeUndeclared(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function decoderLabel(label: string, source: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new ThroughlineError(`the feed declares the encoding "${label}", which this runtime cannot decode`, {
      file: source,
      field: 'encoding',
      hint: 'convert the file to UTF-8 (e.g. iconv -f OLD -t UTF-8) and import that',
    });
  }
}
