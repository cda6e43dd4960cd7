import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../../shared/document/schema';
import type { RoundItem, WorkshopSnapshot } from '../../../../shared/ipc/workshop';
import { WORKSHOP_LIMITS } from '../../../../shared/workshop/model';
import { cardItems, noteItems } from '../../../../shared/workshop/round-items';

/** Timer choices in minutes; 0 is no timer (the facilitator closes the round). */
const TIMERS = [0, 1, 2, 3, 5, 10] as const;

interface Props {
  snapshot: WorkshopSnapshot;
  document: JourneyDocument;
  onOpen: (round: { items: RoundItem[]; budget: number; seconds: number | null }) => void;
  onClose: () => void;
}

function ItemChoice({ item, checked, onToggle }: { item: RoundItem; checked: boolean; onToggle: (on: boolean) => void }) {
  return (
    <li>
      <label className="round-item">
        <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />
        <span>{item.text}</span>
      </label>
    </li>
  );
}

/**
 * A new voting round: which items the room votes on (cards of the map lane by lane, pain
 * points and opportunities ticked; the room's notes, those still in the inbox included), the
 * votes each person has, and an optional timer after which the round closes by itself.
 */
export function RoundDialog({ snapshot, document, onOpen, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const lanes = useMemo(() => cardItems(document), [document]);
  const notes = useMemo(() => noteItems(snapshot, document), [snapshot, document]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(lanes.flatMap((lane) => lane.items).filter((item) => item.kind !== 'card').map((item) => item.item)));
  const [budget, setBudget] = useState(snapshot.voteBudget || 5);
  const [minutes, setMinutes] = useState<number>(0);
  const toggle = (key: string, on: boolean) => setChosen((current) => {
    const next = new Set(current);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  });
  const all = [...lanes.flatMap((lane) => lane.items), ...notes];
  const items = all.filter((item) => chosen.has(item.item)).slice(0, WORKSHOP_LIMITS.targets);
  const byStage = (stageId: string | undefined) => document.stages.find((stage) => stage.id === stageId)?.name ?? '';
  return (
    <div className="modal-backdrop">
      <form className="modal workshop-round" role="dialog" aria-modal="true" aria-labelledby={titleId}
        onSubmit={(e) => {
          e.preventDefault();
          if (items.length > 0) onOpen({ items, budget, seconds: minutes === 0 ? null : minutes * 60 });
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          onClose();
        }}>
        <h2 id={titleId}>{t('workshopHost.round.title', { number: (snapshot.rounds.at(-1)?.number ?? 0) + 1 })}</h2>
        <div className="round-choices">
          {lanes.map((lane) => (
            <fieldset key={lane.laneId}>
              <legend>{lane.laneName || t('lane.actions')}</legend>
              <ul>{lane.items.map((item) => <ItemChoice key={item.item} item={item} checked={chosen.has(item.item)} onToggle={(on) => toggle(item.item, on)} />)}</ul>
            </fieldset>
          ))}
          <fieldset>
            <legend>{t('workshopHost.round.notes')}</legend>
            {notes.length === 0 ? <p>{t('workshopHost.round.noNotes')}</p> : (
              <ul>{notes.map((item) => <ItemChoice key={item.item} item={{ ...item, text: `${item.text} (${byStage(item.stageId)})` }} checked={chosen.has(item.item)} onToggle={(on) => toggle(item.item, on)} />)}</ul>
            )}
          </fieldset>
        </div>
        <div className="round-settings">
          <label>{t('workshopHost.start.voteBudget')}
            <input type="number" min={1} max={WORKSHOP_LIMITS.voteBudgetMax} value={budget}
              onChange={(e) => setBudget(Math.max(1, Math.min(WORKSHOP_LIMITS.voteBudgetMax, Math.round(Number(e.target.value) || 1))))} />
          </label>
          <label>{t('workshopHost.round.timer')}
            <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
              {TIMERS.map((m) => <option key={m} value={m}>{m === 0 ? t('workshopHost.round.noTimer') : t('workshopHost.round.minutes', { count: m })}</option>)}
            </select>
          </label>
        </div>
        <p role="status">{t('workshopHost.round.chosen', { count: items.length })}</p>
        <div className="button-row workshop-start-actions">
          <button type="submit" className="primary" disabled={items.length === 0}>{t('workshopHost.round.start')}</button>
          <button type="button" onClick={onClose}>{t('workshopHost.cancel')}</button>
        </div>
      </form>
    </div>
  );
}
