import type { Card, JourneyDocument } from '../../../../shared/document/schema';
import type { JourneyStore } from '../../../state/journey-store';

/** What every kind-field section gets: the card, the document it is in, and the map's store. */
export interface KindFieldsProps {
  card: Card;
  document: JourneyDocument;
  store: JourneyStore;
}
