import type { Card, LaneKind } from '../document/schema';

export interface PillSpec {
  key: 'severity' | 'priority' | 'owner' | 'evidence' | 'observed' | 'assumed';
  text: string;
  fill: string;
  stroke: string;
  textColour: string;
  /** A small drawn triangle before the text (severity), so the mark does not depend on a glyph. */
  triangle?: boolean;
  /** A small drawn check mark before the text (observed). */
  check?: boolean;
  dashed?: boolean;
}

/** Looks a UI string up by key (i18next's `t`, or the exports' Translate). */
export type MarkText = (key: string) => string;

/** An owner's name on a mark, cut after this many characters. */
const OWNER_CHARACTERS = 18;

const shortOwner = (owner: string): string => {
  const chars = [...owner.trim()];
  return chars.length > OWNER_CHARACTERS ? `${chars.slice(0, OWNER_CHARACTERS - 1).join('').trimEnd()}…` : chars.join('');
};

/**
 * The marks a card earns from its content: a pain point's severity, an opportunity's priority
 * and owner, evidence behind it, being observed in research or only assumed. The canvas and
 * the exports draw these.
 */
export function cardPillSpecs(card: Card, kind: LaneKind | undefined, t: MarkText): PillSpec[] {
  const pills: PillSpec[] = [];
  if (kind === 'painPoints' && card.severity !== undefined) {
    pills.push({ key: 'severity', text: String(card.severity), fill: '#FBE9DF', stroke: '#D55E00', textColour: '#7A2E00', triangle: true });
  }
  if (kind === 'opportunities' && card.priority !== undefined) {
    pills.push({ key: 'priority', text: t(`content.priority.${card.priority}`), fill: '#E0F4EE', stroke: '#009E73', textColour: '#00513B' });
  }
  if (kind === 'opportunities' && card.owner !== undefined && card.owner.trim() !== '') {
    pills.push({ key: 'owner', text: shortOwner(card.owner), fill: '#FFFFFF', stroke: '#009E73', textColour: '#1F2933' });
  }
  if (card.evidence && card.evidence.length > 0) {
    pills.push({ key: 'evidence', text: `“ ${card.evidence.length}`, fill: '#FFFFFF', stroke: '#0072B2', textColour: '#0B3C5D' });
  }
  if (card.confidence === 'observed') {
    pills.push({ key: 'observed', text: t('content.marks.observed'), fill: '#FFFFFF', stroke: '#1F2933', textColour: '#1F2933', check: true });
  }
  if (card.confidence === 'assumed') {
    pills.push({ key: 'assumed', text: `? ${t('content.marks.assumed')}`, fill: '#F3F4F6', stroke: '#4B5563', textColour: '#1F2933', dashed: true });
  }
  return pills;
}

export const PILL_HEIGHT = 18;
export const PILL_GAP = 4;
/** The room a pill's text leaves around it: an icon (19) and a right padding (7), or 7 each side. */
export const pillPadding = (pill: PillSpec): number => (pillIcon(pill) ? 26 : 14);

/** The drawn icon a pill starts with, if any. */
export const pillIcon = (pill: PillSpec): 'triangle' | 'check' | null => (pill.triangle ? 'triangle' : pill.check ? 'check' : null);

/** The check mark's stroke inside a pill whose left edge is at 0 and middle at `cy`. */
export const checkPoints = (cy: number): [number, number][] => [[6.5, cy], [9.5, cy + 3.5], [15, cy - 4]];

/**
 * Where a card's pills go along its top edge, from the right: x offsets from the card's left,
 * for as many as fit in the card's width (the last ones are left out, never drawn outside it).
 */
export function placePills(pills: readonly PillSpec[], cardWidth: number, width: (pill: PillSpec) => number): { pill: PillSpec; x: number; width: number }[] {
  const placed: { pill: PillSpec; x: number; width: number }[] = [];
  let x = cardWidth - 8;
  for (const pill of pills) {
    const w = width(pill);
    if (x - w < 4) break;
    x -= w;
    placed.push({ pill, x, width: w });
    x -= PILL_GAP;
  }
  return placed;
}
