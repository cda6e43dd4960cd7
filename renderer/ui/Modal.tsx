import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { focusIsLost, tabbables } from './focusable';

interface Props {
  /** The id of the heading that names the dialog; `label` names one without a heading. */
  labelledBy?: string;
  label?: string;
  describedBy?: string;
  /** `alertdialog` for a question that must be answered before anything else. */
  role?: 'dialog' | 'alertdialog';
  /** Classes of the dialog's own box (`modal …`, or a screen that covers the window). */
  className?: string;
  /** Classes of the dimmed layer under the box; null for a dialog that covers the window itself. */
  backdropClassName?: string | null;
  onClose: () => void;
  /** The keys that close it: Escape, `?` too for a list of shortcuts, none where the keys belong to someone else (the presentation's key list). */
  closeKeys?: readonly string[];
  /** A click on the dimmed layer closes it too. */
  closeOnBackdrop?: boolean;
  /** Where the keyboard starts: the first control (or one marked autoFocus), or the dialog itself (a list to read). */
  initialFocus?: 'first' | 'dialog';
  /** Rendered into the document body, above the panels that live there. */
  portal?: boolean;
  /** Makes the box a form: Enter in a field submits it. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

const ESCAPE = ['Escape'];

/** Open dialogs, innermost last: only the innermost keeps the keyboard. */
const stack: HTMLElement[] = [];

function focusInside(box: HTMLElement, initial: 'first' | 'dialog'): void {
  const first = initial === 'first' ? tabbables(box)[0] : undefined;
  (first ?? box).focus();
}

/**
 * Every dialog's shell: named by its heading, the keyboard inside it from the start and kept
 * there (Tab and Shift+Tab go round its controls, focus that strays is brought back), Escape
 * closes it, and the keyboard goes back to where it was when the dialog closes.
 */
export function Modal({
  labelledBy, label, describedBy, role = 'dialog', className = 'modal', backdropClassName = 'modal-backdrop', onClose,
  closeKeys = ESCAPE, closeOnBackdrop = false, initialFocus = 'first', portal = false, onSubmit, children,
}: Props) {
  // Read while rendering, before a field marked autoFocus takes the keyboard.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const box = useRef<HTMLElement>(null);
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    stack.push(element);
    if (!element.contains(document.activeElement)) focusInside(element, initialFocus);
    const keepInside = (event: FocusEvent) => {
      if (stack.at(-1) !== element || !(event.target instanceof Node) || element.contains(event.target)) return;
      focusInside(element, initialFocus);
    };
    document.addEventListener('focusin', keepInside);
    return () => {
      document.removeEventListener('focusin', keepInside);
      stack.splice(stack.indexOf(element), 1);
      const hadFocus = element.contains(document.activeElement) || focusIsLost();
      if (hadFocus && opener?.isConnected) opener.focus();
    };
  }, [initialFocus, opener]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const element = box.current;
    // Keys typed in a dialog are the dialog's: none reaches the panel or screen it was opened from.
    event.stopPropagation();
    if (!element) return;
    if (closeKeys.includes(event.key)) {
      event.preventDefault();
      close.current();
    } else if (event.key === 'Tab') {
      const stops = tabbables(element);
      const [first, last] = [stops[0], stops.at(-1)];
      const at = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
        element.focus();
      } else if (event.shiftKey && (at === first || at === element)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && at === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const common = {
    role, 'aria-modal': true, 'aria-labelledby': labelledBy, 'aria-label': label, 'aria-describedby': describedBy, tabIndex: -1, className, onKeyDown,
    onClick: closeOnBackdrop ? (e: React.MouseEvent) => e.stopPropagation() : undefined,
  } as const;
  const dialog = onSubmit
    ? <form ref={box as React.RefObject<HTMLFormElement>} {...common} onSubmit={onSubmit}>{children}</form>
    : <div ref={box as React.RefObject<HTMLDivElement>} {...common}>{children}</div>;
  const shown = backdropClassName === null ? dialog : <div className={backdropClassName} onClick={closeOnBackdrop ? () => close.current() : undefined}>{dialog}</div>;
  return portal ? createPortal(shown, document.body) : shown;
}
