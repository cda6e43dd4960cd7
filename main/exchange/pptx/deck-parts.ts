import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import type PptxGenJS from 'pptxgenjs';

export interface PackagePart { name: string; data: Uint8Array }

/**
 * The output type Waymark asks pptxgenjs for: pptxgenjs hands it to JSZip's generateAsync,
 * which answers it (below) with the package's parts instead of an archive.
 */
const PARTS = 'waymark-parts';

/** What a JSZip entry holds once pptxgenjs added it: a promise of its text or its bytes. */
interface HeldPart { dir: boolean; _data: unknown; _dataBinary: boolean }

async function partData(name: string, held: HeldPart): Promise<Uint8Array> {
  const data: unknown = await held._data;
  if (typeof data === 'string') return Buffer.from(data, held._dataBinary ? 'latin1' : 'utf8');
  if (data instanceof Uint8Array) return data;
  throw new Error(`pptx part ${name}: unexpected content`);
}

async function heldParts(zip: JSZip): Promise<PackagePart[]> {
  const entries = Object.entries(zip.files as Record<string, unknown>).filter(([, held]) => !(held as HeldPart).dir);
  return Promise.all(entries.map(async ([name, held]) => ({ name, data: await partData(name, held as HeldPart) })));
}

/** The parts of an archive pptxgenjs wrote through JSZip. */
function unpacked(stored: Uint8Array): PackagePart[] {
  const parts = unzipSync(stored);
  return Object.keys(parts).filter((name) => !name.endsWith('/')).map((name) => ({ name, data: parts[name] ?? new Uint8Array() }));
}

// pptxgenjs stores its parts uncompressed when asked for a buffer, through JSZip's archive
// writer (a JavaScript pipeline of 16 KB steps): for a 10,000-card map, 46 MB of XML took
// 1.5 to 2 s to archive, only to be unpacked again and deflated by zlib. Asked for PARTS, the
// writer gives the parts as they are (should JSZip ever hold one otherwise, it writes the
// archive and the parts are read back from it); any other call is JSZip's own.
const generateAsync = JSZip.prototype.generateAsync;
JSZip.prototype.generateAsync = function (this: JSZip, options, onUpdate) {
  if ((options?.type as string | undefined) !== PARTS) return generateAsync.call(this, options, onUpdate);
  const parts = heldParts(this).catch(async () => unpacked((await generateAsync.call(this, { type: 'uint8array' })) as Uint8Array));
  return parts as unknown as ReturnType<typeof generateAsync>;
} as typeof generateAsync;

/** The deck's parts, uncompressed, in the order pptxgenjs adds them. pptxgenjs writes a deck once: writing changes its text runs. */
export async function deckParts(pptx: PptxGenJS): Promise<PackagePart[]> {
  return (await pptx.write({ outputType: PARTS as 'nodebuffer' })) as unknown as PackagePart[];
}
