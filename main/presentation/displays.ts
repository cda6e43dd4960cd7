/** The parts of an Electron display the choice needs. */
export interface DisplayInfo { id: number; bounds: { x: number; y: number; width: number; height: number } }

/**
 * The display for the audience: not the one the presenter's window is on; of the others the
 * largest (a projector or a big screen rather than a second small monitor). Null with one display.
 */
export function pickAudienceDisplay<D extends DisplayInfo>(displays: readonly D[], presenterDisplayId: number): D | null {
  const others = displays.filter((d) => d.id !== presenterDisplayId);
  const area = (d: D) => d.bounds.width * d.bounds.height;
  return others.reduce<D | null>((best, d) => (best === null || area(d) > area(best) ? d : best), null);
}
