import { useTranslation } from 'react-i18next';
import { displayKeys, shortcutLabel, SHORTCUTS, type ShortcutGroup } from '../editor/shortcuts';
import { KeysDialog } from '../ui/KeysDialog';

const GROUPS: ShortcutGroup[] = ['navigate', 'edit', 'cards', 'view', 'file'];
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Every shortcut, grouped, from the same table the keyboard handler uses. */
export function ShortcutOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <KeysDialog title={t('shortcuts.title')} mouseHint={t('shortcuts.mouse')} onClose={onClose} closeOnKeys>
      <div className="shortcut-groups">
        {GROUPS.map((group) => (
          <section key={group} aria-label={t(`shortcuts.group.${group}`)}>
            <h3>{t(`shortcuts.group.${group}`)}</h3>
            <dl>
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.id} className="shortcut-row">
                  <dt><kbd>{displayKeys(s.keys, isMac())}</kbd></dt>
                  <dd>{t(shortcutLabel(s))}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </KeysDialog>
  );
}
