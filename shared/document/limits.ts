/** Hard limits for a journey file. A file within them always loads and saves again. */
export const LIMITS = {
  fileBytes: 32 * 1024 * 1024,
  titleLength: 200,
  descriptionLength: 5_000,
  nameLength: 120,
  cardTextLength: 5_000,
  labelLength: 200,
  stages: 200,
  lanes: 100,
  cards: 50_000,
  emotionPoints: 20_000,
} as const;

/** The emotion scale practitioners use: -2 (very negative) .. +2 (very positive). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
