import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/workshop/room-code';

/** A room code from the crypto generator, each symbol equally likely. */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i += 1) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** A participant id (public: it names the participant to the facilitator) and secret (only the phone keeps it). */
export const newParticipantId = () => randomBytes(12).toString('base64url');
export const newSecret = () => randomBytes(32).toString('base64url');

/**
 * What the host keeps of a secret. A secret is 256 random bits, so a plain SHA-256 is as good
 * as a slow password hash here; the folder never holds a secret itself.
 */
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('base64url');

export function secretMatches(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret));
  const kept = Buffer.from(hash);
  return given.length === kept.length && timingSafeEqual(given, kept);
}

/** Constant-time comparison of two short strings (room codes). */
export function sameText(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}
