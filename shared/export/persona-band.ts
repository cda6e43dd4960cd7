import { activePersonas } from '../document/commands/personas';
import { personaCurve } from '../document/commands/persona-curves';
import type { EmotionCurve, JourneyDocument, Persona } from '../document/schema';
import { quoted } from '../i18n/quotes';
import type { MarkText } from './card-marks';
import type { Block, Shape, TextMeasurer } from './drawing';
import { EXPORT_GRID } from './palette';
import { ellipsize, wrapAtMost } from './wrap';

const AVATAR = 44;
const PAD = 12;
const TEXT_X = PAD + AVATAR + PAD;
/** A chip with a profile (goals, frustrations) is this wide, or the whole width when narrower. */
const PROFILE_WIDTH = 460;
const SWATCH = 36;
const GAP = 12;
const DASHES: Record<EmotionCurve['style'], readonly number[] | undefined> = { solid: undefined, dashed: [8, 5], dotted: [2, 4] };

/** Initials of the name before any comma, as the app's avatar shows them: "Sofia, the weekend runner" is S. */
export const personaInitials = (name: string): string =>
  (name.split(',')[0] ?? '').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0]?.toLocaleUpperCase() ?? '').join('');

/** What the panel says of a persona, in the export's language. */
export interface PersonaText { t: MarkText; language?: string }

/** One persona's chip, from (0, 0): its shapes, width and height. */
function chip(doc: JourneyDocument, persona: Persona, room: number, measure: TextMeasurer, text: PersonaText | undefined): { shapes: Shape[]; width: number; height: number } {
  const curve = personaCurve(doc, persona.id);
  const sections = text ? (['goals', 'frustrations'] as const).filter((key) => (persona[key] ?? '').trim() !== '') : [];
  const nameOf = (width: number) => ellipsize(persona.name, width, (s) => measure.width(s, 15, 'bold'));
  const quote = persona.quote?.trim() ? quoted(persona.quote, text?.language) : '';
  // Without a profile, the chip is as wide as its name and quote; with one, a fixed column.
  const natural = Math.max(measure.width(persona.name, 15, 'bold') + (curve ? GAP + SWATCH : 0), quote ? measure.width(quote, 13, 'regular') : 0);
  const width = Math.min(room, sections.length > 0 ? PROFILE_WIDTH : TEXT_X + natural + 16);
  const inner = width - TEXT_X - 14;
  const shapes: Shape[] = [];
  let y = 8;
  const line = (s: string, size: number, weight: 'regular' | 'bold', colour: string, step: number) => {
    shapes.push({ kind: 'text', x: TEXT_X, y: y + size, text: s, size, weight, colour, anchor: 'start' });
    y += step;
  };
  const name = nameOf(inner - (curve ? GAP + SWATCH : 0));
  line(name, 15, 'bold', EXPORT_GRID.laneHeaderText, 22);
  if (curve) {
    const sx = TEXT_X + measure.width(name, 15, 'bold') + GAP;
    const dash = DASHES[curve.style];
    shapes.push({ kind: 'path', commands: [{ op: 'M', x: sx, y: 8 + 10 }, { op: 'L', x: sx + SWATCH, y: 8 + 10 }], stroke: curve.colour, width: 3, ...(dash ? { dash } : {}) });
  }
  for (const l of quote ? wrapAtMost(quote, inner, 2, (s) => measure.width(s, 13, 'regular')) : []) line(l, 13, 'regular', EXPORT_GRID.muted, 17);
  for (const key of sections) {
    y += 4;
    line(text?.t(`exchange.persona.${key}`) ?? key, 12, 'bold', EXPORT_GRID.laneHeaderText, 16);
    for (const l of wrapAtMost(persona[key] ?? '', inner, 3, (s) => measure.width(s, 12, 'regular'))) line(l, 12, 'regular', EXPORT_GRID.laneHeaderText, 16);
  }
  const height = Math.max(AVATAR + 2 * PAD, y + 10);
  const photo = persona.photoId ? doc.assets.find((a) => a.id === persona.photoId) : undefined;
  const cx = PAD + AVATAR / 2;
  const cy = PAD + AVATAR / 2;
  const avatar: Shape[] = photo
    ? [{ kind: 'image', x: PAD, y: PAD, width: AVATAR, height: AVATAR, mimeType: photo.mimeType, data: photo.data, clip: 'circle', alt: persona.name }]
    : [
      { kind: 'circle', cx, cy, r: AVATAR / 2, fill: EXPORT_GRID.stepHeader },
      { kind: 'text', x: cx, y: cy + 6, text: personaInitials(persona.name), size: 17, weight: 'bold', colour: '#FFFFFF', anchor: 'middle' },
    ];
  return { width, height, shapes: [{ kind: 'rect', x: 0, y: 0, width, height, radius: 10, fill: '#FFFFFF', stroke: EXPORT_GRID.line, strokeWidth: 1 }, ...avatar, ...shapes] };
}

/**
 * The personas the map is drawn for, as the band above the editor's grid shows them (photo
 * or initials, name, quote in the language's quotation marks, a sample of their curve's line,
 * so the band is also the curves' legend), with their goals and frustrations when the export
 * has the words for them. Chips flow in rows within `width`. Empty when there are none.
 */
export function personaPanel(doc: JourneyDocument, width: number, measure: TextMeasurer, text?: PersonaText): Block {
  const shapes: Shape[] = [];
  let x = 0;
  let y = 0;
  let row = 0;
  for (const persona of activePersonas(doc)) {
    const made = chip(doc, persona, width, measure, text);
    if (x > 0 && x + made.width > width) {
      x = 0;
      y += row + GAP;
      row = 0;
    }
    shapes.push({ kind: 'group', dx: x, dy: y, shapes: made.shapes });
    x += made.width + GAP;
    row = Math.max(row, made.height);
  }
  return { height: shapes.length === 0 ? 0 : y + row, shapes };
}
