import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from './content-context';
import { panelKeyListener } from './keys';

interface Props {
  title: string;
  onClose: () => void;
  /** `wide` panels (the action plan) span the map's width. */
  wide?: boolean;
  children: ReactNode;
}

/** A labelled panel floating over the map; it takes focus when it opens and Escape closes it. */
export function ContentPanel({ title, onClose, wide, children }: Props) {
  const { t } = useTranslation();
  const { store } = useContent();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus();
    const listener = panelKeyListener(() => close.current(), store);
    element.addEventListener('keydown', listener);
    return () => element.removeEventListener('keydown', listener);
  }, [store]);
  return (
    <section ref={ref} className={`content-panel${wide ? ' is-wide' : ''}`} aria-labelledby={headingId} tabIndex={-1}>
      <header className="content-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('content.close')} title={t('content.close')} onClick={onClose}>×</button>
      </header>
      <div className="content-panel-body">{children}</div>
    </section>
  );
}
