import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../helpers/browser';
import { gridJourney, withOpenJourney } from '../helpers/editor';

/** Texts that catch a wrap that guesses widths: kerning, ligatures, accents, Greek, emoji, CJK, long words, spaces. */
const TEXTS = [
  'Asks a colleague about flights to Kraków on the train and compares three booking sites before lunch',
  'AVATAR WAVE Tokyo Yvonne L’Oréal T.V. P.O. “quoted” ‘single’ – dash — Type Ty Te Vo Wa We Yo',
  'office affine offline difficult fjord waffle shuffle efficient officer sniffle',
  'Zażółć gęślą jaźń — łódź, Kraków; „cudzysłów” i żółw na przystanku tramwajowym',
  'Η πληρωμή απέτυχε στο ταμείο και ο πελάτης περίμενε δεκαπέντε λεπτά στην ουρά',
  'Ce înseamnă șase țări pentru „Română” în aplicația de plată și în magazin',
  'Happy 😀 customer 👍🏽 leaves a five ⭐ review after the 🚲 ride ends 👨‍👩‍👧 together',
  'Supercalifragilisticexpialidociousantidisestablishmentarianism then short words',
  'first  line with  two spaces\nsecond paragraph here that is long enough to wrap around the card',
  '顧客は支払いに失敗し、レジで十五分待ちました。 mixed with English words afterwards',
];

const doc = gridJourney(['One', 'Two', 'Three'], ['actions'], TEXTS.map((text, i) => [0, i % 3, text] as [number, number, string]));

interface DrawnCard { original: string; lines: string[]; width: number; cardHeight: number; overflow: number[]; greedyMisses: string[] }

describe('card text on the canvas', () => {
  const open = withOpenJourney(doc, 'card-text');

  it('draws each card in lines that fit its width, break greedily at spaces, and fill exactly the height the layout gave it', async () => {
    const { page } = open.session;
    await page.screenshot({ path: join(SCREENSHOTS, 'card-text-wrapping.png') });
    const drawn = await page.evaluate((texts: string[]) => {
      type KonvaNode = { getAttr(name: string): unknown; width(): number; height(): number };
      const konva = (window as unknown as { Konva: { stages: { find(selector: string): KonvaNode[] }[] } }).Konva;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '15px "Noto Sans"';
      const cards = konva.stages.flatMap((stage) => stage.find('.card'));
      return texts.map((original): DrawnCard => {
        const card = cards.find((c) => c.getAttr('cardText') === original);
        if (!card) return { original, lines: [], width: 0, cardHeight: 0, overflow: [], greedyMisses: ['not drawn'] };
        const width = card.width() - 2 * 12;
        const lines = card.getAttr('cardLines') as string[];
        const overflow = lines.map((line) => ctx.measureText(line).width - width).filter((over) => over > 0.01);
        // Greedy: where a line ended at a space, the next line's first word would not have fitted on it.
        const greedyMisses: string[] = [];
        let at = 0;
        for (let i = 0; i < lines.length - 1; i += 1) {
          at += lines[i]!.length;
          const separator = original[at];
          if (separator === ' ' || separator === '\n') at += 1;
          const nextWord = lines[i + 1]!.split(' ')[0]!;
          if (separator === ' ' && ctx.measureText(`${lines[i]} ${nextWord}`).width <= width) greedyMisses.push(`${lines[i]} | ${nextWord}`);
        }
        return { original, lines, width, cardHeight: card.height(), overflow, greedyMisses };
      });
    }, TEXTS);
    for (const card of drawn) {
      expect(card.lines.length, card.original).toBeGreaterThan(0);
      expect(rejoin(card), 'the lines hold the whole text, split at spaces, line breaks or inside an over-long word').toBe(card.original);
      expect(card.overflow, `${card.original}: lines wider than the card`).toEqual([]);
      expect(card.greedyMisses, `${card.original}: a word that would have fitted went to the next line`).toEqual([]);
      expect(card.cardHeight, `${card.original}: card height for ${card.lines.length} lines`).toBe(Math.max(44, 20 + 20 * card.lines.length));
    }
    expect(drawn.find((c) => c.original.startsWith('Supercali'))!.lines.length).toBeGreaterThan(2);
    expect(drawn.find((c) => c.original.startsWith('first'))!.lines[0]).toMatch(/^first {2}line/);
  });
});

/** The card's text rebuilt from its drawn lines: each line must continue the text where the last one ended. */
function rejoin({ original, lines }: DrawnCard): string {
  let at = 0;
  let text = '';
  for (const [i, line] of lines.entries()) {
    if (!original.startsWith(line, at)) return `${text}[line ${i + 1} does not continue the text: ${line}]`;
    text += line;
    at += line.length;
    const separator = original[at];
    if (i < lines.length - 1 && (separator === ' ' || separator === '\n')) {
      text += separator;
      at += 1;
    }
  }
  return text;
}
