/** What the relay-attack bench and its attackers' thread (relay-load.ts) say to each other. */

export const SCENARIOS = ['baseline', 'idle-sockets', 'wrong-codes', 'minting', 'flood'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface RelayLoadData {
  previewUrl: string;
  /** The workshop's port and room code on 127.0.0.1. */
  port: number;
  code: string;
}
export type LoadCommand = { kind: 'start'; scenario: Scenario } | { kind: 'stop' } | { kind: 'end' };
export type LoadReply = { kind: 'started'; scenario: Scenario } | { kind: 'stopped'; scenario: Scenario; counters: Record<string, number> };
