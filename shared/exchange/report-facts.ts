import type { JourneyDocument, Persona } from '../document/schema';
import type { Translate } from '../templates/templates';

export interface Fact { label: string; value: string }

const ENUM_FIELDS = new Set(['goalType', 'mapType', 'market', 'status']);

/** The journey's header fields that are filled in, labelled in the user's language. */
export function journeyFacts(doc: JourneyDocument, t: Translate): Fact[] {
  const meta = doc.journey as Record<string, unknown>;
  const personas = new Map(doc.personas.map((p) => [p.id, p.name]));
  return Object.entries(meta).flatMap(([key, value]): Fact[] => {
    if (key === 'title' || key === 'description' || value === undefined || value === '') return [];
    const label = t(`exchange.meta.${key}`, { defaultValue: key });
    if (key === 'personaIds') return [{ label, value: (value as string[]).map((id) => personas.get(id) ?? id).join(', ') }];
    if (ENUM_FIELDS.has(key)) return [{ label, value: t(`exchange.value.${String(value)}`, { defaultValue: String(value) }) }];
    return [{ label, value: Array.isArray(value) ? value.join(', ') : String(value) }];
  });
}

/** A persona's filled-in profile fields (not the name, quote or photo, which reports show apart). */
export function personaFacts(persona: Persona, t: Translate): Fact[] {
  return Object.entries(persona as Record<string, unknown>).flatMap(([key, value]): Fact[] =>
    ['id', 'name', 'quote', 'photoId'].includes(key) || typeof value !== 'string' || value === ''
      ? []
      : [{ label: t(`exchange.persona.${key}`, { defaultValue: key }), value }]);
}
