import type { MenuItemConstructorOptions } from 'electron';
import type { RecentEntry } from './services/settings-store';

export interface MenuActions {
  newJourney(): void;
  open(): void;
  openPath(path: string): void;
  clearRecent(): void;
  save(): void;
  saveAs(): void;
}

type Translate = (key: string) => string;

/** The application menu as plain data, so a test can check items and accelerators. */
export function buildMenuTemplate(
  t: Translate,
  recent: readonly RecentEntry[],
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: t('menu.noRecent'), enabled: false }]
      : recent.map((r) => ({ label: r.path, enabled: r.exists, click: () => actions.openPath(r.path) }));
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { id: 'new', label: t('menu.new'), accelerator: 'CmdOrCtrl+N', click: () => actions.newJourney() },
      { id: 'open', label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      {
        id: 'openRecent',
        label: t('menu.openRecent'),
        submenu: [...recentItems, { type: 'separator' }, { label: t('menu.clearRecent'), enabled: recent.length > 0, click: () => actions.clearRecent() }],
      },
      { type: 'separator' },
      { id: 'save', label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: () => actions.save() },
      { id: 'saveAs', label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
      { type: 'separator' },
      { id: 'close', label: t('menu.close'), accelerator: 'CmdOrCtrl+W', role: 'close' },
      ...(platform === 'darwin' ? [] : [{ id: 'quit', label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q', role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const windowMenu: MenuItemConstructorOptions = { label: t('menu.window'), role: 'windowMenu' };
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, windowMenu];
}
