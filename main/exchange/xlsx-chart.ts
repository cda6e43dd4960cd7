import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { escapeXml } from '../../shared/export/escape';
import { columnLetter } from '../../shared/exchange/grid-import';
import type { CurveBlock } from '../../shared/exchange/map-sheet';

/**
 * Native line charts over a sheet's curve blocks. exceljs has no chart API, so the chart parts
 * (DrawingML: one chart part per block, one drawing anchoring them under the blocks) are added
 * to the package exceljs wrote. Each series refers to its row of numbers, so editing a number
 * redraws the chart; cached values let a reader show it before recalculating.
 */

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** A sheet name in a formula: quoted, its apostrophes doubled. */
const sheetRef = (sheet: string, from: string, to: string) => `'${sheet.replace(/'/g, "''")}'!$${from.replace(/(\d+)$/, '$$$1')}:$${to.replace(/(\d+)$/, '$$$1')}`;
const cellName = (column: number, row: number) => `${columnLetter(column - 1)}${row}`;

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  const points = values.flatMap((v, i) => (v === null ? [] : [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`]));
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join('')}</c:numCache>`;
}

/** One chart part: a line chart of the block's curves, -2 to +2, gaps where a curve has no point. */
export function lineChartXml(sheet: string, block: CurveBlock): string {
  const categories = sheetRef(sheet, cellName(block.firstColumn, block.headerRow), cellName(block.lastColumn, block.headerRow));
  const series = block.series.map((s, i) => {
    const colour = s.colour.replace('#', '').toUpperCase();
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`
      + `<c:tx><c:strRef><c:f>${escapeXml(sheetRef(sheet, cellName(1, s.row), cellName(1, s.row)))}</c:f>${strCache([s.name])}</c:strRef></c:tx>`
      + `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>`
      + `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`
      + `<c:cat><c:strRef><c:f>${escapeXml(categories)}</c:f>${strCache(block.categories)}</c:strRef></c:cat>`
      + `<c:val><c:numRef><c:f>${escapeXml(sheetRef(sheet, cellName(block.firstColumn, s.row), cellName(block.lastColumn, s.row)))}</c:f>${numCache(s.values)}</c:numRef></c:val>`
      + '<c:smooth val="1"/></c:ser>';
  }).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>`
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(block.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    + '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
    + `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`
    + '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>'
    + '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="2"/><c:min val="-2"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>'
    + '<c:numFmt formatCode="+0;-0;0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>'
    + '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>';
}

/** Where the drawing goes in a worksheet: before the elements the schema orders after it. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

const unusedName = (files: Record<string, Uint8Array>, make: (n: number) => string): string => {
  for (let n = 1; ; n += 1) if (!(make(n) in files)) return make(n);
};

/** Where each block's chart goes (0-based rows and columns): a row below the lowest block, 16 rows high, one under the other. */
export function chartAnchors(blocks: readonly CurveBlock[]): { from: { col: number; row: number }; to: { col: number; row: number } }[] {
  let top = Math.max(...blocks.map((b) => b.series.at(-1)?.row ?? b.headerRow)) + 1;
  return blocks.map((block) => {
    const anchor = { from: { col: 0, row: top }, to: { col: Math.max(6, block.lastColumn), row: top + 16 } };
    top += 17;
    return anchor;
  });
}

/**
 * The workbook `xlsx` with a line chart under each block of sheet `sheetFile` (as
 * `xl/worksheets/sheet1.xml`, named `sheetName`): each chart 16 rows high, as wide as the block.
 */
export function addCurveCharts(xlsx: Uint8Array, sheetFile: string, sheetName: string, blocks: readonly CurveBlock[]): Buffer {
  if (blocks.length === 0) return Buffer.from(xlsx);
  const files = unzipSync(xlsx);
  const drawingPath = unusedName(files, (n) => `xl/drawings/drawing${n}.xml`);
  const drawingName = drawingPath.slice('xl/drawings/'.length);
  const anchors: string[] = [];
  const drawingRels: string[] = [];
  const placed = chartAnchors(blocks);
  blocks.forEach((block, i) => {
    const chartPath = unusedName(files, (n) => `xl/charts/chart${n}.xml`);
    files[chartPath] = strToU8(lineChartXml(sheetName, block));
    const id = `rId${i + 1}`;
    drawingRels.push(`<Relationship Id="${id}" Type="${NS.chartRel}" Target="../charts/${chartPath.slice('xl/charts/'.length)}"/>`);
    const { from, to } = placed[i] ?? { from: { col: 0, row: 0 }, to: { col: 6, row: 16 } };
    anchors.push(`<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`
      + `<xdr:to><xdr:col>${to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`
      + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(block.title)} ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
      + `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${id}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`);
  });
  files[drawingPath] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`);
  files[`xl/drawings/_rels/${drawingName}.rels`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}">${drawingRels.join('')}</Relationships>`);

  const sheetRelsPath = sheetFile.replace(/([^/]+)$/, '_rels/$1.rels');
  const existing = files[sheetRelsPath] ? strFromU8(files[sheetRelsPath]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rel}"></Relationships>`;
  const relId = 'rIdWaymarkCharts';
  files[sheetRelsPath] = strToU8(existing.replace('</Relationships>', `<Relationship Id="${relId}" Type="${NS.drawingRel}" Target="../drawings/${drawingName}"/></Relationships>`));

  const sheet = strFromU8(files[sheetFile] ?? new Uint8Array());
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheet.indexOf(tag)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) throw new Error(`${sheetFile} is not a worksheet`);
  files[sheetFile] = strToU8(`${sheet.slice(0, at)}<drawing r:id="${relId}"/>${sheet.slice(at)}`);

  const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
  const overrides = [`<Override PartName="/${drawingPath}" ContentType="${DRAWING_TYPE}"/>`, ...Object.keys(files).filter((f) => f.startsWith('xl/charts/')).map((f) => `<Override PartName="/${f}" ContentType="${CHART_TYPE}"/>`)];
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides.join('')}</Types>`));
  return Buffer.from(zipSync(files, { level: 6 }));
}
