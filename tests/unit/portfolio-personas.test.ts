import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLocks } from '../../main/services/file-lock';
import { JourneyRepository } from '../../main/services/journey-repository';
import { libraryPathOf, readLibrary, updateShared, workspaceOf, writeLibrary } from '../../main/services/persona-library';
import { applyChanges } from '../../shared/document/changes';
import { addPersona, setPersonaPhoto, updatePersona } from '../../shared/document/commands';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import {
  copySharedInto, emptyLibrary, outdatedShared, personaLibrarySchema, sharedFromPersona, updateFromLibrary, addSharedPersona, withEntry,
  type SharedPersona,
} from '../../shared/workspace/persona-library';
import { journeyFrom } from '../helpers/journeys';
import { useTempFolders } from '../helpers/temp-folder';

const PHOTO = { mimeType: 'image/webp' as const, width: 2, height: 2, data: 'UklGRg==' };
const ANA: SharedPersona = { id: 'shared-ana', name: 'Ana', quote: 'I want it simple', goals: 'Pay on time', photo: PHOTO };

/** A map that copies the shared personas given (each active on the map). */
function mapUsing(title: string, ...entries: SharedPersona[]): JourneyDocument {
  let doc = journeyFrom('journey8');
  doc = { ...doc, journey: { ...doc.journey, title } };
  for (const entry of entries) doc = applyChanges(doc, addSharedPersona(doc, entry)!.changes);
  return doc;
}

describe('the persona library format', () => {
  it('keeps texts and the photo, validates, and refuses what is not a library', () => {
    expect(personaLibrarySchema.safeParse(withEntry(emptyLibrary(), ANA)).success).toBe(true);
    expect(personaLibrarySchema.safeParse({ ...emptyLibrary(), personas: [{ ...ANA, photoId: 'x' }] }).success).toBe(false);
    expect(personaLibrarySchema.safeParse({ ...emptyLibrary(), formatVersion: 2 }).success).toBe(false);
    // Replacing an entry keeps its place; a new one goes last.
    const two = withEntry(withEntry(emptyLibrary(), ANA), { id: 'shared-bo', name: 'Bo' });
    expect(withEntry(two, { ...ANA, name: 'Ana B.' }).personas.map((p) => p.name)).toEqual(['Ana B.', 'Bo']);
  });

  it('a shared persona used in a map is a full copy: texts, photo stored in the map, and the library id', () => {
    const doc = mapUsing('Map', ANA);
    const copy = doc.personas.at(-1)!;
    expect(copy).toMatchObject({ name: 'Ana', quote: 'I want it simple', goals: 'Pay on time', sharedId: 'shared-ana' });
    expect(doc.assets.find((a) => a.id === copy.photoId)).toMatchObject(PHOTO);
    expect(doc.journey.personaIds).toContain(copy.id);
    expect(sharedFromPersona(doc, copy, ANA.id)).toEqual(ANA);
    expect(outdatedShared(doc, withEntry(emptyLibrary(), ANA))).toEqual([]);
  });

  it('brings outdated copies in line with the library in one list of changes; an unused old photo goes', () => {
    const doc = mapUsing('Map', ANA);
    const changed: SharedPersona = { id: ANA.id, name: 'Ana', quote: 'Fewer forms' };
    const library = withEntry(emptyLibrary(), changed);
    expect(outdatedShared(doc, library)).toHaveLength(1);
    const after = applyChanges(doc, updateFromLibrary(doc, library));
    const copy = after.personas.find((p) => p.sharedId === ANA.id)!;
    expect(copy).toMatchObject({ name: 'Ana', quote: 'Fewer forms' });
    expect(copy.goals).toBeUndefined();
    expect(copy.photoId).toBeUndefined();
    expect(after.assets).toHaveLength(doc.assets.length - 1);
    expect(updateFromLibrary(after, library)).toEqual([]);
  });

  it('sharing a map persona keeps its photo bytes, and copying back changes nothing', () => {
    let doc = journeyFrom('journey8');
    const added = addPersona(doc, { name: 'Cai', quote: 'Quick' })!;
    doc = applyChanges(doc, added.changes);
    doc = applyChanges(doc, setPersonaPhoto(doc, added.persona.id, PHOTO));
    const entry = sharedFromPersona(doc, doc.personas.at(-1)!, 'shared-cai');
    expect(entry.photo).toEqual(PHOTO);
    const linked = copySharedInto(doc, added.persona.id, entry);
    expect(linked).toHaveLength(1);
    expect(applyChanges(doc, linked).personas.at(-1)?.sharedId).toBe('shared-cai');
  });
});

describe('a shared persona across the maps of a workspace', () => {
  const tempFolder = useTempFolders();
  const repository = new JourneyRepository();

  it('is found from a map in a subfolder, and is read as empty until written', async () => {
    const folder = await tempFolder();
    expect(await workspaceOf(join(folder, 'detail', 'A.journey'))).toBe(join(folder, 'detail'));
    expect(await readLibrary(folder)).toEqual(emptyLibrary());
    await writeLibrary(folder, withEntry(emptyLibrary(), ANA));
    expect(await workspaceOf(join(folder, 'detail', 'A.journey'))).toBe(folder);
    expect(await workspaceOf(join(folder, 'detail', 'A.journey'), folder)).toBe(folder);
    expect((await readLibrary(folder)).personas).toEqual([ANA]);
  });

  it('a damaged or newer library is refused, never treated as empty', async () => {
    const folder = await tempFolder();
    await writeFile(libraryPathOf(folder), '{"format": "waymark.personas"');
    await expect(readLibrary(folder)).rejects.toMatchObject({ problem: 'not-json' });
    await writeFile(libraryPathOf(folder), JSON.stringify({ format: 'waymark.personas', formatVersion: 9, personas: [] }));
    await expect(readLibrary(folder)).rejects.toMatchObject({ problem: 'newer-version' });
  });

  it('an edit reaches every other map that copies it; a broken map and one open in a window are left untouched and reported', async () => {
    const folder = await tempFolder();
    const bo: SharedPersona = { id: 'shared-bo', name: 'Bo' };
    await writeLibrary(folder, withEntry(withEntry(emptyLibrary(), ANA), bo));
    const paths = { open: join(folder, 'Overview.journey'), a: join(folder, 'Onboarding.journey'), b: join(folder, 'Support.journey'), other: join(folder, 'Other.journey') };
    await writeFile(paths.open, serializeJourney(mapUsing('Overview', ANA, bo)));
    await writeFile(paths.a, serializeJourney(mapUsing('Onboarding', ANA)));
    await writeFile(paths.b, serializeJourney(mapUsing('Support', bo, ANA)));
    await writeFile(paths.other, serializeJourney(mapUsing('Other', bo)));
    const broken = join(folder, 'Broken.journey');
    await writeFile(broken, '{"format": "waymark.journey"');
    // Written by a newer Waymark: never replaced.
    const newer = join(folder, 'Newer.journey');
    const newerText = serializeJourney(mapUsing('Newer', ANA)).replace(/"formatVersion": \d+/, '"formatVersion": 99');
    await writeFile(newer, newerText);
    const busy = join(folder, 'Busy.journey');
    await writeFile(busy, serializeJourney(mapUsing('Busy', ANA)));
    const otherBefore = await readFile(paths.other, 'utf8');
    const locks = new FileLocks();
    await locks.acquire(busy); // as a window holding it open does

    // The open map edits its copy (through its store); main writes the library and the other maps.
    let open = (await repository.open(paths.open)).document;
    const copy = open.personas.find((p) => p.sharedId === ANA.id)!;
    open = applyChanges(open, updatePersona(open, copy.id, { quote: 'Fewer forms, please' }));
    const entry = sharedFromPersona(open, open.personas.find((p) => p.id === copy.id)!, ANA.id);
    const result = await updateShared(folder, entry, paths.open, locks);

    expect(result.updated.sort()).toEqual([paths.a, paths.b].sort());
    expect(result.skipped.map((s) => [s.relativePath, s.problem]).sort()).toEqual([['Broken.journey', 'not-json'], ['Busy.journey', 'locked'], ['Newer.journey', 'newer-version']]);
    expect(await readFile(broken, 'utf8')).toBe('{"format": "waymark.journey"');
    expect(await readFile(newer, 'utf8')).toBe(newerText);
    expect((await repository.open(busy)).document.personas.at(-1)?.quote).toBe('I want it simple');
    expect(await readFile(paths.other, 'utf8')).toBe(otherBefore);
    for (const path of [paths.a, paths.b]) {
      const doc = (await repository.open(path)).document;
      expect(doc.personas.find((p) => p.sharedId === ANA.id)).toMatchObject({ name: 'Ana', quote: 'Fewer forms, please' });
      expect(doc.personas.find((p) => p.sharedId === ANA.id)?.photoId).toBeDefined();
    }
    expect((await readLibrary(folder)).personas.map((p) => p.quote)).toEqual(['Fewer forms, please', undefined]);

    // Undo in the open map gives the previous copy; the same call puts it back everywhere.
    const undone = await updateShared(folder, ANA, paths.open, locks);
    expect(undone.updated.sort()).toEqual([paths.a, paths.b].sort());
    expect((await repository.open(paths.a)).document.personas.at(-1)?.quote).toBe('I want it simple');
    expect((await readLibrary(folder)).personas[0]).toEqual(ANA);
    await locks.release(busy);
  });
});
