import { useOptionalContent } from '../../../editor/content-context';
import { KindFields } from './KindFields';

/**
 * The inspector's mount point for kind fields and evidence: it finds the map's store and
 * current document through the content provider around the map screen.
 */
export function SelectedCardFields({ cardId }: { cardId: string }) {
  const content = useOptionalContent();
  const card = content?.document.cards.find((c) => c.id === cardId);
  if (!content || !card) return null;
  return <KindFields key={card.id} card={card} document={content.document} store={content.store} />;
}
