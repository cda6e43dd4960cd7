import { describe, expect, it } from 'vitest';
import { addCard, updateCard, updateMeta } from '../../shared/document/commands';
import { guessLaneKind } from '../../shared/exchange/resolve-names';
import { containsText, sortCompare } from '../../shared/i18n/collation';
import { JourneyStore } from '../../renderer/state/journey-store';
import { journeyFrom } from '../helpers/journeys';

const nfd = (text: string) => text.normalize('NFD');

describe('sorting for the reader’s language', () => {
  it.each([
    ['sv', ['Öl', 'Zebra', 'Ägg', 'Åsa', 'Ost'], ['Ost', 'Zebra', 'Åsa', 'Ägg', 'Öl']],
    ['pl', ['Żaba', 'Zebra', 'Łódź', 'Lato', 'Ćma', 'Cena'], ['Cena', 'Ćma', 'Lato', 'Łódź', 'Zebra', 'Żaba']],
    ['ro', ['Țară', 'Tudor', 'Ștefan', 'Sorin', 'Zoe'], ['Sorin', 'Ștefan', 'Tudor', 'Țară', 'Zoe']],
    ['el', ['Ωμέγα', 'Άλφα', 'Βήτα', 'αλφάβητο'], ['Άλφα', 'αλφάβητο', 'Βήτα', 'Ωμέγα']],
    ['en', ['Stage 10', 'Stage 2', 'stage 1'], ['stage 1', 'Stage 2', 'Stage 10']],
  ] as const)('%s', (language, words, sorted) => {
    expect([...words].sort(sortCompare(language))).toEqual(sorted);
  });
});

describe('searching for the reader’s language', () => {
  it('finds Greek words without accents, in any case, with final sigma', () => {
    expect(containsText('Η ΑΓΟΡΆ ολοκληρώθηκε στο κατάστημα', 'αγορα', 'el')).toBe(true);
    expect(containsText('Καθυστερήσεις πτήσεων', 'καθυστερησεισ', 'el')).toBe(true);
    expect(containsText('Πληρωμή', 'παραγγελία', 'el')).toBe(false);
  });

  it('finds Polish and Romanian text typed without diacritics, and decomposed text', () => {
    expect(containsText('Długa kolejka do kasy', 'dluga KOLEJKA', 'pl')).toBe(true);
    expect(containsText('Coadă lungă la casă, plată întârziată', 'plata intarziata', 'ro')).toBe(true);
    expect(containsText(nfd('Ștefan așteaptă'), 'ștefan', 'ro')).toBe(true);
  });

  it('keeps Swedish å ä ö apart from a and o, as Swedes read them', () => {
    expect(containsText('Köp i butik', 'kop', 'sv')).toBe(false);
    expect(containsText('Köp i butik', 'KÖP', 'sv')).toBe(true);
  });

  it('matches everything with an empty query', () => {
    expect(containsText('anything', '  ', 'pl')).toBe(true);
  });
});

describe('imported sheets name their lanes in any language', () => {
  it.each([
    ['Punkty styku', 'touchpoints'], ['Σημεία πόνου', 'painPoints'], ['smärtpunkter', 'painPoints'], ['Oportunități', 'opportunities'],
    ['Pain points', 'painPoints'], ['frontstage', 'frontstage'], ['Something else', 'actions'],
  ] as const)('%s is a %s lane', (name, kind) => {
    expect(guessLaneKind(name)).toBe(kind);
  });
});

describe('typed text enters the document in NFC', () => {
  it('normalises what an edit writes, whatever the keyboard sent', () => {
    const doc = journeyFrom('buyer5');
    const store = new JourneyStore(doc);
    const cell = { stageId: doc.stages[0]!.id, laneId: doc.lanes[0]!.id };
    const { changes, card } = addCard(doc, cell, nfd('Ștefan: ațâță, ζωή, żółw'));
    store.transact('add card', changes);
    expect(store.document.cards.find((c) => c.id === card.id)!.text).toBe('Ștefan: ațâță, ζωή, żółw'.normalize('NFC'));
    store.transact('edit', updateCard(store.document, card.id, { notes: nfd('Ελληνικά σχόλια') }));
    store.transact('title', updateMeta(store.document, { title: nfd('Podróż: Łódź') }));
    const saved = store.document;
    expect(saved.cards.find((c) => c.id === card.id)!.notes).toBe('Ελληνικά σχόλια'.normalize('NFC'));
    expect(saved.journey.title).toBe('Podróż: Łódź'.normalize('NFC'));
    store.undo();
    expect(store.document.journey.title).toBe(doc.journey.title);
  });

  it('leaves text it did not write as it was in the file', () => {
    const doc = journeyFrom('buyer5');
    const decomposed = nfd('Răspuns întârziat');
    const withNfd = { ...doc, stages: doc.stages.map((s, i) => (i === 0 ? { ...s, name: decomposed } : s)) };
    const store = new JourneyStore(withNfd);
    store.transact('add card', addCard(withNfd, { stageId: withNfd.stages[1]!.id, laneId: withNfd.lanes[0]!.id }, 'x').changes);
    expect(store.document.stages[0]!.name).toBe(decomposed);
  });
});
