/** Each language's quotation marks, as its typography writes them. */
const MARKS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['“', '”'],
  sv: ['”', '”'],
  pl: ['„', '”'],
  ro: ['„', '”'],
  el: ['«', '»'],
};

const OPENING = /^["'“”„‟«»‹›‘’‚]+\s*/u;
const CLOSING = /\s*["'“”„‟«»‹›‘’‚]+$/u;

/**
 * A quote as typed, without the quotation marks someone may have typed around it: the
 * exports add the language's own, so a quote never gets two pairs.
 */
export function unquoted(text: string): string {
  const trimmed = text.trim();
  const inner = trimmed.replace(OPENING, '').replace(CLOSING, '');
  // Only a pair around the whole text goes: "It's late" keeps its apostrophe.
  return OPENING.test(trimmed) && CLOSING.test(trimmed) && inner !== '' ? inner : trimmed;
}

/** `text` in the quotation marks of `language` (English ones for a language without its own here). */
export function quoted(text: string, language = 'en'): string {
  const [open, close] = MARKS[language.split('-')[0] ?? 'en'] ?? MARKS['en'] ?? ['“', '”'];
  return `${open}${unquoted(text)}${close}`;
}
