import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/document/ids';
import type { Persona } from '../../../shared/document/schema';
import { copySharedInto, sharedFromPersona, addSharedPersona } from '../../../shared/workspace/persona-library';
import { assetUrl } from '../../images/asset-image';
import { useContent } from '../../editor/content-context';
import { useWorkspace } from './workspace-context';

/** A persona's place in the workspace: the Shared mark, or the button that shares it. */
export function ShareControl({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { store } = useContent();
  if (persona.sharedId !== undefined) return <span className="chip shared-chip" title={t('portfolio.personas.sharedHint')}>{t('portfolio.personas.shared')}</span>;
  if (!workspace?.mapPath || !workspace.library) return null;
  const share = async () => {
    const entry = sharedFromPersona(store.document, persona, newId());
    // The library first: the map names the entry only once it exists.
    if (await workspace.share(entry)) store.transact('Share persona', copySharedInto(store.document, persona.id, entry));
  };
  return (
    // Its name begins with what it shows (as a speech user says it), then whose.
    <button type="button" onClick={() => void share()}>
      {t('portfolio.personas.share')}<span className="visually-hidden">: {persona.name}</span>
    </button>
  );
}

/** The workspace library's personas this map does not use yet, each a click away from a copy on the map. */
export function UseSharedPersonas() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { document, commit } = useContent();
  if (!workspace) return null;
  const used = new Set(document.personas.flatMap((p) => (p.sharedId === undefined ? [] : [p.sharedId])));
  const available = workspace.library?.personas.filter((p) => !used.has(p.id)) ?? [];
  return (
    <section className="use-shared" aria-labelledby="use-shared-heading">
      <h3 id="use-shared-heading">{t('portfolio.personas.useShared')}</h3>
      {workspace.mapPath === null ? (
        <p className="muted">{t('portfolio.personas.noLibrary')}</p>
      ) : available.length === 0 ? (
        <p className="muted">{t('portfolio.personas.noneToUse')}</p>
      ) : (
        <ul className="use-shared-list">
          {available.map((entry) => (
            <li key={entry.id}>
              <button type="button" aria-label={t('portfolio.personas.useSharedOf', { name: entry.name })} onClick={() => {
                const added = addSharedPersona(document, entry);
                if (added) commit('Use shared persona', added.changes);
              }}>
                {entry.photo && <img className="persona-avatar" width={28} height={28} alt="" src={assetUrl(entry.photo)} />}
                <strong>{entry.name}</strong>
                {entry.quote && <q className="muted">{entry.quote}</q>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
