import type { ChangeMark } from './compare-view';

/**
 * How each kind of change is drawn, on the canvas, in the legend and in the PDF: an Okabe-Ito
 * colour (told apart with every common colour blindness) and a shape with a symbol inside,
 * so the marks still read in greyscale and on a washed-out projector. A removed record is
 * also outlined dashed. The symbols are all in the embedded Noto Sans, so the PDF keeps them.
 */
export const CHANGE_STYLE: Record<ChangeMark, { colour: string; ink: string; shape: 'circle' | 'square' | 'diamond' | 'triangle'; symbol: string; dashed: boolean }> = {
  added: { colour: '#009E73', ink: '#FFFFFF', shape: 'circle', symbol: '+', dashed: false },
  removed: { colour: '#D55E00', ink: '#FFFFFF', shape: 'square', symbol: '−', dashed: true },
  moved: { colour: '#0072B2', ink: '#FFFFFF', shape: 'diamond', symbol: '»', dashed: false },
  changed: { colour: '#E69F00', ink: '#1F2933', shape: 'triangle', symbol: '~', dashed: false },
};

/** The badge's size in map units (the canvas and the PDF draw it alike). */
export const BADGE_RADIUS = 11;
