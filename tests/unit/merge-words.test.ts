import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '../../shared/document/changes';
import { addCard, moveCards, removeStage, setEmotion, updateCard, updateStage } from '../../shared/document/commands';
import { parseJourneyText, validateJourney } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n } from '../../shared/i18n/i18n';
import type { Language } from '../../shared/i18n/languages';
import { comparisonMarkdown } from '../../shared/merge/compare-markdown';
import { compareJourneys } from '../../shared/merge/compare';
import { describeConflicts } from '../../shared/merge/describe-conflicts';
import { describeChanges, diffJourneys } from '../../shared/merge/diff';
import { idClash, mergeRefusal, shareARecord } from '../../shared/merge/merge-inputs';
import { gitBranchName, sideName, type MergeSides } from '../../shared/merge/sides';
import { mergeJourneys, RECORD_TABLES, type MergeConflict } from '../../shared/merge/three-way';
import { mergeTwoWay } from '../../shared/merge/two-way';
import { sameRecord } from '../../shared/document/same-record';
import { changesFor, gesture, type Gesture } from '../helpers/edit-gestures';
import { gridJourney } from '../helpers/editor';
import { currentFixtureText } from '../helpers/fixtures';

const say = (language: Language) => {
  const i18n = createI18n(language);
  return i18n.t.bind(i18n);
};
const t = say('en');
const edit = (doc: JourneyDocument, ...steps: ((d: JourneyDocument) => Change[])[]) => steps.reduce((d, step) => applyChanges(d, step(d)), doc);

/** A small map as consultants name it: Swedish stages, an actions lane, an emotion curve. */
const map = gridJourney(['Övervägande', 'Köp', 'Användning'], ['actions', 'emotions'], [[0, 0, 'Jämför priser'], [0, 1, 'Kö vid kassan'], [0, 2, 'Ringer support']]);
const [consider, buy, use] = map.stages.map((s) => s.id) as [string, string, string];
const actions = map.lanes[0]!.id;
const curve = map.emotionCurves[0];
if (!curve) throw new Error('the test map has an emotion curve');
const cardOf = (doc: JourneyDocument, text: string) => doc.cards.find((c) => c.text === text)!;
const withPoint = edit(map, (d) => setEmotion(d, curve.id, { stageId: buy }, -1));

describe('change lists in consultants’ words', () => {
  it('says old → new text, a move from one place to the other, and an emotion’s old value', () => {
    const queue = cardOf(withPoint, 'Kö vid kassan');
    const compare = cardOf(withPoint, 'Jämför priser');
    const after = edit(withPoint,
      (d) => updateCard(d, queue.id, { text: 'Lång kö vid kassan' }),
      (d) => moveCards(d, [compare.id], { stageId: buy, laneId: actions }, null),
      (d) => setEmotion(d, curve.id, { stageId: buy }, 0.5),
      (d) => updateStage(d, use, { name: 'Efter köpet' }));
    const lines = describeChanges(diffJourneys(withPoint, after), withPoint, after, t);
    expect(lines).toEqual(expect.arrayContaining([
      'card (Köp / actions): text “Kö vid kassan” → “Lång kö vid kassan”',
      'card “Jämför priser” moved from Övervägande / actions to Köp / actions',
      'stage: name “Användning” → “Efter köpet”',
    ]));
    expect(lines).toContain(`emotion point “${curve.name}” at Köp: value −1 → 0.5`);
    // Swedish: the reader's quotation marks and decimal comma, the same minus sign.
    const swedish = describeChanges(diffJourneys(withPoint, after), withPoint, after, say('sv'), 'sv');
    expect(swedish).toContain('kort (Köp / actions): text ”Kö vid kassan” → ”Lång kö vid kassan”');
    expect(swedish).toContain(`känslopunkt ”${curve.name}” i Köp: värde −1 → 0,5`);
  });

  it('says in Swedish what was added and removed without a participle that must agree with the record (ett kort, en fas, ett steg)', () => {
    const after = edit(map, (d) => addCard(d, { laneId: actions, stageId: use }, 'Skriver en recension').changes, (d) => removeStage(d, consider));
    const swedish = describeChanges(diffJourneys(map, after), map, after, say('sv'), 'sv');
    expect(swedish).toContain('kort har lagts till: ”Skriver en recension” (Användning / actions)');
    expect(swedish).toContain('fas har tagits bort: ”Övervägande”');
    expect(swedish.join('\n')).not.toMatch(/tillagd|borttagen/);
  });

  it('Markdown writes every negative number with the same minus sign, none escaped', () => {
    const after = edit(withPoint, (d) => setEmotion(d, curve.id, { stageId: buy }, -2), (d) => setEmotion(d, curve.id, { stageId: consider }, 1));
    const markdown = comparisonMarkdown(compareJourneys(withPoint, after), withPoint, after, t, 'en');
    expect(markdown).toContain('| Köp | −1 → −2 (−1) |');
    expect(markdown).not.toMatch(/\\-\d/);
  });
});

describe('conflicts in consultants’ words', () => {
  const sides: MergeSides = { ours: { kind: 'yours' }, theirs: { kind: 'author', name: 'Anna' }, base: { kind: 'map', name: 'base' } };

  it('names the sides, the record by name and place, both values, who deleted what and which card kept a stage', () => {
    const queue = cardOf(map, 'Kö vid kassan');
    const ours = edit(map, (d) => updateCard(d, queue.id, { text: 'Kö på kontoret' }), (d) => removeStage(d, use));
    const theirs = edit(map, (d) => updateCard(d, queue.id, { text: 'Kö på tåget' }), (d) => addCard(d, { stageId: use, laneId: actions }, 'Skriver recension').changes);
    const { document, conflicts } = mergeJourneys(map, ours, theirs);
    const lines = describeConflicts(conflicts, document, sides, t, 'en', [ours, theirs]).map((v) => v.line);
    expect(lines).toEqual([
      'card “Kö på kontoret” (Köp / actions): text changed in both copies — your map: “Kö på kontoret”; Anna’s copy: “Kö på tåget”; kept for now: your map',
      'stage “Användning” was deleted in your map, but the card “Skriver recension” in Anna’s copy still uses it, so it was kept',
    ]);
    const greek = describeConflicts(conflicts, document, { ...sides, theirs: { kind: 'branch', name: 'to-be' } }, say('el'), 'el', [ours, theirs]);
    expect(greek[0]).toMatchObject({ values: { ours: '«Kö på kontoret»', theirs: '«Kö på tåget»' } });
    expect(greek.map((v) => v.line).join('\n')).toContain('ο κλάδος to-be');
  });

  it('two copies merged without a base: a field held differently "differs", and an emotion set in both shows both values', () => {
    const queue = cardOf(map, 'Kö vid kassan');
    const ours = edit(map, (d) => updateCard(d, queue.id, { text: 'A' }), (d) => setEmotion(d, curve.id, { stageId: use }, -1.5));
    const theirs = edit(map, (d) => updateCard(d, queue.id, { text: 'B' }), (d) => setEmotion(d, curve.id, { stageId: use }, 1));
    const { document, conflicts } = mergeTwoWay(ours, theirs);
    const views = describeConflicts(conflicts, document, { ...sides, base: null }, t, 'en', [ours, theirs]);
    expect(views.map((v) => v.headline)).toEqual(['card “A” (Köp / actions): text differs between the copies', `emotion point “${curve.name}” at Användning: value differs between the copies`]);
    expect(views[1]?.values).toEqual({ ours: '−1.5', theirs: '1' });
  });

  it('names each kind of side, and git’s branch from its own variables when %Y is not expanded (git before 2.44)', () => {
    expect([{ kind: 'yours' } as const, { kind: 'author', name: 'Anna' } as const, { kind: 'branch', name: 'to-be' } as const, { kind: 'map', name: 'Bike (train)' } as const].map((s) => sideName(t, s)))
      .toEqual(['your map', 'Anna’s copy', 'branch to-be', 'the copy “Bike (train)”']);
    expect(gitBranchName('%Y', { GITHEAD_0123456789abcdef0123456789abcdef01234567: 'to-be' })).toBe('to-be');
    expect(gitBranchName('feature/x', { GITHEAD_0123456789abcdef0123456789abcdef01234567: 'to-be' })).toBe('feature/x');
    expect(gitBranchName(undefined, {})).toBeNull();
  });
});

describe('what a merge refuses', () => {
  const base = parseJourneyText(currentFixtureText());

  it('maps with no record in common (unless forced), and an id naming two kinds of record (always)', () => {
    const other = gridJourney(['A', 'B'], ['actions'], [[0, 0, 'x']]);
    expect(shareARecord(base, other)).toBe(false);
    expect(mergeRefusal(null, base, other)).toEqual({ reason: 'unrelated' });
    expect(mergeRefusal(base, base, other)).toEqual({ reason: 'unrelated' });
    expect(mergeRefusal(null, base, other, true)).toBeNull();
    const lane = base.lanes[0]!;
    const clashing = { ...base, cards: base.cards.map((c, i) => (i === 0 ? { ...c, id: lane.id } : c)) };
    expect(idClash([clashing])).toEqual({ id: lane.id, tables: ['lanes', 'cards'] });
    expect(mergeRefusal(base, base, clashing, true)).toEqual({ reason: 'id-clash', id: lane.id, tables: ['lanes', 'cards'] });
    expect(mergeRefusal(base, base, base)).toBeNull();
  });
});

describe('two-way merge of copies that keep no common version', () => {
  const base = parseJourneyText(currentFixtureText());
  const edited = (doc: JourneyDocument, gestures: readonly Gesture[]) => gestures.reduce((d, g) => applyChanges(d, changesFor(d, g)), doc);
  const script = fc.array(gesture, { minLength: 0, maxLength: 10 });
  const speaks = (conflicts: readonly MergeConflict[], table: string, id: string, field: string) =>
    conflicts.some((c) => c.table === table && (c.id === id || (c.kind === 'same-slot' && c.kept === id)) && (c.kind !== 'both-changed' || c.field === field || c.field === 'place'));

  it('properties: every record either copy holds is kept, each field as that copy has it or named by a conflict; the result validates', () => {
    fc.assert(fc.property(script, script, (left, right) => {
      const [ours, theirs] = [edited(base, left), edited(base, right)];
      const { document, conflicts } = mergeTwoWay(ours, theirs);
      validateJourney(JSON.parse(serializeJourney(document)));
      for (const side of [ours, theirs]) {
        for (const table of RECORD_TABLES) {
          const result = new Map(document[table].map((r) => [r.id, r as Record<string, unknown>]));
          for (const record of side[table] as Record<string, unknown>[]) {
            const id = String(record['id']);
            const got = result.get(id);
            if (!got) {
              expect(speaks(conflicts, table, id, ''), `${table} ${id} lost`).toBe(true);
              continue;
            }
            for (const field of Object.keys(record)) {
              if (field === 'order' || sameRecord(got[field], record[field])) continue;
              expect(speaks(conflicts, table, id, field), `${table} ${id}.${field} lost`).toBe(true);
            }
          }
        }
      }
      // Two identical copies merge to themselves, with nothing to settle.
      expect(serializeJourney(mergeTwoWay(ours, ours).document)).toBe(serializeJourney(ours));
      expect(mergeTwoWay(ours, ours).conflicts).toEqual([]);
    }), { numRuns: 150 });
  });
});
