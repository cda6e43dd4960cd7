import { createContext, useContext } from 'react';
import { GRID, LANE_COLOURS } from './theme';

/** The colours the map is drawn in: the editor's, or a presentation theme's. */
export interface CanvasTheme {
  grid: typeof GRID;
  lanes: typeof LANE_COLOURS;
  /** Text on a card the user coloured by hand (those colours are light in every theme). */
  colouredCardText: string;
  /** An emotion curve's stroke: dark backgrounds need lighter versions of the dark colours. */
  curveColour: (colour: string) => string;
}

export const EDITOR_CANVAS_THEME: CanvasTheme = { grid: GRID, lanes: LANE_COLOURS, colouredCardText: GRID.cardText, curveColour: (colour) => colour };

/** Canvas components read their colours here, so presenting can redraw the same map in another theme. */
export const CanvasThemeContext = createContext<CanvasTheme>(EDITOR_CANVAS_THEME);

export const useCanvasTheme = (): CanvasTheme => useContext(CanvasThemeContext);
