import { describe, expect, it } from 'vitest';
import { resources, SUPPORTED_LANGUAGES } from '../../shared/i18n/i18n';
import { flattenMessages, PLURAL_SUFFIXES, type MessageTree } from '../../shared/i18n/message-tree';

/**
 * Every locale against the English source: same keys (plural keys with exactly the forms the
 * language's Intl.PluralRules has), same {{placeholders}}, none broken, nothing left in English.
 */
const english = flattenMessages(resources.en.translation);
const translated = SUPPORTED_LANGUAGES.filter((l) => l !== 'en');

/**
 * Strings that are rightly the same in a language as in English (names, loanwords the
 * profession uses as they are). Keep it short: anything else equal to English is untranslated.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  sv: ['Personas', 'persona', 'text', 'Storyboard', 'Status', 'Online', 'Offline', 'Text', 'Orange', 'Presentation', 'Workshop', '{{count, number}} person', 'Version'],
  pl: ['persona', 'Storyboard', 'Status', 'Online', 'Offline', 'Folder: {{folder}}'],
  ro: ['persona', 'Storyboard', 'Online', 'Offline', 'Chat', 'Text', 'Card', 'Impact', '{{count, number}} card', '{{count, number}} participant',
    '{{date}} · {{count, number}} participant', '{{name}}, {{date}}, {{count, number}} participant'],
  el: ['Email'],
};
/** In every language: the product's name, format names and market labels used as they are everywhere. */
const SAME_EVERYWHERE = ['Waymark', 'OK', 'B2B', 'B2C', 'Markdown'];

const pluralMatch = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join('|')})$`);
const pluralBase = (key: string) => pluralMatch.exec(key)?.[1];
/** Keys in English that are plural forms, by base key (`content.review.soon`). */
const englishPlurals = new Set([...english.keys()].filter((k) => k.endsWith('_other')).map((k) => pluralBase(k) ?? k));

/** The keys a language must have: English's, with each plural in that language's forms. */
function expectedKeys(language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const base = pluralBase(key);
    if (base !== undefined && englishPlurals.has(base)) for (const c of categories) keys.add(`${base}_${c}`);
    else keys.add(key);
  }
  return keys;
}

/** English text for a key of another language (its plural forms compare with English's `_other`). */
function englishFor(key: string): string | undefined {
  const base = pluralBase(key);
  return base !== undefined && englishPlurals.has(base) ? (english.get(key) ?? english.get(`${base}_other`)) : english.get(key);
}

/** `{{name}}`, or `{{name, format}}` with one of i18next's built-in formats. */
const PLACEHOLDER = /\{\{([A-Za-z_][\w.]*)(?:, ?(number|currency|datetime|relativetime|list))?\}\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
/** Braces left once the well-formed placeholders are gone: `{{count}`, `{ name }}`, `{{ count }}`, `{{count, nmber}}`. */
const brokenPlaceholder = (text: string) => /[{}]/.test(text.replace(PLACEHOLDER, ''));

function flat(language: (typeof translated)[number]): Map<string, string> {
  return flattenMessages(resources[language].translation as MessageTree);
}

describe('locales', () => {
  it('has English strings with well-formed placeholders', () => {
    expect([...english].filter(([, text]) => brokenPlaceholder(text)).map(([key]) => key)).toEqual([]);
  });

  it.each(translated)('%s has every key English has, in its plural forms, and no other', (language) => {
    const keys = new Set(flat(language).keys());
    const expected = expectedKeys(language);
    expect({ missing: [...expected].filter((k) => !keys.has(k)), extra: [...keys].filter((k) => !expected.has(k)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(translated)('%s keeps every placeholder, unbroken', (language) => {
    const wrong: string[] = [];
    for (const [key, text] of flat(language)) {
      const source = englishFor(key);
      if (source === undefined) continue;
      if (brokenPlaceholder(text) || placeholders(text).join() !== placeholders(source).join()) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(translated)('%s leaves nothing in English', (language) => {
    const allowed = new Set([...SAME_EVERYWHERE, ...(SAME_AS_ENGLISH[language] ?? [])]);
    const untranslated = [...flat(language)]
      .filter(([key, text]) => text === englishFor(key) && /\p{L}/u.test(text.replace(PLACEHOLDER, '')) && !allowed.has(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(untranslated).toEqual([]);
  });

  it.each(translated)('%s uses every allowed English word somewhere (the allow-list stays honest)', (language) => {
    const values = new Set(flat(language).values());
    expect((SAME_AS_ENGLISH[language] ?? []).filter((word) => !values.has(word))).toEqual([]);
  });

  it.each(['ro'] as const)('%s writes ș and ț with the comma below, never the cedilla', (language) => {
    expect([...flat(language)].filter(([, text]) => /[şţŞŢ]/.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('el never mixes Latin look-alike letters into a Greek word', () => {
    const mixed = [...flat('el')].flatMap(([key, text]) =>
      (text.match(/\p{L}+/gu) ?? []).filter((w) => /\p{Script=Greek}/u.test(w) && /\p{Script=Latin}/u.test(w)).map((w) => `${key}: ${w}`));
    expect(mixed).toEqual([]);
  });

  it.each(translated)('%s is in Unicode NFC and has no stray spaces', (language) => {
    const bad = [...flat(language)].filter(([, t]) => t !== t.normalize('NFC') || t !== t.trim() || / {2}/.test(t)).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  // The English each translation was made from: changing an English string fails here until the
  // four translations say the same again; then record it with `npx vitest run <this file> -u`.
  it('translates the English as it is now', async () => {
    const source = Object.fromEntries([...english].sort(([a], [b]) => (a < b ? -1 : 1)));
    await expect(`${JSON.stringify(source, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/i18n-english-source.json');
  });

  it('counts the keys per locale', () => {
    const counts = Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, flattenMessages(resources[l].translation as MessageTree).size]));
    console.info('i18n keys per locale:', counts);
    for (const language of translated) expect(counts[language]).toBe(expectedKeys(language).size);
  });
});
