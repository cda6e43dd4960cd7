import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { escapeControlChars } from '../../shared/control-chars';
import { JourneyFileError } from '../../shared/document/errors';
import { JOURNEY_EXTENSION, JourneyRepository } from '../services/journey-repository';
import { journeyFilesIn, WORKSPACE_LIMITS } from '../services/workspace';
import { libraryPathOf, readLibrary, workspaceOf } from '../services/persona-library';
import type { JourneyDocument } from '../../shared/document/schema';
import { PERSONA_LIBRARY_FILE, sameAsShared, type PersonaLibrary } from '../../shared/workspace/persona-library';

/** A map's shared persona references against its workspace's library: missing ones are errors, differing copies warnings. */
interface Finding { error: boolean; text: string }

function sharedPersonaFindings(document: JourneyDocument, library: PersonaLibrary, libraryName: string): Finding[] {
  const byId = new Map(library.personas.map((p) => [p.id, p]));
  return document.personas.flatMap((persona, index): Finding[] => {
    if (persona.sharedId === undefined) return [];
    const entry = byId.get(persona.sharedId);
    const where = `personas[${index}].sharedId`;
    if (!entry) return [{ error: true, text: `persona "${persona.name}" names shared persona ${persona.sharedId}, which is not in ${libraryName} (at ${where})` }];
    return sameAsShared(document, persona, entry) ? [] : [{ error: false, text: `persona "${persona.name}" differs from its shared copy in ${libraryName}; opening the map offers to update it` }];
  });
}

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
  const libraries = new Map<string, Promise<PersonaLibrary | Error | null>>();
  const libraryOf = async (path: string) => {
    const folder = await workspaceOf(path);
    const reading = libraries.get(folder) ?? (async () => {
      if (!(await stat(libraryPathOf(folder)).then(() => true, () => false))) return null;
      return readLibrary(folder).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    })();
    libraries.set(folder, reading);
    return { folder, library: await reading };
  };
  for (const path of await expandFolders(paths, write)) {
    let document;
    try {
      ({ document } = await repository.open(path));
    } catch (error) {
      bad += 1;
      const reason = error instanceof JourneyFileError ? error.message : String(error);
      write(escapeControlChars(`${path}: ${reason}`));
      continue;
    }
    if (!document.personas.some((p) => p.sharedId !== undefined)) continue;
    const { folder, library } = await libraryOf(path);
    const name = relative(folder, libraryPathOf(folder)) || PERSONA_LIBRARY_FILE;
    // A map handed over alone keeps full copies of its shared personas: no library is no error.
    const findings: Finding[] = library === null
      ? [{ error: false, text: `its shared personas name a persona library, but none is in ${folder}` }]
      : library instanceof Error ? [{ error: true, text: library.message }] : sharedPersonaFindings(document, library, name);
    for (const finding of findings) {
      if (finding.error) bad += 1;
      write(escapeControlChars(`${path}: ${finding.error ? '' : 'warning: '}${finding.text}`));
    }
  }
  return bad === 0 ? 0 : 1;
}
