import { newId } from '../document/ids';
import type { JourneyDocument } from '../document/schema';

/** Looks up a UI string; templates name their stages and lanes in the user's language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Shipped templates write names the app translates as `i18n:<key>`, with options as a query:
 * `i18n:stage.numbered?number=2`. Content a user typed never has this form resolved.
 */
const MARKER = /^i18n:([A-Za-z0-9_.]+)(?:\?(.*))?$/;

export function resolveMarker(value: string, t: Translate): string {
  const match = MARKER.exec(value);
  if (!match?.[1]) return value;
  return t(match[1], Object.fromEntries(new URLSearchParams(match[2] ?? '')));
}

/** Every i18n key a template names, to check that the app has a string for each. */
export function markerKeys(doc: JourneyDocument): string[] {
  const keys = new Set<string>();
  mapStrings(doc, (value) => {
    const key = MARKER.exec(value)?.[1];
    if (key) keys.add(key);
    return value;
  });
  return [...keys];
}

function mapStrings(value: unknown, map: (s: string, key: string) => string, key = ''): unknown {
  if (typeof value === 'string') return map(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map, k)]));
  }
  return value;
}

/** Fields holding a record id, or a list of them. Order keys and texts are left alone. */
const ID_FIELDS = new Set([
  'id', 'stageId', 'stepId', 'laneId', 'curveId', 'channelId', 'imageId', 'photoId', 'personaId', 'fromStageId', 'toStageId',
  'personaIds', 'links', 'laneIds', 'channelIds',
]);

/**
 * The same journey with every id replaced consistently, so that two maps made from one
 * template never share ids (cards copied between them stay apart).
 */
export function withFreshIds(doc: JourneyDocument): JourneyDocument {
  const fresh = new Map<string, string>();
  const renamed = (id: string) => {
    let next = fresh.get(id);
    if (next === undefined) {
      next = newId();
      fresh.set(id, next);
    }
    return next;
  };
  return mapStrings(doc, (value, key) => (ID_FIELDS.has(key) ? renamed(value) : value)) as JourneyDocument;
}

/**
 * A new journey from a template document: fresh ids, no review history, no workshop results
 * (a map saved as a template keeps its structure, not what its rooms said), and (for shipped
 * templates, when `t` is given) names in the user's language.
 */
export function instantiateTemplate(template: JourneyDocument, t: Translate | null): JourneyDocument {
  const named = t ? (mapStrings(template, (value) => resolveMarker(value, t)) as JourneyDocument) : template;
  const { lastReviewed: _last, nextReview: _next, ...journey } = named.journey;
  return withFreshIds({ ...named, journey, workshops: [] });
}
