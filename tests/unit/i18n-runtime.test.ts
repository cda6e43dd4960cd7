import { describe, expect, it } from 'vitest';
import { describeError } from '../../renderer/app/describe-error';
import { createI18n, matchLanguage, resolveLanguage } from '../../shared/i18n/i18n';
import { formatNumber, formatSigned } from '../../shared/i18n/numbers';
import type { Language } from '../../shared/i18n/languages';
import type { JourneyDocument } from '../../shared/document/schema';
import { journeyCounts } from '../../shared/exchange/journey-counts';

const NBSP = '\u00a0';

describe('language choice', () => {
  it.each([
    ['sv-SE', 'sv'], ['pl_PL.UTF-8', 'pl'], ['ro', 'ro'], ['el-GR', 'el'], ['en-GB', 'en'], ['de-DE', 'en'], ['C', 'en'], [undefined, 'en'],
  ] as const)('reads the OS locale %s as %s', (locale, language) => {
    expect(matchLanguage(locale)).toBe(language);
  });

  it('takes the first supported language of the OS preference list', () => {
    expect(matchLanguage(['de-AT', 'el-GR', 'pl-PL'])).toBe('el');
  });

  it('prefers the remembered choice over the OS, and ignores a choice it does not know', () => {
    expect(resolveLanguage('ro', 'sv-SE')).toBe('ro');
    expect(resolveLanguage('xx', 'sv-SE')).toBe('sv');
    expect(resolveLanguage(undefined, ['pl-PL'])).toBe('pl');
  });
});

describe('plurals and numbers', () => {
  it('uses the three Polish forms (and the fraction form)', () => {
    const { t } = createI18n('pl');
    const selected = (count: number) => t('inspector.cardsSelected', { count });
    expect([1, 2, 4, 5, 12, 22, 25, 1.5].map(selected)).toEqual([
      'Zaznaczono 1 kartę', 'Zaznaczono 2 karty', 'Zaznaczono 4 karty', 'Zaznaczono 5 kart',
      'Zaznaczono 12 kart', 'Zaznaczono 22 karty', 'Zaznaczono 25 kart', 'Zaznaczono 1,5 karty',
    ]);
    expect(t('content.review.soon', { count: 3 })).toBe('Przegląd za 3 dni');
  });

  it('uses the Romanian “de” from twenty on', () => {
    const { t } = createI18n('ro');
    expect([1, 2, 19, 20, 101].map((count) => t('content.channels.usedBy', { count }))).toEqual([
      '1 punct de contact', '2 puncte de contact', '19 puncte de contact', '20 de puncte de contact', '101 puncte de contact',
    ]);
  });

  it.each([
    ['en', '10,000'], ['sv', `10${NBSP}000`], ['pl', `10${NBSP}000`], ['ro', '10.000'], ['el', '10.000'],
  ] as const)('writes counts the %s way (%s)', (language, written) => {
    const { t } = createI18n(language);
    const many = { stages: Array(12), lanes: Array(10), cards: Array(10000) } as unknown as JourneyDocument;
    expect(t('editor.canvasLabel', { counts: journeyCounts(t, many) })).toContain(written);
  });

  it('says "1 lane", never "1 lanes": each count has its own plural form, in every language', () => {
    const counts = (language: Language, stages: number, lanes: number, cards: number) =>
      journeyCounts(createI18n(language).t, { stages: Array(stages), lanes: Array(lanes), cards: Array(cards) } as unknown as JourneyDocument);
    expect(counts('en', 1, 1, 1)).toBe('1 stage, 1 lane, 1 card');
    expect(counts('en', 5, 2, 0)).toBe('5 stages, 2 lanes, 0 cards');
    expect(counts('sv', 1, 2, 5)).toBe('1 fas, 2 rader, 5 kort');
    expect(counts('pl', 1, 3, 5)).toBe('1 etap, 3 wiersze, 5 kart');
    expect(counts('ro', 1, 2, 20)).toBe('1 etapă, 2 rânduri, 20 de carduri');
    expect(counts('el', 1, 2, 1)).toBe('1 στάδιο, 2 λωρίδες, 1 κάρτα');
  });

  it('draws emotion values and ratings on the canvas the language’s way', () => {
    expect([1.5, -0.5, 0, 2].map((v) => formatSigned(v, 'en'))).toEqual(['+1.5', '-0.5', '0', '+2']);
    expect([1.5, -0.5, 0].map((v) => formatSigned(v, 'sv'))).toEqual(['+1,5', '\u22120,5', '0']);
    expect(formatSigned(-1.5, 'el')).toBe('-1,5');
    expect(formatNumber(3.5, 'pl', 1)).toBe('3,5');
  });

  it('switches language in place, as the menu and the language control do', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('menu.file')).toBe('File');
    await i18n.changeLanguage('el');
    expect(i18n.t('menu.file')).toBe('Αρχείο');
    expect(i18n.t('content.templates.stages', { count: 5 })).toBe('5 στάδια');
  });
});

describe('file problems in the user’s language', () => {
  const problem = { code: 'not-json', message: 'the file is cut short (not complete JSON)', where: 'end of file', file: '/maps/a.journey' };

  it('says the problem and where it is in Polish and Greek, keeping field paths', () => {
    expect(describeError(createI18n('pl').t, problem)).toBe('/maps/a.journey: plik nie jest poprawnym JSON-em (koniec pliku)');
    expect(describeError(createI18n('el').t, { ...problem, where: 'line 3, column 5' })).toBe('/maps/a.journey: το αρχείο δεν είναι έγκυρο JSON (γραμμή 3, στήλη 5)');
    expect(describeError(createI18n('ro').t, { ...problem, code: 'invalid', where: 'cards[3].text' })).toBe('/maps/a.journey: fișierul nu respectă formatul hărților (cards[3].text)');
  });

  it('keeps main’s specific English text in English, and for problems it has no words for', () => {
    expect(describeError(createI18n('en').t, problem)).toBe('/maps/a.journey: the file is cut short (not complete JSON) (end of file)');
    expect(describeError(createI18n('sv').t, { code: 'internal', message: 'disk full' })).toBe('Något gick fel: disk full');
  });

  it('says a full disk, a read-only disk, a refused permission and a non-file in every language, English with main’s detail', () => {
    const full = { code: 'no-space', message: 'the disk is full: "a.journey" was not saved; free some space on the disk and save again', file: '/maps/a.journey' };
    expect(describeError(createI18n('en').t, full)).toBe(`/maps/a.journey: ${full.message}`);
    expect(describeError(createI18n('sv').t, full)).toBe('/maps/a.journey: disken är full, så inget sparades; frigör utrymme på disken och spara igen');
    expect(describeError(createI18n('el').t, { ...full, code: 'read-only' })).toMatch(/^\/maps\/a\.journey: το αρχείο δεν μπορεί να γραφτεί εδώ/);
    for (const language of ['sv', 'pl', 'ro', 'el'] as const) {
      for (const code of ['not-a-file', 'no-space', 'permission-denied', 'read-only']) {
        expect(describeError(createI18n(language).t, { ...full, code })).not.toContain(full.message);
      }
    }
  });
});
