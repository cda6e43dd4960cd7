import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { escapeControlChars } from '../../shared/control-chars';
import { importWorkerBeside } from '../exchange/import-in-worker';
import { startPreviewServer } from '../preview/server';
import { workshopWorkerBeside } from '../workshop/workshop-in-worker';
import { checkFiles } from './check';
import type { CommandOutput } from './command-args';
import { DIFF_USAGE, diffCommand } from './diff-command';
import { EXPORT_USAGE, exportCommand } from './export-command';
import { IMPORT_USAGE, importCommand } from './import-command';
import { MERGE_USAGE, mergeCommand } from './merge-command';

export const USAGE = `Usage:
  waymark check <file.journey|folder>...  validate journey files, every map under a folder and its links (exit 1 if any is bad)
  waymark preview [--dir <folder>] [--port <n>] [--user-data <folder>] [--workshop-phones-per-address <n>]
                                          serve the app on 127.0.0.1 over files in <folder>
${EXPORT_USAGE}
${IMPORT_USAGE}
${MERGE_USAGE}
${DIFF_USAGE}`;

/** The commands `waymark` knows: the app's main entry runs the command line only for these. */
export const COMMANDS = ['check', 'preview', 'export', 'import', 'merge', 'diff', 'help', '--help', '-h'] as const;

/** Where the running bundle is: its workers and the renderer sit beside it (out/cli or out/main, in app.asar or not). */
export interface CliBundle { folder: string }

async function preview(args: string[], bundle: CliBundle, output: CommandOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' }, port: { type: 'string' }, 'user-data': { type: 'string' }, 'workshop-phones-per-address': { type: 'string' } } });
  const phonesPerAddress = values['workshop-phones-per-address'];
  const server = await startPreviewServer({
    folder: values.dir ?? process.cwd(),
    rendererDir: join(dirname(bundle.folder), 'renderer'),
    importWorker: importWorkerBeside(bundle.folder),
    workshopWorker: workshopWorkerBeside(bundle.folder),
    port: values.port ? Number(values.port) : 0,
    ...(values['user-data'] ? { userDataFolder: values['user-data'] } : {}),
    ...(phonesPerAddress ? { workshopPhonesPerAddress: Math.max(1, Number.parseInt(phonesPerAddress, 10) || 1) } : {}),
  });
  process.once('exit', () => server.releaseLocksSync());
  output.out(`Waymark preview: ${server.url}`);
  await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
  await server.close();
  return 0;
}

/**
 * Runs one `waymark` command and answers its exit code: the same code whether node runs the
 * package's bin (out/cli/waymark.js) or the installed app's own executable does (main/entry.ts).
 */
export async function runWaymark(argv: readonly string[], bundle: CliBundle, output: CommandOutput): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return checkFiles(rest, output.err);
    case 'preview':
      return preview(rest, bundle, output);
    case 'export':
      return exportCommand(rest, output, pathToFileURL(join(bundle.folder, 'export-worker.js')));
    case 'import':
      return importCommand(rest, output, importWorkerBeside(bundle.folder));
    case 'merge':
      return mergeCommand(rest, output);
    case 'diff':
      return diffCommand(rest, output);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      output.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      output.err(`waymark: unknown command "${escapeControlChars(command)}"\n${USAGE}`);
      return 2;
  }
}

/** Runs `waymark` and says an unexpected failure in one line, never a stack: the exit code is 2 then. */
export async function runWaymarkSafely(argv: readonly string[], bundle: CliBundle, output: CommandOutput): Promise<number> {
  try {
    return await runWaymark(argv, bundle, output);
  } catch (error) {
    output.err(`waymark: ${escapeControlChars(error instanceof Error ? error.message : String(error))}`);
    return 2;
  }
}
