import { describe, expect, it } from 'vitest';
import { parseJourneyText } from '../../shared/document/parse';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n } from '../../shared/i18n/i18n';
import { createJourney, templateDocument, type TemplateId } from '../../shared/templates/templates';
import { TRANSLATED_EXAMPLES } from '../../shared/templates/translated-examples';

/** Fields holding words people read; everything else (ids, kinds, orders, values, links) must match English. */
const TEXT_FIELDS = new Set(['title', 'description', 'goal', 'scope', 'owner', 'name', 'text', 'quote', 'demographics', 'goals', 'motivations', 'frustrations', 'keyTasks', 'source', 'team', 'unit']);
/** Words that stay as they are in a worked example: product names, acronyms, people's names, loanwords. */
const KEPT = new Set(['CSAT /5', 'CRM', 'NPS', 'Net Promoter Score', '%', 'Email', 'Hotel', 'Marketing', 'E-commerce', 'Chat', 'Digital', 'Post',
  'Digital onboarding', 'Sofia', 'Tomasz', 'Ola', 'Amara', 'Lena (Marketing)', 'Omar (E-commerce)', 'Sara (Marketing)', 'Felix (Digital)', 'Noor (KYC)']);

function texts(value: unknown, key = '', into: string[] = []): string[] {
  if (typeof value === 'string') {
    if (TEXT_FIELDS.has(key) && value !== '' && !value.startsWith('i18n:')) into.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => texts(v, key, into));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) texts(v, k, into);
  return into;
}
const shape = (value: unknown, key = ''): unknown =>
  typeof value === 'string' ? (TEXT_FIELDS.has(key) && !value.startsWith('i18n:') ? '·' : value)
    : Array.isArray(value) ? value.map((v) => shape(v, key))
      : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, k)])) : value;

const cases = Object.entries(TRANSLATED_EXAMPLES).flatMap(([id, files]) => Object.entries(files).map(([language, text]) => [id, language, text] as const));

describe('worked examples in every language', () => {
  it.each(cases)('%s in %s is a valid journey in canonical form, in NFC', (_id, language, text) => {
    expect(serializeJourney(parseJourneyText(text))).toBe(text);
    expect(text).toBe(text.normalize('NFC'));
    if (language === 'ro') expect(text).not.toMatch(/[şţŞŢ]/);
  });

  it.each(cases)('%s in %s is the English example record for record, with its words translated', (id, _language, text) => {
    const english = templateDocument(id as TemplateId);
    const translated = parseJourneyText(text);
    expect(shape(translated)).toEqual(shape(english));
    const pairs = texts(english).map((word, i) => [word, texts(translated)[i]] as const);
    expect(pairs.filter(([en, other]) => en === other && !KEPT.has(en)).map(([en]) => en)).toEqual([]);
  });

  it('a new map from an example comes in the language chosen, and stays English where none is written', () => {
    const pl = createI18n('pl');
    expect(createJourney('retail', pl.t.bind(pl), 'pl').journey.title).toBe('Handel: buty do biegania, od sieci do sklepu');
    expect(createJourney('banking', pl.t.bind(pl), 'pl').lanes.map((l) => l.name)).toContain('Punkty styku');
    const el = createI18n('el');
    expect(createJourney('travel', el.t.bind(el), 'el').personas.map((p) => p.name)).toEqual(['Νίκος, οργανώνει για τέσσερις', 'Μαρία, η φύλακας του προϋπολογισμού']);
    expect(createJourney('retail', el.t.bind(el), 'de').journey.title).toBe('Retail: running shoes, online to store');
  });
});
