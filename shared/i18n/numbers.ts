/** Numbers drawn outside i18next's strings (canvas labels), written the reader's way: +1,5 and −0,5 in Swedish, +1.5 in English. */
const formats = new Map<string, Intl.NumberFormat>();

function format(language: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language ?? ''}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(language, options);
    formats.set(key, found);
  }
  return found;
}

/** An emotion value with its sign (0 has none), to one decimal place. */
export const formatSigned = (value: number, language: string | undefined): string =>
  format(language, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value);

/** A rating or metric value, to at most `digits` decimal places. */
export const formatNumber = (value: number, language: string | undefined, digits = 2): string =>
  format(language, { maximumFractionDigits: digits }).format(value);
