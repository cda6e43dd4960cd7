import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import { JourneyRepository } from '../services/journey-repository';

/**
 * One line per bad file: `<file>: <problem> (at <where>)`, with any control character in the
 * name or the problem (text from the file) shown as an escape. Returns the exit code.
 */
export async function checkFiles(paths: readonly string[], write: (line: string) => void): Promise<number> {
  if (paths.length === 0) {
    write('waymark check: name at least one .journey file');
    return 2;
  }
  const repository = new JourneyRepository();
  let bad = 0;
  for (const path of paths) {
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
