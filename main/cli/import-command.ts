import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n, matchLanguage } from '../../shared/i18n/i18n';
import { importFile } from '../exchange/import-file';
import { writeFileAtomic } from '../services/atomic-write';
import type { CommandOutput } from './export-command';

export const IMPORT_USAGE = `  waymark import <file.csv|file.xlsx|file.mmd> --out <file.journey> [--force]
                                          make a journey from a spreadsheet or a Mermaid journey`;


const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * `waymark import`: reads the file with the app's importers and writes the journey only when
 * every row was read; otherwise prints each problem with its row or line and writes nothing.
 */
export async function importCommand(args: string[], { out, err: write }: CommandOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } } });
  } catch (error) {
    write(`waymark import: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [source, ...extra] = positionals;
  if (!source || extra.length > 0 || !values.out) {
    write('waymark import: name one .csv, .xlsx or .mmd file and --out <file.journey>');
    return 2;
  }
  if (!values.out.endsWith('.journey')) {
    write('waymark import: --out must name a .journey file');
    return 2;
  }
  if (!values.force && (await exists(values.out))) {
    write(`waymark import: ${values.out} exists; add --force to replace it`);
    return 1;
  }
  const i18n = createI18n(matchLanguage(process.env['LC_ALL'] ?? process.env['LANG']));
  const result = await importFile(source, i18n.t.bind(i18n));
  for (const note of result.notes) write(`${source}: note: ${note.where}: ${note.message}`);
  if (!result.document) {
    for (const issue of result.issues) write(`${source}: ${issue.where}: ${issue.message}`);
    return 1;
  }
  await writeFileAtomic(values.out, serializeJourney(result.document), { backup: true });
  const d = result.document;
  out(`${values.out}: ${d.stages.length} stages, ${d.lanes.length} lanes, ${d.cards.length} cards`);
  return 0;
}
