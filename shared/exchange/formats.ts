import { z } from 'zod';

/** What File > Export and `waymark export` can write. */
export const EXPORT_FORMATS = ['pdf', 'png', 'svg', 'csv', 'xlsx', 'md', 'html', 'mermaid', 'pptx'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = {
  pdf: 'pdf', png: 'png', svg: 'svg', csv: 'csv', xlsx: 'xlsx', md: 'md', html: 'html', mermaid: 'mmd', pptx: 'pptx',
};

/** The format a file name asks for, by its extension (`.mermaid` too), if any. */
export function formatForPath(path: string): ExportFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'mermaid' || ext === 'markdown') return ext === 'mermaid' ? 'mermaid' : 'md';
  return EXPORT_FORMATS.find((f) => FORMAT_EXTENSIONS[f] === ext);
}

export const exportOptionsSchema = z.strictObject({
  format: exportFormatSchema,
  /** PNG only: pixels per map unit. */
  scale: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(2),
  /** PDF only: one poster page sized to the map, or tiles over paper pages. */
  page: z.enum(['poster', 'a4', 'a3', 'letter']).default('poster'),
  orientation: z.enum(['portrait', 'landscape']).default('landscape'),
  /** Tiled PDF only: the map scaled down to fit this many pages across. */
  pagesWide: z.number().int().min(1).max(50).optional(),
  /** Tiled PDF only: each stage on pages of its own. */
  stagePerPage: z.boolean().optional(),
  /** The map's newest named version, named in the footer (the app and `waymark export` read it beside the map). */
  version: z.strictObject({ name: z.string().min(1).max(120), createdAt: z.iso.datetime() }).optional(),
  /** A saved view to export instead of the whole map (its id). */
  viewId: z.string().max(64).optional(),
});
export type ExportOptions = z.output<typeof exportOptionsSchema>;

/** What File > Import and `waymark import` read. */
export const IMPORT_EXTENSIONS = ['csv', 'xlsx', 'mmd', 'mermaid'] as const;
export type ImportKind = 'csv' | 'xlsx' | 'mermaid';

export function importKindForPath(path: string): ImportKind | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'xlsx') return ext;
  return ext === 'mmd' || ext === 'mermaid' ? 'mermaid' : undefined;
}
