import { JourneyFileError } from '../../shared/document/errors';
import type { Say } from '../../shared/exchange/issue-text';
import { createI18n, matchLanguage } from '../../shared/i18n/i18n';
import { LeftAloneError } from '../services/merge-own-files';

/** The command line's language (LC_ALL, then LANG, as `waymark export` reads it) and its words. */
export function commandLanguage(env: Readonly<Record<string, string | undefined>> = process.env): { t: Say; language: string } {
  const i18n = createI18n(matchLanguage(env['LC_ALL'] ?? env['LANG']));
  return { t: i18n.t.bind(i18n), language: i18n.language };
}

const ERRNO_WORDS: Readonly<Record<string, string>> = {
  ELOOP: 'loop', ENOENT: 'missing', ENOTDIR: 'missing', EACCES: 'permission', EPERM: 'permission', ENOSPC: 'noSpace', EDQUOT: 'noSpace',
  EROFS: 'readOnly', EISDIR: 'notAFile', ENXIO: 'notAFile', EEXIST: 'exists', ENAMETOOLONG: 'nameTooLong',
};

/**
 * Why a file could not be read or written, in the reader's words: a file left alone (a link,
 * not a regular file, not ours), a journey that does not open, or what the file system said,
 * never an errno or a stack.
 */
export function failureWords(error: unknown, file: string, t: Say): string {
  if (error instanceof LeftAloneError) return t(`merge.cli.leftAlone.${error.why}`, { file });
  if (error instanceof JourneyFileError) return `${file}: ${error.message}`;
  const code = typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
  const key = code === undefined ? undefined : ERRNO_WORDS[code];
  return key ? t(`merge.cli.fs.${key}`, { file }) : t('merge.cli.fs.other', { file, code: code ?? (error instanceof Error ? error.name : 'error') });
}
