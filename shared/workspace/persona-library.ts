import { z } from 'zod';
import { applyChanges, type Change } from '../document/changes';
import { addPersona, canAddAsset, dropUnusedAssets, newAsset, patchRecord, type PersonaFields } from '../document/commands';
import { sameRecord } from '../document/same-record';
import { idSchema } from '../document/schema/primitives';
import { assetSchema, personaSchema, type JourneyDocument, type Persona } from '../document/schema';

/**
 * The workspace's persona library: one JSON file in the workspace folder that maps copy their
 * shared personas from. A map always keeps its own full copy (sharedId names the library entry),
 * so a single map file handed over still shows every persona.
 */
export const PERSONA_LIBRARY_FILE = 'personas.waymark-personas';
export const PERSONA_LIBRARY_FORMAT = 'waymark.personas';
export const PERSONA_LIBRARY_VERSION = 1;

/** A photo as the library keeps it: the map's stored image without its per-map id. */
export const libraryPhotoSchema = assetSchema.omit({ id: true });
export type LibraryPhoto = z.infer<typeof libraryPhotoSchema>;

/** A shared persona: the persona's texts, its photo, and the library's id for it. */
export const sharedPersonaSchema = personaSchema.omit({ photoId: true, sharedId: true }).extend({
  id: idSchema,
  photo: libraryPhotoSchema.optional(),
});
export type SharedPersona = z.infer<typeof sharedPersonaSchema>;

export const personaLibrarySchema = z.strictObject({
  format: z.literal(PERSONA_LIBRARY_FORMAT),
  formatVersion: z.literal(PERSONA_LIBRARY_VERSION),
  personas: z.array(sharedPersonaSchema).max(1_000),
});
export type PersonaLibrary = z.infer<typeof personaLibrarySchema>;

export const emptyLibrary = (): PersonaLibrary => ({ format: PERSONA_LIBRARY_FORMAT, formatVersion: PERSONA_LIBRARY_VERSION, personas: [] });

const TEXT_FIELDS = ['name', 'quote', 'demographics', 'goals', 'motivations', 'frustrations', 'keyTasks'] as const;

/** The map's persona as a library entry with the library id `id`: its texts and its photo's bytes. */
export function sharedFromPersona(doc: JourneyDocument, persona: Persona, id: string): SharedPersona {
  const entry: SharedPersona = { id, name: persona.name };
  for (const field of TEXT_FIELDS) {
    const value = persona[field];
    if (value !== undefined && field !== 'name') entry[field] = value;
  }
  const asset = persona.photoId === undefined ? undefined : doc.assets.find((a) => a.id === persona.photoId);
  if (asset) {
    const { id: _id, ...photo } = asset;
    entry.photo = photo;
  }
  return entry;
}

/** Whether two entries say the same (id, texts and photo), whatever order their fields were written in. */
export const sameShared = (a: SharedPersona, b: SharedPersona): boolean => sameRecord(a, b);

/** Whether the map's copy says the same as the library's entry (texts and photo). */
export function sameAsShared(doc: JourneyDocument, persona: Persona, entry: SharedPersona): boolean {
  return sameShared(sharedFromPersona(doc, persona, entry.id), entry);
}

/** The changes that make the map's persona `personaId` a copy of `entry` naming it; none when it is one already. */
export function copySharedInto(doc: JourneyDocument, personaId: string, entry: SharedPersona): Change[] {
  const before = doc.personas.find((p) => p.id === personaId);
  if (!before) return [];
  if (sameAsShared(doc, before, entry)) return before.sharedId === entry.id ? [] : [{ table: 'personas', before, after: { ...before, sharedId: entry.id } }];
  const texts: PersonaFields = {};
  for (const field of TEXT_FIELDS) texts[field] = entry[field] ?? (field === 'name' ? '' : undefined);
  const current = sharedFromPersona(doc, before, entry.id).photo;
  const keepPhoto = sameRecord(current, entry.photo);
  const changes: Change[] = [];
  let photoId = keepPhoto ? before.photoId : undefined;
  if (!keepPhoto && entry.photo && canAddAsset(doc)) {
    const asset = newAsset(entry.photo);
    changes.push({ table: 'assets', before: null, after: asset });
    photoId = asset.id;
  }
  const { photoId: _old, ...rest } = before;
  const after = patchRecord<Persona>({ ...rest, ...(photoId ? { photoId } : {}) }, { ...texts, sharedId: entry.id }, ['name']);
  changes.push({ table: 'personas', before, after });
  return keepPhoto ? changes : dropUnusedAssets(doc, changes, [before.photoId]);
}

/** Adds the library's persona to the map as a copy naming it (active on the map); null when the map is full. */
export function addSharedPersona(doc: JourneyDocument, entry: SharedPersona): { changes: Change[]; persona: Persona } | null {
  const added = addPersona(doc, { name: entry.name, sharedId: entry.id });
  if (!added) return null;
  const withPersona = applyChanges(doc, added.changes);
  const rest = copySharedInto(withPersona, added.persona.id, entry);
  return { changes: [...added.changes, ...rest], persona: added.persona };
}

/** The map's shared personas whose copy no longer says what the library says, with their entries. */
export function outdatedShared(doc: JourneyDocument, library: PersonaLibrary): { persona: Persona; entry: SharedPersona }[] {
  const byId = new Map(library.personas.map((p) => [p.id, p]));
  return doc.personas.flatMap((persona) => {
    const entry = persona.sharedId === undefined ? undefined : byId.get(persona.sharedId);
    return entry && !sameAsShared(doc, persona, entry) ? [{ persona, entry }] : [];
  });
}

/** Every outdated shared persona brought in line with the library, as one list of changes. */
export function updateFromLibrary(doc: JourneyDocument, library: PersonaLibrary): Change[] {
  let current = doc;
  const all: Change[] = [];
  for (const { persona, entry } of outdatedShared(doc, library)) {
    const changes = copySharedInto(current, persona.id, entry);
    current = applyChanges(current, changes);
    all.push(...changes);
  }
  return all;
}

/** The library with `entry` added or replacing the entry of the same id. */
export function withEntry(library: PersonaLibrary, entry: SharedPersona): PersonaLibrary {
  const at = library.personas.findIndex((p) => p.id === entry.id);
  const personas = at === -1 ? [...library.personas, entry] : library.personas.map((p, i) => (i === at ? entry : p));
  return { ...library, personas };
}
