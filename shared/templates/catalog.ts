import { parseJourneyText } from '../document/parse';
import type { JourneyDocument } from '../document/schema';
import banking from './library/banking.journey?raw';
import beforeDuringAfter from './library/beforeDuringAfter.journey?raw';
import blank from './library/blank.journey?raw';
import buyer5 from './library/buyer5.journey?raw';
import dayInTheLife from './library/dayInTheLife.journey?raw';
import futureState from './library/futureState.journey?raw';
import journey8 from './library/journey8.journey?raw';
import retail from './library/retail.journey?raw';
import serviceBlueprint from './library/serviceBlueprint.journey?raw';
import travel from './library/travel.journey?raw';
import { TRANSLATED_EXAMPLES } from './translated-examples';

/**
 * The templates Waymark ships, as journey files in ./library. Structures name their stages and
 * lanes with i18n keys, resolved in the user's language when a map is made. Worked examples
 * carry real content: a translated example goes in `files` under its language code.
 */
export interface TemplateEntry {
  readonly id: string;
  readonly kind: 'structure' | 'example';
  readonly files: { readonly default: string } & Readonly<Partial<Record<string, string>>>;
}

export const TEMPLATES = [
  { id: 'blank', kind: 'structure', files: { default: blank } },
  { id: 'buyer5', kind: 'structure', files: { default: buyer5 } },
  { id: 'journey8', kind: 'structure', files: { default: journey8 } },
  { id: 'beforeDuringAfter', kind: 'structure', files: { default: beforeDuringAfter } },
  { id: 'dayInTheLife', kind: 'structure', files: { default: dayInTheLife } },
  { id: 'futureState', kind: 'structure', files: { default: futureState } },
  { id: 'serviceBlueprint', kind: 'structure', files: { default: serviceBlueprint } },
  { id: 'retail', kind: 'example', files: { default: retail, ...TRANSLATED_EXAMPLES.retail } },
  { id: 'travel', kind: 'example', files: { default: travel, ...TRANSLATED_EXAMPLES.travel } },
  { id: 'banking', kind: 'example', files: { default: banking, ...TRANSLATED_EXAMPLES.banking } },
] as const satisfies readonly TemplateEntry[];

export type TemplateId = (typeof TEMPLATES)[number]['id'];

const parsed = new Map<string, JourneyDocument>();

/** The template's journey as shipped (names still as i18n keys), in `language` where it exists. */
export function templateDocument(id: TemplateId, language = 'en'): JourneyDocument {
  const entry: TemplateEntry | undefined = TEMPLATES.find((x) => x.id === id);
  if (!entry) throw new Error(`unknown template ${id}`);
  const text = entry.files[language] ?? entry.files.default;
  let doc = parsed.get(text);
  if (!doc) {
    doc = parseJourneyText(text);
    parsed.set(text, doc);
  }
  return doc;
}
