import { useEffect, useId, useRef, useState } from 'react';
import { Icon, type IconName } from '../ui/icons';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
}

interface Props {
  /** The button's name (aria-label and tooltip): what the menu is for. */
  label: string;
  icon: IconName;
  items: readonly MenuItem[];
}

/**
 * An icon button that opens a menu (the WAI-ARIA menu button): Enter, Space or ↓ open it on
 * the first item, ↑ on the last; arrows, Home and End move; Enter picks; Esc closes and gives
 * the keyboard back to the button; Tab or a click elsewhere closes it.
 */
export function MenuButton({ label, icon, items }: Props) {
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = entries();
    (open === 'first' ? list[0] : list.at(-1))?.focus();
    const outside = (e: PointerEvent) => {
      if (!button.current?.contains(e.target as Node) && !menu.current?.contains(e.target as Node)) setOpen(null);
    };
    window.addEventListener('pointerdown', outside, true);
    return () => window.removeEventListener('pointerdown', outside, true);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = entries();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(index + 1),
      ArrowUp: () => go(index - 1),
      Home: () => go(0),
      End: () => go(list.length - 1),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const act = keys[e.key];
    if (!act) return;
    if (e.key !== 'Tab') e.preventDefault();
    // The editor's keys (arrows, Esc) are not for the map while the menu has them.
    e.stopPropagation();
    act();
  };

  return (
    <span className="menu-button">
      <button ref={button} type="button" className="icon-button" aria-label={label} title={label} aria-haspopup="menu"
        aria-expanded={open !== null} aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => (o ? null : 'first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            e.stopPropagation();
            setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}>
        <Icon name={icon} />
        <Icon name="chevron" size={12} />
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-label={label} className="menu" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.id} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => {
                close(true);
                item.onSelect();
              }}>{item.label}</button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
