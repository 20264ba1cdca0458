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

describe('keepUnsavedEdits', () => {
  it('lets the dev server reload a page served to a GET with no typing', () => {
    expect(reloadPath(fakeDocument(false))).toBe('*');
  });

  it('keeps a page served as the answer to a form post, which a reload would post again', () => {
    expect(reloadPath(fakeDocument(true))).toBe(KEPT_PATH);
  });
});
