import { en } from '../../shared/i18n/locales/en';
import { createJourney, type TemplateId, type Translate } from '../../shared/templates/templates';
import type { JourneyDocument } from '../../shared/document/schema';

/** English look-up straight from the source strings, with {{name}} interpolation. */
export const englishT: Translate = (key, options) => {
  let value: unknown = en;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`no English string for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''));
};

export const journeyFrom = (template: TemplateId): JourneyDocument => createJourney(template, englishT);
