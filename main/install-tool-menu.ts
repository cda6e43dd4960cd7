import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { app, dialog } from 'electron';
import { adminScript, installTool, toolPlan, type ToolPlan } from './cli/install-tool';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Where this app can put `waymark` on PATH itself (macOS, an AppImage), or null (the package does). */
export const commandLineToolPlan = (): ToolPlan | null =>
  toolPlan({ platform: process.platform, resourcesPath: process.resourcesPath, appImage: process.env['APPIMAGE'], home: app.getPath('home') });

/**
 * Help > Install command line tool…: installs the launcher (main/cli/install-tool.ts) and says
 * what happened. Where macOS wants an administrator for /usr/local/bin, it says so first and
 * then lets osascript ask for the password, as VS Code's "Install 'code' command in PATH" does.
 */
export async function installCommandLineTool(plan: ToolPlan, t: Translate): Promise<void> {
  try {
    let result = await installTool(plan);
    if (result.state === 'needs-admin') {
      const { response } = await dialog.showMessageBox({ type: 'info', message: t('merge.tool.admin', { folder: dirname(result.path) }), buttons: [t('merge.tool.continue'), t('merge.ui.cancel')], defaultId: 0, cancelId: 1 });
      if (response !== 0) return;
      await promisify(execFile)('osascript', ['-e', adminScript(result.adminCommand)]);
      result = { state: 'installed', path: result.path };
    }
    const key = result.state === 'installed' && plan.kind === 'script' ? 'installedInHome' : result.state;
    await dialog.showMessageBox({ type: result.state === 'occupied' ? 'warning' : 'info', message: t(`merge.tool.${key}`, { path: result.path, folder: dirname(result.path) }) });
  } catch (error) {
    await dialog.showMessageBox({ type: 'error', message: t('merge.tool.failed', { reason: error instanceof Error ? error.message : String(error) }) });
  }
}
