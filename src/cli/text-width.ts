/**
 * Column alignment for terminals: a Han character or an emoji takes two columns, a combining
 * mark none (Unicode East Asian Width, UAX #11, measured by string-width).
 */
import stringWidth from 'string-width';

/** `text` padded with spaces to `width` terminal columns (unchanged when already wider). */
export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Rows of cells as aligned columns: each column as wide as its widest cell, 2 spaces apart. */
export function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padEndToWidth(cell, widths[i]!))).join('  '));
}
