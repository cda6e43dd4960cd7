import { stat } from 'node:fs/promises';
import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import { JOURNEY_EXTENSION, JourneyRepository } from '../services/journey-repository';
import { journeyFilesIn, WORKSPACE_LIMITS } from '../services/workspace';
import { sharedPersonaChecker, type Finding } from './check-shared-personas';
import { linkBoundaryFor, resolveMapLink } from '../services/map-link-resolver';
import type { JourneyDocument } from '../../shared/document/schema';
import type { LinkResolution } from '../../shared/ipc/workspace';
import { mapLinksOf } from '../../shared/workspace/map-links';

/** A file to check, and the workspace folder it was found in (its links must stay inside it). */
interface CheckedFile { path: string; workspace: string | null }

/** The files named, with each folder replaced by the journeys in it and its subfolders (a workspace). */
async function expandFolders(paths: readonly string[], write: (line: string) => void): Promise<CheckedFile[]> {
  const files: CheckedFile[] = [];
  for (const path of paths) {
    // A folder named like a journey is a mistaken file, refused as one; any other is a workspace.
    const isFolder = !path.endsWith(JOURNEY_EXTENSION) && (await stat(path).then((s) => s.isDirectory(), () => false));
    if (!isFolder) {
      files.push({ path, workspace: null });
      continue;
    }
    const found = await journeyFilesIn(path);
    if (found.truncated) write(escapeControlChars(`${path}: more than ${WORKSPACE_LIMITS.maps} maps; only the first ${WORKSPACE_LIMITS.maps} are checked`));
    files.push(...found.paths.map((file) => ({ path: file, workspace: path })));
  }
  return files;
}

const PROBLEM: Record<Exclude<LinkResolution['state'], 'ok'>, string> = {
  missing: 'the linked map does not exist',
  invalid: 'the linked map does not open',
  outside: 'the link leads outside the workspace folder',
};

/**
 * Every link of a map found in a folder named on the command line: one line per broken one,
 * naming the map, the stage or step and the link. Returns how many are broken.
 */
async function checkLinks(path: string, document: JourneyDocument, boundary: string, repository: JourneyRepository, write: (line: string) => void): Promise<number> {
  let broken = 0;
  for (const entry of mapLinksOf(document)) {
    const resolved = await resolveMapLink(boundary, path, entry.link.path, repository);
    if (resolved.state === 'ok') continue;
    broken += 1;
    const detail = resolved.state === 'invalid' ? `${PROBLEM.invalid}: ${resolved.message}` : PROBLEM[resolved.state];
    write(escapeControlChars(`${path}: ${entry.kind} "${entry.label}" links to ${entry.link.path}: ${detail}`));
  }
  return broken;
}

/**
 * One line per bad file: `<file>: <problem> (at <where>)`, and one per broken link, with any control character in the
 * name or the problem (text from the file) shown as an escape. A map whose persona names a
 * shared persona missing from its workspace's library is bad too; a copy that differs from the
 * library is a `<file>: warning: …` line that leaves the exit code alone. Returns the exit code.
 */
export async function checkFiles(paths: readonly string[], write: (line: string) => void): Promise<number> {
  if (paths.length === 0) {
    write('waymark check: name at least one .journey file or a folder of them');
    return 2;
  }
  const repository = new JourneyRepository();
  let bad = 0;
  const sharedPersonas = sharedPersonaChecker();
  for (const { path, workspace } of await expandFolders(paths, write)) {
    let document;
    try {
      ({ document } = await repository.open(path));
      // Links are checked for maps found in a folder (a workspace): named alone, a map's links
      // have no workspace to stay inside (a glob of a workspace's files is checked by naming its folder).
      if (workspace !== null) bad += await checkLinks(path, document, linkBoundaryFor(workspace, path), repository, write);
    } catch (error) {
      bad += 1;
      const reason = error instanceof JourneyFileError ? error.message : String(error);
      write(escapeControlChars(`${path}: ${reason}`));
      continue;
    }
    const findings: Finding[] = await sharedPersonas(path, document);
    for (const finding of findings) {
      if (finding.error) bad += 1;
      write(escapeControlChars(`${path}: ${finding.error ? '' : 'warning: '}${finding.text}`));
    }
  }
  return bad === 0 ? 0 : 1;
}
