import { useTranslation } from 'react-i18next';
import { addPersonaCurve, personaCurve, removePersona, setPersonaActive, setPersonaPhoto, updatePersona, type PersonaFields } from '../../../shared/document/commands';
import { LIMITS } from '../../../shared/document/limits';
import type { Persona } from '../../../shared/document/schema';
import { PHOTO_MAX_PX } from '../../images/fit';
import { useContent } from '../../editor/content-context';
import { TextField } from './fields';
import { ImagePicker } from './ImagePicker';
import { PersonaAvatar } from '../../ui/PersonaAvatar';

const TEXT_FIELDS = [
  ['quote', LIMITS.labelLength],
  ['demographics', LIMITS.notesLength],
  ['goals', LIMITS.notesLength],
  ['motivations', LIMITS.notesLength],
  ['frustrations', LIMITS.notesLength],
  ['keyTasks', LIMITS.notesLength],
] as const satisfies readonly (readonly [keyof PersonaFields, number])[];

/** Every field of one persona, its photo, whether the map shows it, and its emotion curve. */
export function PersonaEditor({ persona, onDone }: { persona: Persona; onDone: () => void }) {
  const { t } = useTranslation();
  const { document, commit } = useContent();
  const active = document.journey.personaIds?.includes(persona.id) ?? false;
  const curve = personaCurve(document, persona.id);
  const edit = (patch: PersonaFields) => commit('Edit persona', updatePersona(document, persona.id, patch));
  return (
    <div className="persona-editor">
      <div className="persona-photo-row">
        <PersonaAvatar persona={persona} document={document} size={72} alt={t('content.persona.photoOf', { name: persona.name })} />
        <div className="stack">
          <ImagePicker label={t('content.persona.choosePhoto')} maxPx={PHOTO_MAX_PX}
            onImage={(image) => commit('Set persona photo', setPersonaPhoto(document, persona.id, image))} />
          {persona.photoId && (
            <button type="button" className="link-button" onClick={() => commit('Remove persona photo', setPersonaPhoto(document, persona.id, null))}>
              {t('content.persona.removePhoto')}
            </button>
          )}
        </div>
      </div>
      <TextField label={t('content.persona.name')} value={persona.name} maxLength={LIMITS.nameLength} autoFocus
        onCommit={(name) => name.trim() !== '' && edit({ name })} />
      {TEXT_FIELDS.map(([field, max]) => (
        <TextField key={field} label={t(`content.persona.${field}`)} value={persona[field] ?? ''} maxLength={max} multiline={field !== 'quote'}
          onCommit={(value) => edit({ [field]: value })} />
      ))}
      <label className="check-field">
        <input type="checkbox" checked={active} onChange={(e) => commit('Show persona on map', setPersonaActive(document, persona.id, e.target.checked))} />
        {t('content.persona.active')}
      </label>
      {curve ? (
        <p className="muted">{t('content.persona.hasCurve')}</p>
      ) : (
        <button type="button" onClick={() => commit('Add persona curve', addPersonaCurve(document, persona.id, t('lane.emotions'))?.changes ?? [])}>
          {t('content.persona.addCurve')}
        </button>
      )}
      <div className="panel-actions">
        <button type="button" className="remove-button" onClick={() => { commit('Delete persona', removePersona(document, persona.id)); onDone(); }}>
          {t('content.persona.remove')}
        </button>
        <button type="button" className="primary" onClick={onDone}>{t('content.persona.done')}</button>
      </div>
    </div>
  );
}
