import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/document/limits';
import type { EmotionCurve, JourneyDocument } from '../../../shared/document/schema';
import type { EditorActions } from '../../editor/use-editor';
import { CommitField } from './CommitField';

const STYLES: EmotionCurve['style'][] = ['solid', 'dashed', 'dotted'];

/** The curves of an emotions lane: as-is, to-be, or one per persona, each in its own line style. */
export function CurvesSection({ laneId, document, actions, focusCurve }: { laneId: string; document: JourneyDocument; actions: EditorActions; focusCurve: string | null }) {
  const { t } = useTranslation();
  const curves = document.emotionCurves.filter((c) => c.laneId === laneId);
  return (
    <div className="subsection">
      <h3>{t('emotion.curves')}</h3>
      {curves.map((curve) => (
        <div key={curve.id} className="curve-row">
          <CommitField label={t('emotion.curveName')} value={curve.name} maxLength={LIMITS.nameLength} onCommit={(name) => name.trim() && actions.updateCurve(curve.id, { name: name.trim() })} />
          <label className="field">
            {t('emotion.lineStyle')}
            <select value={curve.style} onChange={(e) => actions.updateCurve(curve.id, { style: e.target.value as EmotionCurve['style'] })}>
              {STYLES.map((s) => <option key={s} value={s}>{t(`emotion.style.${s}`)}</option>)}
            </select>
          </label>
          {curves.length > 1 && (
            // The curve in focus: drawn over the others and picked where their points overlap.
            <label className="checkbox">
              <input type="radio" name={`on-top-${laneId}`} checked={focusCurve === curve.id} onChange={() => actions.focusCurve(curve.id)} />
              {t('emotion.onTop')}
            </label>
          )}
          {curves.length > 1 && <button type="button" className="danger" onClick={() => actions.removeCurve(curve.id)}>{t('emotion.removeCurve')}</button>}
        </div>
      ))}
      <button type="button" onClick={() => actions.addCurve(laneId)}>{t('emotion.addCurve')}</button>
    </div>
  );
}
