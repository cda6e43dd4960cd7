import { cliArguments } from './cli/invocation';

/**
 * The Electron main entry (package.json "main"): the app, or the `waymark` command line when
 * a launcher started the executable as the CLI (main/cli/invocation.ts). Loading the app is
 * awaited, so everything it must do before Electron's ready event (the app:// scheme, the
 * single-instance lock, hardening) still comes first.
 */
const args = cliArguments(process.argv, process.defaultApp === true);
if (args === null) await import('./index');
else void import('./cli/in-app').then(({ runInApp }) => runInApp(args, import.meta.dirname));
