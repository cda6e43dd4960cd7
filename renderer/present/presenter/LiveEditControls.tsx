import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundEmotion } from '../../../shared/document/commands';
import { formatSigned } from '../../../shared/i18n/numbers';
import type { JourneyLayout } from '../../../shared/layout/layout';
import type { WalkStep } from '../../../shared/presentation/walkthrough';
import type { EditorActions } from '../../editor/use-editor';

interface Props { layout: JourneyLayout; step: WalkStep; actions: EditorActions }

const CARD_LANES = (kind: string) => kind !== 'emotions' && kind !== 'metrics';

/**
 * Changes the room asks for, on the stage in focus, without leaving the presentation: a new
 * card (typed on the map itself) and the emotion curves' points. Plain, undoable edits.
 */
export function LiveEditControls({ layout, step, actions }: Props) {
  const { t, i18n } = useTranslation();
  const stage = layout.stages.find((s) => s.id === step.stageId);
  const lanes = layout.lanes.filter((l) => step.laneIds.includes(l.id) && CARD_LANES(l.kind) && !l.collapsed);
  const [laneId, setLaneId] = useState<string>('');
  const chosen = lanes.find((l) => l.id === laneId) ?? lanes[0];
  if (!stage) return null;
  const column = { stageId: stage.id, stepId: step.stepIds[0] ?? stage.steps[0]?.id };
  const curves = layout.emotionCurves.filter((c) => step.laneIds.includes(c.laneId));
  return (
    <section className="presenter-live" aria-labelledby="presenter-live-heading">
      <h2 id="presenter-live-heading">{t('present.liveEdits', { stage: stage.name })}</h2>
      {chosen && (
        <div className="presenter-fields">
          <label>{t('present.cardLane')}
            <select value={chosen.id} onChange={(e) => setLaneId(e.target.value)}>
              {lanes.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => actions.newCardIn({ laneId: chosen.id, ...column })}>{t('present.addCard')}</button>
        </div>
      )}
      {curves.map((curve) => {
        const value = curve.points.find((p) => p.stageId === column.stageId && p.stepId === column.stepId)?.value;
        const set = (delta: number) => actions.setEmotion(curve.curveId, column, roundEmotion((value ?? 0) + delta));
        const name = t('present.emotionAt', { curve: curve.name, stage: stage.name });
        return (
          <div key={curve.curveId} className="presenter-emotion" role="group" aria-label={name}>
            <span>{name}</span>
            <button type="button" aria-label={t('present.emotionDown')} onClick={() => set(-0.5)}>−</button>
            <output aria-live="polite">{value === undefined ? t('emotion.noValue') : formatSigned(value, i18n.language)}</output>
            <button type="button" aria-label={t('present.emotionUp')} onClick={() => set(0.5)}>+</button>
          </div>
        );
      })}
    </section>
  );
}
