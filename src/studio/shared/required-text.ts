/**
 * The message of a required studio field left empty, in the studio's language and naming the
 * field. Without it the browser's own bubble shows, in the browser's language ("Please fill out
 * this field." in the Chinese studio on an English browser) and without the field's name: on
 * **Plan a post** (title), quick capture (title) and **Remove** of a channel that posts use
 * (where they go). Forms that check on the server (`novalidate`) never show it.
 */
import type { Lang } from './i18n.ts';
import type { StudioLocale } from './locale.ts';

/**
 * "请填写“标题”" / `Fill in "Title"`; for a list, "请为“…”选一项" / `Choose an item for "…"`;
 * in `zh-Hant` the same in Traditional characters, written here (this runs in the browser, where
 * OpenCC is not loaded; a unit test holds them to OpenCC's conversion).
 * `label`: the field's label text (trimmed here; empty = a sentence without a name).
 */
export function missingValueText(label: string, kind: 'text' | 'select', lang: Lang | StudioLocale): string {
  const name = label.trim().replace(/\s+/g, ' ');
  if (lang === 'zh-Hant') {
    if (kind === 'select') return name ? `請為「${name}」選一項` : '請在列表中選一項';
    return name ? `請填寫「${name}」` : '請填寫這一項';
  }
  if (lang === 'zh') {
    if (kind === 'select') return name ? `请为“${name}”选一项` : '请在列表中选一项';
    return name ? `请填写“${name}”` : '请填写这一项';
  }
  if (kind === 'select') return name ? `Choose an item for "${name}"` : 'Choose an item in the list';
  return name ? `Fill in "${name}"` : 'Fill in this field';
}

/** The part of a form control used here. */
interface RequiredField {
  tagName: string;
  value: string;
  required: boolean;
  labels: ArrayLike<{ textContent: string | null }> | null;
  setCustomValidity(message: string): void;
}

/**
 * Gives every required field of `doc` the message above while it is empty, and takes it away as
 * soon as it holds a value (the `input` and `change` events), so the browser's check, which runs
 * before a form posts, says it in the studio's language (`<html lang>`).
 */
export function nameRequiredFields(doc: Document = document): void {
  const tag = doc.documentElement.lang;
  const lang: Lang | StudioLocale = tag === 'zh-Hant' ? 'zh-Hant' : tag.startsWith('zh') ? 'zh' : 'en';
  const update = (field: RequiredField) => {
    if (!field.required) return;
    const label = field.labels?.[0]?.textContent ?? '';
    field.setCustomValidity(field.value.trim() === '' ? missingValueText(label, field.tagName === 'SELECT' ? 'select' : 'text', lang) : '');
  };
  const fields = Array.from(doc.querySelectorAll('input[required], select[required], textarea[required]')) as unknown as RequiredField[];
  fields.forEach(update);
  const onChange = (event: Event | { target: unknown }) => {
    const target = event.target as RequiredField | null;
    if (target && typeof target.setCustomValidity === 'function') update(target);
  };
  doc.addEventListener('input', onChange as EventListener);
  doc.addEventListener('change', onChange as EventListener);
}
