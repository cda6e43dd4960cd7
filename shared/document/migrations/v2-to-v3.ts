type JsonObject = Record<string, unknown>;

/**
 * Format 2 -> 3 adds optional fields only (a stage's or step's link to another map, a
 * persona's place in the workspace library), so a v2 file is already a valid v3 file.
 */
export function toFormat3(file: JsonObject): JsonObject {
  return file;
}
