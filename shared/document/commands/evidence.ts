import type { Change } from '../changes';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import type { Evidence, JourneyDocument } from '../schema';
import { patchRecord, recordChange } from './records';

export type EvidenceFields = Omit<Evidence, 'id'>;

/** Adds a quote or research note behind a card; null when the card has as many as a file allows. */
export function addEvidence(doc: JourneyDocument, cardId: string, fields: EvidenceFields): { changes: Change[]; evidence: Evidence } | null {
  const before = doc.cards.find((c) => c.id === cardId);
  if (!before || (before.evidence?.length ?? 0) >= LIMITS.evidencePerCard) return null;
  const evidence = patchRecord<Evidence>({ id: newId(), kind: fields.kind, text: fields.text }, fields, ['text']);
  return { changes: recordChange('cards', before, { ...before, evidence: [...(before.evidence ?? []), evidence] }), evidence };
}

export function updateEvidence(doc: JourneyDocument, cardId: string, evidenceId: string, patch: Partial<EvidenceFields>): Change[] {
  const before = doc.cards.find((c) => c.id === cardId);
  if (!before?.evidence?.some((e) => e.id === evidenceId)) return [];
  const evidence = before.evidence.map((e) => (e.id === evidenceId ? patchRecord<Evidence>(e, patch, ['text']) : e));
  return recordChange('cards', before, { ...before, evidence });
}

export function removeEvidence(doc: JourneyDocument, cardId: string, evidenceId: string): Change[] {
  const before = doc.cards.find((c) => c.id === cardId);
  if (!before?.evidence?.some((e) => e.id === evidenceId)) return [];
  const { evidence: _old, ...rest } = before;
  const evidence = before.evidence.filter((e) => e.id !== evidenceId);
  return recordChange('cards', before, evidence.length > 0 ? { ...rest, evidence } : rest);
}
