import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addChannel, addMissingChannels, updateCard } from '../../../../shared/document/commands';
import { applyChanges } from '../../../../shared/document/changes';
import { LIMITS } from '../../../../shared/document/limits';
import { sortByOrder } from '../../../../shared/document/order';
import type { Card } from '../../../../shared/document/schema';
import { defaultChannelNames } from '../../content/default-channels';
import { Field, RatingField, SelectField, TextField } from '../../content/fields';
import type { KindFieldsProps } from './types';

/** A touchpoint's channel (from the journey's list, or a new one), online/offline, owning team, impact and importance. */
export function TouchpointFields({ card, document, store }: KindFieldsProps) {
  const { t } = useTranslation();
  const [newChannel, setNewChannel] = useState('');
  const set = (patch: Partial<Card>) => store.transact('Edit touchpoint', updateCard(document, card.id, patch));
  const addAndUse = () => {
    const added = addChannel(document, newChannel);
    if (!added) return;
    const next = applyChanges(document, added.changes);
    store.transact('Add channel', [...added.changes, ...updateCard(next, card.id, { channelId: added.channel.id })]);
    setNewChannel('');
  };
  const defaults = document.channels.length === 0 ? addMissingChannels(document, defaultChannelNames(t)) : [];
  return (
    <section className="kind-fields" aria-label={t('content.touchpoint.heading')}>
      <h3>{t('content.touchpoint.heading')}</h3>
      <SelectField label={t('content.touchpoint.channel')} value={card.channelId} emptyLabel={t('content.touchpoint.noChannel')}
        options={sortByOrder(document.channels).map((c) => ({ value: c.id, label: c.name }))} onChange={(channelId) => set({ channelId })} />
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); addAndUse(); }}>
        <Field label={t('content.touchpoint.newChannel')}>{(id) => <input id={id} type="text" value={newChannel} maxLength={LIMITS.nameLength} onChange={(e) => setNewChannel(e.target.value)} />}</Field>
        <button type="submit" disabled={newChannel.trim() === ''}>{t('content.touchpoint.addChannel')}</button>
      </form>
      {defaults.length > 0 && (
        <button type="button" onClick={() => store.transact('Add default channels', defaults)}>{t('content.touchpoint.addDefaults')}</button>
      )}
      <fieldset className="segmented">
        <legend>{t('content.touchpoint.mode')}</legend>
        {(['online', 'offline'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name={`mode-${card.id}`} checked={card.mode === mode} onChange={() => set({ mode })} />
            {t(`content.touchpoint.${mode}`)}
          </label>
        ))}
      </fieldset>
      <TextField label={t('content.touchpoint.team')} value={card.team ?? ''} maxLength={LIMITS.nameLength} onCommit={(team) => set({ team: team === '' ? undefined : team })} />
      <RatingField label={t('content.touchpoint.impact')} value={card.impact} onChange={(impact) => set({ impact })} />
      <RatingField label={t('content.touchpoint.importance')} value={card.importance} onChange={(importance) => set({ importance })} />
    </section>
  );
}
