import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { containsText } from '../../shared/i18n/collation';
import { displayKeys } from '../editor/shortcuts';
import { Modal } from '../ui/Modal';
import type { Command } from './registry';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Every word typed, found in the command's name, group or keys (accents and case aside, as the language reads them). */
const matches = (command: Command, query: string, language: string) =>
  query.trim().split(/\s+/).every((word) => containsText(`${command.label} ${command.group} ${command.keys ?? ''}`, word, language));

interface Props {
  commands: readonly Command[];
  onClose: () => void;
  /** Runs the chosen command once the palette has closed and the keyboard is back where it was. */
  onRun: (command: Command) => void;
}

/**
 * Ctrl/⌘+K: every action of the screen with its keys, found by typing a few letters of its
 * name. ↑ ↓ (Home, End) choose, Enter runs, Esc closes; a screen reader hears the chosen one.
 */
export function CommandPalette({ commands, onClose, onRun }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const titleId = useId();
  const listId = useId();
  const shown = useMemo(() => commands.filter((c) => matches(c, query, i18n.language)), [commands, query, i18n.language]);
  const at = Math.min(active, Math.max(0, shown.length - 1));
  const chosen = shown[at];
  const mac = isMac();
  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    onRun(command);
  };
  const move = (to: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, to));
    setActive(next);
    document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <Modal className="modal command-palette" labelledBy={titleId} onClose={onClose}>
      <h2 id={titleId} className="visually-hidden">{t('a11y.palette.title')}</h2>
      <input type="text" role="combobox" aria-label={t('a11y.palette.search')} placeholder={t('a11y.palette.search')} value={query} autoFocus
        aria-expanded="true" aria-controls={listId} aria-autocomplete="list" aria-activedescendant={chosen ? `${listId}-${at}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + 8, PageUp: at - 8 };
          const to = moves[e.key];
          if (to !== undefined) {
            e.preventDefault();
            move(to);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(chosen);
          }
        }} />
      <ul id={listId} role="listbox" className="command-list" aria-label={t('a11y.palette.list', { count: shown.length })}>
        {shown.map((command, i) => (
          <li key={command.id} id={`${listId}-${i}`} role="option" aria-selected={i === at} onMouseMove={() => i !== at && setActive(i)} onClick={() => run(command)}>
            <span className="command-label">{command.label}</span>
            <span className="command-group">{command.group}</span>
            {command.keys && <kbd>{displayKeys(command.keys, mac)}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted" role="status">{t('a11y.palette.none')}</p>}
    </Modal>
  );
}
