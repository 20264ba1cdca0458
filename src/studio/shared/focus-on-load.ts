/**
 * Where keyboard focus and a screen reader start on a studio page that a form post led to. Every
 * studio form posts and the server answers with a page: a redirect to a page with a flash line
 * (`.flash`: "Saved.", "Planned …") when it worked, or the form again with a message under each
 * field at fault (`.field-error`) when it did not. Without help, focus starts at the top of the
 * document, so the user hears nothing of the outcome and must Tab through the header again.
 *
 * - Each shown field error is tied to its field: `aria-invalid="true"` and the error's id in the
 *   field's `aria-describedby`, so a screen reader reads the error with the field (WCAG 2.2
 *   SC 3.3.1 Error Identification; technique ARIA21).
 * - Focus goes to the first field at fault; else to the flash line (focusable with tabindex=-1),
 *   which reads it out, and Tab goes on from there. A page opened at a `#fragment` or with an
 *   `autofocus` field keeps the browser's own choice.
 */

const CONTROLS = 'input:not([type="hidden"]), select, textarea';
/** Where the search back from an error for its field stops: the start of another field or part. */
const BOUNDARY = 'label, legend, h1, h2, h3, h4, h5, h6';

/** The fields an error paragraph is about: those of its fieldset when it sits in one, else the nearest field before it. */
export function fieldsOf(error: Element): HTMLElement[] {
  if (error.parentElement instanceof HTMLFieldSetElement) return [...error.parentElement.querySelectorAll<HTMLElement>(CONTROLS)];
  // Back over what sits between a field and its error (a hint, a zone list, a script).
  for (let el = error.previousElementSibling; el; el = el.previousElementSibling) {
    if (el.matches(CONTROLS)) return [el as HTMLElement];
    const inside = el.querySelector<HTMLElement>(CONTROLS);
    if (inside) return [inside];
    if (el.matches(BOUNDARY)) break;
  }
  return [];
}

/** Ties every shown `.field-error` to its fields; returns the first field at fault, if any. */
export function linkFieldErrors(root: ParentNode = document): HTMLElement | undefined {
  let first: HTMLElement | undefined;
  root.querySelectorAll<HTMLElement>('.field-error').forEach((error, i) => {
    if (error.hidden || !error.textContent?.trim()) return;
    const fields = fieldsOf(error);
    if (fields.length === 0) return;
    if (!error.id) error.id = `field-error-${i + 1}`;
    for (const field of fields) {
      field.setAttribute('aria-invalid', 'true');
      const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      if (!ids.includes(error.id)) field.setAttribute('aria-describedby', [...ids, error.id].join(' '));
    }
    first ??= fields.find((f) => f.getClientRects().length > 0);
  });
  return first;
}

/** Links the field errors, then puts focus on the first field at fault or on the flash line. */
export function focusOnLoad(): void {
  const firstInvalid = linkFieldErrors();
  if (location.hash || document.querySelector('[autofocus]') || (document.activeElement && document.activeElement !== document.body)) return;
  const target = firstInvalid ?? document.querySelector<HTMLElement>('.flash[tabindex]');
  target?.focus();
}
