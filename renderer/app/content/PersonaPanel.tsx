import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPersona } from '../../../shared/document/commands';
import { LIMITS } from '../../../shared/document/limits';
import { ContentPanel } from './ContentPanel';
import { useContent } from '../../editor/content-context';
import { PersonaAvatar } from '../../ui/PersonaAvatar';
import { PersonaEditor } from './PersonaEditor';
import { ShareControl, UseSharedPersonas } from '../portfolio/SharedPersonaControls';
import { unquoted } from '../../../shared/i18n/quotes';

/** The journey's persona library: who the map can be drawn for, each editable in place. */
export function PersonaPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { document, commit } = useContent();
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = document.personas.find((p) => p.id === editingId);
  const create = () => {
    const added = addPersona(document, { name: t('content.persona.newName') });
    if (!added) return;
    commit('Add persona', added.changes);
    setEditingId(added.persona.id);
  };
  return (
    <ContentPanel title={t('content.persona.heading')} onClose={onClose}>
      {editing ? (
        <PersonaEditor key={editing.id} persona={editing} onDone={() => setEditingId(null)} />
      ) : (
        <>
          {document.personas.length === 0 && <p className="muted">{t('content.persona.empty')}</p>}
          <ul className="persona-list">
            {document.personas.map((persona) => {
              const active = document.journey.personaIds?.includes(persona.id) ?? false;
              return (
                <li key={persona.id} className="persona-item">
                  <PersonaAvatar persona={persona} document={document} alt={t('content.persona.photoOf', { name: persona.name })} />
                  <div className="persona-summary">
                    <strong>{persona.name}</strong>
                    {persona.quote && <q>{unquoted(persona.quote)}</q>}
                    {active && <span className="chip">{t('content.persona.active')}</span>}
                  </div>
                  <ShareControl persona={persona} />
                  <button type="button" onClick={() => setEditingId(persona.id)} aria-label={`${t('content.persona.edit')}: ${persona.name}`}>
                    {t('content.persona.edit')}
                  </button>
                </li>
              );
            })}
          </ul>
          {document.personas.length >= LIMITS.personas ? (
            <p className="muted">{t('content.persona.libraryFull')}</p>
          ) : (
            <button type="button" className="primary" onClick={create}>{t('content.persona.add')}</button>
          )}
          <UseSharedPersonas />
        </>
      )}
    </ContentPanel>
  );
}
