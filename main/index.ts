import { join, resolve } from 'node:path';
import { app, BrowserWindow, Menu, session } from 'electron';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { AppLanguage } from './app-language';
import { createHandlers } from './ipc/handlers';
import { WindowWorkspaces } from './services/workspace-folders';
import { WorkspaceIndex } from './services/workspace-index';
import { fileGrant, PathGrants } from './ipc/path-grants';
import { registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { electronAudienceScreens } from './presentation/audience-screens';
import { PresentationHub } from './presentation/presentation-hub';
import { nativeDialogs } from './dialogs';
import { nativeExchangeDialogs } from './exchange/native-exchange-dialogs';
import { importInWorker, importWorkerBeside, readTableInWorker } from './exchange/import-in-worker';
import { bundledExportWorker, renderComparisonInWorker, renderInWorker } from './exchange/render-in-worker';
import { commandLineToolPlan, installCommandLineTool } from './install-tool-menu';
import { hardenApp } from './session-hardening';
import { startAppServices } from './services/app-services';
import { WindowManager } from './window-manager';
import { builtPhonePageFolder } from './workshop/phone-page';
import { workshopInWorker, workshopWorkerBeside } from './workshop/workshop-in-worker';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'] ?? null;
const rendererUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`;
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

/** The journeys named on a command line, made absolute where that command ran (a window is granted exactly these). */
const journeyArgs = (argv: readonly string[], cwd: string) => argv.filter((a) => a.toLowerCase().endsWith('.journey')).map((a) => resolve(cwd, a));

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  // Before any session or window exists: each is hardened as it is made (session-hardening.ts).
  const hardening = hardenApp(app, devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN);
  await app.whenReady();
  hardening.ready(session.defaultSession);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const services = await startAppServices(app.getPath('userData'));
  const { settings, openFiles, recovery } = services;
  // A crash cannot run this; a lock whose process is gone is taken over on the next open.
  app.on('will-quit', () => services.locks.releaseAllSync());
  // A live workshop listens only on the LAN addresses the facilitator picks, from a worker thread of its own
  // (a flooded room never holds up windows, saves or IPC); quitting keeps it open to resume.
  const workshop = workshopInWorker(workshopWorkerBeside(import.meta.dirname), {
    workshopsFolder: join(app.getPath('userData'), 'workshops'),
    phonePageFolder: builtPhonePageFolder(import.meta.dirname),
  });
  app.on('will-quit', () => void workshop.close());
  // The language chosen in Waymark, else the OS's (first start); it can change while running.
  const appLanguage = new AppLanguage([...app.getPreferredSystemLanguages(), app.getLocale()], (await settings.get()).language);
  const { i18n } = appLanguage;
  // The paths each window may name: those the user chose there, and what follows from them (path-grants.ts).
  const grants = new PathGrants();
  const windows = new WindowManager(preloadPath, rendererUrl, i18n, {
    closed: (windowId, discardChanges) => {
      void openFiles.closeWindow(windowId);
      workspaces.forget(windowId);
      grants.forgetWindow(windowId);
      if (discardChanges) void recovery.discardWindow(windowId);
      else recovery.releaseWindow(windowId);
    },
    pageGone: (windowId) => recovery.releaseWindow(windowId),
  });

  const openPath = (path: string) => {
    const existing = windows.windowWithPath(path, -1);
    if (existing !== undefined) return windows.focus(existing);
    const focused = windows.focused();
    if (focused && !focused.hasDocument) {
      // Chosen in a menu or a dialog, or given by the system: the window may open it (a new window's launch intent grants it there).
      grants.grant(focused.id, fileGrant(path));
      windows.send(focused.id, { type: 'openPath', path });
    } else {
      windows.create({ kind: 'open', path });
    }
  };
  const toolPlan = commandLineToolPlan();
  const refreshMenu = async () => {
    const recent = await settings.listRecent();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(i18n.t.bind(i18n), recent, {
          newJourney: () => windows.create({ kind: 'start' }),
          open: () => {
            const focused = windows.focused();
            void dialogs.chooseOpenPath(focused?.id ?? -1).then((path) => path && openPath(path));
          },
          openFolder: () => {
            const f = windows.focused();
            if (f) windows.send(f.id, { type: 'openFolder' });
            else windows.create({ kind: 'start' });
          },
          openPath,
          clearRecent: () => void settings.clearRecent().then(refreshMenu),
          save: () => { const f = windows.focused(); if (f) windows.send(f.id, { type: 'save' }); },
          saveAs: () => { const f = windows.focused(); if (f) windows.send(f.id, { type: 'saveAs' }); },
          exportMap: () => { const f = windows.focused(); if (f) windows.send(f.id, { type: 'exportMap' }); },
          editor: (command) => { const f = windows.focused(); if (f) windows.send(f.id, { type: 'editor', command }); },
          importFile: () => { const f = windows.focused(); if (f) windows.send(f.id, { type: 'importFile' }); },
          present: () => { const f = windows.focused(); if (f) windows.send(f.id, { type: 'present' }); },
          workshop: () => { const f = windows.focused(); if (f) windows.send(f.id, { type: 'workshop' }); },
          language: { current: appLanguage.language, choose: (language) => void settings.setPreferences({ language }) },
          ...(toolPlan ? { installCommandLineTool: () => void installCommandLineTool(toolPlan, i18n.t.bind(i18n)) } : {}),
        }),
      ),
    );
  };
  const dialogs = nativeDialogs(windows, i18n);
  const workspaces = new WindowWorkspaces((windowId) => dialogs.chooseFolder(windowId));
  // A language chosen in a window or in View > Language: the menu now, then every window.
  settings.onPreferencesChanged((preferences) => void appLanguage.apply(preferences));
  appLanguage.onChange((language) => {
    void refreshMenu();
    windows.broadcast({ type: 'setLanguage', language });
  });

  registerIpcHandlers(
    createHandlers({
      ...services, dialogs, windows, onRecentChanged: () => void refreshMenu(),
      exchange: {
        dialogs: nativeExchangeDialogs((id) => windows.browserWindow(id), i18n), t: i18n.t.bind(i18n), language: () => i18n.language,
        render: (document, options) => renderInWorker(bundledExportWorker(), document, options, i18n.language),
        renderComparison: (before, after, format) => renderComparisonInWorker(bundledExportWorker(), before, after, format, i18n.language),
        readImport: (path) => importInWorker(path, { script: importWorkerBeside(import.meta.dirname), language: i18n.language, t: i18n.t.bind(i18n) }),
        readTable: (path) => readTableInWorker(path, { script: importWorkerBeside(import.meta.dirname), language: i18n.language, t: i18n.t.bind(i18n) }),
        onImported: async (path) => { await settings.addRecent(path); await refreshMenu(); },
      },
      presentation: new PresentationHub(electronAudienceScreens(preloadPath, rendererUrl)),
      workshop,
      workspace: { folders: workspaces, index: new WorkspaceIndex(join(app.getPath('userData'), 'workspace-index')) },
    }),
    grants,
    rendererUrl,
  );
  await refreshMenu();

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = journeyArgs(argv.slice(1), workingDirectory);
    if (files.length === 0) windows.create({ kind: 'start' });
    files.forEach(openPath);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) windows.create({ kind: 'start' });
  });

  const files = journeyArgs(process.argv.slice(1), process.cwd());
  if (files.length === 0) windows.create({ kind: 'start' });
  for (const path of files) windows.create({ kind: 'open', path });
}

void main();
