import { describe, expect, it } from 'vitest';
import { datePlaceholder, formatDate, parseDate } from '../../shared/i18n/dates';
import { createI18n, SUPPORTED_LANGUAGES } from '../../shared/i18n/i18n';

describe('dates in the app’s language, not the system’s', () => {
  it.each([
    ['en', '03/14/2026', 'MM/DD/YYYY'],
    ['sv', '2026-03-14', 'ÅÅÅÅ-MM-DD'],
    ['pl', '14.03.2026', 'DD.MM.RRRR'],
    ['ro', '14.03.2026', 'ZZ.LL.AAAA'],
    ['el', '14/03/2026', 'ΗΗ/ΜΜ/ΕΕΕΕ'],
  ] as const)('%s writes 2026-03-14 as %s and asks for %s', (language, written, asked) => {
    expect(formatDate('2026-03-14', language)).toBe(written);
    expect(datePlaceholder(language, createI18n(language).t('a11y.date.letters'))).toBe(asked);
    expect(parseDate(written, language)).toBe('2026-03-14');
  });

  it('reads a date typed in the language’s order with any separator and short day or month, and ISO dates in every language', () => {
    expect(parseDate('4.3.2026', 'pl')).toBe('2026-03-04');
    expect(parseDate('4/3/2026', 'el')).toBe('2026-03-04');
    expect(parseDate('3/4/2026', 'en')).toBe('2026-03-04');
    expect(parseDate('2026-3-4', 'sv')).toBe('2026-03-04');
    for (const language of SUPPORTED_LANGUAGES) expect(parseDate(' 2026-03-04 ', language)).toBe('2026-03-04');
  });

  it.each(['14/03/26', '31.02.2026', '14.13.2026', '14.03', '14.03.2026.1', 'tomorrow', '1a.03.2026', ''])('takes %j as not yet a date', (typed) => {
    expect(parseDate(typed, 'pl')).toBeNull();
  });

  it('knows 29 February only in leap years', () => {
    expect(parseDate('29.02.2028', 'ro')).toBe('2028-02-29');
    expect(parseDate('29.02.2026', 'ro')).toBeNull();
  });
});
