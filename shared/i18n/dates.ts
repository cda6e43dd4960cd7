/**
 * Calendar dates written and read in the app's language (14.03.2026 in Polish, 2026-03-14 in
 * Swedish, 03/14/2026 in English), whatever the operating system's locale: a native date input
 * follows the browser's, which is how a Swedish UI came to ask for mm/dd/yyyy.
 */
export type DatePart = 'year' | 'month' | 'day';

export interface DatePattern {
  /** The parts in the order the language writes them. */
  readonly order: readonly DatePart[];
  /** What stands between the parts, from the language's own short date. */
  readonly separators: readonly string[];
}

const SAMPLE = new Date(Date.UTC(2026, 2, 14));
const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;

export function datePattern(language: string): DatePattern {
  const parts = new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(SAMPLE);
  const order = parts.map((p) => p.type).filter((type): type is DatePart => type === 'year' || type === 'month' || type === 'day');
  const separators = parts.filter((p) => p.type === 'literal').map((p) => p.value);
  return { order, separators };
}

/** `2026-03-14` as the language writes it, two-digit day and month, four-digit year. */
export function formatDate(iso: string, language: string): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const values: Record<DatePart, string> = { year: match[1] ?? '', month: (match[2] ?? '').padStart(2, '0'), day: (match[3] ?? '').padStart(2, '0') };
  const { order, separators } = datePattern(language);
  return order.map((part, i) => `${values[part]}${separators[i] ?? ''}`).join('');
}

/**
 * What the field asks for, in the language's letters for year, month and day (ÅÅÅÅ-MM-DD);
 * `letters` gives them in that order, space-separated ("YYYY MM DD").
 */
export function datePlaceholder(language: string, letters: string): string {
  const [year = 'YYYY', month = 'MM', day = 'DD'] = letters.split(' ');
  const named: Record<DatePart, string> = { year, month, day };
  const { order, separators } = datePattern(language);
  return order.map((part, i) => `${named[part]}${separators[i] ?? ''}`).join('');
}

const validIso = (year: number, month: number, day: number): string | null => {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * The date typed, as `YYYY-MM-DD`, or null until it is a whole, real date: three numbers in the
 * language's order (any separators), a four-digit year. ISO dates are taken in every language.
 */
export function parseDate(text: string, language: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return validIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numbers = text.match(/\d+/g);
  if (!numbers || numbers.length !== 3 || /[^\d\s./\-–]/.test(text)) return null;
  const { order } = datePattern(language);
  const value = (part: DatePart) => numbers[order.indexOf(part)] ?? '';
  if (value('year').length !== 4 || value('month').length > 2 || value('day').length > 2) return null;
  return validIso(Number(value('year')), Number(value('month')), Number(value('day')));
}
