import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useContent } from '../../editor/content-context';
import { tabbables } from '../../ui/focusable';
import { panelKeyDown } from './keys';

/** Where panels open: just below the content band (its bottom edge, in viewport pixels). */
export const PanelTopContext = createContext(0);

interface Props {
  title: string;
  onClose: () => void;
  /** `wide` panels (the action plan) span the window's width. */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A labelled panel floating over the map. It is rendered into the document body, outside the
 * map screen, so the editor's keyboard shortcuts never act on keys typed here. Its first field
 * takes the keyboard when it opens; Escape closes it.
 */
export function ContentPanel({ title, onClose, wide, children }: Props) {
  const { t } = useTranslation();
  const { store } = useContent();
  const top = useContext(PanelTopContext);
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  // The keyboard goes to the panel's first field, so what is typed at once lands there (the panel is announced by its name).
  useEffect(() => {
    const panel = ref.current;
    const body = panel?.querySelector<HTMLElement>('.content-panel-body');
    ((body && tabbables(body)[0]) ?? panel)?.focus();
  }, []);
  return createPortal(
    <section ref={ref} className={`content-panel${wide ? ' is-wide' : ''}`} style={{ top: top + 8, maxHeight: `calc(100vh - ${top + 20}px)` }}
      aria-labelledby={headingId} tabIndex={-1} onKeyDown={(e) => panelKeyDown(e, onClose, store)}>
      <header className="content-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('content.close')} title={t('content.close')} onClick={onClose}>×</button>
      </header>
      <div className="content-panel-body">{children}</div>
    </section>,
    document.body,
  );
}
