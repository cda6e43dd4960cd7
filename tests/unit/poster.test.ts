import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../main/exchange/export-journey';
import type { JourneyDocument } from '../../shared/document/schema';
import type { ExportOptions } from '../../shared/exchange/formats';
import { createI18n } from '../../shared/i18n/i18n';
import { quoted, unquoted } from '../../shared/i18n/quotes';
import type { Translate } from '../../shared/templates/templates';
import { journeyFrom } from '../helpers/journeys';
import { richSwedishJourney } from '../helpers/rich-journey';
import { useTempFolders } from '../helpers/temp-folder';

const run = promisify(execFile);
const folder = useTempFolders();
const i18n = (language: Parameters<typeof createI18n>[0]): Translate => {
  const instance = createI18n(language);
  return instance.t.bind(instance);
};
const svT = i18n('sv');
const VERSION = { name: 'Kvartalsgranskning Q1', createdAt: '2026-03-31T09:00:00.000Z' };
const poster = (o: Partial<ExportOptions> = {}): ExportOptions => ({ format: 'pdf', scale: 1, page: 'poster', orientation: 'landscape', ...o });

/** The PDF poster's text as poppler extracts it, lines kept. */
async function posterText(doc: JourneyDocument, t: Translate, language: string, options: Partial<ExportOptions> = {}): Promise<string> {
  const file = join(await folder(), 'poster.pdf');
  await writeFile(file, await renderExport(doc, poster(options), t, language));
  return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
}

/** The Swedish 8-stage example as a consultant hands it over: owned, in review, versioned, one card observed in research. */
async function handedOver(): Promise<JourneyDocument> {
  const doc = await richSwedishJourney();
  Object.assign(doc.journey, { owner: 'Ada Lind', status: 'inReview', lastReviewed: '2026-03-31', nextReview: '2026-06-30' });
  doc.cards.find((c) => c.id === 'actions-1-1')!.confidence = 'observed';
  return doc;
}

describe('the poster', () => {
  it('explains every mark the map uses in a legend, marks observed and assumed cards, and says who owns it, its status, version and reviews', { timeout: 60_000 }, async () => {
    const text = await posterText(await handedOver(), svT, 'sv', { version: VERSION });
    expect(text).toContain(svT('exchange.legend.title'));
    for (const key of ['severity', 'priority', 'owner', 'evidence', 'observed', 'assumed', 'emotion', 'negativeMetric']) expect(text, key).toContain(svT(`exchange.legend.${key}`));
    // No card links to another map: that mark is not explained.
    expect(text).not.toContain(svT('exchange.legend.linked'));
    // The observed card carries its mark, as the assumed ones carry theirs.
    expect(text).toContain(svT('content.marks.observed'));
    expect(text).toContain(`? ${svT('content.marks.assumed')}`);
    const footer = text.split('\n').find((line) => line.startsWith('Ansvarig: Ada Lind'));
    expect(footer).toBe('Ansvarig: Ada Lind · Status: Granskas · Version: Kvartalsgranskning Q1 (31 mars 2026) · Senast granskad: 31 mars 2026 · Nästa granskning: 30 juni 2026');
  });

  it('lists only the marks in use, and none at all (no legend) for a map without marks', { timeout: 60_000 }, async () => {
    const t = i18n('en');
    const doc = journeyFrom('blank');
    const bare = await posterText(doc, t, 'en');
    expect(bare).not.toContain('Legend');
    doc.cards = [{ id: 'c1', stageId: doc.stages[0]!.id, laneId: doc.lanes[0]!.id, order: 'a0', text: 'Guess', confidence: 'assumed' }];
    const one = await posterText(doc, t, 'en');
    expect(one).toContain('Legend');
    expect(one).toContain(t('exchange.legend.assumed'));
    for (const key of ['severity', 'priority', 'owner', 'evidence', 'observed', 'emotion', 'negativeMetric', 'linked']) expect(one, key).not.toContain(t(`exchange.legend.${key}`));
  });

  it('shows each persona’s goals and frustrations, and the quote in the language’s own quotation marks, once', { timeout: 60_000 }, async () => {
    const doc = await handedOver();
    const sofia = doc.personas[0]!;
    // Typed with quotation marks of its own: they are not doubled.
    sofia.quote = `"${sofia.quote!}"`;
    const text = (await posterText(doc, svT, 'sv')).replace(/\s+/g, ' ');
    expect(text).toContain(`${svT('exchange.persona.goals')} ${sofia.goals!}`);
    expect(text).toContain(`${svT('exchange.persona.frustrations')} ${sofia.frustrations!}`);
    expect(text).toContain('”Jag vill ha skor som inte tar på knäna, och jag vill prova dem först.”');
    expect(text).not.toMatch(/[“”"]{2}|"/);
    const greek = await posterText(doc, i18n('el'), 'el');
    expect(greek.replace(/\s+/g, ' ')).toContain('«Jag vill ha skor');
  });

  it('quotes text in each language’s marks, never two pairs', () => {
    expect(quoted('Hej', 'sv')).toBe('”Hej”');
    expect(quoted('„Cześć”', 'pl')).toBe('„Cześć”');
    expect(quoted('"Γεια"', 'el')).toBe('«Γεια»');
    expect(quoted('Hello', 'en')).toBe('“Hello”');
    expect(quoted('Salut', 'ro')).toBe('„Salut”');
    // An apostrophe inside, or a quote mark on one side only, is the user's text.
    expect(unquoted("It's late")).toBe("It's late");
    expect(unquoted('“Half')).toBe('“Half');
  });
});
