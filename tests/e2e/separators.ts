/** A check shared by the portfolio and studio e2e tests: no line starts with a "·" separator. */
import type { Page } from 'playwright-core';

/**
 * The separators of `page` that start a line: each "·" of a text node whose previous visible
 * glyph lies on a line above it, and each element whose ::before draws a "·" and that begins a
 * line of its parent (it sits below the sibling before it). Returned as the text around them.
 */
export function separatorsStartingLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const glyphs: { char: string; rect: DOMRect; context: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, .visually-hidden, [hidden]') || !parent.checkVisibility()) continue;
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        glyphs.push({ char: text[i]!, rect, context: (parent.textContent ?? '').trim().slice(0, 80) });
      }
    }
    glyphs.forEach((g, i) => {
      const before = glyphs[i - 1];
      if (g.char === '·' && before && before.rect.bottom <= g.rect.top + 1) found.push(g.context);
    });
    for (const el of document.body.querySelectorAll('*')) {
      if (!getComputedStyle(el, '::before').content.includes('·')) continue;
      const previous = el.previousElementSibling;
      if (previous && previous.getBoundingClientRect().bottom <= el.getBoundingClientRect().top + 1) found.push((el.parentElement?.textContent ?? '').trim().slice(0, 80));
    }
    return found;
  });
}
