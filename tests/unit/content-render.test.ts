import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../shared/document/schema';
import { cardPills, pillWidth } from '../../renderer/canvas/content/card-pills';
import { placePills } from '../../shared/export/card-marks';
import { overlayRating, RATING_COLOURS, ratingColour, ratingTextColour } from '../../renderer/canvas/content/rating-colours';
import { contrastRatio } from '../helpers/contrast';
import { coverCrop, fitWithin, toBase64 } from '../../renderer/images/fit';
import { englishT } from '../helpers/journeys';

const t = englishT as unknown as TFunction;
const card = (fields: Partial<Card>): Card => ({ id: 'c', stageId: 's', laneId: 'l', order: 'a0', text: 'x', ...fields });

describe('images', () => {
  it('fits within a square, keeping the aspect ratio and never enlarging', () => {
    expect(fitWithin(900, 600, 512)).toEqual({ width: 512, height: 341 });
    expect(fitWithin(600, 900, 512)).toEqual({ width: 341, height: 512 });
    expect(fitWithin(200, 100, 512)).toEqual({ width: 200, height: 100 });
    expect(fitWithin(10000, 1, 512)).toEqual({ width: 512, height: 1 });
  });

  it('crops the middle of an image to cover a box of another shape', () => {
    // Nearly the same shape: a sliver comes off each side.
    expect(coverCrop({ width: 1600, height: 900 }, 236, 133)).toMatchObject({ x: expect.closeTo(1.5, 1), y: 0, height: 900 });
    const square = coverCrop({ width: 1000, height: 1000 }, 160, 90);
    expect(square.width).toBe(1000);
    expect(square.height).toBeCloseTo(562.5);
    expect(square.y).toBeCloseTo(218.75);
  });

  it('writes base64 the same as node does, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('rating overlay', () => {
  it('picks the rating the overlay shows, and the mean of both', () => {
    const rated = { impact: 2, importance: 5 };
    expect(overlayRating(rated, 'impact')).toBe(2);
    expect(overlayRating(rated, 'importance')).toBe(5);
    expect(overlayRating(rated, 'both')).toBe(3.5);
    expect(overlayRating({ impact: 2 }, 'both')).toBeUndefined();
    expect(overlayRating(rated, 'off')).toBeUndefined();
  });

  it('colours 1-5 along one ramp, with text that stays readable on it', () => {
    expect([1, 2, 3, 4, 5].map(ratingColour)).toEqual([...RATING_COLOURS]);
    expect(ratingColour(3.5)).toBe(RATING_COLOURS[3]);
    expect(ratingTextColour(1)).toBe('#FFFFFF');
    expect(ratingTextColour(5)).toBe('#0B1117');
    // The number on each colour at 4.5:1 at least (WCAG AA for small text).
    for (const rating of [1, 2, 3, 4, 5]) expect(contrastRatio(ratingTextColour(rating), ratingColour(rating)), `rating ${rating}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('card marks', () => {
  it('marks evidence, assumed cards, severity and priority, each with text', () => {
    const evidence = [{ id: 'e', kind: 'quote' as const, text: 'q' }];
    expect(cardPills(card({ evidence, confidence: 'assumed' }), 'actions', t).map((p) => p.text)).toEqual(['“ 1', '? Assumed']);
    expect(cardPills(card({ severity: 4 }), 'painPoints', t)).toMatchObject([{ key: 'severity', text: '4', triangle: true }]);
    expect(cardPills(card({ priority: 'high' }), 'opportunities', t).map((p) => p.text)).toEqual(['High']);
    // Fields of another lane kind stay on a moved card but are not marked there.
    expect(cardPills(card({ severity: 4, priority: 'low' }), 'actions', t)).toEqual([]);
    // Observed in research is marked as plainly as assumed, with a drawn check mark.
    expect(cardPills(card({ confidence: 'observed' }), 'actions', t)).toMatchObject([{ key: 'observed', text: 'Observed', check: true }]);
  });

  it("marks an opportunity's owner after its priority, a long name cut, and only pills the card's width holds", () => {
    expect(cardPills(card({ priority: 'high', owner: 'Ada (CRM)' }), 'opportunities', t).map((p) => p.text)).toEqual(['High', 'Ada (CRM)']);
    expect(cardPills(card({ owner: 'Maria-Magdalena Constantinescu' }), 'opportunities', t).map((p) => p.text)).toEqual(['Maria-Magdalena C…']);
    expect(cardPills(card({ owner: 'Ada' }), 'painPoints', t)).toEqual([]);
    const pills = cardPills(card({ priority: 'high', owner: 'Ada (CRM)', evidence: [{ id: 'e', kind: 'note', text: 'n' }], confidence: 'assumed' }), 'opportunities', t);
    expect(placePills(pills, 400, pillWidth).map((p) => p.pill.key)).toEqual(['priority', 'owner', 'evidence', 'assumed']);
    const narrow = placePills(pills, 140, pillWidth);
    expect(narrow.map((p) => p.pill.key)).toEqual(['priority', 'owner']);
    for (const { x, width } of narrow) expect(x >= 4 && x + width <= 140 - 8).toBe(true);
  });

  it('sizes a pill to its text', () => {
    const [short, long] = cardPills(card({ evidence: [{ id: 'e', kind: 'note', text: 'n' }], confidence: 'assumed' }), 'actions', t);
    expect(pillWidth(long!)).toBeGreaterThan(pillWidth(short!));
  });
});
