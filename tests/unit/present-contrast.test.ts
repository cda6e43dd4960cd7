import { describe, expect, it } from 'vitest';
import { CARD_COLOURS } from '../../renderer/app/inspector/colours';
import { SHOW_THEMES } from '../../renderer/present/themes';
import { contrastRatio, rgbOf } from '../helpers/contrast';

/** A colour as it shows under the presentation's dim mask (multiplied, as the mask's canvas blends). */
const multiplied = (colour: string, by: string) => {
  const [c, m] = [rgbOf(colour), rgbOf(by)];
  return [0, 1, 2].map((i) => Math.round((c[i]! * m[i]!) / 255)) as unknown as [number, number, number];
};

describe('presentation themes: every text on the canvas at 4.5:1 or more, in focus and dimmed', () => {
  it.each(Object.entries(SHOW_THEMES))('%s', (name, theme) => {
    const { grid, lanes, colouredCardText } = theme.canvas;
    const pairs: [string, string, string][] = [
      ...Object.entries(lanes).map(([kind, c]): [string, string, string] => [`card text on ${kind}`, grid.cardText, c.fill]),
      ['card text on the lane band', grid.cardText, grid.laneBand],
      ['card text on the other lane band', grid.cardText, grid.laneBandAlt],
      ...CARD_COLOURS.map((c): [string, string, string] => [`text on a ${c.key} card`, colouredCardText, c.value]),
      ['stage name', grid.headerText, grid.header],
      ['selected stage name', grid.headerText, grid.headerSelected],
      ['step name', grid.headerText, grid.stepHeader],
      ['lane name', grid.laneHeaderText, grid.laneHeader],
      ['selected lane name', grid.laneHeaderText, grid.laneHeaderSelected],
      ['blueprint line label', grid.blueprintLine, grid.laneBand],
    ];
    const low = pairs.flatMap(([what, text, ground]) => [
      { what, ratio: contrastRatio(text, ground) },
      { what: `${what}, dimmed`, ratio: contrastRatio(multiplied(text, theme.dim), multiplied(ground, theme.dim)) },
    ]).filter(({ ratio }) => ratio < 4.5).map(({ what, ratio }) => `${name}: ${what} ${ratio.toFixed(2)}:1`);
    expect(low).toEqual([]);
  });
});
