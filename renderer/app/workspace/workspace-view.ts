import { containsText, sortCompare } from '../../../shared/i18n/collation';
import type { WorkspaceCard } from '../../../shared/ipc/workspace';

export const SORT_KEYS = ['name', 'nextReview', 'modified', 'painPoints'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface CardFilter { type: string; status: string; owner: string; text: string }
export const NO_FILTER: CardFilter = { type: '', status: '', owner: '', text: '' };

/**
 * The cards to show, filtered and sorted: by name (the language's collation), by the next
 * review (soonest first, unscheduled last), by last change (newest first) or by pain points
 * (most first); ties go by name.
 */
export function viewCards(cards: readonly WorkspaceCard[], sort: SortKey, filter: CardFilter, language: string): WorkspaceCard[] {
  const collate = sortCompare(language);
  const shown = cards.filter((card) => {
    const s = card.summary;
    if (filter.type && s.mapType !== filter.type) return false;
    if (filter.status && s.status !== filter.status) return false;
    if (filter.owner && s.owner !== filter.owner) return false;
    return containsText(`${s.title} ${card.relativePath} ${s.owner ?? ''}`, filter.text, language);
  });
  const byName = (a: WorkspaceCard, b: WorkspaceCard) => collate(a.summary.title || a.relativePath, b.summary.title || b.relativePath);
  const compare: Record<SortKey, (a: WorkspaceCard, b: WorkspaceCard) => number> = {
    name: byName,
    nextReview: (a, b) => (a.summary.nextReview ?? '9999').localeCompare(b.summary.nextReview ?? '9999'),
    modified: (a, b) => b.modifiedAt - a.modifiedAt,
    painPoints: (a, b) => b.summary.painPoints - a.summary.painPoints,
  };
  return shown.sort((a, b) => compare[sort](a, b) || byName(a, b));
}

/** The owners named in the workspace, for the owner filter. */
export const ownersOf = (cards: readonly WorkspaceCard[], language: string): string[] =>
  [...new Set(cards.flatMap((c) => (c.summary.owner ? [c.summary.owner] : [])))].sort(sortCompare(language));
