import { BrowserWindow, dialog } from 'electron';
import type { i18n as I18n } from 'i18next';
import { MENU_COMMAND_CHANNEL, type LaunchIntent, type MenuCommand } from '../shared/ipc/contract';
import { CANCEL_KEY, CLOSE_QUESTIONS, closeQuestion } from '../shared/close-questions';
import type { WindowRegistry } from './ipc/handlers';
import { windowOptions } from './window-options';

interface WindowEntry {
  window: BrowserWindow;
  intent: LaunchIntent;
  title: string;
  /** The map's name as the page says it (the title adds the unsaved mark and the app's name). */
  name: string | null;
  dirty: boolean;
  path: string | null;
  /** Set once the user chose to close; the next close event goes through. */
  closing: boolean;
  /** The user chose "Don't Save": the window's unsaved edits are not kept for recovery. */
  discardChanges: boolean;
  /** A live workshop runs for the window's map. */
  workshop: boolean;
  /** The user chose to keep the room open: this close goes on to the unsaved-changes question. */
  keepRoomOpen: boolean;
}

/** What main does when a window's page goes away; index.ts connects it to the services. */
export interface WindowLifecycle {
  /** The window closed: release its file lock; drop its journals if the user chose "Don't Save", else keep them. */
  closed(windowId: number, discardChanges: boolean): void;
  /** The page crashed or was killed: its journals become recoverable. */
  pageGone(windowId: number): void;
}

/** One window per journey; knows which file each shows and whether it has unsaved changes. */
export class WindowManager implements WindowRegistry {
  private readonly entries = new Map<number, WindowEntry>();

  constructor(
    private readonly preloadPath: string,
    private readonly rendererUrl: string,
    private readonly i18n: I18n,
    private readonly lifecycle: WindowLifecycle,
  ) {}

  create(intent: LaunchIntent): BrowserWindow {
    const window = new BrowserWindow(windowOptions(this.preloadPath));
    const id = window.webContents.id;
    const entry: WindowEntry = {
      window, intent, title: 'Waymark', name: null, dirty: false, path: intent.kind === 'open' ? intent.path : null, closing: false, discardChanges: false,
      workshop: false, keepRoomOpen: false,
    };
    this.entries.set(id, entry);
    window.once('ready-to-show', () => window.show());
    window.on('close', (event) => this.confirmClose(event, entry));
    window.on('closed', () => {
      this.entries.delete(id);
      this.lifecycle.closed(id, entry.discardChanges);
    });
    // Navigation, new windows and links are handled for every web contents in index.ts.
    window.webContents.on('render-process-gone', () => {
      this.lifecycle.pageGone(id);
      entry.dirty = false;
      if (!window.isDestroyed()) window.webContents.reload();
    });
    void window.loadURL(this.rendererUrl);
    return window;
  }

  /**
   * Closing a window (or the app) asks first (shared/close-questions.ts): during a live workshop
   * whether to keep the room open (it can be resumed) or end it keeping its results in the map
   * (the page does that, saves, then closes); then, with unsaved edits, whether to save them.
   */
  private confirmClose(event: Electron.Event, entry: WindowEntry): void {
    const question = closeQuestion(entry);
    if (question !== 'workshop') entry.keepRoomOpen = false;
    if (question === null) return;
    event.preventDefault();
    const t = this.i18n.t.bind(this.i18n);
    const asked = CLOSE_QUESTIONS[question];
    const choice = dialog.showMessageBoxSync(entry.window, {
      type: question === 'workshop' ? 'question' : 'warning',
      buttons: [...asked.choices.map(([, label]) => t(label)), t(CANCEL_KEY)],
      defaultId: 0,
      cancelId: asked.choices.length,
      title: t(asked.title),
      message: t(asked.message, { name: entry.name ?? entry.title }),
      detail: t(asked.detail),
    });
    const answer = asked.choices[choice]?.[0] ?? 'cancel';
    if (answer === 'save') this.send(entry.window.webContents.id, { type: 'saveAndClose' });
    if (answer === 'end') this.send(entry.window.webContents.id, { type: 'endWorkshopAndClose' });
    if (answer === 'discard') {
      entry.closing = true;
      entry.discardChanges = true;
      entry.window.close();
    }
    if (answer === 'keep-open') {
      entry.keepRoomOpen = true;
      entry.window.close();
    }
  }

  send(windowId: number, command: MenuCommand): void {
    this.entries.get(windowId)?.window.webContents.send(MENU_COMMAND_CHANNEL, command);
  }

  /** Tells every window at once (a language chosen anywhere applies everywhere). */
  broadcast(command: MenuCommand): void {
    for (const id of this.entries.keys()) this.send(id, command);
  }

  focused(): { id: number; hasDocument: boolean } | undefined {
    const window = BrowserWindow.getFocusedWindow();
    const entry = window ? this.entries.get(window.webContents.id) : undefined;
    return entry ? { id: entry.window.webContents.id, hasDocument: entry.path !== null || entry.dirty } : undefined;
  }

  browserWindow(windowId: number): BrowserWindow | undefined {
    return this.entries.get(windowId)?.window;
  }

  launchIntent(windowId: number): LaunchIntent {
    return this.entries.get(windowId)?.intent ?? { kind: 'start' };
  }

  windowWithPath(path: string, exceptWindowId: number): number | undefined {
    for (const [id, entry] of this.entries) if (id !== exceptWindowId && entry.path === path) return id;
    return undefined;
  }

  focus(windowId: number): void {
    const window = this.entries.get(windowId)?.window;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  setState(windowId: number, state: { title: string; name?: string; dirty: boolean; path: string | null; workshop?: boolean }): void {
    const entry = this.entries.get(windowId);
    if (!entry) return;
    Object.assign(entry, { ...state, name: state.name ?? null, workshop: state.workshop ?? false });
    entry.window.setTitle(state.title);
    entry.window.setDocumentEdited(state.dirty);
    if (state.path) entry.window.setRepresentedFilename(state.path);
  }
}
