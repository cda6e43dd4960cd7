/** User text as literal Markdown: no emphasis, links, HTML or headings can come out of it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=>])/gm, (_, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, (_, number: string, mark: string) => `${number}\\${mark}`);
}

export const inline = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, '<br>');

export function table(rows: readonly (readonly string[])[]): string[] {
  const [header = [], ...body] = rows;
  return [
    `| ${header.map(inline).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${row.map(inline).join(' | ')} |`),
  ];
}
