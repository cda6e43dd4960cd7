/** What Tab can reach: enabled controls, links and explicit tab stops. */
const TABBABLE = [
  'a[href]', 'area[href]', 'button:not([disabled])', 'input:not([disabled]):not([type="hidden"])', 'select:not([disabled])',
  'textarea:not([disabled])', 'iframe', '[contenteditable="true"]', '[tabindex]',
].join(',');

const shown = (element: HTMLElement): boolean => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';

/**
 * The elements inside `root` that Tab stops on, in document order (tabindex -1 left out, and of
 * a radio group only the checked button, or the first when none is).
 */
export function tabbables(root: HTMLElement): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => element.tabIndex >= 0 && !element.closest('[inert]') && shown(element));
  return found.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.name === '') return true;
    const group = found.filter((other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === element.name);
    const checked = group.find((radio) => radio.checked);
    return checked ? checked === element : group[0] === element;
  });
}

/** Whether the keyboard is nowhere in particular: on the page body, or on nothing. */
export const focusIsLost = (): boolean => document.activeElement === null || document.activeElement === document.body;

/** Whether a key went to an open dialog, whose keys are its own (the map's shortcuts listen further up). */
export const inDialog = (target: EventTarget | null): boolean => target instanceof Element && target.closest('[aria-modal="true"]') !== null;

/**
 * Writes what is being typed in the focused field to the map before a save (fields write when
 * they are left), and puts the keyboard back in the field if it is still there.
 */
export function commitFocusedField(): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement)) return;
  active.blur();
  if (active.isConnected) active.focus({ preventScroll: true });
}
