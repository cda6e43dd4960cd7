import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../shared/document/changes';
import {
  activePersonas, addPersona, addPersonaCurve, personaCurve, removePersona, setPersonaActive, setPersonaPhoto, updatePersona,
} from '../../shared/document/commands';
import { LIMITS } from '../../shared/document/limits';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { currentFixtureText } from '../helpers/fixtures';
import { journeyFrom } from '../helpers/journeys';

const photo = { mimeType: 'image/webp' as const, width: 2, height: 2, data: 'AAAA' };
const fixture = (): JourneyDocument => parseJourneyText(currentFixtureText());
const apply = (doc: JourneyDocument, changes: Parameters<typeof applyChanges>[1]) => validateJourney(applyChanges(doc, changes));

describe('persona commands', () => {
  it('adds a persona, active on the map, with only the fields given', () => {
    const doc = journeyFrom('buyer5');
    const added = addPersona(doc, { name: 'Ana, the saver', quote: 'Every cent counts', goals: '' })!;
    const next = apply(doc, added.changes);
    expect(next.personas).toEqual([{ id: added.persona.id, name: 'Ana, the saver', quote: 'Every cent counts' }]);
    expect(activePersonas(next).map((p) => p.name)).toEqual(['Ana, the saver']);
    const inactive = addPersona(next, { name: 'Bo' }, false)!;
    expect(apply(next, inactive.changes).journey.personaIds).toEqual([added.persona.id]);
  });

  it('refuses a persona beyond the library limit', () => {
    const doc = journeyFrom('blank');
    doc.personas = Array.from({ length: LIMITS.personas }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    expect(addPersona(doc, { name: 'One too many' })).toBeNull();
  });

  it('edits fields, and an emptied optional field leaves the record', () => {
    const doc = fixture();
    const next = apply(doc, updatePersona(doc, 'persona-commuter', { quote: '', goals: 'Arrive dry' }));
    const persona = next.personas[0]!;
    expect(persona).not.toHaveProperty('quote');
    expect(persona.goals).toBe('Arrive dry');
    expect(updatePersona(next, 'persona-commuter', { goals: 'Arrive dry' })).toEqual([]);
    expect(updatePersona(doc, 'nobody', { name: 'x' })).toEqual([]);
  });

  it('toggles a persona on the map without duplicates', () => {
    const doc = fixture();
    expect(setPersonaActive(doc, 'persona-commuter', true)).toEqual([]);
    doc.journey.goal = '';
    const off = apply(doc, setPersonaActive(doc, 'persona-commuter', false));
    expect(off.journey).not.toHaveProperty('personaIds');
    expect(off.journey.goal).toBe('');
    expect(apply(off, setPersonaActive(off, 'persona-commuter', true)).journey.personaIds).toEqual(['persona-commuter']);
    expect(setPersonaActive(doc, 'ghost', true)).toEqual([]);
  });

  it('replaces a photo and drops the old image only when nothing else shows it', () => {
    const doc = fixture();
    const next = apply(doc, setPersonaPhoto(doc, 'persona-commuter', photo));
    expect(next.assets.map((a) => a.id)).not.toContain('img-maja');
    const newPhoto = next.assets.find((a) => a.id === next.personas[0]!.photoId)!;
    expect(newPhoto).toMatchObject(photo);

    const shared = structuredClone(doc);
    shared.cards[0]!.imageId = 'img-maja';
    const kept = apply(shared, setPersonaPhoto(shared, 'persona-commuter', photo));
    expect(kept.assets.map((a) => a.id)).toContain('img-maja');

    const cleared = apply(next, setPersonaPhoto(next, 'persona-commuter', null));
    expect(cleared.personas[0]).not.toHaveProperty('photoId');
    expect(cleared.assets).toEqual([]);
    expect(setPersonaPhoto(cleared, 'persona-commuter', null)).toEqual([]);
  });

  it('refuses a photo when the file holds as many images as it may', () => {
    const doc = fixture();
    doc.assets = Array.from({ length: LIMITS.assets }, (_, i) => ({ ...photo, id: `a${i}` }));
    doc.personas[0]!.photoId = 'a0';
    expect(setPersonaPhoto(doc, 'persona-commuter', photo)).toEqual([]);
  });

  it('removes a persona from the map, its views and its photo; its curve stays, unnamed', () => {
    const doc = fixture();
    doc.emotionCurves[0]!.personaId = 'persona-commuter';
    const next = apply(doc, removePersona(doc, 'persona-commuter'));
    expect(next.personas).toEqual([]);
    expect(next.journey).not.toHaveProperty('personaIds');
    expect(next.views[0]).not.toHaveProperty('personaIds');
    expect(next.assets).toEqual([]);
    expect(next.emotionCurves).toHaveLength(doc.emotionCurves.length);
    expect(next.emotionCurves[0]).not.toHaveProperty('personaId');
  });

  it('gives a persona a neutral curve in every column, once', () => {
    const withCurve = fixture();
    // The fixture's to-be curve is Maja's already.
    expect(addPersonaCurve(withCurve, 'persona-commuter', 'Emotions')).toBeNull();
    const doc = structuredClone(withCurve);
    delete doc.emotionCurves.find((c) => c.id === 'curve-tobe')!.personaId;
    const added = addPersonaCurve(doc, 'persona-commuter', 'Emotions')!;
    const next = apply(doc, added.changes);
    expect(personaCurve(next, 'persona-commuter')).toMatchObject({ name: 'Maja, the commuter', laneId: 'lane-emotions' });
    const points = next.emotionPoints.filter((p) => p.curveId === added.curve.id);
    // 4 plain stages and a stage of 2 steps.
    expect(points).toHaveLength(6);
    expect(points.every((p) => p.value === 0)).toBe(true);
    expect(addPersonaCurve(next, 'persona-commuter', 'Emotions')).toBeNull();
  });

  it('adds an emotions lane for the curve when the map has none', () => {
    const doc = journeyFrom('blank');
    const withPersona = apply(doc, addPersona(doc, { name: 'Lea' })!.changes);
    const added = addPersonaCurve(withPersona, withPersona.personas[0]!.id, 'Emotions')!;
    const next = apply(withPersona, added.changes);
    expect(next.lanes.map((l) => l.kind)).toEqual(['actions', 'emotions']);
    expect(next.emotionCurves).toEqual([added.curve]);
    expect(added.curve.personaId).toBe(withPersona.personas[0]!.id);
  });
});
