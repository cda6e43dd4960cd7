import type { Change } from '../changes';
import type { JourneyDocument, JourneyMeta } from '../schema';

export function updateMeta(doc: JourneyDocument, patch: Partial<JourneyMeta>): Change[] {
  // A field set to undefined is cleared: the strict schema has no room for undefined values.
  const after = Object.fromEntries(Object.entries({ ...doc.journey, ...patch }).filter(([, v]) => v !== undefined)) as JourneyMeta;
  return [{ table: 'journey', before: doc.journey, after }];
}
