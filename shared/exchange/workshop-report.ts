import type { JourneyDocument } from '../document/schema';
import { escapeXml as esc } from '../export/escape';
import type { Translate } from '../templates/templates';
import { table as htmlTable } from './html-table';
import { inline, table as markdownTable } from './markdown-text';
import { workshopTables } from './workshop-tables';

/** The reports' "Workshop results" section: per workshop its ranking, the ratings per stage and the parked notes. */
export function workshopMarkdown(doc: JourneyDocument, t: Translate, language: string): string[] {
  const workshops = workshopTables(doc, t, language);
  if (workshops.length === 0) return [];
  const lines = [`## ${inline(t('workshopHost.export.section'))}`, ''];
  for (const workshop of workshops) {
    lines.push(`### ${inline(workshop.heading)}`, '');
    for (const [title, rows] of [['ranking', workshop.ranking], ['ratings', workshop.ratings], ['parked', workshop.parked]] as const) {
      if (rows.length > 1) lines.push(`**${inline(t(`workshopHost.export.${title}`))}**`, '', ...markdownTable(rows), '');
    }
  }
  return lines;
}

/** workshopMarkdown for the HTML report: every text escaped. */
export function workshopHtml(doc: JourneyDocument, t: Translate, language: string): string {
  const workshops = workshopTables(doc, t, language);
  if (workshops.length === 0) return '';
  const parts = workshops.map((workshop) => {
    const tables = ([['ranking', workshop.ranking], ['ratings', workshop.ratings], ['parked', workshop.parked]] as const)
      .filter(([, rows]) => rows.length > 1)
      .map(([title, rows]) => `<h4>${esc(t(`workshopHost.export.${title}`))}</h4>${htmlTable(rows)}`);
    return `<article><h3>${esc(workshop.heading)}</h3>${tables.join('')}</article>`;
  });
  return `<section><h2>${esc(t('workshopHost.export.section'))}</h2>${parts.join('')}</section>`;
}
