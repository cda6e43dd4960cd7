import { activePersonas } from '../document/commands/personas';
import { personaCurve } from '../document/commands/persona-curves';
import type { EmotionCurve, JourneyDocument } from '../document/schema';
import type { Shape, TextMeasurer } from './drawing';
import { EXPORT_GRID } from './palette';
import { ellipsize } from './wrap';

/** The band's height when the map is drawn for at least one persona. */
export const PERSONA_BAND_HEIGHT = 64;
const AVATAR = 44;
const QUOTE_WIDTH = 560;
const SWATCH = 36;
const DASHES: Record<EmotionCurve['style'], readonly number[] | undefined> = { solid: undefined, dashed: [8, 5], dotted: [2, 4] };

/** Initials of the name before any comma, as the app's avatar shows them: "Sofia, the weekend runner" is S. */
export const personaInitials = (name: string): string =>
  (name.split(',')[0] ?? '').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0]?.toLocaleUpperCase() ?? '').join('');

/**
 * The personas the map is drawn for, as the band above the editor's grid shows them: photo
 * (or initials), name, quote and a sample of their emotion curve's line, so the band is also
 * the curves' legend. Chips go left to right while they fit in `width`. Empty when none.
 */
export function personaBandShapes(doc: JourneyDocument, width: number, measure: TextMeasurer): Shape[] {
  const shapes: Shape[] = [];
  const photos = new Map(doc.assets.map((a) => [a.id, a]));
  let x = 0;
  for (const persona of activePersonas(doc)) {
    const curve = personaCurve(doc, persona.id);
    const name = ellipsize(persona.name, QUOTE_WIDTH, (s) => measure.width(s, 15, 'bold'));
    const quote = persona.quote ? ellipsize(`“${persona.quote}”`, QUOTE_WIDTH, (s) => measure.width(s, 13, 'regular')) : '';
    const nameWidth = measure.width(name, 15, 'bold') + (curve ? 12 + SWATCH : 0);
    const textWidth = Math.max(nameWidth, quote ? measure.width(quote, 13, 'regular') : 0);
    const chip = 10 + AVATAR + 12 + textWidth + 16;
    if (x > 0 && x + chip > width) break;
    shapes.push({ kind: 'rect', x, y: 0, width: chip, height: PERSONA_BAND_HEIGHT, radius: 10, fill: '#FFFFFF', stroke: EXPORT_GRID.line, strokeWidth: 1 });
    const cx = x + 10 + AVATAR / 2;
    const cy = PERSONA_BAND_HEIGHT / 2;
    const photo = persona.photoId ? photos.get(persona.photoId) : undefined;
    if (photo) {
      shapes.push({ kind: 'image', x: cx - AVATAR / 2, y: cy - AVATAR / 2, width: AVATAR, height: AVATAR, mimeType: photo.mimeType, data: photo.data, clip: 'circle' });
    } else {
      shapes.push({ kind: 'circle', cx, cy, r: AVATAR / 2, fill: EXPORT_GRID.stepHeader });
      shapes.push({ kind: 'text', x: cx, y: cy + 6, text: personaInitials(persona.name), size: 17, weight: 'bold', colour: '#FFFFFF', anchor: 'middle' });
    }
    const textX = x + 10 + AVATAR + 12;
    const nameY = quote ? 27 : 37;
    shapes.push({ kind: 'text', x: textX, y: nameY, text: name, size: 15, weight: 'bold', colour: EXPORT_GRID.laneHeaderText, anchor: 'start' });
    if (curve) {
      const sx = textX + measure.width(name, 15, 'bold') + 12;
      const dash = DASHES[curve.style];
      shapes.push({ kind: 'path', commands: [{ op: 'M', x: sx, y: nameY - 5 }, { op: 'L', x: sx + SWATCH, y: nameY - 5 }], stroke: curve.colour, width: 3, ...(dash ? { dash } : {}) });
    }
    if (quote) shapes.push({ kind: 'text', x: textX, y: 47, text: quote, size: 13, weight: 'regular', colour: EXPORT_GRID.muted, anchor: 'start' });
    x += chip + 12;
  }
  return shapes;
}
