import type { TFunction } from 'i18next';
import type { IpcError } from '../../shared/ipc/result';

/** A one-line message naming the file and the problem, for the error banner. */
export function describeError(t: TFunction, error: IpcError): string {
  const problem = error.where ? `${error.message} (${error.where})` : error.message;
  return error.file ? t('error.fileProblem', { file: error.file, problem }) : t('error.generic', { message: problem });
}
