import type { Change } from '../changes';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import type { JourneyDocument, JourneyMeta, Persona } from '../schema';
import { canAddAsset, dropUnusedAssets, newAsset, type StoredImage } from './assets';
import { sameRecord } from '../same-record';
import { patchRecord, recordChange, withoutId } from './records';

export type PersonaFields = Partial<Omit<Persona, 'id' | 'photoId'>>;

const metaChange = (doc: JourneyDocument, after: JourneyMeta): Change[] =>
  sameRecord(after, doc.journey) ? [] : [{ table: 'journey', before: doc.journey, after }];

/** The personas this map is drawn for, in the order the header band shows them. */
export function activePersonas(doc: JourneyDocument): Persona[] {
  const byId = new Map(doc.personas.map((p) => [p.id, p]));
  return (doc.journey.personaIds ?? []).flatMap((id) => byId.get(id) ?? []);
}

/** Shows a persona in the header band (the map is drawn for them), or stops showing it. */
export function setPersonaActive(doc: JourneyDocument, id: string, active: boolean): Change[] {
  if (!doc.personas.some((p) => p.id === id)) return [];
  const current = doc.journey.personaIds ?? [];
  if (current.includes(id) === active) return [];
  return metaChange(doc, active ? { ...doc.journey, personaIds: [...current, id] } : withoutId(doc.journey, 'personaIds', id));
}

/** A new persona in the library, active on this map unless told otherwise; null when the library is full. */
export function addPersona(doc: JourneyDocument, fields: PersonaFields & { name: string }, active = true): { changes: Change[]; persona: Persona } | null {
  if (doc.personas.length >= LIMITS.personas) return null;
  const persona = patchRecord<Persona>({ id: newId(), name: fields.name }, fields, ['name']);
  const changes: Change[] = [{ table: 'personas', before: null, after: persona }];
  if (active) changes.push(...metaChange(doc, { ...doc.journey, personaIds: [...(doc.journey.personaIds ?? []), persona.id] }));
  return { changes, persona };
}

/** Edits a persona's texts; an emptied optional field leaves the file. */
export function updatePersona(doc: JourneyDocument, id: string, patch: PersonaFields): Change[] {
  const before = doc.personas.find((p) => p.id === id);
  return before ? recordChange('personas', before, patchRecord<Persona>(before, patch, ['name'])) : [];
}

/** Gives a persona a new photo (stored in the file), or removes it; a photo left unused goes. */
export function setPersonaPhoto(doc: JourneyDocument, id: string, image: StoredImage | null): Change[] {
  const before = doc.personas.find((p) => p.id === id);
  if (!before || (image && !canAddAsset(doc)) || (!image && before.photoId === undefined)) return [];
  const asset = image ? newAsset(image) : null;
  const { photoId: _old, ...rest } = before;
  const changes: Change[] = [
    ...(asset ? [{ table: 'assets', before: null, after: asset } as const] : []),
    { table: 'personas', before, after: asset ? { ...rest, photoId: asset.id } : rest },
  ];
  return dropUnusedAssets(doc, changes, [before.photoId]);
}

/**
 * Removes a persona from the library and from the map, its views and its photo. Its emotion
 * curve stays (the points are research data) but no longer names it.
 */
export function removePersona(doc: JourneyDocument, id: string): Change[] {
  const before = doc.personas.find((p) => p.id === id);
  if (!before) return [];
  const changes: Change[] = [...metaChange(doc, withoutId(doc.journey, 'personaIds', id))];
  for (const view of doc.views) changes.push(...recordChange('views', view, withoutId(view, 'personaIds', id)));
  for (const curve of doc.emotionCurves.filter((c) => c.personaId === id)) {
    const { personaId: _gone, ...rest } = curve;
    changes.push({ table: 'emotionCurves', before: curve, after: rest });
  }
  changes.push({ table: 'personas', before, after: null });
  return dropUnusedAssets(doc, changes, [before.photoId]);
}
