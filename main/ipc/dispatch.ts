import { JourneyFileError } from '../../shared/document/errors';
import { formatPath } from '../../shared/document/parse';
import { ipcContract, type MethodName } from '../../shared/ipc/contract';
import { fail, ok, type IpcError, type Result } from '../../shared/ipc/result';
import { ReadOnlyFileError } from '../services/writability';
import { grantFromOutput, refuseUngranted } from './grant-rules';
import type { HandlerContext, Handlers } from './handlers';
import type { PathGrants } from './path-grants';
import { parsePayload } from './payload';
import { isTrustedSender, type SenderInfo } from './sender';

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(ipcContract, name);

function toIpcError(error: unknown, payload: unknown): IpcError {
  if (error instanceof JourneyFileError) {
    const path = typeof payload === 'object' && payload !== null && 'path' in payload ? payload.path : undefined;
    return {
      code: error.problem,
      message: error.detail,
      ...(error.where ? { where: error.where } : {}),
      ...(typeof path === 'string' ? { file: path } : {}),
      ...(error instanceof ReadOnlyFileError ? { reason: error.reason } : {}),
    };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** The calling window, and the paths main granted each window. */
export interface DispatchContext extends HandlerContext {
  readonly grants: PathGrants;
}

/**
 * The single entry for every IPC call, in Electron and in the preview server alike: check
 * the method, validate the payload against its schema, refuse any path in it the window was
 * not granted, run the handler, record what its answer grants the window, and turn any
 * failure into a plain `{ ok: false, error }`.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  payload: unknown,
  context: DispatchContext,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail({ code: 'unknown-method', message: `unknown method ${method}` });
  const parsed = parsePayload(method, payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({
      code: 'bad-payload',
      message: `invalid ${method} request: ${issue?.message ?? 'malformed'}`,
      ...(issue && issue.path.length > 0 ? { where: formatPath(issue.path) } : {}),
    });
  }
  const { windowId, grants } = context;
  try {
    const refused = await refuseUngranted(grants, windowId, method, parsed.data);
    if (refused) return fail(refused);
    // The method name selects both the handler and its schema, so the parsed payload fits.
    const handler = handlers[method] as (input: unknown, context: HandlerContext) => Promise<unknown>;
    const value = await handler(parsed.data, { windowId });
    grantFromOutput(grants, windowId, method, value);
    return ok(value);
  } catch (error) {
    return fail(toIpcError(error, parsed.data));
  }
}

/**
 * What Electron's ipcMain handler runs for every call: a call from any frame but the app's
 * own top-level page is refused before its payload is even looked at.
 */
export async function dispatchFromSender(
  handlers: Handlers,
  method: string,
  payload: unknown,
  sender: SenderInfo | null,
  context: DispatchContext,
  rendererUrl: string,
): Promise<Result<unknown>> {
  if (!isTrustedSender(sender, rendererUrl)) {
    return fail({ code: 'untrusted-sender', message: 'request refused: it did not come from Waymark’s own page' });
  }
  return dispatch(handlers, method, payload, context);
}
