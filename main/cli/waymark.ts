import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeControlChars } from '../../shared/control-chars';
import { importWorkerBeside } from '../exchange/import-in-worker';
import { startPreviewServer } from '../preview/server';
import { workshopWorkerBeside } from '../workshop/workshop-in-worker';
import { checkFiles } from './check';
import { EXPORT_USAGE, exportCommand } from './export-command';
import { IMPORT_USAGE, importCommand } from './import-command';
import { diffCommand, MERGE_USAGE, mergeCommand } from './merge-command';

const USAGE = `Usage:
  waymark check <file.journey|folder>...  validate journey files, every map under a folder and its links (exit 1 if any is bad)
  waymark preview [--dir <folder>] [--port <n>] [--user-data <folder>] [--workshop-phones-per-address <n>]
                                          serve the app on 127.0.0.1 over files in <folder>
${EXPORT_USAGE}
${IMPORT_USAGE}
${MERGE_USAGE}`;

async function preview(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' }, port: { type: 'string' }, 'user-data': { type: 'string' }, 'workshop-phones-per-address': { type: 'string' } } });
  const phonesPerAddress = values['workshop-phones-per-address'];
  const server = await startPreviewServer({
    folder: values.dir ?? process.cwd(),
    rendererDir: join(dirname(import.meta.dirname), 'renderer'),
    importWorker: importWorkerBeside(import.meta.dirname),
    workshopWorker: workshopWorkerBeside(import.meta.dirname),
    port: values.port ? Number(values.port) : 0,
    ...(values['user-data'] ? { userDataFolder: values['user-data'] } : {}),
    ...(phonesPerAddress ? { workshopPhonesPerAddress: Math.max(1, Number.parseInt(phonesPerAddress, 10) || 1) } : {}),
  });
  process.once('exit', () => server.releaseLocksSync());
  process.stdout.write(`Waymark preview: ${server.url}\n`);
  await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
  await server.close();
  return 0;
}

const commandOutput = { out: (line: string) => process.stdout.write(`${line}\n`), err: (line: string) => process.stderr.write(`${line}\n`) };

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return checkFiles(rest, (line) => process.stderr.write(`${line}\n`));
    case 'preview':
      return preview(rest);
    case 'export':
      return exportCommand(rest, commandOutput);
    case 'import':
      return importCommand(rest, commandOutput, importWorkerBeside(import.meta.dirname));
    case 'merge':
      return mergeCommand(rest, commandOutput);
    case 'diff':
      return diffCommand(rest, commandOutput);
    case undefined:
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`waymark: unknown command "${escapeControlChars(command)}"\n${USAGE}\n`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`waymark: ${escapeControlChars(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
