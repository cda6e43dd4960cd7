import type { TFunction } from 'i18next';
import { escapeControlChars } from '../../shared/control-chars';
import type { IpcError } from '../../shared/ipc/result';

/** `t(key)` where the language has its own text for it (not English's); null otherwise. */
function ownWords(t: TFunction, key: string, options: Record<string, string> = {}): string | null {
  const words = t(key, { ...options, defaultValue: '' });
  return words !== '' && words !== t(key, { ...options, lng: 'en', defaultValue: '' }) ? words : null;
}

/** Where main says the problem is ("line 3, column 5", "end of file", or a field path, which stays). */
function whereText(t: TFunction, where: string): string {
  const at = /^line (\d+), column (\d+)$/.exec(where);
  if (at) return ownWords(t, 'error.where.lineColumn', { line: at[1] ?? '', column: at[2] ?? '' }) ?? where;
  return where === 'end of file' ? (ownWords(t, 'error.where.endOfFile') ?? where) : where;
}

/**
 * Main explains a file problem in English, with specifics (a size, a process, a field). Other
 * languages say the problem's code in the user's words instead; English keeps main's more
 * specific text.
 */
function problemText(t: TFunction, error: IpcError): string {
  const message = ownWords(t, `error.problem.${error.code}`) ?? error.message;
  return error.where ? `${message} (${whereText(t, error.where)})` : message;
}

/**
 * A one-line message naming the file and the problem, for the error banner. A control
 * character from the file or its name (an escape sequence, a line break) shows as `\x1b`.
 */
export function describeError(t: TFunction, error: IpcError): string {
  const problem = problemText(t, error);
  return escapeControlChars(error.file ? t('error.fileProblem', { file: error.file, problem }) : t('error.generic', { message: problem }));
}
