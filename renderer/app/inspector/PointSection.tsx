import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/document/limits';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { EditorActions } from '../../editor/use-editor';
import { CommitField } from './CommitField';

interface Props { curveId: string; stageId: string; stepId: string | undefined; document: JourneyDocument; actions: EditorActions }

/** One point of an emotion curve: its value on the -2..+2 scale and an optional label. */
export function PointSection({ curveId, stageId, stepId, document, actions }: Props) {
  const { t } = useTranslation();
  const curve = document.emotionCurves.find((c) => c.id === curveId);
  const point = document.emotionPoints.find((p) => p.curveId === curveId && p.stageId === stageId && p.stepId === stepId);
  const stage = document.stages.find((s) => s.id === stageId);
  if (!curve) return null;
  const column = { stageId, stepId };
  return (
    <section aria-labelledby="inspector-point">
      <h2 id="inspector-point">{t('emotion.pointHeading', { curve: curve.name, stage: stage?.name ?? '' })}</h2>
      <CommitField key={`value-${curveId}-${stageId}-${stepId ?? ''}`} label={t('emotion.value')} value={point ? String(point.value) : ''} maxLength={5}
        placeholder={t('emotion.noValue')}
        onCommit={(text) => {
          const value = Number.parseFloat(text.replace(',', '.').replace('−', '-'));
          if (Number.isFinite(value)) actions.setEmotion(curveId, column, value);
        }} />
      <p className="muted">{t('emotion.keyboardHint')}</p>
      {point && <CommitField key={`label-${curveId}-${stageId}-${stepId ?? ''}`} label={t('emotion.label')} value={point?.label ?? ''} maxLength={LIMITS.labelLength}
        onCommit={(label) => actions.setEmotionLabel(curveId, column, label)} />}
    </section>
  );
}
