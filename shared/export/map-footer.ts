import type { JourneyDocument } from '../document/schema';
import type { MarkText } from './card-marks';
import type { Block, Shape, TextMeasurer } from './drawing';
import { EXPORT_GRID } from './palette';
import { wrapAtMost } from './wrap';

/** The map's newest named version (the app and `waymark export` read it from its versions folder). */
export interface MapVersion { name: string; createdAt: string }

const SIZE = 13;
const LINE = 18;

/** A calendar date (YYYY-MM-DD, or the date of a timestamp) the reader's way: 31 mars 2026, 31 Mar 2026. */
export function formatDay(date: string, language?: string): string {
  const day = date.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? day : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

/** Who owns the map, where it stands, which version it is and when it was and will be reviewed: what a handed-over map must say. */
export function footerFacts(doc: JourneyDocument, t: MarkText, language?: string, version?: MapVersion): string[] {
  const { owner, status, lastReviewed, nextReview } = doc.journey;
  const fact = (key: string, value: string) => `${t(`exchange.meta.${key}`)}: ${value}`;
  return [
    ...(owner?.trim() ? [fact('owner', owner.trim())] : []),
    ...(status ? [fact('status', t(`exchange.value.${status}`))] : []),
    ...(version ? [fact('version', `${version.name} (${formatDay(version.createdAt, language)})`)] : []),
    ...(lastReviewed ? [fact('lastReviewed', formatDay(lastReviewed, language))] : []),
    ...(nextReview ? [fact('nextReview', formatDay(nextReview, language))] : []),
  ];
}

/** The footer under the map, set to `width`: a rule, then the facts on a line or two. Empty when none is filled in. */
export function footerBlock(doc: JourneyDocument, width: number, measure: TextMeasurer, t: MarkText, language?: string, version?: MapVersion): Block {
  const facts = footerFacts(doc, t, language, version);
  if (facts.length === 0) return { height: 0, shapes: [] };
  const lines = wrapAtMost(facts.join('  ·  '), width, 3, (s) => measure.width(s, SIZE, 'regular'));
  const shapes: Shape[] = [{ kind: 'rect', x: 0, y: 0, width, height: 1, fill: EXPORT_GRID.line }];
  lines.forEach((text, i) => shapes.push({ kind: 'text', x: 0, y: 20 + i * LINE, text, size: SIZE, weight: 'regular', colour: EXPORT_GRID.muted, anchor: 'start' }));
  return { height: 8 + lines.length * LINE, shapes };
}
