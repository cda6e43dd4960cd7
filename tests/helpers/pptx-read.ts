import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/** One `<p:sp>` with a text body: its paragraphs (runs joined) and each run's text. */
export interface ShapeText { paragraphs: string[]; runs: string[] }
export interface ReadSlide {
  /** 1-based, in the presentation's order. */
  number: number;
  shapes: ShapeText[];
  /** Shapes without a text body (rectangles, lines, custom paths). */
  plainShapes: number;
  /** Each table's rows of cell texts (a cell's paragraphs joined with newlines). */
  tables: string[][][];
  /** Each table's column count (from its grid). */
  tableColumns: number[];
  /** Each table's column widths, in points. */
  tableWidths: number[][];
  /** The notes page's body text (paragraphs joined with newlines), '' without one. */
  notes: string;
  /** Every cNvPr id on the slide (shapes, tables, pictures). */
  ids: number[];
  /** Every `sz` of a run, paragraph end or default, in hundredths of a point. */
  fontSizes: number[];
  /** Every Latin typeface a run names. */
  typefaces: string[];
  images: number;
  /** The text of the slide's title placeholder (`<p:ph type="title">`), null without one. */
  title: string | null;
  /** Each picture's alt text (`descr`), in the slide's order. */
  pictureAlts: string[];
  /** The slide's XML, for where things come in its reading order. */
  xml: string;
}

type Node = Record<string, unknown>;
/** EMUs (the unit of OOXML lengths) in a point. */
const EMU_PER_POINT = 12700;
const ARRAYS = new Set(['p:sp', 'a:p', 'a:r', 'a:fld', 'a:t', 'a:tr', 'a:tc', 'a:gridCol', 'p:graphicFrame', 'p:pic', 'p:cxnSp', 'p:grpSp', 'Relationship', 'p:sldId']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: (name) => ARRAYS.has(name) });

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [value as Node]);
const textOf = (t: unknown): string => (typeof t === 'string' ? t : typeof t === 'object' && t !== null ? String((t as Node)['#text'] ?? '') : String(t ?? ''));

function paragraphs(body: Node | undefined): { paragraphs: string[]; runs: string[] } {
  const runs: string[] = [];
  const texts = list(body?.['a:p']).map((p) => {
    const parts = [...list(p['a:r']), ...list(p['a:fld'])].flatMap((r) => list(r['a:t']).map(textOf));
    runs.push(...parts);
    return parts.join('');
  });
  return { paragraphs: texts, runs };
}

/** Every value of `attribute` on elements named `tag`, anywhere in the XML. */
const attributes = (xml: string, tag: string, attribute: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

function relsOf(files: Record<string, Uint8Array>, part: string): Map<string, string> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const rels = files[relsPath];
  if (!rels) return new Map();
  const doc = parser.parse(strFromU8(rels)) as Node;
  const folder = part.slice(0, slash);
  return new Map(list((doc['Relationships'] as Node)['Relationship']).map((r) => {
    const target = String(r['@Target']);
    const resolved = target.startsWith('../') ? `${folder.slice(0, folder.lastIndexOf('/'))}/${target.slice(3)}` : `${folder}/${target}`;
    return [String(r['@Id']), resolved] as const;
  }));
}

/** The text of the shape holding the slide's title placeholder. */
function titleOf(shapes: readonly Node[]): string | null {
  const title = shapes.find((sp) => {
    const ph = ((sp['p:nvSpPr'] as Node | undefined)?.['p:nvPr'] as Node | undefined)?.['p:ph'] as Node | undefined;
    return ph !== undefined && (ph['@type'] === 'title' || ph['@type'] === 'ctrTitle');
  });
  return title ? paragraphs(title['p:txBody'] as Node | undefined).paragraphs.join('\n') : null;
}

/** Unzips a PPTX, checks every XML part is well formed, and reads each slide in order. */
export function readPptx(data: Uint8Array): { slides: ReadSlide[]; files: Record<string, Uint8Array>; malformed: string[] } {
  const files = unzipSync(data);
  const malformed = Object.keys(files).filter((name) => /\.(xml|rels)$/.test(name)).filter((name) => XMLValidator.validate(strFromU8(files[name]!)) !== true);
  const presentation = parser.parse(strFromU8(files['ppt/presentation.xml']!)) as Node;
  const rels = relsOf(files, 'ppt/presentation.xml');
  const ids = list(((presentation['p:presentation'] as Node)['p:sldIdLst'] as Node)['p:sldId']).map((s) => String(s['@r:id']));
  const slides = ids.map((rid, i): ReadSlide => {
    const part = rels.get(rid)!;
    const xml = strFromU8(files[part]!);
    const tree = (((parser.parse(xml) as Node)['p:sld'] as Node)['p:cSld'] as Node)['p:spTree'] as Node;
    const shapes = list(tree['p:sp']);
    const frames = list(tree['p:graphicFrame']).map((f) => ((f['a:graphic'] as Node)['a:graphicData'] as Node)['a:tbl'] as Node | undefined).filter((t): t is Node => t !== undefined);
    const notesPart = [...relsOf(files, part).values()].find((target) => target.includes('notesSlide'));
    let notes = '';
    if (notesPart) {
      const notesTree = (((parser.parse(strFromU8(files[notesPart]!)) as Node)['p:notes'] as Node)['p:cSld'] as Node)['p:spTree'] as Node;
      const body = list(notesTree['p:sp']).find((sp) => JSON.stringify(sp['p:nvSpPr']).includes('"@type":"body"'));
      notes = paragraphs(body?.['p:txBody'] as Node | undefined).paragraphs.join('\n');
    }
    return {
      number: i + 1,
      shapes: shapes.filter((sp) => sp['p:txBody'] !== undefined).map((sp) => paragraphs(sp['p:txBody'] as Node)),
      plainShapes: shapes.filter((sp) => sp['p:txBody'] === undefined).length,
      tables: frames.map((tbl) => list(tbl['a:tr']).map((tr) => list(tr['a:tc']).map((tc) => paragraphs(tc['a:txBody'] as Node).paragraphs.join('\n')))),
      tableColumns: frames.map((tbl) => list((tbl['a:tblGrid'] as Node)['a:gridCol']).length),
      tableWidths: frames.map((tbl) => list((tbl['a:tblGrid'] as Node)['a:gridCol']).map((col) => Number((col as Node)['@w']) / EMU_PER_POINT)),
      notes,
      ids: attributes(xml, 'p:cNvPr', 'id').map(Number),
      fontSizes: [...attributes(xml, 'a:rPr', 'sz'), ...attributes(xml, 'a:endParaRPr', 'sz'), ...attributes(xml, 'a:defRPr', 'sz')].map(Number),
      typefaces: attributes(xml, 'a:latin', 'typeface'),
      images: list(tree['p:pic']).length,
      title: titleOf(shapes),
      pictureAlts: list(tree['p:pic']).map((pic) => String(((pic['p:nvPicPr'] as Node)['p:cNvPr'] as Node)['@descr'] ?? '')),
      xml,
    };
  });
  return { slides, files, malformed };
}
