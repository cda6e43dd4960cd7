import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The messages eslint.config.js gives for `code` as if it were the file at `path`. */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint rules that fail the build on insecure Electron code', () => {
  it.each([
    ['nodeIntegration on', 'main/x.ts', 'export const p = { nodeIntegration: true };', /must be the literal false/],
    ['nodeIntegration from a variable', 'main/x.ts', 'const on = true;\nexport const p = { nodeIntegration: on };', /must be the literal false/],
    ['webviewTag on', 'main/x.ts', 'export const p = { webviewTag: true };', /must be the literal false/],
    ['sandbox off', 'main/x.ts', 'export const p = { sandbox: false };', /must be the literal true/],
    ['contextIsolation from a variable', 'main/x.ts', 'const off = false;\nexport const p = { contextIsolation: off };', /must be the literal true/],
    ['webSecurity off', 'main/x.ts', 'export const p = { webSecurity: false };', /must be the literal true/],
    ['Blink features', 'main/x.ts', "export const p = { enableBlinkFeatures: 'X' };", /experimental Blink/],
    ['raw ipcMain', 'main/x.ts', "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);", /only through main\/ipc\/register.ts/],
    ['ipcMain off the module', 'main/x.ts', "import * as electron from 'electron';\nelectron.ipcMain.on('x', () => 1);", /only through main\/ipc\/register.ts/],
    ['openExternal with unchecked input', 'main/x.ts', "import { shell } from 'electron';\nexport const go = (url: string) => shell.openExternal(url);", /openExternalLink/],
    ['openExternal taken off shell', 'main/x.ts', "import { shell } from 'electron';\nexport const go = shell.openExternal;", /openExternalLink/],
    ['a window without the pinned options', 'main/x.ts', "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ width: 100 });", /windowOptions\(\)/],
    ['a switch that disables protection', 'main/x.ts', "import { app } from 'electron';\napp.commandLine.appendSwitch('disable-web-security');", /turns an Electron protection off/],
    ['window.open in the renderer', 'renderer/x.ts', "export const go = () => window.open('https://example.com');", /never calls window.open/],
  ])('fails on %s', async (_name, path, code, message) => {
    const messages = await lint(path, code);
    expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true);
  });

  it('passes the secure forms', async () => {
    expect(await lint('main/x.ts', 'export const p = { nodeIntegration: false, sandbox: true, contextIsolation: true, webSecurity: true };')).toEqual([]);
    expect(await lint('main/x.ts', "import { BrowserWindow } from 'electron';\nimport { windowOptions } from './window-options';\nexport const w = new BrowserWindow(windowOptions('/p.cjs'));")).toEqual([]);
  });

  it('allows ipcMain only in register.ts and openExternal only in open-external.ts, and nothing else insecure there', async () => {
    expect(await lint('main/ipc/register.ts', "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);")).toEqual([]);
    expect(await lint('main/ipc/register.ts', 'export const p = { sandbox: false };')).not.toEqual([]);
    expect(await lint('main/security/open-external.ts', "import { shell } from 'electron';\nexport const go = (link: string) => void shell.openExternal(link);")).toEqual([]);
    expect(await lint('main/security/open-external.ts', "import { ipcMain } from 'electron';\nipcMain.on('x', () => 1);")).not.toEqual([]);
  });
});

describe('lint rules that keep the renderer in layers (state, editor and ui, canvas, present, app)', () => {
  it.each([
    ['canvas imports app', 'renderer/canvas/x.tsx', "import { A } from '../app/content/y';", /renderer\/canvas draws the map/],
    ['canvas (a subfolder) imports app', 'renderer/canvas/content/x.tsx', "import { A } from '../../app/y';", /renderer\/canvas draws the map/],
    ['canvas imports present', 'renderer/canvas/x.tsx', "import { A } from '../present/y';", /renderer\/canvas draws the map/],
    ['present imports app', 'renderer/present/x.tsx', "import { A } from '../app/icons';", /renderer\/present runs in the audience window/],
    ['present (a subfolder) imports app', 'renderer/present/views/x.tsx', "import { A } from '../../app/y';", /renderer\/present runs in the audience window/],
    ['editor imports app', 'renderer/editor/x.ts', "import { A } from '../app/y';", /renderer\/editor is the editing session/],
    ['editor imports canvas', 'renderer/editor/x.ts', "import { A } from '../canvas/y';", /renderer\/editor is the editing session/],
    ['ui imports app', 'renderer/ui/x.tsx', "import { A } from '../app/y';", /renderer\/ui holds plain components/],
    ['ui imports the editor', 'renderer/ui/x.tsx', "import { A } from '../editor/y';", /renderer\/ui holds plain components/],
    ['state imports the editor', 'renderer/state/x.ts', "import { A } from '../editor/y';", /renderer\/state is the document store/],
    ['state imports the bridge', 'renderer/state/x.ts', "import { A } from '../bridge/api';", /renderer\/state is the document store/],
  ])('fails when %s', async (_name, path, code, message) => {
    const messages = await lint(path, `${code}\nexport const b = A;`);
    expect(messages.some((m) => message.test(m)), messages.join('\n')).toBe(true);
  });

  it('passes imports down the layers, and keeps the renderer’s own rules in each layer', async () => {
    const passes = [
      ['renderer/canvas/content/x.tsx', "import { A } from '../../editor/content-context';"],
      ['renderer/canvas/x.tsx', "import { A } from '../ui/y';"],
      ['renderer/present/x.tsx', "import { A } from '../canvas/y';"],
      ['renderer/present/x.tsx', "import { A } from '../ui/icons';"],
      ['renderer/editor/x.ts', "import { A } from '../state/journey-store';"],
      ['renderer/app/x.tsx', "import { A } from '../present/y';"],
    ];
    for (const [path, code] of passes) expect(await lint(path!, `${code}\nexport const b = A;`), `${path}: ${code}`).toEqual([]);
    expect((await lint('renderer/canvas/x.tsx', "import { readFile } from 'node:fs';\nexport const b = readFile;")).join('\n')).toMatch(/no node built-ins/);
  });
});
