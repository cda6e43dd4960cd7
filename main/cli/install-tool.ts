import { chmod, lstat, mkdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Putting the `waymark` command on PATH from the app, where no package does it: macOS (a link
 * in /usr/local/bin to the launcher inside the app, as VS Code's "Install 'code' command in
 * PATH" does) and an AppImage (a small script in ~/.local/bin that runs the AppImage as the
 * command; the AppImage's own mount point changes every run, so a link cannot be used).
 * deb and Windows packages install the launcher themselves (electron-builder.yml).
 */
export type ToolPlan =
  | { kind: 'link'; path: string; target: string }
  | { kind: 'script'; path: string; text: string };

export interface ToolPlace {
  platform: NodeJS.Platform;
  /** Electron's process.resourcesPath: the launcher is bin/waymark inside it on macOS. */
  resourcesPath: string;
  /** The AppImage's own path (the APPIMAGE variable its runtime sets), when run from one. */
  appImage: string | undefined;
  home: string;
}

/** Marks a script as Waymark's launcher: one with it may be replaced, anything else is left alone. */
const MARK = '# waymark-command-line-launcher';

const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** Where the command goes and what it is, or null where the package already installs it. */
export function toolPlan(place: ToolPlace): ToolPlan | null {
  if (place.platform === 'darwin') return { kind: 'link', path: '/usr/local/bin/waymark', target: join(place.resourcesPath, 'bin', 'waymark') };
  if (place.platform === 'linux' && place.appImage) {
    const text = `#!/bin/sh\n${MARK}: runs the Waymark AppImage as the \`waymark\` command (Help > Install command line tool).\nexec ${quoted(place.appImage)} --waymark-cli "$@"\n`;
    return { kind: 'script', path: join(place.home, '.local', 'bin', 'waymark'), text };
  }
  return null;
}

export type ToolInstalled =
  | { state: 'installed' | 'already'; path: string }
  /** Something else is there (another program's `waymark`): left as it is. */
  | { state: 'occupied'; path: string }
  /** The folder needs an administrator (macOS /usr/local/bin): `adminCommand` does it, run with privileges. */
  | { state: 'needs-admin'; path: string; adminCommand: string };

const whatIsAt = async (path: string) => lstat(path).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT') return null;
  throw error;
});

/** A link already there is ours when it leads to a Waymark launcher (this app's, or one moved or replaced since). */
const isLauncherLink = (target: string) => /(^|\/)Resources\/bin\/waymark$/.test(target);

/** Makes the link (macOS), replacing only an older link to a Waymark launcher. */
async function installLink(plan: Extract<ToolPlan, { kind: 'link' }>): Promise<ToolInstalled> {
  const there = await whatIsAt(plan.path);
  if (there) {
    if (!there.isSymbolicLink()) return { state: 'occupied', path: plan.path };
    const target = await readlink(plan.path);
    if (target === plan.target) return { state: 'already', path: plan.path };
    if (!isLauncherLink(target)) return { state: 'occupied', path: plan.path };
  }
  try {
    await mkdir(dirname(plan.path), { recursive: true });
    if (there) await rm(plan.path);
    await symlink(plan.target, plan.path);
    return { state: 'installed', path: plan.path };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    return { state: 'needs-admin', path: plan.path, adminCommand: `mkdir -p ${quoted(dirname(plan.path))} && ln -sfn ${quoted(plan.target)} ${quoted(plan.path)}` };
  }
}

/** Writes the script (AppImage), replacing only an earlier script of Waymark's: written beside, then renamed over. */
async function installScript(plan: Extract<ToolPlan, { kind: 'script' }>): Promise<ToolInstalled> {
  const there = await whatIsAt(plan.path);
  if (there) {
    if (!there.isFile() || !(await readFile(plan.path, 'utf8')).includes(MARK)) return { state: 'occupied', path: plan.path };
    if ((await readFile(plan.path, 'utf8')) === plan.text) return { state: 'already', path: plan.path };
  }
  await mkdir(dirname(plan.path), { recursive: true });
  const temp = `${plan.path}.${process.pid}.waymark-tmp`;
  await writeFile(temp, plan.text, { mode: 0o755, flag: 'wx' });
  await chmod(temp, 0o755);
  await rename(temp, plan.path);
  return { state: 'installed', path: plan.path };
}

/** Installs the command where the plan says; never replaces what is not Waymark's. */
export const installTool = (plan: ToolPlan): Promise<ToolInstalled> => (plan.kind === 'link' ? installLink(plan) : installScript(plan));

/** The AppleScript that runs the admin command with macOS's own password prompt (a string in AppleScript quotes). */
export const adminScript = (command: string): string => `do shell script "${command.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}" with administrator privileges`;
