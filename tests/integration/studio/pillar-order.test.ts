/**
 * Reordering pillars on the brand page: the studio had no way to change their order (the plan's
 * rotation order and the portfolio's), short of editing planner.json. Move up / Move down are
 * submit buttons; a moved pillar keeps its colour (the palette colour is by position), its
 * formerIds and the keys the form does not show.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PILLAR_PALETTE } from '../../../src/core/pillar-colors.ts';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';
import { brandFormFields } from './brand-form-fields.ts';

let studio: Studio;
const plannerFile = () => join(studio.root, 'content/planner.json');
const readPlanner = () => JSON.parse(readFileSync(plannerFile(), 'utf8')) as { brand: { pillars: Record<string, unknown>[] } };

beforeAll(async () => {
  studio = await startStudio();
  const planner = readPlanner();
  planner.brand.pillars[1]!.formerIds = ['photos'];
  planner.brand.pillars[1]!['x-note'] = 'kept';
  writeFileSync(plannerFile(), JSON.stringify(planner, null, 2));
});
afterAll(async () => {
  await studio?.stop();
});


const post = (fields: Record<string, string>, action: string, lang = 'en') =>
  fetch(`${studio.url}/studio/brand`, { method: 'POST', body: new URLSearchParams({ ...fields, action }), headers: { origin: studio.url, cookie: `throughline-lang=${lang}` }, redirect: 'manual' });

describe('the brand page: reordering pillars', () => {
  it('moves a pillar up with its fields, its colour and its old addresses, saving nothing until Save', async () => {
    const before = readFileSync(plannerFile(), 'utf8');
    const page = await (await fetch(`${studio.url}/studio/brand`)).text();
    expect(page).toContain('id="move-pillar-up-1"');
    expect(page).not.toContain('id="move-pillar-up-0"');
    const response = await post(brandFormFields(page), 'move-pillar-up-1');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(readFileSync(plannerFile(), 'utf8')).toBe(before);
    const fields = brandFormFields(html);
    expect([fields['pillar-0-id'], fields['pillar-1-id'], fields['pillar-2-id']]).toEqual(['food-photography', 'recipes', 'kitchen-stories']);
    expect([fields['pillar-0-was'], fields['pillar-1-was']]).toEqual(['food-photography', 'recipes']);
    // Each shows the colour it showed at its old place.
    expect([fields['pillar-0-color'], fields['pillar-1-color'], fields['pillar-2-color']]).toEqual([PILLAR_PALETTE[1], PILLAR_PALETTE[0], PILLAR_PALETTE[2]]);
    expect(html).toMatch(/id="pillar-0-former"[^>]*>[^<]*\/pillars\/photos\//);
    // Focus stays on the moved pillar's buttons (Move up is gone at the top), and a line says it is not saved yet.
    expect(html).toMatch(/<button[^>]*id="move-pillar-down-0"[^>]*autofocus/);
    expect(html).toContain('Save to keep the new order');

    expect((await post(fields, 'save')).status).toBe(303);
    const pillars = readPlanner().brand.pillars;
    expect(pillars.map((p) => p.id)).toEqual(['food-photography', 'recipes', 'kitchen-stories']);
    expect(pillars[0]).toMatchObject({ color: PILLAR_PALETTE[1], formerIds: ['photos'], 'x-note': 'kept' });
    expect(pillars[1]).toMatchObject({ color: PILLAR_PALETTE[0] });
    expect(pillars[2]!.color).toBeUndefined();
  });

  it('labels the buttons in Chinese', async () => {
    const html = await (await fetch(`${studio.url}/studio/brand`, { headers: { cookie: 'throughline-lang=zh' } })).text();
    expect(html).toMatch(/aria-label="下移：支柱 1（[^）]+）"/);
    expect(html).toMatch(/aria-label="上移：支柱 2（[^）]+）"/);
  });
});
