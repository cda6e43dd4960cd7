import type { PageKind } from './page-probes';

export interface ResourceTiming { path: string; start: number; end: number }

/** Milliseconds from navigation to each step before the first draw; null when it did not happen. */
export interface FirstDrawSteps {
  /** The last script arrived. */
  scripts: number | null;
  /** The last font file arrived (a font fetched later, on demand, counts too). */
  fonts: number | null;
  /** The page asked for the map (Waymark: the openJourney call; Excalidraw: the scene file). */
  mapAsked: number | null;
  mapReceived: number | null;
}

const latest = (times: readonly number[]) => (times.length > 0 ? Math.max(...times) : null);

/** Where the time before the first draw went, read from the page's resource timings. */
export function firstDrawSteps(kind: PageKind, resources: readonly ResourceTiming[]): FirstDrawSteps {
  const isMap = kind === 'waymark' ? (path: string) => path === '/api/openJourney' : (path: string) => path.startsWith('/files/');
  const map = resources.find((r) => isMap(r.path));
  return {
    scripts: latest(resources.filter((r) => r.path.endsWith('.js')).map((r) => r.end)),
    fonts: latest(resources.filter((r) => /\.woff2?$/.test(r.path)).map((r) => r.end)),
    mapAsked: map?.start ?? null,
    mapReceived: map?.end ?? null,
  };
}
