/**
 * An HTML `<table>` as a GFM pipe table (github.github.com/gfm/#tables-extension-), for
 * html-to-markdown.ts. GFM needs a header row and drops the cells of a row past the header's
 * width, so the first row is the header (a WordPress or Ghost table often puts its `<th>` row in
 * `<tbody>`, or has none) and every row is padded to the widest row; a `colspan` adds empty
 * cells after its own. A cell's Markdown is made one line (GFM cells cannot hold blocks) and
 * its `|` escaped; the header's `align` or `text-align` sets the column's alignment.
 */

/** The DOM surface of a turndown node that the table walk reads. */
export interface TableNode {
  nodeName: string;
  childNodes: ArrayLike<TableNode>;
  getAttribute?(name: string): string | null;
}

/** `table` as a pipe table between blank lines, each cell through `convertCell` (Markdown of its content); '' for a table with no cell. */
export function tableToMarkdown(table: TableNode, convertCell: (cell: TableNode) => string): string {
  const rows = tableRows(table).map((row) => rowCells(row, convertCell));
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  if (width === 0) return '';
  const padded = rows.map((cells) => [...cells, ...Array<Cell>(width - cells.length).fill({ text: '', align: '' })]);
  const line = (texts: string[]) => `| ${texts.join(' | ')} |`;
  const [header, ...body] = padded;
  const separator = header.map(({ align }) => ({ left: ':--', center: ':-:', right: '--:' } as Record<string, string>)[align] ?? '---');
  const caption = childrenNamed(table, 'CAPTION').map((node) => convertCell(node).replace(/\s+/g, ' ').trim()).filter(Boolean);
  const lines = [line(header.map((cell) => cell.text)), line(separator), ...body.map((cells) => line(cells.map((cell) => cell.text)))];
  return `\n\n${caption.map((text) => `${text}\n\n`).join('')}${lines.join('\n')}\n\n`;
}

interface Cell {
  text: string;
  align: string;
}

function tableRows(table: TableNode): TableNode[] {
  return Array.from(table.childNodes).flatMap((child) => {
    const name = child.nodeName.toUpperCase();
    if (name === 'TR') return [child];
    return name === 'THEAD' || name === 'TBODY' || name === 'TFOOT' ? childrenNamed(child, 'TR') : [];
  });
}

function rowCells(row: TableNode, convertCell: (cell: TableNode) => string): Cell[] {
  return Array.from(row.childNodes)
    .filter((child) => /^T[DH]$/i.test(child.nodeName))
    .flatMap((cell) => {
      const text = convertCell(cell).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
      const span = Math.min(1000, Math.max(1, Number.parseInt(cell.getAttribute?.('colspan') ?? '1', 10) || 1));
      return [{ text, align: cellAlign(cell) }, ...Array<Cell>(span - 1).fill({ text: '', align: '' })];
    });
}

function cellAlign(cell: TableNode): string {
  const style = /text-align\s*:\s*(left|center|right)/i.exec(cell.getAttribute?.('style') ?? '')?.[1];
  return (style ?? cell.getAttribute?.('align') ?? '').toLowerCase();
}

function childrenNamed(node: TableNode, name: string): TableNode[] {
  return Array.from(node.childNodes).filter((child) => child.nodeName.toUpperCase() === name);
}
