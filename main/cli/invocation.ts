/**
 * How the installed app's own executable knows it runs as the `waymark` command. VS Code's
 * `code` launchers set ELECTRON_RUN_AS_NODE and run a CLI script; that needs the runAsNode
 * fuse, which Waymark keeps off (electron-builder.yml). Instead every launcher (build/bin/*)
 * runs the executable with this flag first, and the main entry (main/entry.ts) then runs the
 * command line instead of the app: the same commands as the package's bin, in the app's runtime.
 */
export const CLI_FLAG = '--waymark-cli';

/**
 * The command line's own arguments when the app was started as `waymark`, or null for the app.
 * Electron's argv is [executable, ...arguments] when packaged and [electron, app path, ...] in
 * development. Switches a launcher may put first (an AppImage's --no-sandbox) are passed over;
 * the flag anywhere later is an argument of the app, never a way in (a file named so opens as one).
 */
export function cliArguments(argv: readonly string[], defaultApp: boolean): string[] | null {
  const args = argv.slice(defaultApp ? 2 : 1);
  const at = args.indexOf(CLI_FLAG);
  if (at < 0 || args.slice(0, at).some((arg) => !arg.startsWith('--'))) return null;
  return args.slice(at + 1);
}
