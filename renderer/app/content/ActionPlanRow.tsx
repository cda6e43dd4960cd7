import { useTranslation } from 'react-i18next';
import type { ActionPlanRow as Row } from '../../../shared/document/action-plan';
import { updateCard } from '../../../shared/document/commands';
import { LIMITS } from '../../../shared/document/limits';
import { OPPORTUNITY_STATUSES, PRIORITIES, type Card } from '../../../shared/document/schema';
import { LinkPicker } from '../inspector/kind-fields/LinkPicker';
import { useContent } from '../../editor/content-context';
import { SelectField, TextField } from './fields';

interface Props { row: Row; index: number; expanded: boolean; onToggleLinks: () => void }

/** One opportunity, edited in place; every edit is a step in the map's history. */
export function ActionPlanRow({ row, index, expanded, onToggleLinks }: Props) {
  const { t } = useTranslation();
  const { document, store, commit } = useContent();
  const card = document.cards.find((c) => c.id === row.id);
  if (!card) return null;
  const set = (patch: Partial<Card>) => commit('Edit opportunity', updateCard(document, row.id, patch));
  const n = index + 1;
  return (
    <>
      <tr data-testid="action-plan-row">
        <td className="cell-stage">{row.stageName}</td>
        <td className="cell-text">
          <TextField label={t('content.actionPlan.textOf', { index: n })} hideLabel value={row.text} maxLength={LIMITS.cardTextLength} multiline rows={2}
            onCommit={(text) => set({ text })} />
        </td>
        <td>
          <TextField label={t('content.actionPlan.ownerOf', { index: n })} hideLabel value={row.owner} maxLength={LIMITS.nameLength}
            onCommit={(owner) => set({ owner: owner === '' ? undefined : owner })} />
        </td>
        <td>
          <SelectField label={t('content.actionPlan.priorityOf', { index: n })} hideLabel value={row.priority} emptyLabel={t('content.notSet')}
            options={PRIORITIES.map((p) => ({ value: p, label: t(`content.priority.${p}`) }))} onChange={(priority) => set({ priority })} />
        </td>
        <td>
          <SelectField label={t('content.actionPlan.statusOf', { index: n })} hideLabel value={row.status} emptyLabel={t('content.notSet')}
            options={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`content.oppStatus.${s}`) }))} onChange={(status) => set({ status })} />
        </td>
        <td className="cell-links">
          <ul className="link-chips">
            {row.links.map((link) => (
              <li key={link.id} className={`kind-tag is-${link.kind}`}>{link.text}</li>
            ))}
          </ul>
          <button type="button" className="link-button" aria-expanded={expanded} onClick={onToggleLinks}>
            {t('content.actionPlan.editLinks')} ({row.links.length})<span className="visually-hidden">: {t('content.actionPlan.linksOf', { index: n })}</span>
          </button>
        </td>
      </tr>
      {expanded && (
        <tr className="links-row">
          <td colSpan={6}>
            <LinkPicker card={card} document={document} store={store} label={t('content.actionPlan.linksOf', { index: n })} />
          </td>
        </tr>
      )}
    </>
  );
}
