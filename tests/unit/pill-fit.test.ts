import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedPills } from '../../renderer/present/pill-fit';

/** Every character 9 px wide, as a rough bold 16 px. */
const width = (text: string) => [...text].length * 9;
const labels = (names: readonly string[]) => names.map((name, i) => ({ number: String(i + 1), full: `${i + 1} ${name}` }));
const SWEDISH = ['Upptäcka', 'Söka på nätet', 'Besöka butiken', 'Prova', 'Köp', 'Efter köpet', 'Använda', 'Rekommendera'];

describe('progress pills', () => {
  it('names every stage when the bar has room, and the focused one always', () => {
    expect(namedPills(labels(SWEDISH), 4, 2000, width)).toEqual(SWEDISH.map(() => true));
    expect(namedPills(labels(SWEDISH), 4, 10, width)).toEqual(SWEDISH.map((_, i) => i === 4));
  });

  it('names the stages nearest the focused one first, within the room', () => {
    // Room for the focused "5 Köp", its neighbours' names and the rest as numbers.
    const named = namedPills(labels(SWEDISH), 4, 5 * 46 + [width('5 Köp'), width('4 Prova'), width('6 Efter köpet')].reduce((sum, w) => sum + 34 + w, 0), width);
    expect(named).toEqual([false, false, false, true, true, true, false, false]);
  });

  it('never needs more than the room, beyond the focused pill and the numbers', () => {
    const name = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(fc.property(fc.array(name, { minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: 0, max: 3000 }), (names, f, room) => {
      const focused = f % names.length;
      const all = labels(names);
      const named = namedPills(all, focused, room, width);
      expect(named[focused]).toBe(true);
      const pill = (text: string) => Math.max(40, 28 + width(text)) + 6;
      const used = all.reduce((sum, l, i) => sum + pill(named[i] ? l.full : l.number), 0);
      const floor = all.reduce((sum, l, i) => sum + pill(i === focused ? l.full : l.number), 0);
      expect(used <= Math.max(room, floor)).toBe(true);
    }), { numRuns: 300 });
  });
});
