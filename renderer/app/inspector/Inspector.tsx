import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { EditorState } from '../../editor/context';
import type { EditorActions } from '../../editor/use-editor';
import { CardSection, CardsSection } from './CardSection';
import { SelectedCardFields } from './kind-fields/SelectedCardFields';
import { PointSection } from './PointSection';
import { LaneSection, StageSection, StepSection } from './StructureSections';

interface Props { document: JourneyDocument; state: EditorState; actions: EditorActions }

function HiddenLanes({ document, actions }: Omit<Props, 'state'>) {
  const { t } = useTranslation();
  const hidden = document.lanes.filter((l) => l.hidden);
  if (hidden.length === 0) return null;
  return (
    <section aria-labelledby="inspector-hidden">
      <h2 id="inspector-hidden">{t('inspector.hiddenLanes')}</h2>
      <ul className="plain-list">
        {hidden.map((lane) => (
          <li key={lane.id}>
            {lane.name} <button type="button" onClick={() => actions.setHidden(lane.id, false)}>{t('inspector.show')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The side panel for the selection; every edit in it is an undoable document change. */
export function Inspector({ document, state, actions }: Props) {
  const { t } = useTranslation();
  const { selection, cursor } = state;
  const cards = selection.kind === 'cards' ? document.cards.filter((c) => selection.ids.includes(c.id)) : [];
  const stageId = selection.kind === 'stage' ? selection.id : selection.kind === 'none' ? cursor?.stageId : undefined;
  const laneId = selection.kind === 'lane' ? selection.id : selection.kind === 'none' ? cursor?.laneId : undefined;
  const stage = document.stages.find((s) => s.id === stageId);
  const lane = document.lanes.find((l) => l.id === laneId);
  const step = selection.kind === 'step' ? document.steps.find((s) => s.id === selection.id) : undefined;
  return (
    <aside className="inspector" aria-label={t('inspector.label')}>
      {cards.length === 1 && cards[0] && <CardSection card={cards[0]} actions={actions} />}
      {cards.length === 1 && cards[0] && <SelectedCardFields cardId={cards[0].id} />}
      {cards.length > 1 && <CardsSection count={cards.length} actions={actions} />}
      {selection.kind === 'point' && <PointSection {...selection} document={document} actions={actions} />}
      {step && <StepSection step={step} actions={actions} />}
      {stage && <StageSection stage={stage} actions={actions} />}
      {lane?.kind === 'emotions' && selection.kind === 'none' && cursor &&
        document.emotionCurves.filter((c) => c.laneId === lane.id).map((curve) => (
          <PointSection key={curve.id} curveId={curve.id} stageId={cursor.stageId} stepId={cursor.stepId} document={document} actions={actions} />
        ))}
      {lane && <LaneSection lane={lane} document={document} actions={actions} focusCurve={state.focusCurve} />}
      {cards.length === 0 && !stage && !lane && !step && selection.kind !== 'point' && <p className="muted">{t('inspector.empty')}</p>}
      <HiddenLanes document={document} actions={actions} />
    </aside>
  );
}
