import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import { parseJourneyText } from '../../shared/document/parse';
import { findView } from '../../shared/exchange/apply-view';
import { EXPORT_FORMATS, exportOptionsSchema, formatForPath } from '../../shared/exchange/formats';
import { createI18n, matchLanguage } from '../../shared/i18n/i18n';
import { renderInWorker } from '../exchange/render-in-worker';
import { writeFileAtomic } from '../services/atomic-write';
import { readTextChecked } from '../services/journey-file-adapter';
import { VersionStore } from '../services/version-store';
import { commandArgs, type CommandOutput } from './command-args';

export const EXPORT_USAGE = `  waymark export <file.journey> --out <path> [--format ${EXPORT_FORMATS.join('|')}]
                 [--scale 1|2|4] [--page poster|a4|a3|letter] [--orientation portrait|landscape]
                 [--pages-wide N | --stage-per-page]
                 [--view <saved view name or id>]
                                          export the map or a saved view (the format follows --out's extension)`;


/**
 * `waymark export`: the same rendering the app's File > Export uses, without Electron or a
 * browser, in the same export worker (`worker`, bundled beside the command: out/cli, or out/main
 * when the installed app runs the command). The journey is read as the app opens one (a regular
 * file within the size limit). Every line names its file; control characters from a file or a
 * name are printed as escapes.
 */
export async function exportCommand(args: string[], output: CommandOutput, worker: URL): Promise<number> {
  const out = (line: string) => output.out(escapeControlChars(line));
  const write = (line: string) => output.err(escapeControlChars(line));
  const parsed = commandArgs('export', args, {
    out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, scale: { type: 'string' }, page: { type: 'string' },
    orientation: { type: 'string' }, view: { type: 'string' }, 'pages-wide': { type: 'string' }, 'stage-per-page': { type: 'boolean' },
  }, 'name one .journey file and --out <path>', write);
  if (!parsed) return 2;
  const { values, source } = parsed;
  const target = parsed.out;
  const options = exportOptionsSchema.safeParse({
    format: values.format ?? formatForPath(target),
    ...(values.scale ? { scale: Number(values.scale) } : {}),
    ...(values.page ? { page: values.page } : {}),
    ...(values.orientation ? { orientation: values.orientation } : {}),
    ...(values['pages-wide'] ? { pagesWide: Number(values['pages-wide']) } : {}),
    ...(values['stage-per-page'] ? { stagePerPage: true } : {}),
  });
  if (!options.success) {
    const issue = options.error.issues[0];
    const option = String(issue?.path[0] ?? 'format').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    write(`waymark export: --${option}: ${issue?.message ?? 'invalid'} (formats: ${EXPORT_FORMATS.join(', ')})`);
    return 2;
  }
  let document;
  try {
    document = parseJourneyText(await readTextChecked(source));
  } catch (error) {
    write(`${source}: ${error instanceof JourneyFileError ? error.message : String(error)}`);
    return 1;
  }
  const view = values.view === undefined ? undefined : findView(document, values.view);
  if (values.view !== undefined && !view) {
    const names = document.views.map((v) => `"${v.name}"`).join(', ') || 'none';
    write(`waymark export: ${source} has no saved view "${values.view}" (its views: ${names})`);
    return 2;
  }
  const i18n = createI18n(matchLanguage(process.env['LC_ALL'] ?? process.env['LANG']));
  // The newest named version beside the map goes in the footer; a missing or damaged list, none.
  const [version] = await new VersionStore().list(source).catch(() => []);
  try {
    const data = await renderInWorker(worker, document, {
      ...options.data, ...(view ? { viewId: view.id } : {}), ...(version ? { version: { name: version.name, createdAt: version.createdAt } } : {}),
    }, i18n.language);
    await writeFileAtomic(target, data, { backup: false });
    out(`${target}: ${options.data.format}, ${data.length} bytes`);
    return 0;
  } catch (error) {
    write(`waymark export: ${target}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
