import { readFileSync } from 'node:fs';
import { parseJourneyText } from '../../shared/document/parse';
import type { JourneyDocument } from '../../shared/document/schema';
import { en } from '../../shared/i18n/locales/en';
import type { Translate } from '../../shared/templates/templates';

export const FULL_FIXTURE = new URL('../fixtures/v4/bike-sharing-workshops.journey', import.meta.url).pathname;

/** The frozen current-format journey with every kind of record (workshop results included). */
export const fullJourney = (): JourneyDocument => parseJourneyText(readFileSync(FULL_FIXTURE, 'utf8'));

/** English strings as i18next would give them: {{name}} filled in, `defaultValue` for a missing key. */
export const t: Translate = (key, options) => {
  const look = (path: string): unknown => {
    let value: unknown = en;
    for (const part of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
    return value;
  };
  const count = options?.['count'];
  // English plural forms, as i18next picks them.
  const value = typeof count === 'number' ? (look(`${key}_${count === 1 ? 'one' : 'other'}`) ?? look(key)) : look(key);
  const text = typeof value === 'string' ? value : String(options?.['defaultValue'] ?? key);
  return text.replace(/\{\{(\w+)(?:, *\w+)?\}\}/g, (_, name: string) => String(options?.[name] ?? ''));
};

/** Text that must come out of every format exactly as typed, and never run. */
export const HOSTILE = {
  script: '<script>alert("x")</script> & </text></svg>',
  formula: "=cmd|' /C calc'!A0",
  plus: '+1 more',
  minus: '-20% churn',
  at: '@SUM(A1:A2)',
  apostrophe: "'quoted",
  tab: '\tindented',
  languages: 'Kundresa på väg — Zażółć gęślą jaźń — Mulțumesc, învățătoare — Καλημέρα χαρτογράφηση',
  emoji: 'Happy 😀 👍🏽 👩‍💻 🇸🇪 🚲 ❤️',
  longWord: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhalterung',
  markdown: '# not a heading | *not bold* [no](link) 1. not a list',
  multiline: 'first line\nsecond line',
};

/** The full fixture with hostile text in cards, a stage name, a lane name and the title. */
export function hostileJourney(): JourneyDocument {
  const doc = fullJourney();
  const texts = Object.values(HOSTILE);
  doc.cards.forEach((card, i) => {
    card.text = texts[i % texts.length] ?? card.text;
  });
  doc.journey.title = `Title ${HOSTILE.script} ${HOSTILE.formula}`;
  doc.stages[0]!.name = `${HOSTILE.formula} ${HOSTILE.emoji}`;
  doc.lanes[0]!.name = HOSTILE.script;
  return doc;
}
