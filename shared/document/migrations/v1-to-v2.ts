type JsonObject = Record<string, unknown>;

const records = (value: unknown): JsonObject[] =>
  Array.isArray(value) ? value.filter((r): r is JsonObject => typeof r === 'object' && r !== null) : [];

/** Emotion curve colours, in the order curves are added (Okabe-Ito blue first). */
export const FIRST_CURVE_COLOUR = '#0072B2';

/**
 * Format 1 -> 2. Emotion points hung off their lane; now they belong to a curve, so each
 * emotions lane gets one solid curve named after the lane, and its points move onto it. New
 * tables start empty. Anything malformed is passed through for validation to report.
 */
export function toFormat2(file: JsonObject): JsonObject {
  const emotionLanes = records(file['lanes']).filter((lane) => lane['kind'] === 'emotions');
  const curves = emotionLanes.map((lane, i) => ({
    id: `curve-${i + 1}`,
    laneId: lane['id'],
    name: lane['name'],
    style: 'solid',
    colour: FIRST_CURVE_COLOUR,
  }));
  const curveOfLane = new Map(curves.map((c) => [c.laneId, c.id]));
  const points = records(file['emotionPoints']).map(({ laneId, ...point }) => ({
    ...point,
    curveId: curveOfLane.get(laneId) ?? laneId,
  }));
  return {
    ...file,
    steps: [],
    channels: [],
    emotionCurves: curves,
    emotionPoints: points,
    metricValues: [],
    personas: [],
    views: [],
    assets: [],
  };
}
