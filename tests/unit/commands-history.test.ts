import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesFor, gesture } from '../helpers/edit-gestures';
import { validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { JourneyStore } from '../../renderer/state/journey-store';
import { currentFixtureText } from '../helpers/fixtures';

describe('every edit command, under undo and redo', () => {
  it('keeps the document valid, and undo/redo walk exactly back and forth', () => {
    const start = parseJourneyText(currentFixtureText());
    fc.assert(
      fc.property(fc.array(gesture, { minLength: 1, maxLength: 25 }), (gestures) => {
        const store = new JourneyStore(start);
        const snapshots: JourneyDocument[] = [start];
        for (const g of gestures) {
          const changes = changesFor(store.document, g);
          if (changes.length === 0) continue;
          store.transact(`gesture ${g.kind}`, changes);
          validateJourney(store.document);
          snapshots.push(store.document);
        }
        for (let i = snapshots.length - 1; i > 0; i -= 1) {
          expect(store.document).toEqual(snapshots[i]);
          store.undo();
        }
        expect(store.document).toEqual(start);
        for (let i = 1; i < snapshots.length; i += 1) {
          store.redo();
          expect(store.document).toEqual(snapshots[i]);
        }
        expect(serializeJourney(store.document)).toBe(serializeJourney(snapshots.at(-1)!));
      }),
      { numRuns: 150 },
    );
  });
});
