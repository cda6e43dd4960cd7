import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addChannel, addMissingChannels, moveChannel, removeChannel, renameChannel } from '../../../shared/document/commands';
import { LIMITS } from '../../../shared/document/limits';
import { sortByOrder } from '../../../shared/document/order';
import { ContentPanel } from './ContentPanel';
import { useContent } from '../../editor/content-context';
import { defaultChannelNames } from './default-channels';
import { Field, TextField } from './fields';

/** The journey's own list of channels that touchpoints are on: rename, reorder, remove, add. */
export function ChannelsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { document, commit } = useContent();
  const [newName, setNewName] = useState('');
  const channels = sortByOrder(document.channels);
  const usage = (id: string) => document.cards.filter((c) => c.channelId === id).length;
  const missingDefaults = addMissingChannels(document, defaultChannelNames(t));
  return (
    <ContentPanel title={t('content.channels.heading')} onClose={onClose}>
      {channels.length === 0 && <p className="muted">{t('content.channels.empty')}</p>}
      <ol className="channel-list">
        {channels.map((channel, index) => (
          <li key={channel.id} className="channel-item">
            <TextField label={t('content.channels.nameOf', { index: index + 1 })} hideLabel value={channel.name} maxLength={LIMITS.nameLength}
              onCommit={(name) => commit('Rename channel', renameChannel(document, channel.id, name))} />
            <span className="muted channel-usage">{t('content.channels.usedBy', { count: usage(channel.id) })}</span>
            <button type="button" className="icon-button" disabled={index === 0} aria-label={t('content.channels.moveUp', { name: channel.name })}
              onClick={() => commit('Move channel', moveChannel(document, channel.id, channels[index - 1]?.id ?? null))}>↑</button>
            <button type="button" className="icon-button" disabled={index === channels.length - 1} aria-label={t('content.channels.moveDown', { name: channel.name })}
              onClick={() => commit('Move channel', moveChannel(document, channel.id, channels[index + 2]?.id ?? null))}>↓</button>
            <button type="button" className="icon-button" aria-label={t('content.channels.remove', { name: channel.name })}
              onClick={() => commit('Remove channel', removeChannel(document, channel.id))}>×</button>
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={(e) => {
        e.preventDefault();
        const added = addChannel(document, newName);
        if (added) commit('Add channel', added.changes);
        setNewName('');
      }}>
        <Field label={t('content.channels.newName')}>{(id) => <input id={id} type="text" value={newName} maxLength={LIMITS.nameLength} onChange={(e) => setNewName(e.target.value)} />}</Field>
        <button type="submit" disabled={newName.trim() === ''}>{t('content.channels.add')}</button>
      </form>
      {missingDefaults.length > 0 && (
        <button type="button" onClick={() => commit('Add default channels', missingDefaults)}>{t('content.channels.addDefaults')}</button>
      )}
    </ContentPanel>
  );
}
