import { escapeXml as esc } from '../export/escape';

/** Rows as an HTML table, header row first (a first column of row headers when asked); every cell escaped. */
export function table(rows: readonly (readonly string[])[], headerColumn = false): string {
  const [header = [], ...body] = rows;
  const cell = (text: string, i: number) => (headerColumn && i === 0 ? `<th scope="row">${esc(text)}</th>` : `<td>${esc(text)}</td>`);
  return `<table><thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${body
    .map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}
