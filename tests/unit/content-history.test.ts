import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/document/changes';
import {
  addChannel, addEvidence, addPersona, addPersonaCurve, removeChannel, removeEvidence, removePersona, setCardImage, setLinks,
  setMetricValue, setPersonaActive, setPersonaPhoto, updateCard, updatePersona,
} from '../../shared/document/commands';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { JourneyStore } from '../../renderer/state/journey-store';
import { currentFixtureText } from '../helpers/fixtures';

const KINDS = [
  'addPersona', 'editPersona', 'photo', 'noPhoto', 'removePersona', 'toggleActive', 'curve', 'addChannel', 'removeChannel',
  'metric', 'link', 'evidence', 'dropEvidence', 'image', 'rate',
] as const;
type Edit = { kind: (typeof KINDS)[number]; pick: number; text: string; value: number };
const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(),
  text: fc.string({ maxLength: 30 }),
  value: fc.integer({ min: -5, max: 105 }),
});
/**
 * The document with every table sorted by id: undoing a removal adds the record back at the end
 * of its table (applyChanges appends), so only membership and content are compared.
 */
function byId(doc: JourneyDocument): JourneyDocument {
  const sorted = { ...doc } as Record<string, unknown>;
  for (const [key, value] of Object.entries(doc)) {
    if (Array.isArray(value)) sorted[key] = [...(value as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return sorted as JourneyDocument;
}
const image = { mimeType: 'image/webp' as const, width: 4, height: 3, data: 'AAAA' };

function changesFor(doc: JourneyDocument, e: Edit): Change[] {
  const nth = <T>(list: readonly T[]): T | undefined => list[e.pick % Math.max(1, list.length)];
  const persona = nth(doc.personas);
  const card = nth(doc.cards);
  const column = nth(doc.stages.filter((s) => !doc.steps.some((st) => st.stageId === s.id)));
  switch (e.kind) {
    case 'addPersona': return addPersona(doc, { name: e.text, quote: e.text }, e.pick % 2 === 0)?.changes ?? [];
    case 'editPersona': return persona ? updatePersona(doc, persona.id, { goals: e.text, name: e.text }) : [];
    case 'photo': return persona ? setPersonaPhoto(doc, persona.id, image) : [];
    case 'noPhoto': return persona ? setPersonaPhoto(doc, persona.id, null) : [];
    case 'removePersona': return persona ? removePersona(doc, persona.id) : [];
    case 'toggleActive': return persona ? setPersonaActive(doc, persona.id, e.pick % 3 !== 0) : [];
    case 'curve': return persona ? (addPersonaCurve(doc, persona.id, 'Emotions')?.changes ?? []) : [];
    case 'addChannel': return addChannel(doc, e.text)?.changes ?? [];
    case 'removeChannel': { const channel = nth(doc.channels); return channel ? removeChannel(doc, channel.id) : []; }
    case 'metric': return column ? setMetricValue(doc, 'lane-nps', { stageId: column.id }, e.value > 100 ? null : e.value) : [];
    case 'link': return card ? setLinks(doc, card.id, doc.cards.filter((_, i) => i % (1 + (e.pick % 4)) === 0).map((c) => c.id)) : [];
    case 'evidence': return card ? (addEvidence(doc, card.id, { kind: 'quote', text: e.text, source: e.text })?.changes ?? []) : [];
    case 'dropEvidence': { const evidence = card?.evidence?.[0]; return card && evidence ? removeEvidence(doc, card.id, evidence.id) : []; }
    case 'image': return card ? setCardImage(doc, card.id, e.pick % 2 === 0 ? image : null) : [];
    case 'rate': return card ? updateCard(doc, card.id, { impact: 1 + (e.pick % 5), importance: undefined, severity: 1 + (e.value % 5 + 5) % 5 }) : [];
  }
}

describe('content edits in the store’s history', () => {
  it('keep every document valid, and undo all the way back gives the original file', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 25 }), (edits) => {
        const original = parseJourneyText(currentFixtureText());
        const store = new JourneyStore(original);
        for (const edit of edits) {
          store.transact(edit.kind, changesFor(store.document, edit));
          expect(() => validateJourney(store.document)).not.toThrow();
        }
        const edited = store.document;
        while (store.getSnapshot().canUndo) store.undo();
        expect(byId(store.document)).toEqual(byId(original));
        while (store.getSnapshot().canRedo) store.redo();
        expect(byId(store.document)).toEqual(byId(edited));
      }),
      { numRuns: 150 },
    );
  });
});
