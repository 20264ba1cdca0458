/**
 * The text of a user's file, which must be UTF-8. A file in another encoding (GBK from a
 * Chinese Windows editor, UTF-16 from Notepad's "Unicode") is refused naming where its first
 * byte that is not UTF-8 sits and the encoding it looks like: read leniently, every Chinese
 * character would become U+FFFD, shown as such and written back over the user's text by a save.
 */
import { ThroughlineError } from './errors.ts';
import type { Text } from './i18n/text.ts';

// ignoreBOM keeps a leading U+FEFF in the text: the planner's and the posts' readers decide on it.
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file that is not UTF-8 text: a ThroughlineError that a reader of many files (import) may skip. */
export class NotUtf8Error extends ThroughlineError {}

/**
 * `bytes` as a string, byte order mark kept. Throws a NotUtf8Error (a ThroughlineError) naming `file`, the line
 * and column (1-based, in characters) of the first byte that is not UTF-8, and the encoding
 * the bytes look like (UTF-16 by its mark, else GBK/GB18030 or Big5 when they decode as it).
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return STRICT.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, at)).split('\n');
    const line = before.length;
    const column = [...before.at(-1)!].length + 1;
    const guess = guessEncoding(bytes);
    const looks = guess ? { en: `; it looks like ${guess}`, zh: `；看起来是 ${guess}` } : { en: '', zh: '' };
    throw new NotUtf8Error(
      { en: `is not UTF-8 text (line ${line}, column ${column})${looks.en}`, zh: `不是 UTF-8 文本（第 ${line} 行第 ${column} 列）${looks.zh}` },
      { file, hint: saveAsUtf8(guess) },
    );
  }
}

function saveAsUtf8(guess: string | undefined): Text {
  const from = guess?.startsWith('GBK') ? 'GB18030' : guess?.startsWith('UTF-16') ? 'UTF-16' : guess;
  const iconv = from ? { en: `, or run iconv -f ${from} -t UTF-8`, zh: `，或运行 iconv -f ${from} -t UTF-8` } : { en: '', zh: '' };
  return {
    en: `open it in your editor and save it as UTF-8 (VS Code: Reopen with Encoding, then Save with Encoding)${iconv.en}; the file was left as it is`,
    zh: `请在编辑器中把它另存为 UTF-8（VS Code：“通过编码重新打开”，再“通过编码保存”）${iconv.zh}；文件保持原样未改动`,
  };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    try {
      STRICT.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

function guessEncoding(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  for (const [label, name] of [
    ['gb18030', 'GBK (GB18030)'],
    ['big5', 'Big5'],
  ] as const) {
    try {
      if (/\p{Script=Han}/u.test(new TextDecoder(label, { fatal: true }).decode(bytes))) return name;
    } catch {
      // not this encoding either
    }
  }
  return undefined;
}
