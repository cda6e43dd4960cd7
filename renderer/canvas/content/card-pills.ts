import type { TFunction } from 'i18next';
import type { Card, LaneKind } from '../../../shared/document/schema';

export interface PillSpec {
  key: string;
  text: string;
  fill: string;
  stroke: string;
  textColour: string;
  /** A small drawn triangle before the text (severity), so the mark does not depend on a glyph. */
  triangle?: boolean;
  dashed?: boolean;
}

/** The marks a card earns from its content: a pain point's severity, an opportunity's priority, evidence behind it, being only assumed. */
export function cardPills(card: Card, kind: LaneKind | undefined, t: TFunction): PillSpec[] {
  const pills: PillSpec[] = [];
  if (kind === 'painPoints' && card.severity !== undefined) {
    pills.push({ key: 'severity', text: String(card.severity), fill: '#FBE9DF', stroke: '#D55E00', textColour: '#7A2E00', triangle: true });
  }
  if (kind === 'opportunities' && card.priority !== undefined) {
    pills.push({ key: 'priority', text: t(`content.priority.${card.priority}`), fill: '#E0F4EE', stroke: '#009E73', textColour: '#00513B' });
  }
  if (card.evidence && card.evidence.length > 0) {
    pills.push({ key: 'evidence', text: `“ ${card.evidence.length}`, fill: '#FFFFFF', stroke: '#0072B2', textColour: '#0B3C5D' });
  }
  if (card.confidence === 'assumed') {
    pills.push({ key: 'assumed', text: `? ${t('content.marks.assumed')}`, fill: '#F3F4F6', stroke: '#4B5563', textColour: '#1F2933', dashed: true });
  }
  return pills;
}

const CHAR_WIDTH = 6.6;
export const pillWidth = (pill: PillSpec): number => Math.ceil(pill.text.length * CHAR_WIDTH) + (pill.triangle ? 26 : 14);
