import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/document/limits';
import { sortByOrder } from '../../../shared/document/order';
import type { JourneyDocument } from '../../../shared/document/schema';
import { tagsOf, toggled, type ViewDraft } from './view-draft';

interface Props { document: JourneyDocument; draft: ViewDraft; onChange: (draft: ViewDraft) => void }

function Ticks({ legend, hint, items, ticked, onToggle }: { legend: string; hint?: string; items: { id: string; name: string }[]; ticked: readonly string[]; onToggle: (id: string) => void }) {
  const hintId = useId();
  if (items.length === 0) return null;
  return (
    <fieldset className="view-ticks" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={hintId} className="muted">{hint}</p>}
      {items.map((item) => (
        <label key={item.id} className="checkbox">
          <input type="checkbox" checked={ticked.includes(item.id)} onChange={() => onToggle(item.id)} />
          {item.name}
        </label>
      ))}
    </fieldset>
  );
}

/** What a saved view shows: its lanes and personas, a tag, channel or rating filter, a stage range. */
export function ViewForm({ document, draft, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ViewDraft>) => onChange({ ...draft, ...patch });
  const stages = sortByOrder(document.stages);
  return (
    <div className="view-form">
      <label className="field">{t('present.views.name')}
        <input value={draft.name} maxLength={LIMITS.nameLength} required onChange={(e) => set({ name: e.target.value })} />
      </label>
      <div className="view-range">
        <label className="field">{t('present.views.fromStage')}
          <select value={draft.fromStageId} onChange={(e) => set({ fromStageId: e.target.value })}>
            {stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label className="field">{t('present.views.toStage')}
          <select value={draft.toStageId} onChange={(e) => set({ toStageId: e.target.value })}>
            {stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label className="field">{t('present.views.minRating')}
          <select value={draft.minRating ?? ''} onChange={(e) => set({ minRating: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('present.views.anyRating')}</option>
            {[1, 2, 3, 4, 5].map((r) => <option key={r} value={r}>{t('present.views.atLeast', { rating: r })}</option>)}
          </select>
        </label>
      </div>
      <div className="view-columns">
        <Ticks legend={t('present.views.lanes')} items={sortByOrder(document.lanes)} ticked={draft.laneIds} onToggle={(id) => set({ laneIds: toggled(draft.laneIds, id) })} />
        <Ticks legend={t('present.views.personas')} items={document.personas} ticked={draft.personaIds} onToggle={(id) => set({ personaIds: toggled(draft.personaIds, id) })} />
        <Ticks legend={t('present.views.tags')} hint={t('present.views.tagsHint')} items={tagsOf(document).map((tag) => ({ id: tag, name: tag }))} ticked={draft.tags}
          onToggle={(id) => set({ tags: toggled(draft.tags, id) })} />
        <Ticks legend={t('present.views.channels')} hint={t('present.views.channelsHint')} items={sortByOrder(document.channels)} ticked={draft.channelIds}
          onToggle={(id) => set({ channelIds: toggled(draft.channelIds, id) })} />
      </div>
    </div>
  );
}
