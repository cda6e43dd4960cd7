/**
 * The live workshop's wire format: y-protocols sync and awareness messages, each behind a
 * leading varUint that says which document it is about, plus a small control channel for
 * joining, acknowledgements and errors. One WebSocket per phone carries everything.
 *
 *   [channel: varUint][…]
 *   channel ROOM    [kind: varUint (MESSAGE_SYNC | MESSAGE_AWARENESS)][y-protocols payload]
 *   channel OWN     the same, for the participant's own document
 *   channel CONTROL [control: varUint][fields, lib0 encoding]
 *
 * The room document is read-only for participants; the own document is the only one a
 * participant writes, and no participant ever receives another's. Pure TypeScript (lib0 only):
 * the phone page and the main process both use it.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const PROTOCOL_VERSION = 1;

/** The document a message is about. */
export const CHANNEL_ROOM = 0;
export const CHANNEL_OWN = 1;
export const CHANNEL_CONTROL = 2;

/** y-protocols' own message kinds (as y-websocket numbers them). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

/** Control messages. */
export const CONTROL_HELLO = 0;
export const CONTROL_WELCOME = 1;
export const CONTROL_ERROR = 2;
/** The host's state vector of the participant's document after it accepted an update. */
export const CONTROL_ACK = 3;

/**
 * Why the host refused something, as a stable code the UI translates. A message that is
 * refused is dropped (ERROR tells the socket); one that ends the connection closes it with the
 * code's close code and the code as the reason.
 */
export const WORKSHOP_ERROR_CODES = [
  // Refusals that close the connection.
  'wrong-code',
  'ended',
  'room-locked',
  'room-full',
  /** The phone's address made as many participants as one device may. */
  'address-full',
  'removed',
  'unknown-participant',
  'unsupported-version',
  'not-joined',
  'abuse',
  'replaced',
  'restarting',
  'too-many-connections',
  // Refusals of one message.
  'message-too-large',
  'rate-limited',
  'bad-message',
  'read-only',
  'invalid-update',
  'doc-too-large',
  'invalid-presence',
] as const;
export type WorkshopErrorCode = (typeof WORKSHOP_ERROR_CODES)[number];

/** WebSocket close codes (the 4000-4999 range is the application's). */
export const CLOSE_CODES = {
  ended: 4000,
  'wrong-code': 4001,
  'room-locked': 4002,
  'room-full': 4003,
  removed: 4004,
  'unknown-participant': 4005,
  'unsupported-version': 4006,
  'not-joined': 4007,
  abuse: 4008,
  replaced: 4009,
  restarting: 4010,
  'too-many-connections': 4011,
  'address-full': 4012,
} as const satisfies Partial<Record<WorkshopErrorCode, number>>;
export type CloseCode = keyof typeof CLOSE_CODES;

/**
 * Closes after which a phone should not try again by itself: the room is gone, the code or the
 * identity is not (or no longer) good, or another tab of the same participant took over.
 * Every other close (a dropped network, the laptop restarting) is retried.
 */
export const FINAL_CLOSES: ReadonlySet<string> = new Set<CloseCode>(['ended', 'wrong-code', 'room-locked', 'room-full', 'address-full', 'removed', 'unknown-participant', 'unsupported-version', 'replaced']);

export const closeCodeName = (code: number): CloseCode | undefined =>
  (Object.keys(CLOSE_CODES) as CloseCode[]).find((name) => CLOSE_CODES[name] === code);

/** The path of a workshop's socket, below its page's `/w/<CODE>`. */
export const SOCKET_SUFFIX = '/socket';
export const joinPath = (code: string) => `/w/${code}`;
export const socketPath = (code: string) => `${joinPath(code)}${SOCKET_SUFFIX}`;

/** participantId '' asks for a new participant, for the phone's own secret (phone-secret.ts); '' there too lets the host make one. */
export interface Hello { version: number; participantId: string; secret: string }
export interface Welcome { participantId: string; /** Only when the host made the participant's secret; '' otherwise. */ secret: string }

export function encodeHello(hello: Hello): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CHANNEL_CONTROL);
  encoding.writeVarUint(encoder, CONTROL_HELLO);
  encoding.writeVarUint(encoder, hello.version);
  encoding.writeVarString(encoder, hello.participantId);
  encoding.writeVarString(encoder, hello.secret);
  return encoding.toUint8Array(encoder);
}
export const readHello = (decoder: decoding.Decoder): Hello => ({
  version: decoding.readVarUint(decoder),
  participantId: decoding.readVarString(decoder),
  secret: decoding.readVarString(decoder),
});

export function encodeWelcome(welcome: Welcome): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CHANNEL_CONTROL);
  encoding.writeVarUint(encoder, CONTROL_WELCOME);
  encoding.writeVarString(encoder, welcome.participantId);
  encoding.writeVarString(encoder, welcome.secret);
  return encoding.toUint8Array(encoder);
}
export const readWelcome = (decoder: decoding.Decoder): Welcome => ({
  participantId: decoding.readVarString(decoder),
  secret: decoding.readVarString(decoder),
});

export function encodeError(code: WorkshopErrorCode, detail = ''): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CHANNEL_CONTROL);
  encoding.writeVarUint(encoder, CONTROL_ERROR);
  encoding.writeVarString(encoder, code);
  encoding.writeVarString(encoder, detail);
  return encoding.toUint8Array(encoder);
}
export const readError = (decoder: decoding.Decoder): { code: string; detail: string } => ({
  code: decoding.readVarString(decoder),
  detail: decoding.readVarString(decoder),
});

export function encodeAck(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CHANNEL_CONTROL);
  encoding.writeVarUint(encoder, CONTROL_ACK);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Starts a message for a document channel: the caller appends y-protocols' payload. */
export function documentEncoder(channel: typeof CHANNEL_ROOM | typeof CHANNEL_OWN, kind: typeof MESSAGE_SYNC | typeof MESSAGE_AWARENESS): encoding.Encoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, channel);
  encoding.writeVarUint(encoder, kind);
  return encoder;
}
