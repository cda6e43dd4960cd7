import { access } from 'node:fs/promises';
import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n, matchLanguage } from '../../shared/i18n/i18n';
import { journeyCounts } from '../../shared/exchange/journey-counts';
import { importFile } from '../exchange/import-file';
import { importInWorker } from '../exchange/import-in-worker';
import { writeFileAtomic } from '../services/atomic-write';
import { commandArgs, type CommandOutput } from './command-args';

export const IMPORT_USAGE = `  waymark import <file.csv|file.xlsx|file.mmd> --out <file.journey> [--force]
                                          make a journey from a spreadsheet or a Mermaid journey`;


const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * `waymark import`: reads the file with the app's importers and writes the journey only when
 * every row was read; otherwise prints each problem with its row or line and writes nothing.
 * With `worker` (the bundled import worker), the file is read there, as the app reads it.
 * Every line names its file; control characters from a file or a name are printed as escapes.
 */
export async function importCommand(args: string[], output: CommandOutput, worker?: URL): Promise<number> {
  const out = (line: string) => output.out(escapeControlChars(line));
  const write = (line: string) => output.err(escapeControlChars(line));
  const parsed = commandArgs('import', args, { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
    'name one .csv, .xlsx or .mmd file and --out <file.journey>', write);
  if (!parsed) return 2;
  const { values, source } = parsed;
  const target = parsed.out;
  if (!target.endsWith('.journey')) {
    write('waymark import: --out must name a .journey file');
    return 2;
  }
  if (!values.force && (await exists(target))) {
    write(`waymark import: ${target} exists; add --force to replace it`);
    return 1;
  }
  const i18n = createI18n(matchLanguage(process.env['LC_ALL'] ?? process.env['LANG']));
  const t = i18n.t.bind(i18n);
  // The command runs the app's importer in its worker, under the same heap and time limits.
  const result = await (worker ? importInWorker(source, { script: worker, language: i18n.language, t }) : importFile(source, t));
  for (const note of result.notes) write(`${source}: note: ${note.where}: ${note.message}`);
  if (!result.document) {
    for (const issue of result.issues) write(`${source}: ${issue.where}: ${issue.message}`);
    return 1;
  }
  try {
    await writeFileAtomic(target, serializeJourney(result.document), { backup: true });
  } catch (error) {
    write(`${target}: ${error instanceof JourneyFileError ? error.message : String(error)}`);
    return 1;
  }
  out(`${target}: ${journeyCounts(t, result.document)}`);
  return 0;
}
