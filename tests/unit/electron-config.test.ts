import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { contentSecurityPolicy } from '../../main/csp';
import { buildMenuTemplate } from '../../main/menu';
import { secureWebPreferences, windowOptions } from '../../main/window-options';
import { englishT } from '../helpers/journeys';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;

describe('window security', () => {
  it('isolates, sandboxes and denies node to every window', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
    expect(windowOptions('/app/preload.cjs').webPreferences).toEqual(prefs);
  });

  it('allows no remote content and no connections in Electron', () => {
    const csp = contentSecurityPolicy("'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('the File menu', () => {
  const calls: string[] = [];
  const actions = {
    newJourney: () => void calls.push('new'), open: () => void calls.push('open'), openPath: (p: string) => void calls.push(`open ${p}`),
    clearRecent: () => void calls.push('clear'), save: () => void calls.push('save'), saveAs: () => void calls.push('saveAs'),
    exportMap: () => void calls.push('export'), importFile: () => void calls.push('import'), editor: (c: string) => void calls.push(`editor ${c}`),
    present: () => void calls.push('present'),
  };
  const fileMenu = (platform: NodeJS.Platform, recent = [{ path: '/m/a.journey', name: 'a', openedAt: '', exists: true }]) =>
    (buildMenuTemplate(englishT, recent, actions, platform)[platform === 'darwin' ? 1 : 0]!.submenu as MenuItemConstructorOptions[]);

  it('has New, Open, Open Recent, Save, Save As, Close and Quit with the usual accelerators', () => {
    const items = Object.fromEntries(fileMenu('linux').filter((i) => i.id).map((i) => [i.id, i]));
    expect(items['new']).toMatchObject({ label: 'New Journey', accelerator: 'CmdOrCtrl+N' });
    expect(items['open']).toMatchObject({ label: 'Open…', accelerator: 'CmdOrCtrl+O' });
    expect(items['save']).toMatchObject({ label: 'Save', accelerator: 'CmdOrCtrl+S' });
    expect(items['saveAs']).toMatchObject({ label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S' });
    expect(items['close']).toMatchObject({ accelerator: 'CmdOrCtrl+W', role: 'close' });
    expect(items['quit']).toMatchObject({ accelerator: 'CmdOrCtrl+Q', role: 'quit' });
    expect(items['openRecent']?.label).toBe('Open Recent');
  });

  it('has Import… and Export…, which ask the window to show its dialog', () => {
    const items = fileMenu('linux');
    for (const [id, label, call] of [['import', 'Import…', 'import'], ['export', 'Export…', 'export']] as const) {
      const item = items.find((i) => i.id === id)!;
      expect(item.label).toBe(label);
      item.click!({} as never, undefined, {} as never);
      expect(calls).toContain(call);
    }
  });

  it('lists recent files and opens the one clicked; macOS quits from the app menu', () => {
    const recent = fileMenu('linux').find((i) => i.id === 'openRecent')!.submenu as MenuItemConstructorOptions[];
    recent[0]!.click!({} as never, undefined, {} as never);
    expect(calls).toContain('open /m/a.journey');
    expect(fileMenu('darwin').some((i) => i.id === 'quit')).toBe(false);
    const empty = fileMenu('linux', []).find((i) => i.id === 'openRecent')!.submenu as MenuItemConstructorOptions[];
    expect(empty[0]).toMatchObject({ label: 'No recent journeys', enabled: false });
  });
});

describe('the Edit, View and Help menus', () => {
  const menu = buildMenuTemplate(englishT, [], { newJourney() {}, open() {}, openPath() {}, clearRecent() {}, save() {}, saveAs() {}, exportMap() {}, importFile() {}, editor: (c) => void sent.push(c), present() {} }, 'linux');
  const sent: string[] = [];
  const items = menu.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));

  it('sends every editor action to the page, showing accelerators the page itself handles', () => {
    for (const id of ['undo', 'redo', 'duplicate', 'delete', 'selectAllInLane', 'zoomIn', 'zoomOut', 'zoomReset', 'zoomFit', 'zoomSelection', 'shortcuts']) {
      const item = items.find((i) => i.id === id);
      expect(item, id).toBeDefined();
      item!.click!({} as never, undefined, {} as never);
      expect(item!.registerAccelerator).toBe(false);
    }
    expect(sent).toEqual(['undo', 'redo', 'duplicate', 'delete', 'selectAllInLane', 'zoomIn', 'zoomOut', 'zoomReset', 'zoomFit', 'zoomSelection', 'shortcuts']);
    expect(items.find((i) => i.id === 'undo')?.accelerator).toBe('CmdOrCtrl+Z');
  });
});

describe('electron-builder.yml', () => {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');

  it('passes electron-builder’s own schema check (offline, before any download)', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, notAnOption: true }, new DebugLogger(false))).rejects.toThrow(/unknown property 'notAnOption'/);
  });

  it('packages Waymark for Linux, macOS and Windows with the .journey association and locked fuses', async () => {
    const config = await getConfig(root, null, null);
    expect(config).toMatchObject({
      appId: 'app.waymark.desktop', productName: 'Waymark', asar: true,
      linux: { target: ['AppImage', 'deb'] }, mac: { target: 'dmg' }, win: { target: 'nsis' },
      fileAssociations: [{ ext: 'journey', name: 'Waymark journey' }],
      electronFuses: {
        runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true,
      },
    });
    // electron-builder normalises `files` to filter sets; only build output and package.json go in.
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(patterns).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'out/phone/**', 'package.json']);
  });
});
