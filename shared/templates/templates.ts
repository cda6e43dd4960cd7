import type { JourneyDocument } from '../document/schema';
import { templateDocument, type TemplateId } from './catalog';
import { instantiateTemplate, type Translate } from './instantiate';

export { TEMPLATES, templateDocument, type TemplateEntry, type TemplateId } from './catalog';
export type { Translate } from './instantiate';

export { DEFAULT_CHANNELS } from './channels';

/** A shipped template by id, or a journey the user saved as a template of their own. */
export type TemplateSource = TemplateId | { readonly userTemplate: JourneyDocument };

/**
 * A new journey from a template, with fresh ids. Shipped templates are named in the caller's
 * language; a user's own template keeps the words they wrote.
 */
export function createJourney(source: TemplateSource, t: Translate, language = 'en'): JourneyDocument {
  if (typeof source === 'string') return instantiateTemplate(templateDocument(source, language), t);
  return instantiateTemplate(source.userTemplate, null);
}
