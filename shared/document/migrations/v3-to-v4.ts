type JsonObject = Record<string, unknown>;

/**
 * Format 3 -> 4 adds the results of live workshops (votes and their ranking, the room's
 * ratings per stage, the notes left unhandled), a table of their own that starts empty.
 */
export function toFormat4(file: JsonObject): JsonObject {
  return { ...file, workshops: [] };
}
