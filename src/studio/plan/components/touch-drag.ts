/**
 * Dragging a plan card by its ⠿ handle with a finger or a pen (Pointer Events): the card follows
 * nothing, but the drop target under the finger is outlined, the page scrolls when the finger
 * nears the top or bottom edge (so the ideas list below the agenda can be reached), and lifting
 * the finger drops the card there. A touch that does not move is left to the handle's click
 * (the tap-to-move mode of PlanBoard.astro). Mouse pointers keep native HTML drag and drop.
 */

/** Movement (px) before a press on the handle counts as a drag rather than a tap. */
const DRAG_THRESHOLD = 8;
/** Distance (px) from the viewport's top or bottom edge at which the page scrolls while dragging. */
const EDGE = 56;

export interface TouchDragHooks {
  /** The drop target at a point, or null when it does not accept `item`. */
  targetAt(item: HTMLElement, x: number, y: number): HTMLElement | null;
  /** Marks the target under the finger (null: none). */
  highlight(target: HTMLElement | null): void;
  drop(item: HTMLElement, target: HTMLElement): void;
  /** A drag started: any tap-to-move or keyboard pick-up in progress ends. */
  started(item: HTMLElement): void;
  ended(item: HTMLElement): void;
}

/** Wires one handle; `item` is the card it moves. */
export function enableTouchDrag(handle: HTMLElement, item: HTMLElement, hooks: TouchDragHooks): void {
  let drag: { id: number; x: number; y: number; moving: boolean; target: HTMLElement | null; lastY: number; frame: number } | null = null;

  const scroll = () => {
    if (!drag?.moving) return;
    const dy = drag.lastY < EDGE ? -12 : drag.lastY > innerHeight - EDGE ? 12 : 0;
    if (dy) window.scrollBy(0, dy);
    drag.frame = requestAnimationFrame(scroll);
  };
  const finish = () => {
    if (!drag) return;
    cancelAnimationFrame(drag.frame);
    if (drag.moving) hooks.ended(item);
    hooks.highlight(null);
    drag = null;
  };

  handle.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' || !e.isPrimary) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moving: false, target: null, lastY: e.clientY, frame: 0 };
    handle.setPointerCapture(e.pointerId);
  });
  handle.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    drag.lastY = e.clientY;
    if (!drag.moving) {
      if (Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < DRAG_THRESHOLD) return;
      drag.moving = true;
      hooks.started(item);
      drag.frame = requestAnimationFrame(scroll);
    }
    e.preventDefault();
    drag.target = hooks.targetAt(item, e.clientX, e.clientY);
    hooks.highlight(drag.target);
  });
  handle.addEventListener('pointerup', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const { moving, target } = drag;
    finish();
    if (!moving) return;
    // A click that may follow the drag must not also start a tap-to-move (see wasJustDragged).
    handle.dataset.draggedAt = String(Date.now());
    if (target) hooks.drop(item, target);
  });
  handle.addEventListener('pointercancel', finish);
}

/** True for the click a browser may send right after a finger drag ended on `handle`. */
export function wasJustDragged(handle: HTMLElement): boolean {
  return Date.now() - Number(handle.dataset.draggedAt ?? 0) < 700;
}
