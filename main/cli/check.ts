import { stat } from 'node:fs/promises';
import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import { JOURNEY_EXTENSION, JourneyRepository } from '../services/journey-repository';
import { journeyFilesIn, WORKSPACE_LIMITS } from '../services/workspace';

/** The files named, with each folder replaced by the journeys in it and its subfolders (a workspace). */
async function expandFolders(paths: readonly string[], write: (line: string) => void): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    // A folder named like a journey is a mistaken file, refused as one; any other is a workspace.
    const isFolder = !path.endsWith(JOURNEY_EXTENSION) && (await stat(path).then((s) => s.isDirectory(), () => false));
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const found = await journeyFilesIn(path);
    if (found.truncated) write(escapeControlChars(`${path}: more than ${WORKSPACE_LIMITS.maps} maps; only the first ${WORKSPACE_LIMITS.maps} are checked`));
    files.push(...found.paths);
  }
  return files;
}

/**
 * One line per bad file: `<file>: <problem> (at <where>)`, with any control character in the
 * name or the problem (text from the file) shown as an escape. Returns the exit code.
 */
export async function checkFiles(paths: readonly string[], write: (line: string) => void): Promise<number> {
  if (paths.length === 0) {
    write('waymark check: name at least one .journey file or a folder of them');
    return 2;
  }
  const repository = new JourneyRepository();
  let bad = 0;
  for (const path of await expandFolders(paths, write)) {
    try {
      await repository.open(path);
    } catch (error) {
      bad += 1;
      const reason = error instanceof JourneyFileError ? error.message : String(error);
      write(escapeControlChars(`${path}: ${reason}`));
    }
  }
  return bad === 0 ? 0 : 1;
}
