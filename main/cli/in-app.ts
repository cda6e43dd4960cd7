import { runWaymarkSafely } from './run';

/** Resolves once everything written to the stream has been handed to the system. */
const drained = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write('', () => done()));

/**
 * The `waymark` command line run by the installed app's executable (main/entry.ts): no window,
 * no single-instance lock (a running app must not get the command's files), no Dock icon on
 * macOS; the exit code is the command's, once its output is out. Electron maps process.exit to
 * app.exit, which ends the app cleanly with that code.
 */
export async function runInApp(args: readonly string[], bundleFolder: string): Promise<never> {
  if (process.versions['electron'] !== undefined && process.platform === 'darwin') {
    const { app } = await import('electron');
    app.setActivationPolicy('prohibited');
  }
  const output = { out: (line: string) => process.stdout.write(`${line}\n`), err: (line: string) => process.stderr.write(`${line}\n`) };
  const code = await runWaymarkSafely(args, { folder: bundleFolder }, output);
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
