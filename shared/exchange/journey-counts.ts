import type { JourneyDocument } from '../document/schema';
import type { Say } from './issue-text';

/** "5 stages, 1 lane, 12 cards" in the reader's language, each count with its own plural form. */
export const journeyCounts = (t: Say, doc: Pick<JourneyDocument, 'stages' | 'lanes' | 'cards'>): string =>
  t('exchange.dialog.preview', {
    stages: t('exchange.dialog.stageCount', { count: doc.stages.length }),
    lanes: t('exchange.dialog.laneCount', { count: doc.lanes.length }),
    cards: t('exchange.dialog.cardCount', { count: doc.cards.length }),
  });
