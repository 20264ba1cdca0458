/**
 * Browser side of CadenceEditor.astro: keeps the RRULE field in step with the chosen preset or
 * builder, shows only the active builder, and fetches the rule in words and the next 8 slots.
 */
import { composeCadence, readCadenceChoice, type Preset } from '../cadence-compose.ts';
import { formatSlot } from '../../plan/format.ts';

type Preview = { text: string; slots: { date: string; start: string }[]; note?: string } | { error: string; field: string };

export function initCadenceEditor(editor: HTMLElement): void {
  const form = editor.closest('form');
  if (!form) return;
  const presets = JSON.parse(editor.dataset.presets ?? '[]') as Preset[];
  const lang = editor.dataset.lang === 'zh' || editor.dataset.lang === 'zh-Hant' ? editor.dataset.lang : 'en';
  const mode = editor.querySelector<HTMLSelectElement>('[data-cadence-mode]')!;
  const raw = editor.querySelector<HTMLInputElement>('[data-cadence-raw]')!;
  editor.querySelector<HTMLElement>('[data-preview-button]')?.setAttribute('hidden', '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;

  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void loadPreview(form, editor, raw.value, lang, ++sequence, () => sequence), 150);
  };
  const syncRule = () => {
    editor.querySelectorAll<HTMLElement>('[data-builder]').forEach((b) => (b.hidden = b.dataset.builder !== mode.value));
    if (mode.value !== 'custom') {
      const data = new FormData(form);
      const choice = readCadenceChoice((n) => data.get(n) as string | null, (n) => data.getAll(n) as string[]);
      raw.value = composeCadence(choice, presets);
    }
    refresh();
  };
  editor.addEventListener('change', (event) => {
    if (event.target !== raw) syncRule();
  });
  raw.addEventListener('input', () => {
    mode.value = 'custom';
    syncRule();
  });
  for (const name of ['start', 'time', 'timezone']) (form.elements.namedItem(name) as HTMLElement | null)?.addEventListener('input', refresh);
  refresh();
}

async function loadPreview(form: HTMLFormElement, editor: HTMLElement, cadence: string, lang: string, mine: number, latest: () => number) {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  const query = new URLSearchParams({ cadence, start: value('start'), time: value('time'), zone: value('timezone'), lang });
  let preview: Preview;
  try {
    const response = await fetch(`/studio/api/cadence-preview?${query}`);
    preview = (await response.json()) as Preview;
  } catch {
    return;
  }
  if (mine !== latest()) return;
  const text = editor.querySelector<HTMLElement>('[data-preview-text]')!;
  const error = editor.querySelector<HTMLElement>('[data-preview-error]')!;
  const list = editor.querySelector<HTMLElement>('[data-preview-slots]')!;
  const note = editor.querySelector<HTMLElement>('[data-preview-note]')!;
  note.textContent = 'note' in preview ? (preview.note ?? '') : '';
  note.hidden = !note.textContent;
  if ('error' in preview) {
    text.textContent = '';
    error.textContent = preview.error;
    error.hidden = false;
    list.replaceChildren();
    return;
  }
  text.textContent = preview.text;
  error.hidden = true;
  list.replaceChildren(
    ...preview.slots.map((s) => {
      const li = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = s.start;
      time.textContent = formatSlot(s.start, lang === 'zh' || lang === 'zh-Hant' ? lang : 'en');
      li.append(time);
      return li;
    }),
  );
}
