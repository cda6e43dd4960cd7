import type { JSX } from 'react';
import type { LaneKind } from '../../../../shared/document/schema';
import { EvidenceFields } from './EvidenceFields';
import { OpportunityFields } from './OpportunityFields';
import { PainPointFields } from './PainPointFields';
import { StoryboardFields } from './StoryboardFields';
import { TouchpointFields } from './TouchpointFields';
import type { KindFieldsProps } from './types';

const BY_KIND: Partial<Record<LaneKind, (props: KindFieldsProps) => JSX.Element>> = {
  touchpoints: TouchpointFields,
  painPoints: PainPointFields,
  opportunities: OpportunityFields,
  storyboard: StoryboardFields,
};

/**
 * The fields a card has because of its lane's kind, then its evidence (any card can carry
 * evidence). For the inspector: mount it below the card's text, notes and colour.
 */
export function KindFields(props: KindFieldsProps) {
  const kind = props.document.lanes.find((l) => l.id === props.card.laneId)?.kind;
  const Section = kind ? BY_KIND[kind] : undefined;
  return (
    <div className="kind-field-sections" data-testid="kind-fields">
      {Section && <Section {...props} />}
      <EvidenceFields {...props} />
    </div>
  );
}
