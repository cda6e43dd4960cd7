import { WORKSHOP_LIMITS } from '../../shared/workshop/model';

/**
 * The relay's limits; tests shrink some (the heartbeat, the save delay, the deadlines) to stay
 * quick. Everything that arrives on the workshop's port is hostile until it has shown the room
 * code, and even then one device may hold only so much: connections, participants, memory.
 */
export interface RelayLimits {
  messageBytes: number;
  /** Frames above this are not even read: ws closes the socket (1009). Bounds what one socket buffers. */
  frameBytes: number;
  participantDocBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  /** Participants in the room (removed ones free their place). */
  participants: number;
  /** Participants made from one address (a phone with a second browser; not a phone minting them). */
  participantsPerAddress: number;
  socketsPerParticipant: number;
  /** Refused messages a socket may send (burst, and per second after) before it is closed as abuse. */
  strikeBurst: number;
  strikesPerSecond: number;
  /** Wrong room codes or identities per address; past them that address (and no other) gets 429. */
  wrongCodeBurstPerAddress: number;
  wrongCodesPerSecondPerAddress: number;
  /** Open TCP connections (page loads and phones' sockets) from one address, and from all together. */
  connectionsPerAddress: number;
  connections: number;
  /** Connections from one address that have not shown the room code yet. */
  unprovenPerAddress: number;
  /** A connection that has not shown the room code (in a request's path) by then is dropped. */
  codeDeadlineMs: number;
  /** A phone's socket that has not said hello by then is closed. */
  helloTimeoutMs: number;
  /** What may wait to be sent to one socket (a phone that stopped reading) before it is dropped. */
  sendBufferBytes: number;
  heartbeatMs: number;
  saveDelayMs: number;
  /** Messages a socket may send before its hello is answered (the sync step 1s that follow it), and their bytes. */
  queuedBeforeHello: number;
  queuedBytesBeforeHello: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  messageBytes: WORKSHOP_LIMITS.messageBytes,
  frameBytes: 128 * 1024,
  participantDocBytes: WORKSHOP_LIMITS.participantDocBytes,
  messagesPerSecond: WORKSHOP_LIMITS.messagesPerSecond,
  messageBurst: WORKSHOP_LIMITS.messageBurst,
  participants: WORKSHOP_LIMITS.participants,
  participantsPerAddress: 3,
  socketsPerParticipant: WORKSHOP_LIMITS.socketsPerParticipant,
  strikeBurst: 10,
  strikesPerSecond: 1 / 6,
  wrongCodeBurstPerAddress: 10,
  wrongCodesPerSecondPerAddress: 1 / 6,
  connectionsPerAddress: 16,
  // Well below the process's file descriptors (1024 where the system sets no more), so a save always finds one.
  connections: 400,
  unprovenPerAddress: 8,
  codeDeadlineMs: 3000,
  helloTimeoutMs: 5000,
  // A participant's whole document (256 KB) and the room's (at most about 170 KB) fit.
  sendBufferBytes: 512 * 1024,
  heartbeatMs: 20_000,
  saveDelayMs: 500,
  queuedBeforeHello: 16,
  queuedBytesBeforeHello: 128 * 1024,
};
