import { Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

/** Every part is dated 1980-01-01 00:00, the first ZIP date: the same bytes for the same deck. */
const PART_DATE = new Date(1980, 0, 1);

/**
 * A ZIP archive of `parts` (in the order given). fflate writes the archive; each part reaches
 * it already deflated by node's zlib, which is native and several times faster than fflate's
 * JavaScript deflate (fflate takes pre-compressed parts as custom ZipInputFiles).
 */
export function zipParts(parts: readonly { name: string; data: Uint8Array }[]): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const { name, data } of parts) {
    const file: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: 8, mtime: PART_DATE };
    zip.add(file);
    file.ondata?.(null, deflateRawSync(data, { level: 1 }), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}
