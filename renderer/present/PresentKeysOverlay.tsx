import { useTranslation } from 'react-i18next';
import { KeysDialog } from '../ui/KeysDialog';
import { PRESENT_KEYS } from './present-keys';

/** The presentation's keys, from the table the handler uses (`?` opens it, Esc or `?` closes it). */
export function PresentKeysOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <KeysDialog title={t('present.keysTitle')} mouseHint={t('present.keysMouse')} onClose={onClose} closeOnKeys={false}>
      <dl className="present-keys">
        {PRESENT_KEYS.map((k) => (
          <div key={k.id} className="shortcut-row">
            <dt><kbd>{k.keys}</kbd></dt>
            <dd>{t(`present.keys.${k.id}`)}</dd>
          </div>
        ))}
        <div className="shortcut-row">
          <dt><kbd>1–9</kbd></dt>
          <dd>{t('present.keys.stageNumber')}</dd>
        </div>
      </dl>
    </KeysDialog>
  );
}
