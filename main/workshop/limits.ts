import { WORKSHOP_LIMITS } from '../../shared/workshop/model';

/** The relay's limits; tests shrink some (the heartbeat, the save delay) to stay quick. */
export interface RelayLimits {
  messageBytes: number;
  /** Frames above this are not even read: ws closes the socket (1009). */
  frameBytes: number;
  participantDocBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  participants: number;
  socketsPerParticipant: number;
  /** Refused messages a socket may send (burst, and per second after) before it is closed as abuse. */
  strikeBurst: number;
  strikesPerSecond: number;
  /** Wrong room codes or identities, per address and from all addresses together. */
  wrongCodeBurstPerAddress: number;
  wrongCodesPerSecondPerAddress: number;
  wrongCodeBurstTotal: number;
  wrongCodesPerSecondTotal: number;
  connectionsPerAddress: number;
  connections: number;
  helloTimeoutMs: number;
  heartbeatMs: number;
  saveDelayMs: number;
  /** Messages a socket may send before its hello is answered (the sync step 1s that follow it). */
  queuedBeforeHello: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  messageBytes: WORKSHOP_LIMITS.messageBytes,
  frameBytes: 1024 * 1024,
  participantDocBytes: WORKSHOP_LIMITS.participantDocBytes,
  messagesPerSecond: WORKSHOP_LIMITS.messagesPerSecond,
  messageBurst: WORKSHOP_LIMITS.messageBurst,
  participants: WORKSHOP_LIMITS.participants,
  socketsPerParticipant: WORKSHOP_LIMITS.socketsPerParticipant,
  strikeBurst: 10,
  strikesPerSecond: 1 / 6,
  wrongCodeBurstPerAddress: 10,
  wrongCodesPerSecondPerAddress: 1 / 6,
  wrongCodeBurstTotal: 100,
  wrongCodesPerSecondTotal: 2,
  connectionsPerAddress: 16,
  connections: 500,
  helloTimeoutMs: 10_000,
  heartbeatMs: 20_000,
  saveDelayMs: 500,
  queuedBeforeHello: 16,
};
