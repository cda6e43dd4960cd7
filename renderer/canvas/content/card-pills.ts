import type { TFunction } from 'i18next';
import type { Card, LaneKind } from '../../../shared/document/schema';
import { cardPillSpecs, pillPadding, type PillSpec } from '../../../shared/export/card-marks';

export type { PillSpec } from '../../../shared/export/card-marks';

/** The marks a card earns from its content (shared with the exports, which draw the same marks). */
export const cardPills = (card: Card, kind: LaneKind | undefined, t: TFunction): PillSpec[] => cardPillSpecs(card, kind, (key) => t(key));

const CHAR_WIDTH = 6.6;
export const pillWidth = (pill: PillSpec): number => Math.ceil(pill.text.length * CHAR_WIDTH) + pillPadding(pill);
