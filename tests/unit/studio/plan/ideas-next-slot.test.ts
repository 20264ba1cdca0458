import { describe, expect, it } from 'vitest';
import { nextOpenSlot, oneTapSlots } from '../../../../src/studio/plan/ideas.ts';

const slot = (date: string, pillar: string | null, post: string | null = null, channel = 'blog') => ({ channel, date, pillar, post });
const slots = [slot('2026-12-01', 'recipes', 'blog/taken'), slot('2026-12-05', 'photos'), slot('2026-12-08', 'recipes'), slot('2026-12-12', null)];

describe('nextOpenSlot', () => {
  it('takes the earliest open slot that suggests the idea\'s pillar, skipping slots that already have a post', () => {
    expect(nextOpenSlot(slots, 'recipes')?.date).toBe('2026-12-08');
  });
  it('falls back to the earliest open slot when no open slot suggests the pillar, or the idea has none', () => {
    expect(nextOpenSlot(slots, 'stories')?.date).toBe('2026-12-05');
    expect(nextOpenSlot(slots, null)?.date).toBe('2026-12-05');
  });
  it("keeps a card that names its channel on that channel's slots, another channel's only when its own has none open", () => {
    const mixed = [slot('2026-12-05', 'recipes', null, 'wechat'), slot('2026-12-08', 'photos'), slot('2026-12-12', 'recipes', null, 'wechat'), slot('2026-12-15', 'recipes')];
    expect(nextOpenSlot(mixed, 'recipes', 'blog')?.date).toBe('2026-12-15');
    expect(nextOpenSlot(mixed, 'stories', 'blog')?.date).toBe('2026-12-08');
    expect(nextOpenSlot(mixed, 'recipes', null)?.date).toBe('2026-12-05');
    expect(nextOpenSlot(mixed.filter((s) => s.channel === 'wechat'), 'recipes', 'blog')?.date).toBe('2026-12-05');
  });

  it('gives null when every slot is taken', () => {
    expect(nextOpenSlot([slot('2026-12-01', 'recipes', 'blog/a')], 'recipes')).toBeNull();
  });
});

describe('oneTapSlots', () => {
  const owed = { ...slot('2026-11-28', 'recipes'), overdue: { dueToday: false } };
  const coming = [slot('2026-12-05', 'photos'), slot('2026-12-08', 'recipes')];
  it('lets a written draft fill the slot owed now, which keeps the streak, before a coming one', () => {
    expect(nextOpenSlot(oneTapSlots('draft', [owed], coming), 'recipes')?.date).toBe('2026-11-28');
    expect(nextOpenSlot(oneTapSlots('draft', [owed], coming), null)?.date).toBe('2026-11-28');
  });
  it('gives an idea, still to be written, only coming slots', () => {
    expect(nextOpenSlot(oneTapSlots('idea', [owed], coming), 'recipes')?.date).toBe('2026-12-08');
  });
  it('skips an owed slot that a post is already planned for', () => {
    expect(nextOpenSlot(oneTapSlots('draft', [{ ...owed, post: 'blog/planned' }], coming), 'recipes')?.date).toBe('2026-12-08');
  });
});
