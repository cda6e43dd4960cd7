import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { JourneyDocument } from '../../shared/document/schema';
import { PERSONA_LIBRARY_FILE, sameAsShared, type PersonaLibrary } from '../../shared/workspace/persona-library';
import { libraryPathOf, readLibrary, workspaceOf } from '../services/persona-library';

/** A line `waymark check` prints about a map: errors fail the check, warnings leave the exit code alone. */
export interface Finding { error: boolean; text: string }

/** A map's shared persona references against its workspace's library: missing ones are errors, differing copies warnings. */
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

/** Checks maps' shared personas, reading each workspace's library once. */
export function sharedPersonaChecker(): (path: string, document: JourneyDocument) => Promise<Finding[]> {
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
  return async (path, document) => {
    if (!document.personas.some((p) => p.sharedId !== undefined)) return [];
    const { folder, library } = await libraryOf(path);
    const name = relative(folder, libraryPathOf(folder)) || PERSONA_LIBRARY_FILE;
    // A map handed over alone keeps full copies of its shared personas: no library is no error.
    if (library === null) return [{ error: false, text: `its shared personas name a persona library, but none is in ${folder}` }];
    return library instanceof Error ? [{ error: true, text: library.message }] : sharedPersonaFindings(document, library, name);
  };
}
