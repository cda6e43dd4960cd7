/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such text is written with a leading apostrophe, which spreadsheets show as plain text. Text
 * that already starts with an apostrophe gets one more, so reading it back is exact.
 */
const RISKY_START = /^[=+\-@\t\r']/;
const GUARDED_START = /^'[=+\-@\t\r']/;

export const guardFormula = (text: string): string => (RISKY_START.test(text) ? `'${text}` : text);

export const unguardFormula = (text: string): string => (GUARDED_START.test(text) ? text.slice(1) : text);
