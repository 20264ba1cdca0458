import { describe, expect, it } from 'vitest';
import { KEPT_PATH, keepUnsavedEdits, type HotChannel } from '../../../../src/studio/shared/keep-edits.ts';

/** A document with no forms, its body served with or without data-posted. */
function fakeDocument(posted: boolean): Document {
  return { forms: [], addEventListener: () => undefined, body: { hasAttribute: (name: string) => posted && name === 'data-posted' } } as unknown as Document;
}

/** The path Vite's client would reload after the listeners keepUnsavedEdits set ran. */
function reloadPath(doc: Document): string {
  let listener: (payload: { path?: string }) => void = () => undefined;
  const hot: HotChannel = { on: (_event, l) => { listener = l; } };
  keepUnsavedEdits(hot, doc);
  const payload = { path: '*' };
  listener(payload);
  return payload.path;
}

/** A document whose listeners run as a browser's would for one dispatched submit (capture, then bubble). */
function listeningDocument(): { doc: Document; submit: (form: { method: string }, prevented?: boolean) => void } {
  const listeners: { type: string; capture: boolean; fn: (e: Event) => void }[] = [];
  const doc = {
    forms: [],
    body: { hasAttribute: () => false },
    defaultView: { addEventListener: () => undefined },
    addEventListener: (type: string, fn: (e: Event) => void, capture?: boolean) => { listeners.push({ type, capture: capture === true, fn }); },
  } as unknown as Document;
  const submit = (form: { method: string }, prevented = false) => {
    const event = { type: 'submit', target: form, defaultPrevented: prevented } as unknown as Event;
    for (const l of listeners.filter((x) => x.type === 'submit' && x.capture)) l.fn(event);
    for (const l of listeners.filter((x) => x.type === 'submit' && !x.capture)) l.fn(event);
  };
  return { doc, submit };
}

/** keepUnsavedEdits on `doc`, and a function giving the path Vite's client would reload now. */
function watch(doc: Document): () => string {
  let listener: (payload: { path?: string }) => void = () => undefined;
  keepUnsavedEdits({ on: (_event, l) => { listener = l; } }, doc);
  return () => { const payload = { path: '*' }; listener(payload); return payload.path; };
}

describe('keepUnsavedEdits', () => {
  it('keeps a page whose form post is on its way: a reload would cancel it and load the old URL (a published draft read "No such post")', () => {
    const { doc, submit } = listeningDocument();
    const reload = watch(doc);
    expect(reload()).toBe('*');
    submit({ method: 'post' });
    expect(reload()).toBe(KEPT_PATH);
  });

  it('still reloads after a submit a script took over, or a GET form', () => {
    const taken = listeningDocument();
    const reloadTaken = watch(taken.doc);
    taken.submit({ method: 'post' }, true);
    expect(reloadTaken()).toBe('*');
    const get = listeningDocument();
    const reloadGet = watch(get.doc);
    get.submit({ method: 'get' });
    expect(reloadGet()).toBe('*');
  });

  it('lets the dev server reload a page served to a GET with no typing', () => {
    expect(reloadPath(fakeDocument(false))).toBe('*');
  });

  it('keeps a page served as the answer to a form post, which a reload would post again', () => {
    expect(reloadPath(fakeDocument(true))).toBe(KEPT_PATH);
  });
});
