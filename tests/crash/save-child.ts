/**
 * The process the crash test kills. It opens the journey the way a window does, then saves
 * version after version through Waymark's real IPC handlers (dispatch → lock → conflict check
 * → crash-safe write), printing `saved <n>` only after each save has returned. On Linux a
 * write to a pipe is synchronous, so a line the parent read is an acknowledged save.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJourneyText } from '../../shared/document/parse';
import type { OpenOutcome, SavedJourney } from '../../shared/ipc/contract';
import type { FileFingerprint } from '../../shared/ipc/fingerprint';
import type { Result } from '../../shared/ipc/result';
import { dispatch } from '../../main/ipc/dispatch';
import { realHandlers, windowOver } from '../helpers/handlers';
import { versionDocument } from './versions';

const [folder, userData, basePath, firstVersion] = process.argv.slice(2);
if (!folder || !userData || !basePath || !firstVersion) throw new Error('usage: save-child <folder> <user-data> <base.journey> <first version>');

const path = join(folder, 'crash.journey');
const base = parseJourneyText(await readFile(basePath, 'utf8'));
const handlers = await realHandlers(userData);
const window = windowOver(folder);
const say = (line: string) => process.stdout.write(`${line}\n`);

let baseline: FileFingerprint | undefined;
// dispatch answers `unknown` for any method; these two answer what the contract says.
const opened = (await dispatch(handlers, 'openJourney', { path }, window)) as Result<OpenOutcome>;
if (opened.ok && 'fingerprint' in opened.value) baseline = opened.value.fingerprint;
else if (!opened.ok && opened.error.code !== 'not-found') {
  say(`failed open ${opened.error.code}: ${opened.error.message}`);
  process.exit(1);
}
say('ready');
for (let version = Number(firstVersion); ; version += 1) {
  const payload = { path, document: versionDocument(base, version), ...(baseline ? { baseline } : {}) };
  const saved = (await dispatch(handlers, 'saveJourney', payload, window)) as Result<SavedJourney>;
  if (!saved.ok) {
    say(`failed save ${saved.error.code}: ${saved.error.message}`);
    process.exit(1);
  }
  baseline = saved.value.fingerprint;
  say(`saved ${version}`);
}
