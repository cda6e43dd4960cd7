import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { outdatedShared, updateFromLibrary } from '../../../shared/workspace/persona-library';
import type { JourneyStore } from '../../state/journey-store';
import { useWorkspace } from './workspace-context';

/**
 * Above the map: shared personas whose copy here differs from the workspace library, with an
 * offer to update them (one undoable change), and what the last shared-persona write did.
 */
export function SharedPersonaNotice({ store }: { store: JourneyStore }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { document } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  // "Not now" holds for this map only.
  const [dismissedFor, setDismissedFor] = useState<JourneyStore | null>(null);
  const dismissed = dismissedFor === store;
  if (!workspace) return null;
  const outdated = workspace.library ? outdatedShared(document, workspace.library) : [];
  const lines = [...(workspace.libraryError ? [t('portfolio.personas.libraryProblem', { message: workspace.libraryError })] : []), ...workspace.notes];
  if (lines.length === 0 && (outdated.length === 0 || dismissed)) return null;
  const library = workspace.library;
  return (
    <div className="shared-persona-notice" role="region" aria-label={t('portfolio.personas.useShared')}>
      {outdated.length > 0 && !dismissed && library && (
        <p className="notice-row">
          <span>{t('portfolio.personas.outdated', { count: outdated.length, names: outdated.map((o) => o.persona.name).join(', ') })}</span>
          <button type="button" className="primary" onClick={() => store.transact('Update shared personas', updateFromLibrary(store.document, library), 'library')}>
            {t('portfolio.personas.update')}
          </button>
          <button type="button" onClick={() => setDismissedFor(store)}>{t('portfolio.personas.notNow')}</button>
        </p>
      )}
      <div role="status" aria-live="polite">
        {lines.map((line) => <p key={line} className="notice-line">{line}</p>)}
      </div>
    </div>
  );
}
