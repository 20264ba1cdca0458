/** The parts of @mixmark-io/domino (turndown's DOM, a WHATWG DOM in plain JS) that import uses. */
declare module '@mixmark-io/domino' {
  interface DominoElement {
    textContent: string | null;
    innerHTML: string;
    getAttribute(name: string): string | null;
    querySelector(selector: string): DominoElement | null;
    querySelectorAll(selector: string): { forEach(fn: (node: DominoElement & { remove(): void }) => void): void };
    remove(): void;
  }
  const domino: { createDocument(html: string): DominoElement };
  export default domino;
}
