import type { z } from 'zod';
import { ipcContract, type MethodName } from '../../shared/ipc/contract';
import { compileAcceptor, NOT_ACCEPTED, type Acceptor } from '../../shared/document/schema-accept';

/** Each method's acceptor, built on first use; null where the schema holds what the acceptor does not mirror (unions, defaults, transforms…). */
const acceptors = new Map<MethodName, Acceptor | null>();

function acceptorOf(method: MethodName): Acceptor | null {
  let acceptor = acceptors.get(method);
  if (acceptor === undefined) {
    try {
      acceptor = compileAcceptor(ipcContract[method].input);
    } catch {
      acceptor = null;
    }
    acceptors.set(method, acceptor);
  }
  return acceptor;
}

/** Whether a method's payloads are accepted without zod when valid (a test pins the methods that carry a journey). */
export const hasFastPayloadCheck = (method: MethodName): boolean => acceptorOf(method) !== null;

/**
 * The payload as the method's schema returns it, or zod's issues. A valid payload goes through
 * the schema's acceptor (schema-accept.ts: zod's own rules, without zod's cost), which for a
 * save of 10,000 cards takes about a third of zod's time; anything it does not accept is
 * parsed by zod, which gives the answer and the message.
 */
export function parsePayload(method: MethodName, payload: unknown): z.ZodSafeParseResult<unknown> {
  const accepted = acceptorOf(method)?.(payload) ?? NOT_ACCEPTED;
  if (accepted !== NOT_ACCEPTED) return { success: true, data: accepted };
  return ipcContract[method].input.safeParse(payload);
}
