import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/i18n/languages';
import type { EditorCommand } from '../shared/ipc/contract';
import { languageMenu } from './language-menu';
import type { RecentEntry } from './services/settings-store';

export interface MenuActions {
  newJourney(): void;
  open(): void;
  /** File > Open folder…: the focused window opens a folder of maps as its workspace. */
  openFolder?(): void;
  openPath(path: string): void;
  clearRecent(): void;
  save(): void;
  saveAs(): void;
  exportMap(): void;
  importFile(): void;
  editor(command: EditorCommand): void;
  present(): void;
  /** View > Live Workshop…: start one for the map, or show its panel (no item without it). */
  workshop?(): void;
  /** View > Language: the language in use, and what choosing another does (no submenu without it). */
  language?: { current: Language; choose(language: Language): void };
  /** Help > Install command line tool…: where no package puts `waymark` on PATH (macOS, an AppImage). */
  installCommandLineTool?(): void;
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
      { id: 'openFolder', label: t('workspace.menu.openFolder'), click: () => actions.openFolder?.() },
      {
        id: 'openRecent',
        label: t('menu.openRecent'),
        submenu: [...recentItems, { type: 'separator' }, { label: t('menu.clearRecent'), enabled: recent.length > 0, click: () => actions.clearRecent() }],
      },
      { type: 'separator' },
      { id: 'save', label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: () => actions.save() },
      { id: 'saveAs', label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
      { type: 'separator' },
      { id: 'import', label: t('exchange.menu.import'), click: () => actions.importFile() },
      { id: 'export', label: t('exchange.menu.export'), click: () => actions.exportMap() },
      { type: 'separator' },
      { id: 'close', label: t('menu.close'), accelerator: 'CmdOrCtrl+W', role: 'close' },
      ...(platform === 'darwin' ? [] : [{ id: 'quit', label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q', role: 'quit' } as const]),
    ],
  };
  // The page handles these keys itself (text fields keep their own undo and select-all), so
  // the menu shows the accelerators without registering them.
  const editorItem = (command: EditorCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id: command, label, click: () => actions.editor(command), ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      editorItem('undo', t('menu.undo'), 'CmdOrCtrl+Z'),
      editorItem('redo', t('menu.redo'), 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      // Roles without a label show Electron's English words; every item is named in the app's language.
      { role: 'cut', label: t('menu.cut') }, { role: 'copy', label: t('menu.copy') }, { role: 'paste', label: t('menu.paste') },
      editorItem('duplicate', t('menu.duplicate'), 'CmdOrCtrl+D'),
      editorItem('delete', t('menu.delete'), 'Delete'),
      editorItem('selectAllInLane', t('menu.selectAllInLane'), 'CmdOrCtrl+A'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      editorItem('zoomIn', t('menu.zoomIn'), 'CmdOrCtrl+='),
      editorItem('zoomOut', t('menu.zoomOut'), 'CmdOrCtrl+-'),
      editorItem('zoomReset', t('menu.zoomReset'), 'CmdOrCtrl+0'),
      editorItem('zoomFit', t('menu.zoomFit'), 'Shift+1'),
      editorItem('zoomSelection', t('menu.zoomSelection'), 'Shift+2'),
      { type: 'separator' },
      // F5 as in slide software; the page handles the key, like the editor's.
      { id: 'present', label: t('present.menu.present'), accelerator: 'F5', registerAccelerator: false, click: () => actions.present() },
      ...(actions.workshop ? [{ id: 'workshop', label: t('workshopHost.menu'), click: () => actions.workshop?.() }] : []),
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ...(actions.language ? [{ type: 'separator' as const }, languageMenu(t('menu.language'), actions.language.current, actions.language.choose)] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('menu.help'), role: 'help',
    submenu: [
      editorItem('shortcuts', t('menu.shortcuts'), '?'),
      ...(actions.installCommandLineTool ? [{ id: 'installCommandLineTool', label: t('merge.tool.menu'), click: () => actions.installCommandLineTool?.() }] : []),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'), role: 'windowMenu',
    submenu: [{ role: 'minimize', label: t('menu.minimize') }, { role: 'close', label: t('menu.close') }],
  };
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, windowMenu, help];
}
