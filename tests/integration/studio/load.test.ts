/**
 * Load: 200 concurrent brand saves through the studio on a real `astro dev`. Each is applied
 * (303) or reported (400 with the field's error); the file stays valid, and since a brand save
 * replaces the whole brand, the file holds exactly one applied save, never a mix of two.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validatePlanner } from '../../../src/core/planner-file.ts';
import { type Studio, startStudio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

/** The brand form of save `i`; every 10th is invalid (an empty label or an unknown zone). */
function brandFields(i: number): Record<string, string> {
  const invalid = i % 10 === 9;
  return {
    name: 'Mei Lin',
    label: invalid && i % 20 === 9 ? '' : `Label of save ${i}`,
    audience: `Audience of save ${i}`,
    strengths: `cooking\nsave-${i}`,
    impressions: 'warm',
    timezone: invalid && i % 20 === 19 ? 'Mars/Olympus_Mons' : 'Asia/Shanghai',
    'pillar-0-id': 'recipes', 'pillar-0-name': 'Recipes', 'pillar-0-keywords': 'recipe, braise',
    'pillar-1-id': 'food-photography', 'pillar-1-name': 'Food photography', 'pillar-1-keywords': 'photo, light',
    'pillar-2-id': 'kitchen-stories', 'pillar-2-name': 'Kitchen stories', 'pillar-2-keywords': 'family',
  };
}

function save(i: number) {
  return fetch(`${studio.url}/studio/brand`, {
    method: 'POST',
    body: new URLSearchParams(brandFields(i)),
    headers: { origin: studio.url },
    redirect: 'manual',
  });
}

describe('the studio under load', () => {
  test('applies or reports each of 200 concurrent brand saves and leaves one whole save in a valid file', async () => {
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => save(i)));
    const applied: number[] = [];
    for (const [i, response] of responses.entries()) {
      const body = await response.text();
      if (i % 10 === 9) {
        expect(response.status, `save ${i}`).toBe(400);
        expect(body, `save ${i}`).toContain('class="field-error"');
      } else {
        expect(response.status, `save ${i}: ${/field-error[^<]*<\/?[^<]*/.exec(body)?.[0]}`).toBe(303);
        applied.push(i);
      }
    }
    const planner = validatePlanner(JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8')), 'content/planner.json');
    const winner = Number(/^Label of save (\d+)$/.exec(planner.brand.label)?.[1]);
    expect(applied).toContain(winner);
    expect(planner.brand.audience).toBe(`Audience of save ${winner}`);
    expect(planner.brand.strengths).toEqual(['cooking', `save-${winner}`]);
    expect(planner.brand.timezone).toBe('Asia/Shanghai');
  });

  test('still applies a save after the load, with its change on disk', async () => {
    const response = await save(1000);
    expect(response.status).toBe(303);
    const planner = JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8'));
    expect(planner.brand.label).toBe('Label of save 1000');
  });
});
