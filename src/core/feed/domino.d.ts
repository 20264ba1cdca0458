/** The parts of @mixmark-io/domino (turndown's DOM, a WHATWG DOM in plain JS) that import uses. */
declare module '@mixmark-io/domino' {
  interface DominoElement {
    nodeName: string;
    nodeType: number;
    textContent: string | null;
    innerHTML: string;
    firstChild: DominoElement | null;
    parentNode: DominoElement | null;
    childNodes: ArrayLike<DominoElement>;
    getAttribute(name: string): string | null;
    getElementById(id: string): DominoElement | null;
    createTextNode(text: string): DominoElement;
    insertBefore(node: DominoElement, before: DominoElement | null): DominoElement;
    querySelector(selector: string): DominoElement | null;
    querySelectorAll(selector: string): { forEach(fn: (node: DominoElement & { remove(): void }) => void): void };
    remove(): void;
  }
  const domino: { createDocument(html: string): DominoElement };
  export default domino;
}
