/** Hard limits for a journey file. A file within them always loads and saves again. */
export const LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  /** How deep objects and lists may nest; a valid journey needs about 5 levels. */
  nesting: 32,
  titleLength: 200,
  descriptionLength: 5_000,
  nameLength: 120,
  labelLength: 300,
  cardTextLength: 5_000,
  notesLength: 10_000,
  tagLength: 60,
  tagsPerCard: 20,
  evidencePerCard: 50,
  linksPerCard: 100,
  stages: 200,
  steps: 1_000,
  lanes: 100,
  channels: 200,
  cards: 50_000,
  emotionCurves: 50,
  emotionPoints: 20_000,
  metricValues: 20_000,
  personas: 100,
  views: 100,
  assets: 300,
  /** Workshops whose results a map keeps, each a record of its own. */
  workshops: 100,
  /** People in one workshop (the relay's room cap). */
  workshopParticipants: 200,
  /** Items voted on in one workshop, over all its voting rounds. */
  workshopVotedItems: 3_000,
  /** Voting rounds in one workshop. */
  workshopRounds: 100,
  /** Notes a workshop left unhandled, kept parked (200 people x 300 notes each, the relay's caps). */
  parkedNotes: 60_000,
  /** Votes one item can get: 200 people with the largest budget (100) each. */
  workshopVotes: 20_000,
  /** About 1.5 MB of image bytes each, after re-encoding. */
  assetBase64Length: 2 * 1024 * 1024,
} as const;

/** The emotion scale practitioners use: -2 (very negative) .. +2 (very positive). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
