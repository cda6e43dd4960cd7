import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/document/limits';
import { useContent } from '../../editor/content-context';
import { useContentServices } from './content-services';
import { Field } from './fields';

/** Saves a copy of this map as a template of the user's own, offered on the start screen. */
export function SaveAsTemplate() {
  const { t } = useTranslation();
  const { document } = useContent();
  const { saveTemplate } = useContentServices();
  const [name, setName] = useState(document.journey.title);
  const [message, setMessage] = useState<string | null>(null);
  if (!saveTemplate) return null;
  const save = async () => {
    const result = await saveTemplate({ name: name.trim(), document });
    setMessage(result.ok ? t('content.details.templateSaved', { name: result.value.name }) : t('content.details.templateFailed', { message: result.error.message }));
  };
  return (
    <form className="save-template" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3>{t('content.details.saveAsTemplate')}</h3>
      <Field label={t('content.details.templateName')}>{(id) => <input id={id} type="text" value={name} maxLength={LIMITS.titleLength} onChange={(e) => setName(e.target.value)} />}</Field>
      <button type="submit" disabled={name.trim() === ''}>{t('content.details.saveTemplate')}</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
