import type { JourneyDocument } from '../../shared/document/schema';

const TITLE = /^Crash version (\d+)$/;

/**
 * Version `v` of the journey the crash test saves: the base map with a numbered title and
 * card texts whose length varies by version, so saves differ in size (5-60 KB) and a torn
 * or mixed file cannot pass for a real version.
 */
export function versionDocument(base: JourneyDocument, version: number): JourneyDocument {
  return {
    ...base,
    journey: { ...base.journey, title: `Crash version ${version}` },
    cards: base.cards.map((card, i) => ({ ...card, text: `v${version} c${i} ${'lorem '.repeat(((version + i) * 131) % 600)}`.trim() })),
  };
}

/** The version a saved file claims to be, from its title; null when it has none. */
export function versionOf(doc: JourneyDocument): number | null {
  const match = TITLE.exec(doc.journey.title);
  return match ? Number(match[1]) : null;
}
