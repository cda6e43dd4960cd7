/**
 * Room codes: short, read off a projector and typed on a phone, so the alphabet leaves out
 * what looks alike (0/O, 1/I/L). 31 symbols, 6 places: about 887 million codes, against
 * guesses rate-limited per address and in all (main/workshop/server.ts).
 */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;

const CODE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** What a person typed, as a code: upper case, spaces and dashes dropped. */
export const normalizeRoomCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');
export const isRoomCode = (code: string) => CODE.test(code);
