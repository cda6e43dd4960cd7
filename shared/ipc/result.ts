import type { ReadOnlyReason } from './read-only';

/** What survives IPC: a value, or a plain error message (never an Error object or a stack). */
export interface IpcError {
  readonly code: string;
  readonly message: string;
  readonly where?: string;
  readonly file?: string;
  /** For `read-only`: why the file cannot be written there. */
  readonly reason?: ReadOnlyReason;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: IpcError): Result<never> => ({ ok: false, error });
