import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { serializeJourney } from '../../shared/document/serialize';
import { journeyToCsv, readCsv } from '../../shared/exchange/csv';
import { guardFormula, unguardFormula } from '../../shared/exchange/formula-guard';
import { gridToRows } from '../../shared/exchange/grid-import';
import { rowsToJourney } from '../../shared/exchange/journey-from-rows';
import { loadWorkbook, readXlsx } from '../../main/exchange/xlsx-read';
import { journeyToXlsx } from '../../main/exchange/xlsx-write';
import { fullJourney, HOSTILE, hostileJourney, t } from '../helpers/exchange-journeys';

const LABELS = { mapSheet: 'Map', actionPlanSheet: 'Action plan', actionPlanHeader: ['Stage', 'Step', 'Opportunity', 'Owner', 'Priority', 'Status', 'Addresses', 'Notes'] };
const RISKY = /^[=+\-@\t\r]/;

function csvRoundTrip(csv: string) {
  const read = readCsv(csv, t);
  if (read.kind !== 'records') throw new Error(`expected records, got ${read.kind}`);
  return rowsToJourney(read.rows, 'fallback', t);
}

describe('CSV', () => {
  it('round-trips every record of the full journey exactly', () => {
    for (const doc of [fullJourney(), hostileJourney()]) {
      const back = csvRoundTrip(journeyToCsv(doc));
      expect(back.issues).toEqual([]);
      expect(serializeJourney(back.document!)).toBe(serializeJourney(doc));
    }
  });

  it('writes one row per card reading stage, step, lane, text, and no cell that can run as a formula', () => {
    const doc = hostileJourney();
    const parsed = Papa.parse<string[]>(journeyToCsv(doc).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header = [], ...rows] = parsed.data;
    expect(header.slice(0, 5)).toEqual(['record', 'stage', 'step', 'lane', 'text']);
    const cards = rows.filter((r) => r[0] === 'cards');
    expect(cards).toHaveLength(doc.cards.length);
    const textColumn = header.indexOf('text');
    expect(cards.map((r) => unguardFormula(r[textColumn]!))).toEqual(expect.arrayContaining(Object.values(HOSTILE)));
    for (const row of rows) for (const [c, cell] of row.entries()) {
      if (RISKY.test(cell)) expect(Number.isFinite(Number(cell)), `${header[c]}: ${cell}`).toBe(true);
    }
  });

  it('reads a hand-made cards-only CSV by stage and lane names', () => {
    const csv = 'record,stage,lane,text\ncards,Before,Actions,Looks for a bike\ncards,Before,Pain points,No bikes nearby\ncards,After,Actions,Parks the bike\n';
    const result = csvRoundTrip(csv);
    expect(result.issues).toEqual([]);
    const doc = result.document!;
    expect(doc.stages.map((s) => s.name)).toEqual(['Before', 'After']);
    expect(doc.lanes.map((l) => [l.name, l.kind])).toEqual([['Actions', 'actions'], ['Pain points', 'painPoints']]);
    expect(doc.cards.map((c) => c.text)).toEqual(['Looks for a bike', 'No bikes nearby', 'Parks the bike']);
  });

  it('names the row of every problem and gives no document', () => {
    const csv = 'record,stage,lane,text,impact\ncards,A,Touchpoints,ok,3\ncards,A,Touchpoints,bad,lots\nstages,,,,\nwidgets,,,,\n';
    expect(readCsv(csv, t)).toEqual({ kind: 'error', issue: { where: 'row 5', message: expect.stringContaining('"widgets" is not a record type') } });
    const result = csvRoundTrip(csv.split('\n').slice(0, 4).join('\n'));
    expect(result.document).toBeNull();
    expect(result.issues).toEqual(expect.arrayContaining([
      { where: 'row 3', message: 'impact: "lots" is not a number' },
    ]));
    expect(readCsv('record,text\ncards,"never closed\n', t)).toMatchObject({ kind: 'error', issue: { where: 'row 2' } });
  });

  it('reads a simple grid: stages across, lanes down, cards split at blank lines and bullets', () => {
    const read = readCsv(',Discover,Buy\nActions,"- Searches\n- Compares",Pays\nEmotions,+1,-2\nPain points,,"Slow checkout\n\nHidden fees"\n', t);
    expect(read.kind).toBe('grid');
    if (read.kind !== 'grid') return;
    const { rows, issues } = gridToRows(read.grid, (r, c) => `row ${r + 1}, column ${c + 1}`, t);
    expect(issues).toEqual([]);
    const doc = rowsToJourney(rows, 'Grid', t).document!;
    expect(doc.cards.map((c) => c.text)).toEqual(['Searches', 'Compares', 'Pays', 'Slow checkout', 'Hidden fees']);
    expect(doc.emotionPoints.map((p) => p.value)).toEqual([1, -2]);
    expect(doc.lanes.map((l) => l.kind)).toEqual(['actions', 'emotions', 'painPoints']);
  });

  it('guards formulas reversibly', () => {
    for (const text of ['=1+1', '+x', '-y', '@z', "'a", "''b", '\tc', 'plain', '']) {
      expect(unguardFormula(guardFormula(text))).toBe(text);
      expect(RISKY.test(guardFormula(text))).toBe(false);
    }
  });
});

describe('XLSX', () => {
  it('round-trips the full and the hostile journey, and its cells are text, never formulas', async () => {
    for (const doc of [fullJourney(), hostileJourney()]) {
      const data = await journeyToXlsx(doc, LABELS);
      const read = await readXlsx(data, t);
      expect(read.kind).toBe('records');
      if (read.kind !== 'records') return;
      const back = rowsToJourney(read.rows, 'fallback', t);
      expect(back.issues).toEqual([]);
      expect(serializeJourney(back.document!)).toBe(serializeJourney(doc));
    }
    const workbook = await loadWorkbook(await journeyToXlsx(hostileJourney(), LABELS));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Map', 'Action plan', 'journey', 'stages', 'steps', 'lanes', 'channels', 'personas', 'emotionCurves', 'cards', 'emotionPoints', 'metricValues', 'views', 'assets', 'workshops']);
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') expect(RISKY.test(cell.value), cell.value).toBe(false);
    })));
    const map = workbook.getWorksheet('Map')!;
    expect(map.getRow(1).values).toEqual([undefined, undefined, `'${HOSTILE.formula} ${HOSTILE.emoji}`, 'Consideration', 'Purchase — Sign-up', 'Purchase — Payment', 'Retention', 'Advocacy']);
    expect(workbook.getWorksheet('Action plan')!.getRow(2).getCell(3).value).toBeTypeOf('string');
  });

  it('reads a first sheet without record sheets as a grid', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Workshop');
    sheet.addRows([['', 'Before', 'During'], ['Thoughts', 'Who do I ask?', ''], ['Emotions', 1, -1]]);
    const read = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), t);
    expect(read).toMatchObject({ kind: 'grid', sheet: 'Workshop', grid: [['', 'Before', 'During'], ['Thoughts', 'Who do I ask?', ''], ['Emotions', '1', '-1']] });
  });

  it('refuses a file that is not a workbook', async () => {
    expect(await readXlsx(Buffer.from('not a zip'), t)).toEqual({ kind: 'error', issue: { where: 'file', message: 'the file is not a readable XLSX workbook' } });
  });
});
