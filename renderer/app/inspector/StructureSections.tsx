import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/document/limits';
import type { JourneyDocument, Lane, Stage, Step } from '../../../shared/document/schema';
import { METRICS } from '../../../shared/layout/metrics';
import type { EditorActions } from '../../editor/use-editor';
import { LinkSection } from '../workspace/LinkSection';
import { CommitField } from './CommitField';
import { CurvesSection } from './CurvesSection';

function WidthField({ label, value, onCommit }: { label: string; value: number; onCommit: (width: number) => void }) {
  return (
    <CommitField label={label} value={String(value)} maxLength={4} onCommit={(text) => {
      const width = Number.parseInt(text, 10);
      if (Number.isFinite(width)) onCommit(width);
    }} />
  );
}

export function StageSection({ stage, actions }: { stage: Stage; actions: EditorActions }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inspector-stage">
      <h2 id="inspector-stage">{t('inspector.stage')}</h2>
      <CommitField key={`name-${stage.id}`} label={t('inspector.name')} value={stage.name} maxLength={LIMITS.nameLength} onCommit={(name) => name.trim() && actions.renameStage(stage.id, name.trim())} />
      <WidthField key={`width-${stage.id}`} label={t('inspector.width')} value={stage.width ?? METRICS.stageWidth} onCommit={(w) => actions.resizeStage(stage.id, w)} />
      <CommitField key={`notes-${stage.id}`} label={t('inspector.speakerNotes')} value={stage.speakerNotes ?? ''} multiline maxLength={LIMITS.notesLength} onCommit={(notes) => actions.setSpeakerNotes(stage.id, notes)} />
      <div className="button-row">
        <button type="button" onClick={() => actions.addStage(stage.id, true)}>{t('inspector.insertBefore')}</button>
        <button type="button" onClick={() => actions.addStage(stage.id)}>{t('inspector.insertAfter')}</button>
        <button type="button" onClick={() => actions.shiftStage(stage.id, -1)}>{t('inspector.moveLeft')}</button>
        <button type="button" onClick={() => actions.shiftStage(stage.id, 1)}>{t('inspector.moveRight')}</button>
        <button type="button" onClick={() => actions.addStep(stage.id)}>{t('inspector.addStep')}</button>
        <button type="button" className="danger" onClick={() => actions.removeStage(stage.id)}>{t('inspector.deleteStage')}</button>
      </div>
      <LinkSection holder={{ kind: 'stage', id: stage.id }} link={stage.mapLink} />
    </section>
  );
}

export function StepSection({ step, actions }: { step: Step; actions: EditorActions }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inspector-step">
      <h2 id="inspector-step">{t('inspector.step')}</h2>
      <CommitField key={`name-${step.id}`} label={t('inspector.name')} value={step.name} maxLength={LIMITS.nameLength} onCommit={(name) => name.trim() && actions.renameStep(step.id, name.trim())} />
      <WidthField key={`width-${step.id}`} label={t('inspector.width')} value={step.width ?? METRICS.stepWidth} onCommit={(w) => actions.resizeStep(step.id, w)} />
      <div className="button-row">
        <button type="button" onClick={() => actions.shiftStep(step.id, -1)}>{t('inspector.moveLeft')}</button>
        <button type="button" onClick={() => actions.shiftStep(step.id, 1)}>{t('inspector.moveRight')}</button>
        <button type="button" onClick={() => actions.addStep(step.stageId)}>{t('inspector.addStep')}</button>
        <button type="button" className="danger" onClick={() => actions.removeStep(step.id)}>{t('inspector.deleteStep')}</button>
      </div>
      <LinkSection holder={{ kind: 'step', id: step.id }} link={step.mapLink} />
    </section>
  );
}

export function LaneSection({ lane, document, actions, focusCurve = null }: { lane: Lane; document: JourneyDocument; actions: EditorActions; focusCurve?: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inspector-lane">
      <h2 id="inspector-lane">{t('inspector.lane')}: {t(`lane.${lane.kind}`)}</h2>
      <CommitField key={`name-${lane.id}`} label={t('inspector.name')} value={lane.name} maxLength={LIMITS.nameLength} onCommit={(name) => name.trim() && actions.renameLane(lane.id, name.trim())} />
      <div className="button-row">
        <button type="button" onClick={() => actions.shiftLane(lane.id, -1)}>{t('inspector.moveUp')}</button>
        <button type="button" onClick={() => actions.shiftLane(lane.id, 1)}>{t('inspector.moveDown')}</button>
        <button type="button" aria-pressed={lane.collapsed === true} onClick={() => actions.toggleCollapsed(lane.id)}>{lane.collapsed ? t('inspector.expand') : t('inspector.collapse')}</button>
        <button type="button" onClick={() => actions.setHidden(lane.id, true)}>{t('inspector.hide')}</button>
        <button type="button" className="danger" onClick={() => actions.removeLane(lane.id)}>{t('inspector.deleteLane')}</button>
      </div>
      {lane.kind === 'emotions' && <CurvesSection laneId={lane.id} document={document} actions={actions} focusCurve={focusCurve} />}
    </section>
  );
}
