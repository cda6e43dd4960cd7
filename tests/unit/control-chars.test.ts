import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../main/cli/check';
import { importCommand } from '../../main/cli/import-command';
import { describeError } from '../../renderer/app/describe-error';
import { escapeControlChars } from '../../shared/control-chars';
import { serializeJourney } from '../../shared/document/serialize';
import { createI18n } from '../../shared/i18n/i18n';
import { generateJourney } from '../bench/generate-journey';
import { useTempFolders } from '../helpers/temp-folder';

// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('escapeControlChars', () => {
  it('turns C0 controls, DEL and C1 controls into \\x escapes', () => {
    expect(escapeControlChars('a\u0000b\tc\nd\re\u001b[31mf\u007fg\u0080h\u009bi\u009f')).toBe('a\\x00b\\x09c\\x0ad\\x0de\\x1b[31mf\\x7fg\\x80h\\x9bi\\x9f');
  });

  it('keeps every other character as it is: letters of every script, emoji, backslashes, U+00A0 and up', () => {
    const text = 'Kundresa ąęłńóśźż șț Ελληνικά 日本語 العربية 😀 C:\\maps\\x1b.journey \u00a0\u00ff\u2028\ufeff';
    expect(escapeControlChars(text)).toBe(text);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (input) => {
        const output = escapeControlChars(input);
        const controls = [...input].filter((c) => CONTROL.test(c)).length;
        expect(output).not.toMatch(CONTROL);
        expect(output.length).toBe(input.length + 3 * controls);
        const plain = [...input].filter((c) => !CONTROL.test(c)).join('');
        expect(escapeControlChars(plain)).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });
});

describe('control characters from a file never reach the terminal raw', () => {
  const tempFolder = useTempFolders();

  it('prints an escape sequence in an invalid field as \\x1b, and a line break in a file name as \\x0a', async () => {
    const dir = await tempFolder();
    const doc = generateJourney({ cards: 3, seed: 5 });
    const card = doc.cards[0]!;
    const text = serializeJourney(doc).replace(`"laneId": "${card.laneId}"`, `"laneId": "${card.laneId}", "\\u001b[31mred\\u001b[0m": true`);
    const path = join(dir, 'evil\nname.journey');
    await writeFile(path, text);
    const lines: string[] = [];
    expect(await checkFiles([path], (line) => lines.push(line))).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('evil\\x0aname.journey: ');
    expect(lines[0]).toContain('"\\x1b[31mred\\x1b[0m"');
    expect(lines[0]).not.toMatch(CONTROL);
  });

  it('prints an import problem quoting a cell with an escape sequence as \\x1b', async () => {
    const dir = await tempFolder();
    const csv = join(dir, 'rows.csv');
    await writeFile(csv, 'record,name\n"\u001b]0;pwned\u0007",x\n');
    const lines: string[] = [];
    expect(await importCommand([csv, '--out', join(dir, 'out.journey')], { out: () => undefined, err: (l) => lines.push(l) })).toBe(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.startsWith(`${csv}: `)).toBe(true);
      expect(line).not.toMatch(CONTROL);
    }
    expect(lines.join('\n')).toContain('\\x1b]0;pwned\\x07');
  });

  it('shows them as escapes in the app’s error text too', () => {
    const error = { code: 'invalid', message: 'unknown lane "\u001b[31m"', file: '/maps/a\u0007.journey', where: 'cards.0.laneId' };
    expect(describeError(createI18n('en').t, error)).toBe('/maps/a\\x07.journey: unknown lane "\\x1b[31m" (cards.0.laneId)');
    expect(describeError(createI18n('pl').t, { code: 'internal', message: 'unknown lane "\u001b[31m"' })).toBe('Coś poszło nie tak: unknown lane "\\x1b[31m"');
  });
});
